"""`GET /plan-version-migrations/{plan_version_migration_id}` (get_migration): Get migration."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_migration_response import GetMigrationResponse


def build_request(
    *,
    plan_version_migration_id: str,
) -> PreparedRequest:
    """Get migration: the request, described but not sent.

    `GET /plan-version-migrations/{plan_version_migration_id}`

    Args:
        plan_version_migration_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/plan-version-migrations/{plan_version_migration_id}".format(
            plan_version_migration_id=quote(str(plan_version_migration_id), safe=""),
        ),
        operation="getMigration",
    )


def parse_response(response: httpx.Response) -> GetMigrationResponse:
    """Parse a successful `get_migration` response into its typed model, GetMigrationResponse."""
    return GetMigrationResponse.from_dict(response.json())
