"""`GET /feature-users/count` (count_feature_users): Count feature users."""

from __future__ import annotations

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_feature_users_response import CountFeatureUsersResponse
from ...types import UNSET, Unset


def build_request(
    *,
    feature_id: str,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count feature users: the request, described but not sent.

    `GET /feature-users/count`

    Args:
        feature_id (str)
        q (str, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("feature_id", feature_id)
    params += query_pairs("q", q)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/feature-users/count",
        operation="countFeatureUsers",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountFeatureUsersResponse:
    """Parse a successful `count_feature_users` response into its typed model, CountFeatureUsersResponse."""
    return CountFeatureUsersResponse.from_dict(response.json())
