"""`GET /plan-traits` (list_plan_traits): List plan traits."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_plan_traits_response import ListPlanTraitsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    ids: Sequence[str] | Unset = UNSET,
    plan_id: str | Unset = UNSET,
    trait_id: str | Unset = UNSET,
    trait_ids: Sequence[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List plan traits: the request, described but not sent.

    `GET /plan-traits`

    Args:
        ids (Sequence[str], optional)
        plan_id (str, optional)
        trait_id (str, optional)
        trait_ids (Sequence[str], optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("ids", ids)
    params += query_pairs("plan_id", plan_id)
    params += query_pairs("trait_id", trait_id)
    params += query_pairs("trait_ids", trait_ids)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/plan-traits",
        operation="listPlanTraits",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListPlanTraitsResponse:
    """Parse a successful `list_plan_traits` response into its typed model, ListPlanTraitsResponse."""
    return ListPlanTraitsResponse.from_dict(response.json())
