"""`GET /account-members` (list_account_members): List account members."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_account_members_response import ListAccountMembersResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.account_member_role import AccountMemberRole


def build_request(
    *,
    ids: Sequence[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    role: AccountMemberRole | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List account members: the request, described but not sent.

    `GET /account-members`

    Args:
        ids (Sequence[str], optional)
        q (str, optional)
        role (AccountMemberRole, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("ids", ids)
    params += query_pairs("q", q)
    params += query_pairs("role", role)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/account-members",
        operation="listAccountMembers",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListAccountMembersResponse:
    """Parse a successful `list_account_members` response into its typed model, ListAccountMembersResponse."""
    return ListAccountMembersResponse.from_dict(response.json())
