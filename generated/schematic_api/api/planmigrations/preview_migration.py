"""`POST /plan-version-migrations/preview` (preview_migration): Preview migration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.preview_migration_response import PreviewMigrationResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.plan_type import PlanType


def build_request(
    *,
    plan_id: str,
    plan_version_id_to: str,
    target_plan_type: PlanType,
    company_ids: Sequence[str] | Unset = UNSET,
    plan_version_ids_from: Sequence[str] | Unset = UNSET,
) -> PreparedRequest:
    """Preview migration: the request, described but not sent.

    `POST /plan-version-migrations/preview`

    Args:
        plan_id (str)
        plan_version_id_to (str)
        target_plan_type (PlanType)
        company_ids (Sequence[str], optional)
        plan_version_ids_from (Sequence[str], optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "plan_id": plan_id,
        "plan_version_id_to": plan_version_id_to,
        "target_plan_type": target_plan_type,
    }
    if not isinstance(company_ids, Unset):
        _json["company_ids"] = company_ids
    if not isinstance(plan_version_ids_from, Unset):
        _json["plan_version_ids_from"] = plan_version_ids_from
    return PreparedRequest(
        method="POST",
        path="/plan-version-migrations/preview",
        operation="previewMigration",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> PreviewMigrationResponse:
    """Parse a successful `preview_migration` response into its typed model, PreviewMigrationResponse."""
    return PreviewMigrationResponse.from_dict(response.json())
