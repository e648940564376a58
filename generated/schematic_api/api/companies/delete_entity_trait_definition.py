"""`DELETE /entity-trait-definitions/{entity_trait_definition_id}` (delete_entity_trait_definition): Delete entity trait definition."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_entity_trait_definition_response import DeleteEntityTraitDefinitionResponse


def build_request(
    *,
    entity_trait_definition_id: str,
) -> PreparedRequest:
    """Delete entity trait definition: the request, described but not sent.

    `DELETE /entity-trait-definitions/{entity_trait_definition_id}`

    Args:
        entity_trait_definition_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/entity-trait-definitions/{entity_trait_definition_id}".format(
            entity_trait_definition_id=quote(str(entity_trait_definition_id), safe=""),
        ),
        operation="deleteEntityTraitDefinition",
    )


def parse_response(response: httpx.Response) -> DeleteEntityTraitDefinitionResponse:
    """Parse a successful `delete_entity_trait_definition` response into its typed model, DeleteEntityTraitDefinitionResponse."""
    return DeleteEntityTraitDefinitionResponse.from_dict(response.json())
