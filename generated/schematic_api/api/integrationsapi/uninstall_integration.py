"""`DELETE /integrations/uninstall/{integration_id}` (uninstall_integration): Uninstall integration."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.uninstall_integration_response import UninstallIntegrationResponse


def build_request(
    *,
    integration_id: str,
) -> PreparedRequest:
    """Uninstall integration: the request, described but not sent.

    `DELETE /integrations/uninstall/{integration_id}`

    Args:
        integration_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/integrations/uninstall/{integration_id}".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        operation="uninstallIntegration",
    )


def parse_response(response: httpx.Response) -> UninstallIntegrationResponse:
    """Parse a successful `uninstall_integration` response into its typed model, UninstallIntegrationResponse."""
    return UninstallIntegrationResponse.from_dict(response.json())
