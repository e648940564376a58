"""The `accesstokens` resource: one method per operation, in a sync and an async class."""

from collections.abc import Mapping

from ...client import AsyncRequester, SyncRequester
from ...models.issue_temporary_access_token_response import IssueTemporaryAccessTokenResponse
from ...models.temporary_access_token_resource_type import TemporaryAccessTokenResourceType
from ...types import RequestOptions
from . import issue_temporary_access_token as _issue_temporary_access_token


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
        return self._requester.request(
            _issue_temporary_access_token.build_request(
                lookup=lookup,
                resource_type=resource_type,
            ),
            _issue_temporary_access_token.parse_response,
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
        return await self._requester.request(
            _issue_temporary_access_token.build_request(
                lookup=lookup,
                resource_type=resource_type,
            ),
            _issue_temporary_access_token.parse_response,
            request_options,
        )
