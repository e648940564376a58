"""The `capture` resource: one method per operation, in a sync and an async class."""

from collections.abc import Mapping, Sequence
from typing import Any

from ...client import AsyncRequester, SyncRequester
from ...models.capture_event import CaptureEvent
from ...models.capture_event_batch_response import CaptureEventBatchResponse
from ...types import RequestOptions
from . import capture_event_batch as _capture_event_batch


class CaptureResource:
    """Operations tagged `capture`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def capture_event_batch(
        self,
        *,
        events: Sequence[CaptureEvent | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> CaptureEventBatchResponse:
        """Send a batch of events to the capture service.

        `POST /batch`

        Capture format used by Schematic's own SDKs. At most 100 events per batch; a larger batch is
        rejected with 400 {"error": "batch too large", "max_size": 100}.

        Args:
            events (Sequence[CaptureEvent | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CaptureEventBatchResponse: the response envelope; `.data` is RawEventBatchResponseData.
        """
        return self._requester.request(
            _capture_event_batch.build_request(
                events=events,
            ),
            _capture_event_batch.parse_response,
            request_options,
        )


class AsyncCaptureResource:
    """Operations tagged `capture` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def capture_event_batch(
        self,
        *,
        events: Sequence[CaptureEvent | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> CaptureEventBatchResponse:
        """Send a batch of events to the capture service.

        `POST /batch`

        Capture format used by Schematic's own SDKs. At most 100 events per batch; a larger batch is
        rejected with 400 {"error": "batch too large", "max_size": 100}.

        Args:
            events (Sequence[CaptureEvent | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CaptureEventBatchResponse: the response envelope; `.data` is RawEventBatchResponseData.
        """
        return await self._requester.request(
            _capture_event_batch.build_request(
                events=events,
            ),
            _capture_event_batch.parse_response,
            request_options,
        )
