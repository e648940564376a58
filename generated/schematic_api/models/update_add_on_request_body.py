from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateAddOnRequestBody")


@_attrs_define
class UpdateAddOnRequestBody:
    """The `UpdateAddOnRequestBody` object of the API.

    Attributes:
        add_on_id (str)
        price_id (str)
    """

    add_on_id: str

    price_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_on_id = self.add_on_id

        price_id = self.price_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_on_id": add_on_id,
                "price_id": price_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add_on_id = d.pop("add_on_id")

        price_id = d.pop("price_id")

        update_add_on_request_body = cls(
            add_on_id=add_on_id,
            price_id=price_id,
        )

        update_add_on_request_body.additional_properties = d
        return update_add_on_request_body

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
