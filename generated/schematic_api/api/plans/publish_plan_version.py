"""`PUT /plans/version/{plan_version_id}/publish` (publish_plan_version): Publish plan version."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.publish_plan_version_response import PublishPlanVersionResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.checkout_field_value import CheckoutFieldValue
    from ...models.custom_plan_activation_strategy import CustomPlanActivationStrategy
    from ...models.customer_billing_address import CustomerBillingAddress
    from ...models.migration_proration_behavior import MigrationProrationBehavior
    from ...models.plan_version_migration_strategy import PlanVersionMigrationStrategy
    from ...models.tax_id_input import TaxIDInput


def build_request(
    *,
    plan_version_id: str,
    excluded_company_ids: Sequence[str],
    migration_strategy: PlanVersionMigrationStrategy,
    activation_strategy: CustomPlanActivationStrategy | None | Unset = UNSET,
    address: CustomerBillingAddress | Mapping[str, Any] | Unset = UNSET,
    coupon_external_id: str | None | Unset = UNSET,
    custom_field_values: Sequence[CheckoutFieldValue | Mapping[str, Any]] | None | Unset = UNSET,
    customer_email: str | None | Unset = UNSET,
    days_until_due: int | None | Unset = UNSET,
    phone: str | None | Unset = UNSET,
    proration_behavior: MigrationProrationBehavior | None | Unset = UNSET,
    require_no_migration: bool | None | Unset = UNSET,
    send_invoice: bool | None | Unset = UNSET,
    tax_id: TaxIDInput | Mapping[str, Any] | Unset = UNSET,
) -> PreparedRequest:
    """Publish plan version: the request, described but not sent.

    `PUT /plans/version/{plan_version_id}/publish`

    Args:
        plan_version_id (str)
        excluded_company_ids (Sequence[str])
        migration_strategy (PlanVersionMigrationStrategy)
        activation_strategy (CustomPlanActivationStrategy | None, optional)
        address (CustomerBillingAddress | Mapping[str, Any], optional)
        coupon_external_id (str | None, optional)
        custom_field_values (Sequence[CheckoutFieldValue | Mapping[str, Any]] | None, optional)
        customer_email (str | None, optional)
        days_until_due (int | None, optional)
        phone (str | None, optional)
        proration_behavior (MigrationProrationBehavior | None, optional)
        require_no_migration (bool | None, optional)
        send_invoice (bool | None, optional)
        tax_id (TaxIDInput | Mapping[str, Any], optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "excluded_company_ids": excluded_company_ids,
        "migration_strategy": migration_strategy,
    }
    if not isinstance(activation_strategy, Unset):
        _json["activation_strategy"] = activation_strategy
    if not isinstance(address, Unset):
        _json["address"] = address
    if not isinstance(coupon_external_id, Unset):
        _json["coupon_external_id"] = coupon_external_id
    if not isinstance(custom_field_values, Unset):
        _json["custom_field_values"] = custom_field_values
    if not isinstance(customer_email, Unset):
        _json["customer_email"] = customer_email
    if not isinstance(days_until_due, Unset):
        _json["days_until_due"] = days_until_due
    if not isinstance(phone, Unset):
        _json["phone"] = phone
    if not isinstance(proration_behavior, Unset):
        _json["proration_behavior"] = proration_behavior
    if not isinstance(require_no_migration, Unset):
        _json["require_no_migration"] = require_no_migration
    if not isinstance(send_invoice, Unset):
        _json["send_invoice"] = send_invoice
    if not isinstance(tax_id, Unset):
        _json["tax_id"] = tax_id
    return PreparedRequest(
        method="PUT",
        path="/plans/version/{plan_version_id}/publish".format(
            plan_version_id=quote(str(plan_version_id), safe=""),
        ),
        operation="publishPlanVersion",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> PublishPlanVersionResponse:
    """Parse a successful `publish_plan_version` response into its typed model, PublishPlanVersionResponse."""
    return PublishPlanVersionResponse.from_dict(response.json())
