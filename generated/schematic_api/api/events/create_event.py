"""`POST /events` (create_event): Create a single event."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_event_response import CreateEventResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.event_body_flag_check import EventBodyFlagCheck
    from ...models.event_body_identify import EventBodyIdentify
    from ...models.event_body_inference import EventBodyInference
    from ...models.event_body_track import EventBodyTrack
    from ...models.event_type import EventType


def build_request(
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
) -> PreparedRequest:
    """Create a single event: the request, described but not sent.

    `POST /events`

    Args:
        event_type (EventType)
        backfill (bool | None, optional)
        body (EventBodyTrack | Mapping[str, Any] | EventBodyFlagCheck | EventBodyIdentify |
            EventBodyInference, optional): Body of an event; its shape depends on the event type
        idempotency_key (str | None, optional)
        sent_at (datetime.datetime | None, optional)
        trusted_client_clock (bool | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "event_type": event_type,
    }
    if not isinstance(backfill, Unset):
        _json["backfill"] = backfill
    if not isinstance(body, Unset):
        _json["body"] = body
    if not isinstance(idempotency_key, Unset):
        _json["idempotency_key"] = idempotency_key
    if not isinstance(sent_at, Unset):
        _json["sent_at"] = sent_at
    if not isinstance(trusted_client_clock, Unset):
        _json["trusted_client_clock"] = trusted_client_clock
    return PreparedRequest(
        method="POST",
        path="/events",
        operation="createEvent",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateEventResponse:
    """Parse a successful `create_event` response into its typed model, CreateEventResponse."""
    return CreateEventResponse.from_dict(response.json())
