"""`GET /entity-trait-values` (get_entity_trait_values): Get entity trait values."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_entity_trait_values_response import GetEntityTraitValuesResponse
from ...types import UNSET, Unset


def build_request(
    *,
    definition_id: str,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Get entity trait values: the request, described but not sent.

    `GET /entity-trait-values`

    Args:
        definition_id (str)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("definition_id", definition_id)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/entity-trait-values",
        operation="getEntityTraitValues",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetEntityTraitValuesResponse:
    """Parse a successful `get_entity_trait_values` response into its typed model, GetEntityTraitValuesResponse."""
    return GetEntityTraitValuesResponse.from_dict(response.json())
