"""The `accesstokens` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ...client import AsyncRequester, SyncRequester
from ...types import RequestOptions

if TYPE_CHECKING:
    from ...models.issue_temporary_access_token_response import IssueTemporaryAccessTokenResponse
    from ...models.temporary_access_token_resource_type import TemporaryAccessTokenResourceType


class AccesstokensResource:
    """Operations tagged `accesstokens`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def issue_temporary_access_token(
        self,
        *,
        lookup: Mapping[str, str],
        resource_type: TemporaryAccessTokenResourceType,
        request_options: RequestOptions | None = None,
    ) -> IssueTemporaryAccessTokenResponse:
        """Issue a temporary access token for a resource.

        `POST /temporary-access-tokens`

        Args:
            lookup (Mapping[str, str])
            resource_type (TemporaryAccessTokenResourceType)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            IssueTemporaryAccessTokenResponse: the response envelope; `.data` is IssueTemporaryAccessTokenResponseData.
        """
        from . import issue_temporary_access_token as _operation

        return self._requester.request(
            _operation.build_request(
                lookup=lookup,
                resource_type=resource_type,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncAccesstokensResource:
    """Operations tagged `accesstokens` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def issue_temporary_access_token(
        self,
        *,
        lookup: Mapping[str, str],
        resource_type: TemporaryAccessTokenResourceType,
        request_options: RequestOptions | None = None,
    ) -> IssueTemporaryAccessTokenResponse:
        """Issue a temporary access token for a resource.

        `POST /temporary-access-tokens`

        Args:
            lookup (Mapping[str, str])
            resource_type (TemporaryAccessTokenResourceType)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            IssueTemporaryAccessTokenResponse: the response envelope; `.data` is IssueTemporaryAccessTokenResponseData.
        """
        from . import issue_temporary_access_token as _operation

        return await self._requester.request(
            _operation.build_request(
                lookup=lookup,
                resource_type=resource_type,
            ),
            _operation.parse_response,
            request_options,
        )
