"""`GET /entity-trait-definitions/{entity_trait_definition_id}/usage` (get_entity_trait_definition_usage): Get entity trait definition usage."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_entity_trait_definition_usage_response import GetEntityTraitDefinitionUsageResponse


def build_request(
    *,
    entity_trait_definition_id: str,
) -> PreparedRequest:
    """Get entity trait definition usage: the request, described but not sent.

    `GET /entity-trait-definitions/{entity_trait_definition_id}/usage`

    Args:
        entity_trait_definition_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/entity-trait-definitions/{entity_trait_definition_id}/usage".format(
            entity_trait_definition_id=quote(str(entity_trait_definition_id), safe=""),
        ),
        operation="getEntityTraitDefinitionUsage",
    )


def parse_response(response: httpx.Response) -> GetEntityTraitDefinitionUsageResponse:
    """Parse a successful `get_entity_trait_definition_usage` response into its typed model, GetEntityTraitDefinitionUsageResponse."""
    return GetEntityTraitDefinitionUsageResponse.from_dict(response.json())
