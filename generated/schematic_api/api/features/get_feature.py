"""`GET /features/{feature_id}` (get_feature): Get a feature by id."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_feature_response import GetFeatureResponse


def build_request(
    *,
    feature_id: str,
) -> PreparedRequest:
    """Get a feature by id: the request, described but not sent.

    `GET /features/{feature_id}`

    Args:
        feature_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/features/{feature_id}".format(
            feature_id=quote(str(feature_id), safe=""),
        ),
        operation="getFeature",
    )


def parse_response(response: httpx.Response) -> GetFeatureResponse:
    """Parse a successful `get_feature` response into its typed model, GetFeatureResponse."""
    return GetFeatureResponse.from_dict(response.json())
