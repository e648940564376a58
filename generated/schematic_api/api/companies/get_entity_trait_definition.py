"""`GET /entity-trait-definitions/{entity_trait_definition_id}` (get_entity_trait_definition): Get entity trait definition."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_entity_trait_definition_response import GetEntityTraitDefinitionResponse


def build_request(
    *,
    entity_trait_definition_id: str,
) -> PreparedRequest:
    """Get entity trait definition: the request, described but not sent.

    `GET /entity-trait-definitions/{entity_trait_definition_id}`

    Args:
        entity_trait_definition_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/entity-trait-definitions/{entity_trait_definition_id}".format(
            entity_trait_definition_id=quote(str(entity_trait_definition_id), safe=""),
        ),
        operation="getEntityTraitDefinition",
    )


def parse_response(response: httpx.Response) -> GetEntityTraitDefinitionResponse:
    """Parse a successful `get_entity_trait_definition` response into its typed model, GetEntityTraitDefinitionResponse."""
    return GetEntityTraitDefinitionResponse.from_dict(response.json())
