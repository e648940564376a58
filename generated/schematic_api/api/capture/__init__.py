"""The `capture` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import RequestOptions

if TYPE_CHECKING:
    from ...models.capture_event import CaptureEvent
    from ...models.capture_event_batch_response import CaptureEventBatchResponse


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
        from . import capture_event_batch as _operation

        return self._requester.request(
            _operation.build_request(
                events=events,
            ),
            _operation.parse_response,
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
        from . import capture_event_batch as _operation

        return await self._requester.request(
            _operation.build_request(
                events=events,
            ),
            _operation.parse_response,
            request_options,
        )
