"""`GET /plan-version-company-migrations/count` (count_company_migrations): Count company migrations."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.count_company_migrations_response import CountCompanyMigrationsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.plan_version_company_migration_status import PlanVersionCompanyMigrationStatus


def build_request(
    *,
    migration_id: str,
    q: str | Unset = UNSET,
    status: PlanVersionCompanyMigrationStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """Count company migrations: the request, described but not sent.

    `GET /plan-version-company-migrations/count`

    Args:
        migration_id (str)
        q (str, optional)
        status (PlanVersionCompanyMigrationStatus, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("migration_id", migration_id)
    params += query_pairs("q", q)
    params += query_pairs("status", status)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/plan-version-company-migrations/count",
        operation="countCompanyMigrations",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> CountCompanyMigrationsResponse:
    """Parse a successful `count_company_migrations` response into its typed model, CountCompanyMigrationsResponse."""
    return CountCompanyMigrationsResponse.from_dict(response.json())
