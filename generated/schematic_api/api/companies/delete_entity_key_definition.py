"""`DELETE /entity-key-definitions/{entity_key_definition_id}` (delete_entity_key_definition): Delete entity key definition."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_entity_key_definition_response import DeleteEntityKeyDefinitionResponse


def build_request(
    *,
    entity_key_definition_id: str,
) -> PreparedRequest:
    """Delete entity key definition: the request, described but not sent.

    `DELETE /entity-key-definitions/{entity_key_definition_id}`

    Args:
        entity_key_definition_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/entity-key-definitions/{entity_key_definition_id}".format(
            entity_key_definition_id=quote(str(entity_key_definition_id), safe=""),
        ),
        operation="deleteEntityKeyDefinition",
    )


def parse_response(response: httpx.Response) -> DeleteEntityKeyDefinitionResponse:
    """Parse a successful `delete_entity_key_definition` response into its typed model, DeleteEntityKeyDefinitionResponse."""
    return DeleteEntityKeyDefinitionResponse.from_dict(response.json())
