"""`POST /entity-trait-definitions` (get_or_create_entity_trait_definition): Get or create a trait definition."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.get_or_create_entity_trait_definition_response import GetOrCreateEntityTraitDefinitionResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.entity_type import EntityType
    from ...models.trait_type import TraitType


def build_request(
    *,
    entity_type: EntityType,
    hierarchy: Sequence[str],
    trait_type: TraitType,
    display_name: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Get or create a trait definition: the request, described but not sent.

    `POST /entity-trait-definitions`

    Args:
        entity_type (EntityType)
        hierarchy (Sequence[str])
        trait_type (TraitType)
        display_name (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "entity_type": entity_type,
        "hierarchy": hierarchy,
        "trait_type": trait_type,
    }
    if not isinstance(display_name, Unset):
        _json["display_name"] = display_name
    return PreparedRequest(
        method="POST",
        path="/entity-trait-definitions",
        operation="getOrCreateEntityTraitDefinition",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> GetOrCreateEntityTraitDefinitionResponse:
    """Parse a successful `get_or_create_entity_trait_definition` response into its typed model, GetOrCreateEntityTraitDefinitionResponse."""
    return GetOrCreateEntityTraitDefinitionResponse.from_dict(response.json())
