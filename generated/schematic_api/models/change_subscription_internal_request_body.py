from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model_list

if TYPE_CHECKING:
    from ..models.checkout_field_value import CheckoutFieldValue
    from ..models.update_add_on_request_body import UpdateAddOnRequestBody
    from ..models.update_auto_topup_override_request_body import UpdateAutoTopupOverrideRequestBody
    from ..models.update_credit_bundle_request_body import UpdateCreditBundleRequestBody
    from ..models.update_pay_in_advance_request_body import UpdatePayInAdvanceRequestBody


T = TypeVar("T", bound="ChangeSubscriptionInternalRequestBody")


def _convert_add_on_ids(
    value: list[UpdateAddOnRequestBody] | Sequence[UpdateAddOnRequestBody | Mapping[str, Any]],
) -> list[UpdateAddOnRequestBody]:
    return cast(
        "list[UpdateAddOnRequestBody]",
        as_model_list(value, ".update_add_on_request_body", "UpdateAddOnRequestBody", __package__),
    )


def _convert_auto_topup_overrides(
    value: list[UpdateAutoTopupOverrideRequestBody] | Sequence[UpdateAutoTopupOverrideRequestBody | Mapping[str, Any]],
) -> list[UpdateAutoTopupOverrideRequestBody]:
    return cast(
        "list[UpdateAutoTopupOverrideRequestBody]",
        as_model_list(
            value, ".update_auto_topup_override_request_body", "UpdateAutoTopupOverrideRequestBody", __package__
        ),
    )


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


def _convert_pay_in_advance(
    value: list[UpdatePayInAdvanceRequestBody] | Sequence[UpdatePayInAdvanceRequestBody | Mapping[str, Any]],
) -> list[UpdatePayInAdvanceRequestBody]:
    return cast(
        "list[UpdatePayInAdvanceRequestBody]",
        as_model_list(value, ".update_pay_in_advance_request_body", "UpdatePayInAdvanceRequestBody", __package__),
    )


