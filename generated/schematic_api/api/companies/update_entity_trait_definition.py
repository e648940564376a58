"""`PUT /entity-trait-definitions/{entity_trait_definition_id}` (update_entity_trait_definition): Update entity trait definition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_entity_trait_definition_response import UpdateEntityTraitDefinitionResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.trait_type import TraitType


def build_request(
    *,
    entity_trait_definition_id: str,
    trait_type: TraitType,
    display_name: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update entity trait definition: the request, described but not sent.

    `PUT /entity-trait-definitions/{entity_trait_definition_id}`

    Args:
        entity_trait_definition_id (str)
        trait_type (TraitType)
        display_name (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "trait_type": trait_type,
    }
    if not isinstance(display_name, Unset):
        _json["display_name"] = display_name
    return PreparedRequest(
        method="PUT",
        path="/entity-trait-definitions/{entity_trait_definition_id}".format(
            entity_trait_definition_id=quote(str(entity_trait_definition_id), safe=""),
        ),
        operation="updateEntityTraitDefinition",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateEntityTraitDefinitionResponse:
    """Parse a successful `update_entity_trait_definition` response into its typed model, UpdateEntityTraitDefinitionResponse."""
    return UpdateEntityTraitDefinitionResponse.from_dict(response.json())
