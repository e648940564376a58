"""`GET /events/{event_id}` (get_event): Get an event by id."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_event_response import GetEventResponse


def build_request(
    *,
    event_id: str,
) -> PreparedRequest:
    """Get an event by id: the request, described but not sent.

    `GET /events/{event_id}`

    Args:
        event_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/events/{event_id}".format(
            event_id=quote(str(event_id), safe=""),
        ),
        operation="getEvent",
    )


def parse_response(response: httpx.Response) -> GetEventResponse:
    """Parse a successful `get_event` response into its typed model, GetEventResponse."""
    return GetEventResponse.from_dict(response.json())
