"""`GET /components/preview-data` (preview_component_data): Preview component data."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.preview_component_data_response import PreviewComponentDataResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str | Unset = UNSET,
    component_id: str | Unset = UNSET,
) -> PreparedRequest:
    """Preview component data: the request, described but not sent.

    `GET /components/preview-data`

    Args:
        company_id (str, optional)
        component_id (str, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("component_id", component_id)
    return PreparedRequest(
        method="GET",
        path="/components/preview-data",
        operation="previewComponentData",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> PreviewComponentDataResponse:
    """Parse a successful `preview_component_data` response into its typed model, PreviewComponentDataResponse."""
    return PreviewComponentDataResponse.from_dict(response.json())
