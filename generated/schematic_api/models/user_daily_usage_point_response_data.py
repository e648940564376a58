from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.feature_response_data import FeatureResponseData


T = TypeVar("T", bound="UserDailyUsagePointResponseData")


def _convert_feature(value: FeatureResponseData | Unset | Mapping[str, Any]) -> FeatureResponseData | Unset:
    return cast(
        "FeatureResponseData | Unset", as_model(value, ".feature_response_data", "FeatureResponseData", __package__)
    )


@_attrs_define
class UserDailyUsagePointResponseData:
    """The `UserDailyUsagePointResponseData` object of the API.

    Attributes:
        date (datetime.datetime)
        value (int)
        feature (FeatureResponseData | Unset)
    """

    date: datetime.datetime

    value: int

    feature: FeatureResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_feature)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        value = self.value

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "value": value,
            }
        )
        if feature is not UNSET:
            field_dict["feature"] = feature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_response_data import FeatureResponseData  # noqa: PLC0415

        d = dict(src_dict)
        date = parse_datetime(d.pop("date"))

        value = d.pop("value")

        _feature = d.pop("feature", UNSET)
        feature: FeatureResponseData | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = FeatureResponseData.from_dict(_feature)

        user_daily_usage_point_response_data = cls(
            date=date,
            value=value,
            feature=feature,
        )

        user_daily_usage_point_response_data.additional_properties = d
        return user_daily_usage_point_response_data

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
