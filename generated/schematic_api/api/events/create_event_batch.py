"""`POST /event-batch` (create_event_batch): Create a batch of events."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_event_batch_response import CreateEventBatchResponse

if TYPE_CHECKING:
    from ...models.create_event_request_body import CreateEventRequestBody


def build_request(
    *,
    events: Sequence[CreateEventRequestBody | Mapping[str, Any]],
) -> PreparedRequest:
    """Create a batch of events: the request, described but not sent.

    `POST /event-batch`

    Args:
        events (Sequence[CreateEventRequestBody | Mapping[str, Any]])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
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
    """Parse a successful `create_event_batch` response into its typed model, CreateEventBatchResponse."""
    return CreateEventBatchResponse.from_dict(response.json())
