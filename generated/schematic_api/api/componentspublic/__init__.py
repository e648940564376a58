"""The `componentspublic` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...client import AsyncRequester, SyncRequester
from ...types import RequestOptions

if TYPE_CHECKING:
    from ...models.get_public_plans_response import GetPublicPlansResponse


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
        from . import get_public_plans as _operation

        return self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
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
        from . import get_public_plans as _operation

        return await self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )
