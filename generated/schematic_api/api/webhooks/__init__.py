"""The `webhooks` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.count_webhook_events_response import CountWebhookEventsResponse
    from ...models.count_webhooks_response import CountWebhooksResponse
    from ...models.create_webhook_response import CreateWebhookResponse
    from ...models.credit_trigger_config import CreditTriggerConfig
    from ...models.delete_webhook_response import DeleteWebhookResponse
    from ...models.entitlement_trigger_config import EntitlementTriggerConfig
    from ...models.get_webhook_event_response import GetWebhookEventResponse
    from ...models.get_webhook_response import GetWebhookResponse
    from ...models.list_webhook_events_response import ListWebhookEventsResponse
    from ...models.list_webhooks_response import ListWebhooksResponse
    from ...models.send_test_webhook_action_response import SendTestWebhookActionResponse
    from ...models.update_webhook_response import UpdateWebhookResponse
    from ...models.webhook_request_type import WebhookRequestType
    from ...models.webhook_status import WebhookStatus


class WebhooksResource:
    """Operations tagged `webhooks`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def count_webhook_events(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        webhook_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountWebhookEventsResponse:
        """Count webhook events.

        `GET /webhook-events/count`

        Args:
            ids (Sequence[str], optional)
            q (str, optional)
            webhook_id (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountWebhookEventsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_webhook_events as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                q=q,
                webhook_id=webhook_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_webhooks(
        self,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountWebhooksResponse:
        """Count webhooks.

        `GET /webhooks/count`

        Args:
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountWebhooksResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_webhooks as _operation

        return self._requester.request(
            _operation.build_request(
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_webhook(
        self,
        *,
        name: str,
        request_types: Sequence[WebhookRequestType],
        url: str,
        credit_trigger_configs: Sequence[CreditTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
        entitlement_trigger_configs: Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateWebhookResponse:
        """Create webhook.

        `POST /webhooks`

        Args:
            name (str)
            request_types (Sequence[WebhookRequestType])
            url (str)
            credit_trigger_configs (Sequence[CreditTriggerConfig | Mapping[str, Any]] | None, optional)
            entitlement_trigger_configs (Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None,
                optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateWebhookResponse: the response envelope; `.data` is WebhookResponseData.
        """
        from . import create_webhook as _operation

        return self._requester.request(
            _operation.build_request(
                name=name,
                request_types=request_types,
                url=url,
                credit_trigger_configs=credit_trigger_configs,
                entitlement_trigger_configs=entitlement_trigger_configs,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_webhook(
        self,
        *,
        webhook_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteWebhookResponse:
        """Delete webhook.

        `DELETE /webhooks/{webhook_id}`

        Args:
            webhook_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteWebhookResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_webhook as _operation

        return self._requester.request(
            _operation.build_request(
                webhook_id=webhook_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_webhook(
        self,
        *,
        webhook_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetWebhookResponse:
        """Get webhook.

        `GET /webhooks/{webhook_id}`

        Args:
            webhook_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetWebhookResponse: the response envelope; `.data` is WebhookResponseData.
        """
        from . import get_webhook as _operation

        return self._requester.request(
            _operation.build_request(
                webhook_id=webhook_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_webhook_event(
        self,
        *,
        webhook_event_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetWebhookEventResponse:
        """Get webhook event.

        `GET /webhook-events/{webhook_event_id}`

        Args:
            webhook_event_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetWebhookEventResponse: the response envelope; `.data` is WebhookEventDetailResponseData.
        """
        from . import get_webhook_event as _operation

        return self._requester.request(
            _operation.build_request(
                webhook_event_id=webhook_event_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_webhook_events(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        webhook_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListWebhookEventsResponse:
        """List webhook events.

        `GET /webhook-events`

        Args:
            ids (Sequence[str], optional)
            q (str, optional)
            webhook_id (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListWebhookEventsResponse: the response envelope; `.data` is list[WebhookEventDetailResponseData].
        """
        from . import list_webhook_events as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                q=q,
                webhook_id=webhook_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_webhooks(
        self,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListWebhooksResponse:
        """List webhooks.

        `GET /webhooks`

        Args:
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListWebhooksResponse: the response envelope; `.data` is list[WebhookResponseData].
        """
        from . import list_webhooks as _operation

        return self._requester.request(
            _operation.build_request(
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def send_test_webhook_action(
        self,
        *,
        webhook_id: str,
        request_type: WebhookRequestType,
        request_options: RequestOptions | None = None,
    ) -> SendTestWebhookActionResponse:
        """Send a test event to a webhook.

        `POST /webhooks/{webhook_id}/test`

        Args:
            webhook_id (str)
            request_type (WebhookRequestType)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            SendTestWebhookActionResponse: the response envelope; `.data` is TestWebhookResponseData.
        """
        from . import send_test_webhook_action as _operation

        return self._requester.request(
            _operation.build_request(
                webhook_id=webhook_id,
                request_type=request_type,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_webhook(
        self,
        *,
        webhook_id: str,
        credit_trigger_configs: Sequence[CreditTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
        entitlement_trigger_configs: Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        request_types: Sequence[WebhookRequestType] | None | Unset = UNSET,
        status: WebhookStatus | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateWebhookResponse:
        """Update webhook.

        `PUT /webhooks/{webhook_id}`

        Args:
            webhook_id (str)
            credit_trigger_configs (Sequence[CreditTriggerConfig | Mapping[str, Any]] | None, optional)
            entitlement_trigger_configs (Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None,
                optional)
            name (str | None, optional)
            request_types (Sequence[WebhookRequestType] | None, optional)
            status (WebhookStatus | None, optional)
            url (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateWebhookResponse: the response envelope; `.data` is WebhookResponseData.
        """
        from . import update_webhook as _operation

        return self._requester.request(
            _operation.build_request(
                webhook_id=webhook_id,
                credit_trigger_configs=credit_trigger_configs,
                entitlement_trigger_configs=entitlement_trigger_configs,
                name=name,
                request_types=request_types,
                status=status,
                url=url,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncWebhooksResource:
    """Operations tagged `webhooks` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def count_webhook_events(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        webhook_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountWebhookEventsResponse:
        """Count webhook events.

        `GET /webhook-events/count`

        Args:
            ids (Sequence[str], optional)
            q (str, optional)
            webhook_id (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountWebhookEventsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_webhook_events as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                q=q,
                webhook_id=webhook_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_webhooks(
        self,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountWebhooksResponse:
        """Count webhooks.

        `GET /webhooks/count`

        Args:
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountWebhooksResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_webhooks as _operation

        return await self._requester.request(
            _operation.build_request(
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_webhook(
        self,
        *,
        name: str,
        request_types: Sequence[WebhookRequestType],
        url: str,
        credit_trigger_configs: Sequence[CreditTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
        entitlement_trigger_configs: Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateWebhookResponse:
        """Create webhook.

        `POST /webhooks`

        Args:
            name (str)
            request_types (Sequence[WebhookRequestType])
            url (str)
            credit_trigger_configs (Sequence[CreditTriggerConfig | Mapping[str, Any]] | None, optional)
            entitlement_trigger_configs (Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None,
                optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateWebhookResponse: the response envelope; `.data` is WebhookResponseData.
        """
        from . import create_webhook as _operation

        return await self._requester.request(
            _operation.build_request(
                name=name,
                request_types=request_types,
                url=url,
                credit_trigger_configs=credit_trigger_configs,
                entitlement_trigger_configs=entitlement_trigger_configs,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_webhook(
        self,
        *,
        webhook_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteWebhookResponse:
        """Delete webhook.

        `DELETE /webhooks/{webhook_id}`

        Args:
            webhook_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteWebhookResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_webhook as _operation

        return await self._requester.request(
            _operation.build_request(
                webhook_id=webhook_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_webhook(
        self,
        *,
        webhook_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetWebhookResponse:
        """Get webhook.

        `GET /webhooks/{webhook_id}`

        Args:
            webhook_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetWebhookResponse: the response envelope; `.data` is WebhookResponseData.
        """
        from . import get_webhook as _operation

        return await self._requester.request(
            _operation.build_request(
                webhook_id=webhook_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_webhook_event(
        self,
        *,
        webhook_event_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetWebhookEventResponse:
        """Get webhook event.

        `GET /webhook-events/{webhook_event_id}`

        Args:
            webhook_event_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetWebhookEventResponse: the response envelope; `.data` is WebhookEventDetailResponseData.
        """
        from . import get_webhook_event as _operation

        return await self._requester.request(
            _operation.build_request(
                webhook_event_id=webhook_event_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_webhook_events(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        webhook_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListWebhookEventsResponse:
        """List webhook events.

        `GET /webhook-events`

        Args:
            ids (Sequence[str], optional)
            q (str, optional)
            webhook_id (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListWebhookEventsResponse: the response envelope; `.data` is list[WebhookEventDetailResponseData].
        """
        from . import list_webhook_events as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                q=q,
                webhook_id=webhook_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_webhooks(
        self,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListWebhooksResponse:
        """List webhooks.

        `GET /webhooks`

        Args:
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListWebhooksResponse: the response envelope; `.data` is list[WebhookResponseData].
        """
        from . import list_webhooks as _operation

        return await self._requester.request(
            _operation.build_request(
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def send_test_webhook_action(
        self,
        *,
        webhook_id: str,
        request_type: WebhookRequestType,
        request_options: RequestOptions | None = None,
    ) -> SendTestWebhookActionResponse:
        """Send a test event to a webhook.

        `POST /webhooks/{webhook_id}/test`

        Args:
            webhook_id (str)
            request_type (WebhookRequestType)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            SendTestWebhookActionResponse: the response envelope; `.data` is TestWebhookResponseData.
        """
        from . import send_test_webhook_action as _operation

        return await self._requester.request(
            _operation.build_request(
                webhook_id=webhook_id,
                request_type=request_type,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_webhook(
        self,
        *,
        webhook_id: str,
        credit_trigger_configs: Sequence[CreditTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
        entitlement_trigger_configs: Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        request_types: Sequence[WebhookRequestType] | None | Unset = UNSET,
        status: WebhookStatus | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateWebhookResponse:
        """Update webhook.

        `PUT /webhooks/{webhook_id}`

        Args:
            webhook_id (str)
            credit_trigger_configs (Sequence[CreditTriggerConfig | Mapping[str, Any]] | None, optional)
            entitlement_trigger_configs (Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None,
                optional)
            name (str | None, optional)
            request_types (Sequence[WebhookRequestType] | None, optional)
            status (WebhookStatus | None, optional)
            url (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateWebhookResponse: the response envelope; `.data` is WebhookResponseData.
        """
        from . import update_webhook as _operation

        return await self._requester.request(
            _operation.build_request(
                webhook_id=webhook_id,
                credit_trigger_configs=credit_trigger_configs,
                entitlement_trigger_configs=entitlement_trigger_configs,
                name=name,
                request_types=request_types,
                status=status,
                url=url,
            ),
            _operation.parse_response,
            request_options,
        )
