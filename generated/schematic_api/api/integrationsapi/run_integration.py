"""`GET /integration/start/{integration_id}` (run_integration): Run integration."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.run_integration_response import RunIntegrationResponse


def build_request(
    *,
    integration_id: str,
) -> PreparedRequest:
    """Run integration: the request, described but not sent.

    `GET /integration/start/{integration_id}`

    Args:
        integration_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/integration/start/{integration_id}".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        operation="runIntegration",
    )


def parse_response(response: httpx.Response) -> RunIntegrationResponse:
    """Parse a successful `run_integration` response into its typed model, RunIntegrationResponse."""
    return RunIntegrationResponse.from_dict(response.json())
