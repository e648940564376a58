"""`POST /plan-version-migrations/{plan_version_migration_id}/retry` (retry_migration): Retry migration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.retry_migration_response import RetryMigrationResponse

if TYPE_CHECKING:
    from ...models.migration_error_code import MigrationErrorCode


def build_request(
    *,
    plan_version_migration_id: str,
    error_codes: Sequence[MigrationErrorCode],
) -> PreparedRequest:
    """Retry migration: the request, described but not sent.

    `POST /plan-version-migrations/{plan_version_migration_id}/retry`

    Args:
        plan_version_migration_id (str)
        error_codes (Sequence[MigrationErrorCode])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "error_codes": error_codes,
    }
    return PreparedRequest(
        method="POST",
        path="/plan-version-migrations/{plan_version_migration_id}/retry".format(
            plan_version_migration_id=quote(str(plan_version_migration_id), safe=""),
        ),
        operation="retryMigration",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> RetryMigrationResponse:
    """Parse a successful `retry_migration` response into its typed model, RetryMigrationResponse."""
    return RetryMigrationResponse.from_dict(response.json())
