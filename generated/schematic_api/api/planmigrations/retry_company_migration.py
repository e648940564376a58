"""`POST /plan-version-company-migrations/{plan_version_company_migration_id}/retry` (retry_company_migration): Retry company migration."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.retry_company_migration_response import RetryCompanyMigrationResponse


def build_request(
    *,
    plan_version_company_migration_id: str,
) -> PreparedRequest:
    """Retry company migration: the request, described but not sent.

    `POST /plan-version-company-migrations/{plan_version_company_migration_id}/retry`

    Args:
        plan_version_company_migration_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="POST",
        path="/plan-version-company-migrations/{plan_version_company_migration_id}/retry".format(
            plan_version_company_migration_id=quote(str(plan_version_company_migration_id), safe=""),
        ),
        operation="retryCompanyMigration",
    )


def parse_response(response: httpx.Response) -> RetryCompanyMigrationResponse:
    """Parse a successful `retry_company_migration` response into its typed model, RetryCompanyMigrationResponse."""
    return RetryCompanyMigrationResponse.from_dict(response.json())
