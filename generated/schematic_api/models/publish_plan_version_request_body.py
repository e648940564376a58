from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_plan_activation_strategy import CustomPlanActivationStrategy, check_custom_plan_activation_strategy
from ..models.migration_proration_behavior import MigrationProrationBehavior, check_migration_proration_behavior
from ..models.plan_version_migration_strategy import PlanVersionMigrationStrategy, check_plan_version_migration_strategy
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.checkout_field_value import CheckoutFieldValue
    from ..models.customer_billing_address import CustomerBillingAddress
    from ..models.tax_id_input import TaxIDInput


T = TypeVar("T", bound="PublishPlanVersionRequestBody")


def _convert_address(value: CustomerBillingAddress | Unset | Mapping[str, Any]) -> CustomerBillingAddress | Unset:
    return cast(
        "CustomerBillingAddress | Unset",
        as_model(value, ".customer_billing_address", "CustomerBillingAddress", __package__),
    )


def _convert_tax_id(value: TaxIDInput | Unset | Mapping[str, Any]) -> TaxIDInput | Unset:
    return cast("TaxIDInput | Unset", as_model(value, ".tax_id_input", "TaxIDInput", __package__))


@_attrs_define
class PublishPlanVersionRequestBody:
    """The `PublishPlanVersionRequestBody` object of the API.

    Attributes:
        excluded_company_ids (list[str])
        migration_strategy (PlanVersionMigrationStrategy)
        activation_strategy (CustomPlanActivationStrategy | None | Unset)
        address (CustomerBillingAddress | Unset)
        coupon_external_id (None | str | Unset)
        custom_field_values (list[CheckoutFieldValue] | None | Unset)
        customer_email (None | str | Unset)
        days_until_due (int | None | Unset)
        phone (None | str | Unset)
        proration_behavior (MigrationProrationBehavior | None | Unset)
        require_no_migration (bool | None | Unset)
        send_invoice (bool | None | Unset)
        tax_id (TaxIDInput | Unset)
    """

    excluded_company_ids: list[str]

    migration_strategy: PlanVersionMigrationStrategy

    activation_strategy: CustomPlanActivationStrategy | None | Unset = UNSET

    address: CustomerBillingAddress | Unset = _attrs_field(default=UNSET, converter=_convert_address)

    coupon_external_id: None | str | Unset = UNSET

    custom_field_values: list[CheckoutFieldValue] | None | Unset = UNSET

    customer_email: None | str | Unset = UNSET

    days_until_due: int | None | Unset = UNSET

    phone: None | str | Unset = UNSET

    proration_behavior: MigrationProrationBehavior | None | Unset = UNSET

    require_no_migration: bool | None | Unset = UNSET

    send_invoice: bool | None | Unset = UNSET

    tax_id: TaxIDInput | Unset = _attrs_field(default=UNSET, converter=_convert_tax_id)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        excluded_company_ids = self.excluded_company_ids

        migration_strategy: str = self.migration_strategy

        activation_strategy: None | str | Unset
        if isinstance(self.activation_strategy, Unset):
            activation_strategy = UNSET
        elif isinstance(self.activation_strategy, str):
            activation_strategy = self.activation_strategy
        else:
            activation_strategy = self.activation_strategy

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        coupon_external_id: None | str | Unset
        if isinstance(self.coupon_external_id, Unset):
            coupon_external_id = UNSET
        else:
            coupon_external_id = self.coupon_external_id

        custom_field_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_field_values, Unset):
            custom_field_values = UNSET
        elif isinstance(self.custom_field_values, list):
            custom_field_values = []
            for custom_field_values_type_0_item_data in self.custom_field_values:
                custom_field_values_type_0_item = custom_field_values_type_0_item_data.to_dict()
                custom_field_values.append(custom_field_values_type_0_item)

        else:
            custom_field_values = self.custom_field_values

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        days_until_due: int | None | Unset
        if isinstance(self.days_until_due, Unset):
            days_until_due = UNSET
        else:
            days_until_due = self.days_until_due

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        proration_behavior: None | str | Unset
        if isinstance(self.proration_behavior, Unset):
            proration_behavior = UNSET
        elif isinstance(self.proration_behavior, str):
            proration_behavior = self.proration_behavior
        else:
            proration_behavior = self.proration_behavior

        require_no_migration: bool | None | Unset
        if isinstance(self.require_no_migration, Unset):
            require_no_migration = UNSET
        else:
            require_no_migration = self.require_no_migration

        send_invoice: bool | None | Unset
        if isinstance(self.send_invoice, Unset):
            send_invoice = UNSET
        else:
            send_invoice = self.send_invoice

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "excluded_company_ids": excluded_company_ids,
                "migration_strategy": migration_strategy,
            }
        )
        if activation_strategy is not UNSET:
            field_dict["activation_strategy"] = activation_strategy
        if address is not UNSET:
            field_dict["address"] = address
        if coupon_external_id is not UNSET:
            field_dict["coupon_external_id"] = coupon_external_id
        if custom_field_values is not UNSET:
            field_dict["custom_field_values"] = custom_field_values
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if days_until_due is not UNSET:
            field_dict["days_until_due"] = days_until_due
        if phone is not UNSET:
            field_dict["phone"] = phone
        if proration_behavior is not UNSET:
            field_dict["proration_behavior"] = proration_behavior
        if require_no_migration is not UNSET:
            field_dict["require_no_migration"] = require_no_migration
        if send_invoice is not UNSET:
            field_dict["send_invoice"] = send_invoice
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_field_value import CheckoutFieldValue  # noqa: PLC0415
        from ..models.customer_billing_address import CustomerBillingAddress  # noqa: PLC0415
        from ..models.tax_id_input import TaxIDInput  # noqa: PLC0415

        d = dict(src_dict)
        excluded_company_ids = cast(list[str], d.pop("excluded_company_ids"))

        migration_strategy = check_plan_version_migration_strategy(d.pop("migration_strategy"))

        def _parse_activation_strategy(data: object) -> CustomPlanActivationStrategy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_custom_plan_activation_strategy(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomPlanActivationStrategy | None | Unset, data)

        activation_strategy = _parse_activation_strategy(d.pop("activation_strategy", UNSET))

        _address = d.pop("address", UNSET)
        address: CustomerBillingAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CustomerBillingAddress.from_dict(_address)

        def _parse_coupon_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_external_id = _parse_coupon_external_id(d.pop("coupon_external_id", UNSET))

        def _parse_custom_field_values(data: object) -> list[CheckoutFieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_field_values_type_0 = []
                _custom_field_values_type_0 = data
                for custom_field_values_type_0_item_data in _custom_field_values_type_0:
                    custom_field_values_type_0_item = CheckoutFieldValue.from_dict(custom_field_values_type_0_item_data)

                    custom_field_values_type_0.append(custom_field_values_type_0_item)

                return custom_field_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CheckoutFieldValue] | None | Unset, data)

        custom_field_values = _parse_custom_field_values(d.pop("custom_field_values", UNSET))

        def _parse_customer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customer_email", UNSET))

        def _parse_days_until_due(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_until_due = _parse_days_until_due(d.pop("days_until_due", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_proration_behavior(data: object) -> MigrationProrationBehavior | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_migration_proration_behavior(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MigrationProrationBehavior | None | Unset, data)

        proration_behavior = _parse_proration_behavior(d.pop("proration_behavior", UNSET))

        def _parse_require_no_migration(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_no_migration = _parse_require_no_migration(d.pop("require_no_migration", UNSET))

        def _parse_send_invoice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_invoice = _parse_send_invoice(d.pop("send_invoice", UNSET))

        _tax_id = d.pop("tax_id", UNSET)
        tax_id: TaxIDInput | Unset
        if isinstance(_tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = TaxIDInput.from_dict(_tax_id)

        publish_plan_version_request_body = cls(
            excluded_company_ids=excluded_company_ids,
            migration_strategy=migration_strategy,
            activation_strategy=activation_strategy,
            address=address,
            coupon_external_id=coupon_external_id,
            custom_field_values=custom_field_values,
            customer_email=customer_email,
            days_until_due=days_until_due,
            phone=phone,
            proration_behavior=proration_behavior,
            require_no_migration=require_no_migration,
            send_invoice=send_invoice,
            tax_id=tax_id,
        )

        publish_plan_version_request_body.additional_properties = d
        return publish_plan_version_request_body

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
