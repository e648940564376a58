"""`PUT /plan-bundles/{plan_id}` (update_plan_bundle): Update plan bundle."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_plan_bundle_response import UpdatePlanBundleResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.plan_bundle_credit_grant_request_body import PlanBundleCreditGrantRequestBody
    from ...models.plan_bundle_entitlement_request_body import PlanBundleEntitlementRequestBody
    from ...models.update_plan_request_body import UpdatePlanRequestBody
    from ...models.upsert_billing_product_request_body import UpsertBillingProductRequestBody


def build_request(
    *,
    plan_id: str,
    entitlements: Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
    plan: UpdatePlanRequestBody | Mapping[str, Any],
    billing_product: UpsertBillingProductRequestBody | Mapping[str, Any] | Unset = UNSET,
    credit_grants: Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]] | Unset = UNSET,
    plan_version_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update plan bundle: the request, described but not sent.

    `PUT /plan-bundles/{plan_id}`

    Args:
        plan_id (str)
        entitlements (Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]])
        plan (UpdatePlanRequestBody | Mapping[str, Any])
        billing_product (UpsertBillingProductRequestBody | Mapping[str, Any], optional)
        credit_grants (Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]], optional)
        plan_version_id (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "entitlements": entitlements,
        "plan": plan,
    }
    if not isinstance(billing_product, Unset):
        _json["billing_product"] = billing_product
    if not isinstance(credit_grants, Unset):
        _json["credit_grants"] = credit_grants
    if not isinstance(plan_version_id, Unset):
        _json["plan_version_id"] = plan_version_id
    return PreparedRequest(
        method="PUT",
        path="/plan-bundles/{plan_id}".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
        operation="updatePlanBundle",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdatePlanBundleResponse:
    """Parse a successful `update_plan_bundle` response into its typed model, UpdatePlanBundleResponse."""
    return UpdatePlanBundleResponse.from_dict(response.json())
