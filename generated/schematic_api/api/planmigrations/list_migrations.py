"""`GET /plan-version-migrations` (list_migrations): List migrations."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_migrations_response import ListMigrationsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.plan_version_migration_status import PlanVersionMigrationStatus


def build_request(
    *,
    plan_version_id: str,
    status: PlanVersionMigrationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List migrations: the request, described but not sent.

    `GET /plan-version-migrations`

    Args:
        plan_version_id (str)
        status (PlanVersionMigrationStatus, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("plan_version_id", plan_version_id)
    params += query_pairs("status", status)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/plan-version-migrations",
        operation="listMigrations",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListMigrationsResponse:
    """Parse a successful `list_migrations` response into its typed model, ListMigrationsResponse."""
    return ListMigrationsResponse.from_dict(response.json())
