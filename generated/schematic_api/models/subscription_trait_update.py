from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trait_type import TraitType, check_trait_type

T = TypeVar("T", bound="SubscriptionTraitUpdate")


@_attrs_define
class SubscriptionTraitUpdate:
    """The `SubscriptionTraitUpdate` object of the API.

    Attributes:
        feature_id (str)
        hierarchy (list[str])
        reason (str)
        trait_id (str)
        trait_name (str)
        trait_type (TraitType)
        value (str)
    """

    feature_id: str

    hierarchy: list[str]

    reason: str

    trait_id: str

    trait_name: str

    trait_type: TraitType

    value: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        hierarchy = self.hierarchy

        reason = self.reason

        trait_id = self.trait_id

        trait_name = self.trait_name

        trait_type: str = self.trait_type

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "hierarchy": hierarchy,
                "reason": reason,
                "trait_id": trait_id,
                "trait_name": trait_name,
                "trait_type": trait_type,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("feature_id")

        hierarchy = cast(list[str], d.pop("hierarchy"))

        reason = d.pop("reason")

        trait_id = d.pop("trait_id")

        trait_name = d.pop("trait_name")

        trait_type = check_trait_type(d.pop("trait_type"))

        value = d.pop("value")

        subscription_trait_update = cls(
            feature_id=feature_id,
            hierarchy=hierarchy,
            reason=reason,
            trait_id=trait_id,
            trait_name=trait_name,
            trait_type=trait_type,
            value=value,
        )

        subscription_trait_update.additional_properties = d
        return subscription_trait_update

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
