from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_collection_method import BillingCollectionMethod, check_billing_collection_method
from ..types import UNSET, Unset, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.checkout_field_value import CheckoutFieldValue
    from ..models.plan_selection import PlanSelection
    from ..models.update_credit_bundle_request_body import UpdateCreditBundleRequestBody
    from ..models.update_pay_in_advance_request_body import UpdatePayInAdvanceRequestBody


T = TypeVar("T", bound="ManagePlanRequest")


def _convert_add_on_selections(
    value: list[PlanSelection] | Sequence[PlanSelection | Mapping[str, Any]],
) -> list[PlanSelection]:
    return cast("list[PlanSelection]", as_model_list(value, ".plan_selection", "PlanSelection", __package__))


def _convert_credit_bundles(
    value: list[UpdateCreditBundleRequestBody] | Sequence[UpdateCreditBundleRequestBody | Mapping[str, Any]],
) -> list[UpdateCreditBundleRequestBody]:
    return cast(
        "list[UpdateCreditBundleRequestBody]",
        as_model_list(value, ".update_credit_bundle_request_body", "UpdateCreditBundleRequestBody", __package__),
    )


def _convert_custom_field_values(
    value: list[CheckoutFieldValue] | Sequence[CheckoutFieldValue | Mapping[str, Any]],
) -> list[CheckoutFieldValue]:
    return cast(
        "list[CheckoutFieldValue]", as_model_list(value, ".checkout_field_value", "CheckoutFieldValue", __package__)
    )


def _convert_pay_in_advance_entitlements(
    value: list[UpdatePayInAdvanceRequestBody] | Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]],
) -> list[UpdatePayInAdvanceRequestBody]:
    return cast(
        "list[UpdatePayInAdvanceRequestBody]",
        as_model_list(value, ".update_pay_in_advance_request_body", "UpdatePayInAdvanceRequestBody", __package__),
    )


