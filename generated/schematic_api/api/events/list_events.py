"""`GET /events` (list_events): List events."""

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.event_type import EventType
from ...models.list_events_response import ListEventsResponse
from ...types import UNSET, Unset


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
    """Describe the `list_events` request for the given arguments."""
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
    """Parse a successful `list_events` response into its typed model."""
    response_200 = ListEventsResponse.from_dict(response.json())

    return response_200
