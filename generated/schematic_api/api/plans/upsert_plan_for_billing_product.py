"""`POST /plans/billing-linked` (upsert_plan_for_billing_product): Upsert plan for billing product."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_plan_for_billing_product_response import UpsertPlanForBillingProductResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType
    from ...models.plan_icon import PlanIcon
    from ...models.plan_type import PlanType


def build_request(
    *,
    billing_provider: BillingProviderType,
    external_resource_id: str,
    name: str,
    plan_type: PlanType,
    description: str | Unset = UNSET,
    external_resource_version: str | None | Unset = UNSET,
    icon: PlanIcon | None | Unset = UNSET,
) -> PreparedRequest:
    """Upsert plan for billing product: the request, described but not sent.

    `POST /plans/billing-linked`

    Args:
        billing_provider (BillingProviderType)
        external_resource_id (str)
        name (str)
        plan_type (PlanType)
        description (str, optional)
        external_resource_version (str | None, optional)
        icon (PlanIcon | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "billing_provider": billing_provider,
        "external_resource_id": external_resource_id,
        "name": name,
        "plan_type": plan_type,
    }
    if not isinstance(description, Unset):
        _json["description"] = description
    if not isinstance(external_resource_version, Unset):
        _json["external_resource_version"] = external_resource_version
    if not isinstance(icon, Unset):
        _json["icon"] = icon
    return PreparedRequest(
        method="POST",
        path="/plans/billing-linked",
        operation="upsertPlanForBillingProduct",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertPlanForBillingProductResponse:
    """Parse a successful `upsert_plan_for_billing_product` response into its typed model, UpsertPlanForBillingProductResponse."""
    return UpsertPlanForBillingProductResponse.from_dict(response.json())
