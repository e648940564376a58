"""`GET /entity-trait-definitions` (list_entity_trait_definitions): List entity trait definitions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_entity_trait_definitions_response import ListEntityTraitDefinitionsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.entity_type import EntityType
    from ...models.trait_type import TraitType


def build_request(
    *,
    entity_type: EntityType | Unset = UNSET,
    ids: Sequence[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    trait_type: TraitType | Unset = UNSET,
    trait_types: Sequence[TraitType] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List entity trait definitions: the request, described but not sent.

    `GET /entity-trait-definitions`

    Args:
        entity_type (EntityType, optional)
        ids (Sequence[str], optional)
        q (str, optional)
        trait_type (TraitType, optional)
        trait_types (Sequence[TraitType], optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("entity_type", entity_type)
    params += query_pairs("ids", ids)
    params += query_pairs("q", q)
    params += query_pairs("trait_type", trait_type)
    params += query_pairs("trait_types", trait_types)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/entity-trait-definitions",
        operation="listEntityTraitDefinitions",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListEntityTraitDefinitionsResponse:
    """Parse a successful `list_entity_trait_definitions` response into its typed model, ListEntityTraitDefinitionsResponse."""
    return ListEntityTraitDefinitionsResponse.from_dict(response.json())
