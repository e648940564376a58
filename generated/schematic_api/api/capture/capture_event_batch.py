"""`POST /batch` (capture_event_batch): Send a batch of events to the capture service."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.capture_event_batch_response import CaptureEventBatchResponse

if TYPE_CHECKING:
    from ...models.capture_event import CaptureEvent


def build_request(
    *,
    events: Sequence[CaptureEvent | Mapping[str, Any]],
) -> PreparedRequest:
    """Send a batch of events to the capture service: the request, described but not sent.

    `POST /batch`

    Capture format used by Schematic's own SDKs. At most 100 events per batch; a larger batch is
    rejected with 400 {"error": "batch too large", "max_size": 100}.

    Args:
        events (Sequence[CaptureEvent | Mapping[str, Any]])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "events": events,
    }
    return PreparedRequest(
        method="POST",
        path="/batch",
        operation="captureEventBatch",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CaptureEventBatchResponse:
    """Parse a successful `capture_event_batch` response into its typed model, CaptureEventBatchResponse."""
    return CaptureEventBatchResponse.from_dict(response.json())
