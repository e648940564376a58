"""`GET /audit-log/count` (count_audit_logs): Count audit logs."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_audit_logs_response import CountAuditLogsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.actor_type import ActorType


def build_request(
    *,
    actor_type: ActorType | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count audit logs: the request, described but not sent.

    `GET /audit-log/count`

    Args:
        actor_type (ActorType, optional)
        end_time (datetime.datetime, optional)
        environment_id (str, optional)
        q (str, optional)
        start_time (datetime.datetime, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("actor_type", actor_type)
    params += query_pairs("end_time", end_time)
    params += query_pairs("environment_id", environment_id)
    params += query_pairs("q", q)
    params += query_pairs("start_time", start_time)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/audit-log/count",
        operation="countAuditLogs",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountAuditLogsResponse:
    """Parse a successful `count_audit_logs` response into its typed model, CountAuditLogsResponse."""
    return CountAuditLogsResponse.from_dict(response.json())
