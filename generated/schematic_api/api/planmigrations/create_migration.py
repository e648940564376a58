"""`POST /plan-version-migrations` (create_migration): Create migration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_migration_response import CreateMigrationResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.migration_proration_behavior import MigrationProrationBehavior
    from ...models.plan_type import PlanType
    from ...models.plan_version_migration_strategy import PlanVersionMigrationStrategy


def build_request(
    *,
    plan_id: str,
    plan_version_id_to: str,
    strategy: PlanVersionMigrationStrategy,
    target_plan_type: PlanType,
    company_ids: Sequence[str] | Unset = UNSET,
    excluded_company_ids: Sequence[str] | Unset = UNSET,
    plan_version_ids_from: Sequence[str] | Unset = UNSET,
    proration_behavior: MigrationProrationBehavior | None | Unset = UNSET,
) -> PreparedRequest:
    """Create migration: the request, described but not sent.

    `POST /plan-version-migrations`

    Args:
        plan_id (str)
        plan_version_id_to (str)
        strategy (PlanVersionMigrationStrategy)
        target_plan_type (PlanType)
        company_ids (Sequence[str], optional)
        excluded_company_ids (Sequence[str], optional)
        plan_version_ids_from (Sequence[str], optional)
        proration_behavior (MigrationProrationBehavior | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "plan_id": plan_id,
        "plan_version_id_to": plan_version_id_to,
        "strategy": strategy,
        "target_plan_type": target_plan_type,
    }
    if not isinstance(company_ids, Unset):
        _json["company_ids"] = company_ids
    if not isinstance(excluded_company_ids, Unset):
        _json["excluded_company_ids"] = excluded_company_ids
    if not isinstance(plan_version_ids_from, Unset):
        _json["plan_version_ids_from"] = plan_version_ids_from
    if not isinstance(proration_behavior, Unset):
        _json["proration_behavior"] = proration_behavior
    return PreparedRequest(
        method="POST",
        path="/plan-version-migrations",
        operation="createMigration",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateMigrationResponse:
    """Parse a successful `create_migration` response into its typed model, CreateMigrationResponse."""
    return CreateMigrationResponse.from_dict(response.json())
