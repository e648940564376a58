from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_bundle_purchase_behavior import (
    CheckoutBundlePurchaseBehavior,
    check_checkout_bundle_purchase_behavior,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutSettingsResponseData")


@_attrs_define
class CheckoutSettingsResponseData:
    """The `CheckoutSettingsResponseData` object of the API.

    Attributes:
        bundle_purchase_behavior (CheckoutBundlePurchaseBehavior)
        collect_address (bool)
        collect_email (bool)
        collect_phone (bool)
        collect_tax_id (bool)
        opt_in_enabled (bool)
        opt_in_text (None | str | Unset)
        opt_in_title (None | str | Unset)
    """

    bundle_purchase_behavior: CheckoutBundlePurchaseBehavior

    collect_address: bool

    collect_email: bool

    collect_phone: bool

    collect_tax_id: bool

    opt_in_enabled: bool

    opt_in_text: None | str | Unset = UNSET

    opt_in_title: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_purchase_behavior: str = self.bundle_purchase_behavior

        collect_address = self.collect_address

        collect_email = self.collect_email

        collect_phone = self.collect_phone

        collect_tax_id = self.collect_tax_id

        opt_in_enabled = self.opt_in_enabled

        opt_in_text: None | str | Unset
        if isinstance(self.opt_in_text, Unset):
            opt_in_text = UNSET
        else:
            opt_in_text = self.opt_in_text

        opt_in_title: None | str | Unset
        if isinstance(self.opt_in_title, Unset):
            opt_in_title = UNSET
        else:
            opt_in_title = self.opt_in_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundle_purchase_behavior": bundle_purchase_behavior,
                "collect_address": collect_address,
                "collect_email": collect_email,
                "collect_phone": collect_phone,
                "collect_tax_id": collect_tax_id,
                "opt_in_enabled": opt_in_enabled,
            }
        )
        if opt_in_text is not UNSET:
            field_dict["opt_in_text"] = opt_in_text
        if opt_in_title is not UNSET:
            field_dict["opt_in_title"] = opt_in_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bundle_purchase_behavior = check_checkout_bundle_purchase_behavior(d.pop("bundle_purchase_behavior"))

        collect_address = d.pop("collect_address")

        collect_email = d.pop("collect_email")

        collect_phone = d.pop("collect_phone")

        collect_tax_id = d.pop("collect_tax_id")

        opt_in_enabled = d.pop("opt_in_enabled")

        def _parse_opt_in_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_in_text = _parse_opt_in_text(d.pop("opt_in_text", UNSET))

        def _parse_opt_in_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_in_title = _parse_opt_in_title(d.pop("opt_in_title", UNSET))

        checkout_settings_response_data = cls(
            bundle_purchase_behavior=bundle_purchase_behavior,
            collect_address=collect_address,
            collect_email=collect_email,
            collect_phone=collect_phone,
            collect_tax_id=collect_tax_id,
            opt_in_enabled=opt_in_enabled,
            opt_in_text=opt_in_text,
            opt_in_title=opt_in_title,
        )

        checkout_settings_response_data.additional_properties = d
        return checkout_settings_response_data

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
