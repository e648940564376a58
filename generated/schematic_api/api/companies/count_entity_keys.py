"""`GET /entity-keys/count` (count_entity_keys): Count entity keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_entity_keys_response import CountEntityKeysResponse
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
    """Count entity keys: the request, described but not sent.

    `GET /entity-keys/count`

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
        path="/entity-keys/count",
        operation="countEntityKeys",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountEntityKeysResponse:
    """Parse a successful `count_entity_keys` response into its typed model, CountEntityKeysResponse."""
    return CountEntityKeysResponse.from_dict(response.json())
