from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomPlanViewConfigResponseData")


@_attrs_define
class CustomPlanViewConfigResponseData:
    """The `CustomPlanViewConfigResponseData` object of the API.

    Attributes:
        cta_text (str)
        cta_web_site (str)
        price_text (str)
    """

    cta_text: str

    cta_web_site: str

    price_text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cta_text = self.cta_text

        cta_web_site = self.cta_web_site

        price_text = self.price_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cta_text": cta_text,
                "cta_web_site": cta_web_site,
                "price_text": price_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cta_text = d.pop("cta_text")

        cta_web_site = d.pop("cta_web_site")

        price_text = d.pop("price_text")

        custom_plan_view_config_response_data = cls(
            cta_text=cta_text,
            cta_web_site=cta_web_site,
            price_text=price_text,
        )

        custom_plan_view_config_response_data.additional_properties = d
        return custom_plan_view_config_response_data

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