@_attrs_define
class ChangeSubscriptionInternalRequestBody:
    """The `ChangeSubscriptionInternalRequestBody` object of the API.

    Attributes:
        add_on_ids (list[UpdateAddOnRequestBody])
        auto_topup_overrides (list[UpdateAutoTopupOverrideRequestBody])
        company_id (str)
        credit_bundles (list[UpdateCreditBundleRequestBody])
        custom_field_values (list[CheckoutFieldValue])
        new_plan_id (str)
        new_price_id (str)
        pay_in_advance (list[UpdatePayInAdvanceRequestBody])
        skip_trial (bool)
        billing_entity_id (None | str | Unset)
        coupon_external_id (None | str | Unset)
        opt_in_accepted (bool | None | Unset)
        payment_method_id (None | str | Unset)
        promo_code (None | str | Unset)
    """

    add_on_ids: list[UpdateAddOnRequestBody] = _attrs_field(converter=_convert_add_on_ids)

    auto_topup_overrides: list[UpdateAutoTopupOverrideRequestBody] = _attrs_field(
        converter=_convert_auto_topup_overrides
    )

    company_id: str

    credit_bundles: list[UpdateCreditBundleRequestBody] = _attrs_field(converter=_convert_credit_bundles)

    custom_field_values: list[CheckoutFieldValue] = _attrs_field(converter=_convert_custom_field_values)

    new_plan_id: str

    new_price_id: str

    pay_in_advance: list[UpdatePayInAdvanceRequestBody] = _attrs_field(converter=_convert_pay_in_advance)

    skip_trial: bool

    billing_entity_id: None | str | Unset = UNSET

    coupon_external_id: None | str | Unset = UNSET

    opt_in_accepted: bool | None | Unset = UNSET

    payment_method_id: None | str | Unset = UNSET

    promo_code: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_on_ids = []
        for add_on_ids_item_data in self.add_on_ids:
            add_on_ids_item = add_on_ids_item_data.to_dict()
            add_on_ids.append(add_on_ids_item)

        auto_topup_overrides = []
        for auto_topup_overrides_item_data in self.auto_topup_overrides:
            auto_topup_overrides_item = auto_topup_overrides_item_data.to_dict()
            auto_topup_overrides.append(auto_topup_overrides_item)

        company_id = self.company_id

        credit_bundles = []
        for credit_bundles_item_data in self.credit_bundles:
            credit_bundles_item = credit_bundles_item_data.to_dict()
            credit_bundles.append(credit_bundles_item)

        custom_field_values = []
        for custom_field_values_item_data in self.custom_field_values:
            custom_field_values_item = custom_field_values_item_data.to_dict()
            custom_field_values.append(custom_field_values_item)

        new_plan_id = self.new_plan_id

        new_price_id = self.new_price_id

        pay_in_advance = []
        for pay_in_advance_item_data in self.pay_in_advance:
            pay_in_advance_item = pay_in_advance_item_data.to_dict()
            pay_in_advance.append(pay_in_advance_item)

        skip_trial = self.skip_trial

        billing_entity_id: None | str | Unset
        if isinstance(self.billing_entity_id, Unset):
            billing_entity_id = UNSET
        else:
            billing_entity_id = self.billing_entity_id

        coupon_external_id: None | str | Unset
        if isinstance(self.coupon_external_id, Unset):
            coupon_external_id = UNSET
        else:
            coupon_external_id = self.coupon_external_id

        opt_in_accepted: bool | None | Unset
        if isinstance(self.opt_in_accepted, Unset):
            opt_in_accepted = UNSET
        else:
            opt_in_accepted = self.opt_in_accepted

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        promo_code: None | str | Unset
        if isinstance(self.promo_code, Unset):
            promo_code = UNSET
        else:
            promo_code = self.promo_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_on_ids": add_on_ids,
                "auto_topup_overrides": auto_topup_overrides,
                "company_id": company_id,
                "credit_bundles": credit_bundles,
                "custom_field_values": custom_field_values,
                "new_plan_id": new_plan_id,
                "new_price_id": new_price_id,
                "pay_in_advance": pay_in_advance,
                "skip_trial": skip_trial,
            }
        )
        if billing_entity_id is not UNSET:
            field_dict["billing_entity_id"] = billing_entity_id
        if coupon_external_id is not UNSET:
            field_dict["coupon_external_id"] = coupon_external_id
        if opt_in_accepted is not UNSET:
            field_dict["opt_in_accepted"] = opt_in_accepted
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if promo_code is not UNSET:
            field_dict["promo_code"] = promo_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_field_value import CheckoutFieldValue  # noqa: PLC0415
        from ..models.update_add_on_request_body import UpdateAddOnRequestBody  # noqa: PLC0415
        from ..models.update_auto_topup_override_request_body import UpdateAutoTopupOverrideRequestBody  # noqa: PLC0415
        from ..models.update_credit_bundle_request_body import UpdateCreditBundleRequestBody  # noqa: PLC0415
        from ..models.update_pay_in_advance_request_body import UpdatePayInAdvanceRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        add_on_ids = []
        _add_on_ids = d.pop("add_on_ids")
        for add_on_ids_item_data in _add_on_ids:
            add_on_ids_item = UpdateAddOnRequestBody.from_dict(add_on_ids_item_data)

            add_on_ids.append(add_on_ids_item)

        auto_topup_overrides = []
        _auto_topup_overrides = d.pop("auto_topup_overrides")
        for auto_topup_overrides_item_data in _auto_topup_overrides:
            auto_topup_overrides_item = UpdateAutoTopupOverrideRequestBody.from_dict(auto_topup_overrides_item_data)

            auto_topup_overrides.append(auto_topup_overrides_item)

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

        new_plan_id = d.pop("new_plan_id")

        new_price_id = d.pop("new_price_id")

        pay_in_advance = []
        _pay_in_advance = d.pop("pay_in_advance")
        for pay_in_advance_item_data in _pay_in_advance:
            pay_in_advance_item = UpdatePayInAdvanceRequestBody.from_dict(pay_in_advance_item_data)

            pay_in_advance.append(pay_in_advance_item)

        skip_trial = d.pop("skip_trial")

        def _parse_billing_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_entity_id = _parse_billing_entity_id(d.pop("billing_entity_id", UNSET))

        def _parse_coupon_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_external_id = _parse_coupon_external_id(d.pop("coupon_external_id", UNSET))

        def _parse_opt_in_accepted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        opt_in_accepted = _parse_opt_in_accepted(d.pop("opt_in_accepted", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        def _parse_promo_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promo_code = _parse_promo_code(d.pop("promo_code", UNSET))

        change_subscription_internal_request_body = cls(
            add_on_ids=add_on_ids,
            auto_topup_overrides=auto_topup_overrides,
            company_id=company_id,
            credit_bundles=credit_bundles,
            custom_field_values=custom_field_values,
            new_plan_id=new_plan_id,
            new_price_id=new_price_id,
            pay_in_advance=pay_in_advance,
            skip_trial=skip_trial,
            billing_entity_id=billing_entity_id,
            coupon_external_id=coupon_external_id,
            opt_in_accepted=opt_in_accepted,
            payment_method_id=payment_method_id,
            promo_code=promo_code,
        )

        change_subscription_internal_request_body.additional_properties = d
        return change_subscription_internal_request_body

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
