"""`GET /entity-traits/count` (count_entity_traits): Count entity traits."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_entity_traits_response import CountEntityTraitsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.entity_type import EntityType


def build_request(
    *,
    definition_id: str | Unset = UNSET,
    entity_type: EntityType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count entity traits: the request, described but not sent.

    `GET /entity-traits/count`

    Args:
        definition_id (str, optional)
        entity_type (EntityType, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("definition_id", definition_id)
    params += query_pairs("entity_type", entity_type)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/entity-traits/count",
        operation="countEntityTraits",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountEntityTraitsResponse:
    """Parse a successful `count_entity_traits` response into its typed model, CountEntityTraitsResponse."""
    return CountEntityTraitsResponse.from_dict(response.json())
