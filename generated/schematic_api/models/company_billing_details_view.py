from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.checkout_field_with_value import CheckoutFieldWithValue
    from ..models.company_billing_address_view import CompanyBillingAddressView
    from ..models.company_billing_checkout_settings import CompanyBillingCheckoutSettings
    from ..models.company_tax_id_view import CompanyTaxIDView


T = TypeVar("T", bound="CompanyBillingDetailsView")


def _convert_checkout_settings(
    value: CompanyBillingCheckoutSettings | Mapping[str, Any],
) -> CompanyBillingCheckoutSettings:
    return cast(
        "CompanyBillingCheckoutSettings",
        as_model(value, ".company_billing_checkout_settings", "CompanyBillingCheckoutSettings", __package__),
    )


def _convert_custom_fields(
    value: list[CheckoutFieldWithValue] | Sequence[CheckoutFieldWithValue | Mapping[str, Any]],
) -> list[CheckoutFieldWithValue]:
    return cast(
        "list[CheckoutFieldWithValue]",
        as_model_list(value, ".checkout_field_with_value", "CheckoutFieldWithValue", __package__),
    )


def _convert_tax_ids(
    value: list[CompanyTaxIDView] | Sequence[CompanyTaxIDView | Mapping[str, Any]],
) -> list[CompanyTaxIDView]:
    return cast("list[CompanyTaxIDView]", as_model_list(value, ".company_tax_id_view", "CompanyTaxIDView", __package__))


def _convert_address(value: CompanyBillingAddressView | Unset | Mapping[str, Any]) -> CompanyBillingAddressView | Unset:
    return cast(
        "CompanyBillingAddressView | Unset",
        as_model(value, ".company_billing_address_view", "CompanyBillingAddressView", __package__),
    )


@_attrs_define
class CompanyBillingDetailsView:
    """The `CompanyBillingDetailsView` object of the API.

    Attributes:
        checkout_settings (CompanyBillingCheckoutSettings)
        custom_fields (list[CheckoutFieldWithValue])
        tax_ids (list[CompanyTaxIDView])
        address (CompanyBillingAddressView | Unset)
        email (None | str | Unset)
        phone (None | str | Unset)
    """

    checkout_settings: CompanyBillingCheckoutSettings = _attrs_field(converter=_convert_checkout_settings)

    custom_fields: list[CheckoutFieldWithValue] = _attrs_field(converter=_convert_custom_fields)

    tax_ids: list[CompanyTaxIDView] = _attrs_field(converter=_convert_tax_ids)

    address: CompanyBillingAddressView | Unset = _attrs_field(default=UNSET, converter=_convert_address)

    email: None | str | Unset = UNSET

    phone: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_settings = self.checkout_settings.to_dict()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        tax_ids = []
        for tax_ids_item_data in self.tax_ids:
            tax_ids_item = tax_ids_item_data.to_dict()
            tax_ids.append(tax_ids_item)

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkout_settings": checkout_settings,
                "custom_fields": custom_fields,
                "tax_ids": tax_ids,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_field_with_value import CheckoutFieldWithValue  # noqa: PLC0415
        from ..models.company_billing_address_view import CompanyBillingAddressView  # noqa: PLC0415
        from ..models.company_billing_checkout_settings import CompanyBillingCheckoutSettings  # noqa: PLC0415
        from ..models.company_tax_id_view import CompanyTaxIDView  # noqa: PLC0415

        d = dict(src_dict)
        checkout_settings = CompanyBillingCheckoutSettings.from_dict(d.pop("checkout_settings"))

        custom_fields = []
        _custom_fields = d.pop("custom_fields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CheckoutFieldWithValue.from_dict(custom_fields_item_data)

            custom_fields.append(custom_fields_item)

        tax_ids = []
        _tax_ids = d.pop("tax_ids")
        for tax_ids_item_data in _tax_ids:
            tax_ids_item = CompanyTaxIDView.from_dict(tax_ids_item_data)

            tax_ids.append(tax_ids_item)

        _address = d.pop("address", UNSET)
        address: CompanyBillingAddressView | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CompanyBillingAddressView.from_dict(_address)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        company_billing_details_view = cls(
            checkout_settings=checkout_settings,
            custom_fields=custom_fields,
            tax_ids=tax_ids,
            address=address,
            email=email,
            phone=phone,
        )

        company_billing_details_view.additional_properties = d
        return company_billing_details_view

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
