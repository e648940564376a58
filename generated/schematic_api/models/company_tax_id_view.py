from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyTaxIDView")


@_attrs_define
class CompanyTaxIDView:
    """The `CompanyTaxIDView` object of the API.

    Attributes:
        country (str)
        id (str)
        type_ (str)
        value (str)
        verification_status (None | str | Unset)
    """

    country: str

    id: str

    type_: str

    value: str

    verification_status: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        id = self.id

        type_ = self.type_

        value = self.value

        verification_status: None | str | Unset
        if isinstance(self.verification_status, Unset):
            verification_status = UNSET
        else:
            verification_status = self.verification_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "id": id,
                "type": type_,
                "value": value,
            }
        )
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        id = d.pop("id")

        type_ = d.pop("type")

        value = d.pop("value")

        def _parse_verification_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification_status = _parse_verification_status(d.pop("verification_status", UNSET))

        company_tax_id_view = cls(
            country=country,
            id=id,
            type_=type_,
            value=value,
            verification_status=verification_status,
        )

        company_tax_id_view.additional_properties = d
        return company_tax_id_view

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
