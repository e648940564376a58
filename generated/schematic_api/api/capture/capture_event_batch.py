"""`POST /batch` (capture_event_batch): Send a batch of events to the capture service."""

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.capture_event import CaptureEvent
from ...models.capture_event_batch_response import CaptureEventBatchResponse


def build_request(
    *,
    events: Sequence[CaptureEvent | Mapping[str, Any]],
) -> PreparedRequest:
    """Describe the `capture_event_batch` request for the given arguments."""
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
    """Parse a successful `capture_event_batch` response into its typed model."""
    response_200 = CaptureEventBatchResponse.from_dict(response.json())

    return response_200
