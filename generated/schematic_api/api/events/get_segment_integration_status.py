"""`GET /segment-integration` (get_segment_integration_status): Get segment integration status."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest
from ...models.get_segment_integration_status_response import GetSegmentIntegrationStatusResponse


def build_request() -> PreparedRequest:
    """Get segment integration status: the request, described but not sent.

    `GET /segment-integration`

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/segment-integration",
        operation="getSegmentIntegrationStatus",
    )


def parse_response(response: httpx.Response) -> GetSegmentIntegrationStatusResponse:
    """Parse a successful `get_segment_integration_status` response into its typed model, GetSegmentIntegrationStatusResponse."""
    return GetSegmentIntegrationStatusResponse.from_dict(response.json())
