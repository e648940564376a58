from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.user_credit_usage_response_data import UserCreditUsageResponseData
    from ..models.user_daily_credit_point_response_data import UserDailyCreditPointResponseData
    from ..models.user_daily_usage_point_response_data import UserDailyUsagePointResponseData
    from ..models.user_feature_usage_response_data import UserFeatureUsageResponseData
    from ..models.user_response_data import UserResponseData


T = TypeVar("T", bound="UserUsageDetailResponseData")


def _convert_credits_(
    value: list[UserCreditUsageResponseData] | Sequence[UserCreditUsageResponseData | Mapping[str, Any]],
) -> list[UserCreditUsageResponseData]:
    return cast(
        "list[UserCreditUsageResponseData]",
        as_model_list(value, ".user_credit_usage_response_data", "UserCreditUsageResponseData", __package__),
    )


def _convert_daily_credit_points(
    value: list[UserDailyCreditPointResponseData] | Sequence[UserDailyCreditPointResponseData | Mapping[str, Any]],
) -> list[UserDailyCreditPointResponseData]:
    return cast(
        "list[UserDailyCreditPointResponseData]",
        as_model_list(value, ".user_daily_credit_point_response_data", "UserDailyCreditPointResponseData", __package__),
    )


def _convert_daily_points(
    value: list[UserDailyUsagePointResponseData] | Sequence[UserDailyUsagePointResponseData | Mapping[str, Any]],
) -> list[UserDailyUsagePointResponseData]:
    return cast(
        "list[UserDailyUsagePointResponseData]",
        as_model_list(value, ".user_daily_usage_point_response_data", "UserDailyUsagePointResponseData", __package__),
    )


def _convert_feature_totals(
    value: list[UserFeatureUsageResponseData] | Sequence[UserFeatureUsageResponseData | Mapping[str, Any]],
) -> list[UserFeatureUsageResponseData]:
    return cast(
        "list[UserFeatureUsageResponseData]",
        as_model_list(value, ".user_feature_usage_response_data", "UserFeatureUsageResponseData", __package__),
    )


def _convert_user(value: UserResponseData | Unset | Mapping[str, Any]) -> UserResponseData | Unset:
    return cast("UserResponseData | Unset", as_model(value, ".user_response_data", "UserResponseData", __package__))


@_attrs_define
class UserUsageDetailResponseData:
    """The `UserUsageDetailResponseData` object of the API.

    Attributes:
        credits_ (list[UserCreditUsageResponseData])
        daily_credit_points (list[UserDailyCreditPointResponseData])
        daily_points (list[UserDailyUsagePointResponseData])
        end_time (datetime.datetime)
        feature_totals (list[UserFeatureUsageResponseData])
        start_time (datetime.datetime)
        user (UserResponseData | Unset)
    """

    credits_: list[UserCreditUsageResponseData] = _attrs_field(converter=_convert_credits_)

    daily_credit_points: list[UserDailyCreditPointResponseData] = _attrs_field(converter=_convert_daily_credit_points)

    daily_points: list[UserDailyUsagePointResponseData] = _attrs_field(converter=_convert_daily_points)

    end_time: datetime.datetime

    feature_totals: list[UserFeatureUsageResponseData] = _attrs_field(converter=_convert_feature_totals)

    start_time: datetime.datetime

    user: UserResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_user)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = []
        for credits_item_data in self.credits_:
            credits_item = credits_item_data.to_dict()
            credits_.append(credits_item)

        daily_credit_points = []
        for daily_credit_points_item_data in self.daily_credit_points:
            daily_credit_points_item = daily_credit_points_item_data.to_dict()
            daily_credit_points.append(daily_credit_points_item)

        daily_points = []
        for daily_points_item_data in self.daily_points:
            daily_points_item = daily_points_item_data.to_dict()
            daily_points.append(daily_points_item)

        end_time = self.end_time.isoformat()

        feature_totals = []
        for feature_totals_item_data in self.feature_totals:
            feature_totals_item = feature_totals_item_data.to_dict()
            feature_totals.append(feature_totals_item)

        start_time = self.start_time.isoformat()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits": credits_,
                "daily_credit_points": daily_credit_points,
                "daily_points": daily_points,
                "end_time": end_time,
                "feature_totals": feature_totals,
                "start_time": start_time,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_credit_usage_response_data import UserCreditUsageResponseData  # noqa: PLC0415
        from ..models.user_daily_credit_point_response_data import UserDailyCreditPointResponseData  # noqa: PLC0415
        from ..models.user_daily_usage_point_response_data import UserDailyUsagePointResponseData  # noqa: PLC0415
        from ..models.user_feature_usage_response_data import UserFeatureUsageResponseData  # noqa: PLC0415
        from ..models.user_response_data import UserResponseData  # noqa: PLC0415

        d = dict(src_dict)
        credits_ = []
        _credits_ = d.pop("credits")
        for credits_item_data in _credits_:
            credits_item = UserCreditUsageResponseData.from_dict(credits_item_data)

            credits_.append(credits_item)

        daily_credit_points = []
        _daily_credit_points = d.pop("daily_credit_points")
        for daily_credit_points_item_data in _daily_credit_points:
            daily_credit_points_item = UserDailyCreditPointResponseData.from_dict(daily_credit_points_item_data)

            daily_credit_points.append(daily_credit_points_item)

        daily_points = []
        _daily_points = d.pop("daily_points")
        for daily_points_item_data in _daily_points:
            daily_points_item = UserDailyUsagePointResponseData.from_dict(daily_points_item_data)

            daily_points.append(daily_points_item)

        end_time = parse_datetime(d.pop("end_time"))

        feature_totals = []
        _feature_totals = d.pop("feature_totals")
        for feature_totals_item_data in _feature_totals:
            feature_totals_item = UserFeatureUsageResponseData.from_dict(feature_totals_item_data)

            feature_totals.append(feature_totals_item)

        start_time = parse_datetime(d.pop("start_time"))

        _user = d.pop("user", UNSET)
        user: UserResponseData | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserResponseData.from_dict(_user)

        user_usage_detail_response_data = cls(
            credits_=credits_,
            daily_credit_points=daily_credit_points,
            daily_points=daily_points,
            end_time=end_time,
            feature_totals=feature_totals,
            start_time=start_time,
            user=user,
        )

        user_usage_detail_response_data.additional_properties = d
        return user_usage_detail_response_data

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
