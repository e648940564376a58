from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComponentDisplaySettings")


@_attrs_define
class ComponentDisplaySettings:
    """The `ComponentDisplaySettings` object of the API.

    Attributes:
        show_as_monthly_prices (bool)
        show_credits (bool)
        show_feature_description (bool)
        show_hard_limit (bool)
        show_period_toggle (bool)
        show_zero_price_as_free (bool)
        show_estimated_total (bool | Unset)
    """

    show_as_monthly_prices: bool

    show_credits: bool

    show_feature_description: bool

    show_hard_limit: bool

    show_period_toggle: bool

    show_zero_price_as_free: bool

    show_estimated_total: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_as_monthly_prices = self.show_as_monthly_prices

        show_credits = self.show_credits

        show_feature_description = self.show_feature_description

        show_hard_limit = self.show_hard_limit

        show_period_toggle = self.show_period_toggle

        show_zero_price_as_free = self.show_zero_price_as_free

        show_estimated_total = self.show_estimated_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "show_as_monthly_prices": show_as_monthly_prices,
                "show_credits": show_credits,
                "show_feature_description": show_feature_description,
                "show_hard_limit": show_hard_limit,
                "show_period_toggle": show_period_toggle,
                "show_zero_price_as_free": show_zero_price_as_free,
            }
        )
        if show_estimated_total is not UNSET:
            field_dict["show_estimated_total"] = show_estimated_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        show_as_monthly_prices = d.pop("show_as_monthly_prices")

        show_credits = d.pop("show_credits")

        show_feature_description = d.pop("show_feature_description")

        show_hard_limit = d.pop("show_hard_limit")

        show_period_toggle = d.pop("show_period_toggle")

        show_zero_price_as_free = d.pop("show_zero_price_as_free")

        show_estimated_total = d.pop("show_estimated_total", UNSET)

        component_display_settings = cls(
            show_as_monthly_prices=show_as_monthly_prices,
            show_credits=show_credits,
            show_feature_description=show_feature_description,
            show_hard_limit=show_hard_limit,
            show_period_toggle=show_period_toggle,
            show_zero_price_as_free=show_zero_price_as_free,
            show_estimated_total=show_estimated_total,
        )

        component_display_settings.additional_properties = d
        return component_display_settings

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
