"""`POST /custom-plan-bundles` (create_custom_plan_bundle): Create custom plan bundle."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_custom_plan_bundle_response import CreateCustomPlanBundleResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.create_custom_plan_bundle_plan_request_body import CreateCustomPlanBundlePlanRequestBody
    from ...models.plan_bundle_credit_grant_request_body import PlanBundleCreditGrantRequestBody
    from ...models.plan_bundle_entitlement_request_body import PlanBundleEntitlementRequestBody
    from ...models.upsert_billing_product_request_body import UpsertBillingProductRequestBody


def build_request(
    *,
    billing_product: UpsertBillingProductRequestBody | Mapping[str, Any],
    entitlements: Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
    plan: CreateCustomPlanBundlePlanRequestBody | Mapping[str, Any],
    credit_grants: Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]] | Unset = UNSET,
) -> PreparedRequest:
    """Create custom plan bundle: the request, described but not sent.

    `POST /custom-plan-bundles`

    Args:
        billing_product (UpsertBillingProductRequestBody | Mapping[str, Any])
        entitlements (Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]])
        plan (CreateCustomPlanBundlePlanRequestBody | Mapping[str, Any])
        credit_grants (Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]], optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "billing_product": billing_product,
        "entitlements": entitlements,
        "plan": plan,
    }
    if not isinstance(credit_grants, Unset):
        _json["credit_grants"] = credit_grants
    return PreparedRequest(
        method="POST",
        path="/custom-plan-bundles",
        operation="createCustomPlanBundle",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateCustomPlanBundleResponse:
    """Parse a successful `create_custom_plan_bundle` response into its typed model, CreateCustomPlanBundleResponse."""
    return CreateCustomPlanBundleResponse.from_dict(response.json())
