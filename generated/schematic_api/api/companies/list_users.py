"""`GET /users` (list_users): List users."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_users_response import ListUsersResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List users: the request, described but not sent.

    `GET /users`

    Args:
        company_id (str, optional)
        ids (Sequence[str], optional)
        plan_id (str, optional)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("ids", ids)
    params += query_pairs("plan_id", plan_id)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/users",
        operation="listUsers",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListUsersResponse:
    """Parse a successful `list_users` response into its typed model, ListUsersResponse."""
    return ListUsersResponse.from_dict(response.json())