@_attrs_define
class ManagePlanRequest:
    """The `ManagePlanRequest` object of the API.

    Attributes:
        add_on_selections (list[PlanSelection])
        company_id (str)
        credit_bundles (list[UpdateCreditBundleRequestBody])
        custom_field_values (list[CheckoutFieldValue])
        pay_in_advance_entitlements (list[UpdatePayInAdvanceRequestBody])
        activate_on_payment (bool | None | Unset)
        base_plan_id (None | str | Unset)
        base_plan_price_id (None | str | Unset)
        base_plan_version_id (None | str | Unset)
        billing_cycle_anchor (datetime.datetime | None | Unset)
        billing_email (None | str | Unset)
        billing_entity_id (None | str | Unset)
        cancel_immediately (bool | None | Unset)
        collection_method (BillingCollectionMethod | None | Unset)
        coupon_external_id (None | str | Unset)
        days_until_due (int | None | Unset)
        payment_method_external_id (None | str | Unset)
        promo_code (None | str | Unset)
        prorate (bool | None | Unset)
        prorate_first_period (bool | None | Unset)
        send_invoice (bool | None | Unset)
        trial_end (datetime.datetime | None | Unset)
    """

    add_on_selections: list[PlanSelection] = _attrs_field(converter=_convert_add_on_selections)

    company_id: str

    credit_bundles: list[UpdateCreditBundleRequestBody] = _attrs_field(converter=_convert_credit_bundles)

    custom_field_values: list[CheckoutFieldValue] = _attrs_field(converter=_convert_custom_field_values)

    pay_in_advance_entitlements: list[UpdatePayInAdvanceRequestBody] = _attrs_field(
        converter=_convert_pay_in_advance_entitlements
    )

    activate_on_payment: bool | None | Unset = UNSET

    base_plan_id: None | str | Unset = UNSET

    base_plan_price_id: None | str | Unset = UNSET

    base_plan_version_id: None | str | Unset = UNSET

    billing_cycle_anchor: datetime.datetime | None | Unset = UNSET

    billing_email: None | str | Unset = UNSET

    billing_entity_id: None | str | Unset = UNSET

    cancel_immediately: bool | None | Unset = UNSET

    collection_method: BillingCollectionMethod | None | Unset = UNSET

    coupon_external_id: None | str | Unset = UNSET

    days_until_due: int | None | Unset = UNSET

    payment_method_external_id: None | str | Unset = UNSET

    promo_code: None | str | Unset = UNSET

    prorate: bool | None | Unset = UNSET

    prorate_first_period: bool | None | Unset = UNSET

    send_invoice: bool | None | Unset = UNSET

    trial_end: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_on_selections = []
        for add_on_selections_item_data in self.add_on_selections:
            add_on_selections_item = add_on_selections_item_data.to_dict()
            add_on_selections.append(add_on_selections_item)

        company_id = self.company_id

        credit_bundles = []
        for credit_bundles_item_data in self.credit_bundles:
            credit_bundles_item = credit_bundles_item_data.to_dict()
            credit_bundles.append(credit_bundles_item)

        custom_field_values = []
        for custom_field_values_item_data in self.custom_field_values:
            custom_field_values_item = custom_field_values_item_data.to_dict()
            custom_field_values.append(custom_field_values_item)

        pay_in_advance_entitlements = []
        for pay_in_advance_entitlements_item_data in self.pay_in_advance_entitlements:
            pay_in_advance_entitlements_item = pay_in_advance_entitlements_item_data.to_dict()
            pay_in_advance_entitlements.append(pay_in_advance_entitlements_item)

        activate_on_payment: bool | None | Unset
        if isinstance(self.activate_on_payment, Unset):
            activate_on_payment = UNSET
        else:
            activate_on_payment = self.activate_on_payment

        base_plan_id: None | str | Unset
        if isinstance(self.base_plan_id, Unset):
            base_plan_id = UNSET
        else:
            base_plan_id = self.base_plan_id

        base_plan_price_id: None | str | Unset
        if isinstance(self.base_plan_price_id, Unset):
            base_plan_price_id = UNSET
        else:
            base_plan_price_id = self.base_plan_price_id

        base_plan_version_id: None | str | Unset
        if isinstance(self.base_plan_version_id, Unset):
            base_plan_version_id = UNSET
        else:
            base_plan_version_id = self.base_plan_version_id

        billing_cycle_anchor: None | str | Unset
        if isinstance(self.billing_cycle_anchor, Unset):
            billing_cycle_anchor = UNSET
        elif isinstance(self.billing_cycle_anchor, datetime.datetime):
            billing_cycle_anchor = self.billing_cycle_anchor.isoformat()
        else:
            billing_cycle_anchor = self.billing_cycle_anchor

        billing_email: None | str | Unset
        if isinstance(self.billing_email, Unset):
            billing_email = UNSET
        else:
            billing_email = self.billing_email

        billing_entity_id: None | str | Unset
        if isinstance(self.billing_entity_id, Unset):
            billing_entity_id = UNSET
        else:
            billing_entity_id = self.billing_entity_id

        cancel_immediately: bool | None | Unset
        if isinstance(self.cancel_immediately, Unset):
            cancel_immediately = UNSET
        else:
            cancel_immediately = self.cancel_immediately

        collection_method: None | str | Unset
        if isinstance(self.collection_method, Unset):
            collection_method = UNSET
        elif isinstance(self.collection_method, str):
            collection_method = self.collection_method
        else:
            collection_method = self.collection_method

        coupon_external_id: None | str | Unset
        if isinstance(self.coupon_external_id, Unset):
            coupon_external_id = UNSET
        else:
            coupon_external_id = self.coupon_external_id

        days_until_due: int | None | Unset
        if isinstance(self.days_until_due, Unset):
            days_until_due = UNSET
        else:
            days_until_due = self.days_until_due

        payment_method_external_id: None | str | Unset
        if isinstance(self.payment_method_external_id, Unset):
            payment_method_external_id = UNSET
        else:
            payment_method_external_id = self.payment_method_external_id

        promo_code: None | str | Unset
        if isinstance(self.promo_code, Unset):
            promo_code = UNSET
        else:
            promo_code = self.promo_code

        prorate: bool | None | Unset
        if isinstance(self.prorate, Unset):
            prorate = UNSET
        else:
            prorate = self.prorate

        prorate_first_period: bool | None | Unset
        if isinstance(self.prorate_first_period, Unset):
            prorate_first_period = UNSET
        else:
            prorate_first_period = self.prorate_first_period

        send_invoice: bool | None | Unset
        if isinstance(self.send_invoice, Unset):
            send_invoice = UNSET
        else:
            send_invoice = self.send_invoice

        trial_end: None | str | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        elif isinstance(self.trial_end, datetime.datetime):
            trial_end = self.trial_end.isoformat()
        else:
            trial_end = self.trial_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_on_selections": add_on_selections,
                "company_id": company_id,
                "credit_bundles": credit_bundles,
                "custom_field_values": custom_field_values,
                "pay_in_advance_entitlements": pay_in_advance_entitlements,
            }
        )
        if activate_on_payment is not UNSET:
            field_dict["activate_on_payment"] = activate_on_payment
        if base_plan_id is not UNSET:
            field_dict["base_plan_id"] = base_plan_id
        if base_plan_price_id is not UNSET:
            field_dict["base_plan_price_id"] = base_plan_price_id
        if base_plan_version_id is not UNSET:
            field_dict["base_plan_version_id"] = base_plan_version_id
        if billing_cycle_anchor is not UNSET:
            field_dict["billing_cycle_anchor"] = billing_cycle_anchor
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        if billing_entity_id is not UNSET:
            field_dict["billing_entity_id"] = billing_entity_id
        if cancel_immediately is not UNSET:
            field_dict["cancel_immediately"] = cancel_immediately
        if collection_method is not UNSET:
            field_dict["collection_method"] = collection_method
        if coupon_external_id is not UNSET:
            field_dict["coupon_external_id"] = coupon_external_id
        if days_until_due is not UNSET:
            field_dict["days_until_due"] = days_until_due
        if payment_method_external_id is not UNSET:
            field_dict["payment_method_external_id"] = payment_method_external_id
        if promo_code is not UNSET:
            field_dict["promo_code"] = promo_code
        if prorate is not UNSET:
            field_dict["prorate"] = prorate
        if prorate_first_period is not UNSET:
            field_dict["prorate_first_period"] = prorate_first_period
        if send_invoice is not UNSET:
            field_dict["send_invoice"] = send_invoice
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_field_value import CheckoutFieldValue  # noqa: PLC0415
        from ..models.plan_selection import PlanSelection  # noqa: PLC0415
        from ..models.update_credit_bundle_request_body import UpdateCreditBundleRequestBody  # noqa: PLC0415
        from ..models.update_pay_in_advance_request_body import UpdatePayInAdvanceRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        add_on_selections = []
        _add_on_selections = d.pop("add_on_selections")
        for add_on_selections_item_data in _add_on_selections:
            add_on_selections_item = PlanSelection.from_dict(add_on_selections_item_data)

            add_on_selections.append(add_on_selections_item)

        company_id = d.pop("company_id")

        credit_bundles = []
        _credit_bundles = d.pop("credit_bundles")
        for credit_bundles_item_data in _credit_bundles:
            credit_bundles_item = UpdateCreditBundleRequestBody.from_dict(credit_bundles_item_data)

            credit_bundles.append(credit_bundles_item)

        custom_field_values = []
        _custom_field_values = d.pop("custom_field_values")
        for custom_field_values_item_data in _custom_field_values:
            custom_field_values_item = CheckoutFieldValue.from_dict(custom_field_values_item_data)

            custom_field_values.append(custom_field_values_item)

        pay_in_advance_entitlements = []
        _pay_in_advance_entitlements = d.pop("pay_in_advance_entitlements")
        for pay_in_advance_entitlements_item_data in _pay_in_advance_entitlements:
            pay_in_advance_entitlements_item = UpdatePayInAdvanceRequestBody.from_dict(
                pay_in_advance_entitlements_item_data
            )

            pay_in_advance_entitlements.append(pay_in_advance_entitlements_item)

        def _parse_activate_on_payment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        activate_on_payment = _parse_activate_on_payment(d.pop("activate_on_payment", UNSET))

        def _parse_base_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_plan_id = _parse_base_plan_id(d.pop("base_plan_id", UNSET))

        def _parse_base_plan_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_plan_price_id = _parse_base_plan_price_id(d.pop("base_plan_price_id", UNSET))

        def _parse_base_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_plan_version_id = _parse_base_plan_version_id(d.pop("base_plan_version_id", UNSET))

        def _parse_billing_cycle_anchor(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        billing_cycle_anchor = _parse_billing_cycle_anchor(d.pop("billing_cycle_anchor", UNSET))

        def _parse_billing_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_email = _parse_billing_email(d.pop("billing_email", UNSET))

        def _parse_billing_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_entity_id = _parse_billing_entity_id(d.pop("billing_entity_id", UNSET))

        def _parse_cancel_immediately(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancel_immediately = _parse_cancel_immediately(d.pop("cancel_immediately", UNSET))

        def _parse_collection_method(data: object) -> BillingCollectionMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_collection_method(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCollectionMethod | None | Unset, data)

        collection_method = _parse_collection_method(d.pop("collection_method", UNSET))

        def _parse_coupon_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_external_id = _parse_coupon_external_id(d.pop("coupon_external_id", UNSET))

        def _parse_days_until_due(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_until_due = _parse_days_until_due(d.pop("days_until_due", UNSET))

        def _parse_payment_method_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_external_id = _parse_payment_method_external_id(d.pop("payment_method_external_id", UNSET))

        def _parse_promo_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promo_code = _parse_promo_code(d.pop("promo_code", UNSET))

        def _parse_prorate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prorate = _parse_prorate(d.pop("prorate", UNSET))

        def _parse_prorate_first_period(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prorate_first_period = _parse_prorate_first_period(d.pop("prorate_first_period", UNSET))

        def _parse_send_invoice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_invoice = _parse_send_invoice(d.pop("send_invoice", UNSET))

        def _parse_trial_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_end = _parse_trial_end(d.pop("trial_end", UNSET))

        manage_plan_request = cls(
            add_on_selections=add_on_selections,
            company_id=company_id,
            credit_bundles=credit_bundles,
            custom_field_values=custom_field_values,
            pay_in_advance_entitlements=pay_in_advance_entitlements,
            activate_on_payment=activate_on_payment,
            base_plan_id=base_plan_id,
            base_plan_price_id=base_plan_price_id,
            base_plan_version_id=base_plan_version_id,
            billing_cycle_anchor=billing_cycle_anchor,
            billing_email=billing_email,
            billing_entity_id=billing_entity_id,
            cancel_immediately=cancel_immediately,
            collection_method=collection_method,
            coupon_external_id=coupon_external_id,
            days_until_due=days_until_due,
            payment_method_external_id=payment_method_external_id,
            promo_code=promo_code,
            prorate=prorate,
            prorate_first_period=prorate_first_period,
            send_invoice=send_invoice,
            trial_end=trial_end,
        )

        manage_plan_request.additional_properties = d
        return manage_plan_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
