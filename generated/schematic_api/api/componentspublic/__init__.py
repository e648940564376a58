"""The `componentspublic` resource: one method per operation, in a sync and an async class."""

from ...client import AsyncRequester, SyncRequester
from ...models.get_public_plans_response import GetPublicPlansResponse
from ...types import RequestOptions
from . import get_public_plans as _get_public_plans


class ComponentspublicResource:
    """Operations tagged `componentspublic`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def get_public_plans(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetPublicPlansResponse:
        """List the plans a pricing table shows.

        `GET /public/plans`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPublicPlansResponse: the response envelope; `.data` is PublicPlansResponseData.
        """
        return self._requester.request(
            _get_public_plans.build_request(),
            _get_public_plans.parse_response,
            request_options,
        )


class AsyncComponentspublicResource:
    """Operations tagged `componentspublic` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get_public_plans(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetPublicPlansResponse:
        """List the plans a pricing table shows.

        `GET /public/plans`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPublicPlansResponse: the response envelope; `.data` is PublicPlansResponseData.
        """
        return await self._requester.request(
            _get_public_plans.build_request(),
            _get_public_plans.parse_response,
            request_options,
        )
