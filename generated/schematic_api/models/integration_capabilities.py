from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IntegrationCapabilities")


@_attrs_define
class IntegrationCapabilities:
    """The `IntegrationCapabilities` object of the API.

    Attributes:
        author_plans (bool)
        checkout (bool)
        edit_billing (bool)
    """

    author_plans: bool

    checkout: bool

    edit_billing: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_plans = self.author_plans

        checkout = self.checkout

        edit_billing = self.edit_billing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_plans": author_plans,
                "checkout": checkout,
                "edit_billing": edit_billing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author_plans = d.pop("author_plans")

        checkout = d.pop("checkout")

        edit_billing = d.pop("edit_billing")

        integration_capabilities = cls(
            author_plans=author_plans,
            checkout=checkout,
            edit_billing=edit_billing,
        )

        integration_capabilities.additional_properties = d
        return integration_capabilities

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
