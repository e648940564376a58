"""`POST /temporary-access-tokens` (issue_temporary_access_token): Issue a temporary access token for a resource."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.issue_temporary_access_token_response import IssueTemporaryAccessTokenResponse

if TYPE_CHECKING:
    from ...models.temporary_access_token_resource_type import TemporaryAccessTokenResourceType


def build_request(
    *,
    lookup: Mapping[str, str],
    resource_type: TemporaryAccessTokenResourceType,
) -> PreparedRequest:
    """Issue a temporary access token for a resource: the request, described but not sent.

    `POST /temporary-access-tokens`

    Args:
        lookup (Mapping[str, str])
        resource_type (TemporaryAccessTokenResourceType)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "lookup": lookup,
        "resource_type": resource_type,
    }
    return PreparedRequest(
        method="POST",
        path="/temporary-access-tokens",
        operation="issueTemporaryAccessToken",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> IssueTemporaryAccessTokenResponse:
    """Parse a successful `issue_temporary_access_token` response into its typed model, IssueTemporaryAccessTokenResponse."""
    return IssueTemporaryAccessTokenResponse.from_dict(response.json())
