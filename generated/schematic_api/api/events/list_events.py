"""`GET /events` (list_events): List events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_events_response import ListEventsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.event_type import EventType


def build_request(
    *,
    company_id: str | Unset = UNSET,
    event_subtype: str | Unset = UNSET,
    event_types: Sequence[EventType] | Unset = UNSET,
    flag_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List events: the request, described but not sent.

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

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("company_id", company_id)
    params += query_pairs("event_subtype", event_subtype)
    params += query_pairs("event_types", event_types)
    params += query_pairs("flag_id", flag_id)
    params += query_pairs("idempotency_key", idempotency_key)
    params += query_pairs("user_id", user_id)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/events",
        operation="listEvents",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListEventsResponse:
    """Parse a successful `list_events` response into its typed model, ListEventsResponse."""
    return ListEventsResponse.from_dict(response.json())
