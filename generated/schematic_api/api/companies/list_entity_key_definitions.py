"""`GET /entity-key-definitions` (list_entity_key_definitions): List entity key definitions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_entity_key_definitions_response import ListEntityKeyDefinitionsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.entity_type import EntityType


def build_request(
    *,
    entity_type: EntityType | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List entity key definitions: the request, described but not sent.

    `GET /entity-key-definitions`

    Args:
        entity_type (EntityType, optional)
        ids (Sequence[str], optional)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("entity_type", entity_type)
    params += query_pairs("ids", ids)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/entity-key-definitions",
        operation="listEntityKeyDefinitions",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListEntityKeyDefinitionsResponse:
    """Parse a successful `list_entity_key_definitions` response into its typed model, ListEntityKeyDefinitionsResponse."""
    return ListEntityKeyDefinitionsResponse.from_dict(response.json())
