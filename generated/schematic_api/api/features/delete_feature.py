"""`DELETE /features/{feature_id}` (delete_feature): Delete a feature."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_feature_response import DeleteFeatureResponse


def build_request(
    *,
    feature_id: str,
) -> PreparedRequest:
    """Delete a feature: the request, described but not sent.

    `DELETE /features/{feature_id}`

    Args:
        feature_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/features/{feature_id}".format(
            feature_id=quote(str(feature_id), safe=""),
        ),
        operation="deleteFeature",
    )


def parse_response(response: httpx.Response) -> DeleteFeatureResponse:
    """Parse a successful `delete_feature` response into its typed model, DeleteFeatureResponse."""
    return DeleteFeatureResponse.from_dict(response.json())
