"""`GET /audit-log/{audit_log_id}` (get_audit_log): Get audit log."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_audit_log_response import GetAuditLogResponse


def build_request(
    *,
    audit_log_id: str,
) -> PreparedRequest:
    """Get audit log: the request, described but not sent.

    `GET /audit-log/{audit_log_id}`

    Args:
        audit_log_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/audit-log/{audit_log_id}".format(
            audit_log_id=quote(str(audit_log_id), safe=""),
        ),
        operation="getAuditLog",
    )


def parse_response(response: httpx.Response) -> GetAuditLogResponse:
    """Parse a successful `get_audit_log` response into its typed model, GetAuditLogResponse."""
    return GetAuditLogResponse.from_dict(response.json())
