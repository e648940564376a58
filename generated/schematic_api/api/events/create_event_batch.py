"""`POST /event-batch` (create_event_batch): Create a batch of events."""

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_event_batch_response import CreateEventBatchResponse
from ...models.create_event_request_body import CreateEventRequestBody


def build_request(
    *,
    events: Sequence[CreateEventRequestBody | Mapping[str, Any]],
) -> PreparedRequest:
    """Describe the `create_event_batch` request for the given arguments."""
    _json: dict[str, Any] = {
        "events": events,
    }
    return PreparedRequest(
        method="POST",
        path="/event-batch",
        operation="createEventBatch",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateEventBatchResponse:
    """Parse a successful `create_event_batch` response into its typed model."""
    response_201 = CreateEventBatchResponse.from_dict(response.json())

    return response_201
