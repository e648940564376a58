"""The `events` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.create_event_batch_response import CreateEventBatchResponse
    from ...models.create_event_request_body import CreateEventRequestBody
    from ...models.create_event_response import CreateEventResponse
    from ...models.event_body_flag_check import EventBodyFlagCheck
    from ...models.event_body_identify import EventBodyIdentify
    from ...models.event_body_inference import EventBodyInference
    from ...models.event_body_track import EventBodyTrack
    from ...models.event_type import EventType
    from ...models.get_event_response import GetEventResponse
    from ...models.get_event_summaries_response import GetEventSummariesResponse
    from ...models.get_segment_integration_status_response import GetSegmentIntegrationStatusResponse
    from ...models.list_events_response import ListEventsResponse


class EventsResource:
    """Operations tagged `events`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create_event(
        self,
        *,
        event_type: EventType,
        backfill: bool | None | Unset = UNSET,
        body: EventBodyTrack
        | Mapping[str, Any]
        | EventBodyFlagCheck
        | EventBodyIdentify
        | EventBodyInference
        | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        sent_at: datetime.datetime | None | Unset = UNSET,
        trusted_client_clock: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateEventResponse:
        """Create a single event.

        `POST /events`

        Args:
            event_type (EventType)
            backfill (bool | None, optional)
            body (EventBodyTrack | Mapping[str, Any] | EventBodyFlagCheck | EventBodyIdentify |
                EventBodyInference, optional): Body of an event; its shape depends on the event type
            idempotency_key (str | None, optional)
            sent_at (datetime.datetime | None, optional)
            trusted_client_clock (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateEventResponse: the response envelope; `.data` is RawEventResponseData.
        """
        from . import create_event as _operation

        return self._requester.request(
            _operation.build_request(
                event_type=event_type,
                backfill=backfill,
                body=body,
                idempotency_key=idempotency_key,
                sent_at=sent_at,
                trusted_client_clock=trusted_client_clock,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_event_batch(
        self,
        *,
        events: Sequence[CreateEventRequestBody | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> CreateEventBatchResponse:
        """Create a batch of events.

        `POST /event-batch`

        Args:
            events (Sequence[CreateEventRequestBody | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateEventBatchResponse: the response envelope; `.data` is RawEventBatchResponseData.
        """
        from . import create_event_batch as _operation

        return self._requester.request(
            _operation.build_request(
                events=events,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_event(
        self,
        *,
        event_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetEventResponse:
        """Get an event by id.

        `GET /events/{event_id}`

        Args:
            event_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEventResponse: the response envelope; `.data` is EventDetailResponseData.
        """
        from . import get_event as _operation

        return self._requester.request(
            _operation.build_request(
                event_id=event_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_event_summaries(
        self,
        *,
        q: str | Unset = UNSET,
        event_subtypes: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetEventSummariesResponse:
        """List event types with their counts.

        `GET /event-types`

        Args:
            q (str, optional)
            event_subtypes (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEventSummariesResponse: the response envelope; `.data` is list[EventSummaryResponseData].
        """
        from . import get_event_summaries as _operation

        return self._requester.request(
            _operation.build_request(
                q=q,
                event_subtypes=event_subtypes,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_segment_integration_status(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetSegmentIntegrationStatusResponse:
        """Get segment integration status.

        `GET /segment-integration`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSegmentIntegrationStatusResponse: the response envelope; `.data` is SegmentStatusResp.
        """
        from . import get_segment_integration_status as _operation

        return self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    def list_events(
        self,
        *,
        company_id: str | Unset = UNSET,
        event_subtype: str | Unset = UNSET,
        event_types: Sequence[EventType] | Unset = UNSET,
        flag_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListEventsResponse:
        """List events.

        `GET /events`

        Args:
            company_id (str, optional)
            event_subtype (str, optional)
            event_types (Sequence[EventType], optional)
            flag_id (str, optional)
            idempotency_key (str, optional)
            user_id (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListEventsResponse: the response envelope; `.data` is list[EventDetailResponseData].
        """
        from . import list_events as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                event_subtype=event_subtype,
                event_types=event_types,
                flag_id=flag_id,
                idempotency_key=idempotency_key,
                user_id=user_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncEventsResource:
    """Operations tagged `events` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create_event(
        self,
        *,
        event_type: EventType,
        backfill: bool | None | Unset = UNSET,
        body: EventBodyTrack
        | Mapping[str, Any]
        | EventBodyFlagCheck
        | EventBodyIdentify
        | EventBodyInference
        | Unset = UNSET,
        idempotency_key: str | None | Unset = UNSET,
        sent_at: datetime.datetime | None | Unset = UNSET,
        trusted_client_clock: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateEventResponse:
        """Create a single event.

        `POST /events`

        Args:
            event_type (EventType)
            backfill (bool | None, optional)
            body (EventBodyTrack | Mapping[str, Any] | EventBodyFlagCheck | EventBodyIdentify |
                EventBodyInference, optional): Body of an event; its shape depends on the event type
            idempotency_key (str | None, optional)
            sent_at (datetime.datetime | None, optional)
            trusted_client_clock (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateEventResponse: the response envelope; `.data` is RawEventResponseData.
        """
        from . import create_event as _operation

        return await self._requester.request(
            _operation.build_request(
                event_type=event_type,
                backfill=backfill,
                body=body,
                idempotency_key=idempotency_key,
                sent_at=sent_at,
                trusted_client_clock=trusted_client_clock,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_event_batch(
        self,
        *,
        events: Sequence[CreateEventRequestBody | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> CreateEventBatchResponse:
        """Create a batch of events.

        `POST /event-batch`

        Args:
            events (Sequence[CreateEventRequestBody | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateEventBatchResponse: the response envelope; `.data` is RawEventBatchResponseData.
        """
        from . import create_event_batch as _operation

        return await self._requester.request(
            _operation.build_request(
                events=events,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_event(
        self,
        *,
        event_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetEventResponse:
        """Get an event by id.

        `GET /events/{event_id}`

        Args:
            event_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEventResponse: the response envelope; `.data` is EventDetailResponseData.
        """
        from . import get_event as _operation

        return await self._requester.request(
            _operation.build_request(
                event_id=event_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_event_summaries(
        self,
        *,
        q: str | Unset = UNSET,
        event_subtypes: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetEventSummariesResponse:
        """List event types with their counts.

        `GET /event-types`

        Args:
            q (str, optional)
            event_subtypes (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEventSummariesResponse: the response envelope; `.data` is list[EventSummaryResponseData].
        """
        from . import get_event_summaries as _operation

        return await self._requester.request(
            _operation.build_request(
                q=q,
                event_subtypes=event_subtypes,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_segment_integration_status(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetSegmentIntegrationStatusResponse:
        """Get segment integration status.

        `GET /segment-integration`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSegmentIntegrationStatusResponse: the response envelope; `.data` is SegmentStatusResp.
        """
        from . import get_segment_integration_status as _operation

        return await self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    async def list_events(
        self,
        *,
        company_id: str | Unset = UNSET,
        event_subtype: str | Unset = UNSET,
        event_types: Sequence[EventType] | Unset = UNSET,
        flag_id: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListEventsResponse:
        """List events.

        `GET /events`

        Args:
            company_id (str, optional)
            event_subtype (str, optional)
            event_types (Sequence[EventType], optional)
            flag_id (str, optional)
            idempotency_key (str, optional)
            user_id (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListEventsResponse: the response envelope; `.data` is list[EventDetailResponseData].
        """
        from . import list_events as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                event_subtype=event_subtype,
                event_types=event_types,
                flag_id=flag_id,
                idempotency_key=idempotency_key,
                user_id=user_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )
