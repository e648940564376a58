from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompanyBillingCheckoutSettings")


@_attrs_define
class CompanyBillingCheckoutSettings:
    """The `CompanyBillingCheckoutSettings` object of the API.

    Attributes:
        collect_address (bool)
        collect_email (bool)
        collect_phone (bool)
        collect_tax_id (bool)
    """

    collect_address: bool

    collect_email: bool

    collect_phone: bool

    collect_tax_id: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collect_address = self.collect_address

        collect_email = self.collect_email

        collect_phone = self.collect_phone

        collect_tax_id = self.collect_tax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collect_address": collect_address,
                "collect_email": collect_email,
                "collect_phone": collect_phone,
                "collect_tax_id": collect_tax_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collect_address = d.pop("collect_address")

        collect_email = d.pop("collect_email")

        collect_phone = d.pop("collect_phone")

        collect_tax_id = d.pop("collect_tax_id")

        company_billing_checkout_settings = cls(
            collect_address=collect_address,
            collect_email=collect_email,
            collect_phone=collect_phone,
            collect_tax_id=collect_tax_id,
        )

        company_billing_checkout_settings.additional_properties = d
        return company_billing_checkout_settings

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
