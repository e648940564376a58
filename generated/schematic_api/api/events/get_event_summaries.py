"""`GET /event-types` (get_event_summaries): List event types with their counts."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.get_event_summaries_response import GetEventSummariesResponse
from ...types import UNSET, Unset


def build_request(
    *,
    q: str | Unset = UNSET,
    event_subtypes: Sequence[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List event types with their counts: the request, described but not sent.

    `GET /event-types`

    Args:
        q (str, optional)
        event_subtypes (Sequence[str], optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("q", q)
    params += query_pairs("event_subtypes", event_subtypes)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/event-types",
        operation="getEventSummaries",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> GetEventSummariesResponse:
    """Parse a successful `get_event_summaries` response into its typed model, GetEventSummariesResponse."""
    return GetEventSummariesResponse.from_dict(response.json())
