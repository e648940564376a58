from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.checkout_field_value import CheckoutFieldValue
    from ..models.customer_billing_address import CustomerBillingAddress
    from ..models.tax_id_input import TaxIDInput


T = TypeVar("T", bound="UpdateCompanyBillingDetailsRequestBody")


def _convert_values(
    value: list[CheckoutFieldValue] | Sequence[CheckoutFieldValue | Mapping[str, Any]],
) -> list[CheckoutFieldValue]:
    return cast(
        "list[CheckoutFieldValue]", as_model_list(value, ".checkout_field_value", "CheckoutFieldValue", __package__)
    )


def _convert_address(value: CustomerBillingAddress | Unset | Mapping[str, Any]) -> CustomerBillingAddress | Unset:
    return cast(
        "CustomerBillingAddress | Unset",
        as_model(value, ".customer_billing_address", "CustomerBillingAddress", __package__),
    )


def _convert_tax_id(value: TaxIDInput | Unset | Mapping[str, Any]) -> TaxIDInput | Unset:
    return cast("TaxIDInput | Unset", as_model(value, ".tax_id_input", "TaxIDInput", __package__))


@_attrs_define
class UpdateCompanyBillingDetailsRequestBody:
    """The `UpdateCompanyBillingDetailsRequestBody` object of the API.

    Attributes:
        values (list[CheckoutFieldValue])
        address (CustomerBillingAddress | Unset)
        email (None | str | Unset)
        phone (None | str | Unset)
        tax_id (TaxIDInput | Unset)
    """

    values: list[CheckoutFieldValue] = _attrs_field(converter=_convert_values)

    address: CustomerBillingAddress | Unset = _attrs_field(default=UNSET, converter=_convert_address)

    email: None | str | Unset = UNSET

    phone: None | str | Unset = UNSET

    tax_id: TaxIDInput | Unset = _attrs_field(default=UNSET, converter=_convert_tax_id)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

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

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_field_value import CheckoutFieldValue  # noqa: PLC0415
        from ..models.customer_billing_address import CustomerBillingAddress  # noqa: PLC0415
        from ..models.tax_id_input import TaxIDInput  # noqa: PLC0415

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = CheckoutFieldValue.from_dict(values_item_data)

            values.append(values_item)

        _address = d.pop("address", UNSET)
        address: CustomerBillingAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CustomerBillingAddress.from_dict(_address)

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

        _tax_id = d.pop("tax_id", UNSET)
        tax_id: TaxIDInput | Unset
        if isinstance(_tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = TaxIDInput.from_dict(_tax_id)

        update_company_billing_details_request_body = cls(
            values=values,
            address=address,
            email=email,
            phone=phone,
            tax_id=tax_id,
        )

        update_company_billing_details_request_body.additional_properties = d
        return update_company_billing_details_request_body

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
