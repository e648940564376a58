from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.feature_response_data import FeatureResponseData
    from ..models.user_response_data import UserResponseData


T = TypeVar("T", bound="UserFeatureUsageResponseData")


def _convert_feature(value: FeatureResponseData | Unset | Mapping[str, Any]) -> FeatureResponseData | Unset:
    return cast(
        "FeatureResponseData | Unset", as_model(value, ".feature_response_data", "FeatureResponseData", __package__)
    )


def _convert_user(value: UserResponseData | Unset | Mapping[str, Any]) -> UserResponseData | Unset:
    return cast("UserResponseData | Unset", as_model(value, ".user_response_data", "UserResponseData", __package__))


@_attrs_define
class UserFeatureUsageResponseData:
    """The `UserFeatureUsageResponseData` object of the API.

    Attributes:
        last_seen (datetime.datetime)
        share (float)
        value (int)
        feature (FeatureResponseData | Unset)
        user (UserResponseData | Unset)
        user_id (None | str | Unset)
    """

    last_seen: datetime.datetime

    share: float

    value: int

    feature: FeatureResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_feature)

    user: UserResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_user)

    user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_seen = self.last_seen.isoformat()

        share = self.share

        value = self.value

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "last_seen": last_seen,
                "share": share,
                "value": value,
            }
        )
        if feature is not UNSET:
            field_dict["feature"] = feature
        if user is not UNSET:
            field_dict["user"] = user
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_response_data import FeatureResponseData  # noqa: PLC0415
        from ..models.user_response_data import UserResponseData  # noqa: PLC0415

        d = dict(src_dict)
        last_seen = parse_datetime(d.pop("last_seen"))

        share = d.pop("share")

        value = d.pop("value")

        _feature = d.pop("feature", UNSET)
        feature: FeatureResponseData | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = FeatureResponseData.from_dict(_feature)

        _user = d.pop("user", UNSET)
        user: UserResponseData | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserResponseData.from_dict(_user)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        user_feature_usage_response_data = cls(
            last_seen=last_seen,
            share=share,
            value=value,
            feature=feature,
            user=user,
            user_id=user_id,
        )

        user_feature_usage_response_data.additional_properties = d
        return user_feature_usage_response_data

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
