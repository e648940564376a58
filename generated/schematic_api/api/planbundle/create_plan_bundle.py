"""`POST /plan-bundles` (create_plan_bundle): Create plan bundle."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_plan_bundle_response import CreatePlanBundleResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.create_plan_request_body import CreatePlanRequestBody
    from ...models.plan_bundle_credit_grant_request_body import PlanBundleCreditGrantRequestBody
    from ...models.plan_bundle_entitlement_request_body import PlanBundleEntitlementRequestBody
    from ...models.upsert_billing_product_request_body import UpsertBillingProductRequestBody


def build_request(
    *,
    entitlements: Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
    plan: CreatePlanRequestBody | Mapping[str, Any],
    billing_product: UpsertBillingProductRequestBody | Mapping[str, Any] | Unset = UNSET,
    credit_grants: Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]] | Unset = UNSET,
) -> PreparedRequest:
    """Create plan bundle: the request, described but not sent.

    `POST /plan-bundles`

    Args:
        entitlements (Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]])
        plan (CreatePlanRequestBody | Mapping[str, Any])
        billing_product (UpsertBillingProductRequestBody | Mapping[str, Any], optional)
        credit_grants (Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]], optional)

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
    return PreparedRequest(
        method="POST",
        path="/plan-bundles",
        operation="createPlanBundle",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreatePlanBundleResponse:
    """Parse a successful `create_plan_bundle` response into its typed model, CreatePlanBundleResponse."""
    return CreatePlanBundleResponse.from_dict(response.json())
