from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_bundle_purchase_behavior import (
    CheckoutBundlePurchaseBehavior,
    check_checkout_bundle_purchase_behavior,
)
from ..models.proration_behavior import ProrationBehavior, check_proration_behavior

T = TypeVar("T", bound="ComponentCheckoutSettings")


@_attrs_define
class ComponentCheckoutSettings:
    """The `ComponentCheckoutSettings` object of the API.

    Attributes:
        bundle_purchase_behavior (CheckoutBundlePurchaseBehavior)
        collect_address (bool)
        collect_email (bool)
        collect_phone (bool)
        collect_tax_id (bool)
        proration_behavior (ProrationBehavior)
        tax_collection_enabled (bool)
    """

    bundle_purchase_behavior: CheckoutBundlePurchaseBehavior

    collect_address: bool

    collect_email: bool

    collect_phone: bool

    collect_tax_id: bool

    proration_behavior: ProrationBehavior

    tax_collection_enabled: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_purchase_behavior: str = self.bundle_purchase_behavior

        collect_address = self.collect_address

        collect_email = self.collect_email

        collect_phone = self.collect_phone

        collect_tax_id = self.collect_tax_id

        proration_behavior: str = self.proration_behavior

        tax_collection_enabled = self.tax_collection_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundle_purchase_behavior": bundle_purchase_behavior,
                "collect_address": collect_address,
                "collect_email": collect_email,
                "collect_phone": collect_phone,
                "collect_tax_id": collect_tax_id,
                "proration_behavior": proration_behavior,
                "tax_collection_enabled": tax_collection_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bundle_purchase_behavior = check_checkout_bundle_purchase_behavior(d.pop("bundle_purchase_behavior"))

        collect_address = d.pop("collect_address")

        collect_email = d.pop("collect_email")

        collect_phone = d.pop("collect_phone")

        collect_tax_id = d.pop("collect_tax_id")

        proration_behavior = check_proration_behavior(d.pop("proration_behavior"))

        tax_collection_enabled = d.pop("tax_collection_enabled")

        component_checkout_settings = cls(
            bundle_purchase_behavior=bundle_purchase_behavior,
            collect_address=collect_address,
            collect_email=collect_email,
            collect_phone=collect_phone,
            collect_tax_id=collect_tax_id,
            proration_behavior=proration_behavior,
            tax_collection_enabled=tax_collection_enabled,
        )

        component_checkout_settings.additional_properties = d
        return component_checkout_settings

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
