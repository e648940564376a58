"""The `scheduledcheckout` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.create_scheduled_checkout_response import CreateScheduledCheckoutResponse
    from ...models.get_scheduled_checkout_response import GetScheduledCheckoutResponse
    from ...models.list_scheduled_checkouts_response import ListScheduledCheckoutsResponse
    from ...models.scheduled_checkout_status import ScheduledCheckoutStatus
    from ...models.update_scheduled_checkout_response import UpdateScheduledCheckoutResponse


class ScheduledcheckoutResource:
    """Operations tagged `scheduledcheckout`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create_scheduled_checkout(
        self,
        *,
        company_id: str,
        execute_after: datetime.datetime,
        from_plan_id: str,
        to_plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> CreateScheduledCheckoutResponse:
        """Create scheduled checkout.

        `POST /scheduled-checkout`

        Args:
            company_id (str)
            execute_after (datetime.datetime)
            from_plan_id (str)
            to_plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateScheduledCheckoutResponse: the response envelope; `.data` is ScheduledCheckoutResponseData.
        """
        from . import create_scheduled_checkout as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                execute_after=execute_after,
                from_plan_id=from_plan_id,
                to_plan_id=to_plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_scheduled_checkout(
        self,
        *,
        scheduled_checkout_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetScheduledCheckoutResponse:
        """Get scheduled checkout.

        `GET /scheduled-checkout/{scheduled_checkout_id}`

        Args:
            scheduled_checkout_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetScheduledCheckoutResponse: the response envelope; `.data` is ScheduledCheckoutResponseData.
        """
        from . import get_scheduled_checkout as _operation

        return self._requester.request(
            _operation.build_request(
                scheduled_checkout_id=scheduled_checkout_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_scheduled_checkouts(
        self,
        *,
        company_id: str | Unset = UNSET,
        status: ScheduledCheckoutStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListScheduledCheckoutsResponse:
        """List scheduled checkouts.

        `GET /scheduled-checkout`

        Args:
            company_id (str, optional)
            status (ScheduledCheckoutStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListScheduledCheckoutsResponse: the response envelope; `.data` is list[ScheduledCheckoutResponseData].
        """
        from . import list_scheduled_checkouts as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_scheduled_checkout(
        self,
        *,
        scheduled_checkout_id: str,
        execute_after: datetime.datetime | None | Unset = UNSET,
        status: ScheduledCheckoutStatus | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateScheduledCheckoutResponse:
        """Update scheduled checkout.

        `PUT /scheduled-checkout/{scheduled_checkout_id}`

        Args:
            scheduled_checkout_id (str)
            execute_after (datetime.datetime | None, optional)
            status (ScheduledCheckoutStatus | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateScheduledCheckoutResponse: the response envelope; `.data` is ScheduledCheckoutResponseData.
        """
        from . import update_scheduled_checkout as _operation

        return self._requester.request(
            _operation.build_request(
                scheduled_checkout_id=scheduled_checkout_id,
                execute_after=execute_after,
                status=status,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncScheduledcheckoutResource:
    """Operations tagged `scheduledcheckout` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create_scheduled_checkout(
        self,
        *,
        company_id: str,
        execute_after: datetime.datetime,
        from_plan_id: str,
        to_plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> CreateScheduledCheckoutResponse:
        """Create scheduled checkout.

        `POST /scheduled-checkout`

        Args:
            company_id (str)
            execute_after (datetime.datetime)
            from_plan_id (str)
            to_plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateScheduledCheckoutResponse: the response envelope; `.data` is ScheduledCheckoutResponseData.
        """
        from . import create_scheduled_checkout as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                execute_after=execute_after,
                from_plan_id=from_plan_id,
                to_plan_id=to_plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_scheduled_checkout(
        self,
        *,
        scheduled_checkout_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetScheduledCheckoutResponse:
        """Get scheduled checkout.

        `GET /scheduled-checkout/{scheduled_checkout_id}`

        Args:
            scheduled_checkout_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetScheduledCheckoutResponse: the response envelope; `.data` is ScheduledCheckoutResponseData.
        """
        from . import get_scheduled_checkout as _operation

        return await self._requester.request(
            _operation.build_request(
                scheduled_checkout_id=scheduled_checkout_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_scheduled_checkouts(
        self,
        *,
        company_id: str | Unset = UNSET,
        status: ScheduledCheckoutStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListScheduledCheckoutsResponse:
        """List scheduled checkouts.

        `GET /scheduled-checkout`

        Args:
            company_id (str, optional)
            status (ScheduledCheckoutStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListScheduledCheckoutsResponse: the response envelope; `.data` is list[ScheduledCheckoutResponseData].
        """
        from . import list_scheduled_checkouts as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_scheduled_checkout(
        self,
        *,
        scheduled_checkout_id: str,
        execute_after: datetime.datetime | None | Unset = UNSET,
        status: ScheduledCheckoutStatus | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateScheduledCheckoutResponse:
        """Update scheduled checkout.

        `PUT /scheduled-checkout/{scheduled_checkout_id}`

        Args:
            scheduled_checkout_id (str)
            execute_after (datetime.datetime | None, optional)
            status (ScheduledCheckoutStatus | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateScheduledCheckoutResponse: the response envelope; `.data` is ScheduledCheckoutResponseData.
        """
        from . import update_scheduled_checkout as _operation

        return await self._requester.request(
            _operation.build_request(
                scheduled_checkout_id=scheduled_checkout_id,
                execute_after=execute_after,
                status=status,
            ),
            _operation.parse_response,
            request_options,
        )
