from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopFeatureByUsageResponseData")


@_attrs_define
class TopFeatureByUsageResponseData:
    """The `TopFeatureByUsageResponseData` object of the API.

    Attributes:
        feature_id (str)
        feature_name (str)
        prior_usage (int)
        usage (int)
        change_pct (float | None | Unset)
        plural_name (None | str | Unset)
    """

    feature_id: str

    feature_name: str

    prior_usage: int

    usage: int

    change_pct: float | None | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        feature_name = self.feature_name

        prior_usage = self.prior_usage

        usage = self.usage

        change_pct: float | None | Unset
        if isinstance(self.change_pct, Unset):
            change_pct = UNSET
        else:
            change_pct = self.change_pct

        plural_name: None | str | Unset
        if isinstance(self.plural_name, Unset):
            plural_name = UNSET
        else:
            plural_name = self.plural_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "feature_name": feature_name,
                "prior_usage": prior_usage,
                "usage": usage,
            }
        )
        if change_pct is not UNSET:
            field_dict["change_pct"] = change_pct
        if plural_name is not UNSET:
            field_dict["plural_name"] = plural_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("feature_id")

        feature_name = d.pop("feature_name")

        prior_usage = d.pop("prior_usage")

        usage = d.pop("usage")

        def _parse_change_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        change_pct = _parse_change_pct(d.pop("change_pct", UNSET))

        def _parse_plural_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plural_name = _parse_plural_name(d.pop("plural_name", UNSET))

        top_feature_by_usage_response_data = cls(
            feature_id=feature_id,
            feature_name=feature_name,
            prior_usage=prior_usage,
            usage=usage,
            change_pct=change_pct,
            plural_name=plural_name,
        )

        top_feature_by_usage_response_data.additional_properties = d
        return top_feature_by_usage_response_data

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
