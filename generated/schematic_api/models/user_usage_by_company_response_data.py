from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.user_credit_usage_response_data import UserCreditUsageResponseData
    from ..models.user_feature_usage_response_data import UserFeatureUsageResponseData


T = TypeVar("T", bound="UserUsageByCompanyResponseData")


def _convert_credits_(
    value: list[UserCreditUsageResponseData] | Sequence[UserCreditUsageResponseData | Mapping[str, Any]],
) -> list[UserCreditUsageResponseData]:
    return cast(
        "list[UserCreditUsageResponseData]",
        as_model_list(value, ".user_credit_usage_response_data", "UserCreditUsageResponseData", __package__),
    )


def _convert_rows(
    value: list[UserFeatureUsageResponseData] | Sequence[UserFeatureUsageResponseData | Mapping[str, Any]],
) -> list[UserFeatureUsageResponseData]:
    return cast(
        "list[UserFeatureUsageResponseData]",
        as_model_list(value, ".user_feature_usage_response_data", "UserFeatureUsageResponseData", __package__),
    )


@_attrs_define
class UserUsageByCompanyResponseData:
    """The `UserUsageByCompanyResponseData` object of the API.

    Attributes:
        credits_ (list[UserCreditUsageResponseData])
        end_time (datetime.datetime)
        rows (list[UserFeatureUsageResponseData])
        start_time (datetime.datetime)
    """

    credits_: list[UserCreditUsageResponseData] = _attrs_field(converter=_convert_credits_)

    end_time: datetime.datetime

    rows: list[UserFeatureUsageResponseData] = _attrs_field(converter=_convert_rows)

    start_time: datetime.datetime

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = []
        for credits_item_data in self.credits_:
            credits_item = credits_item_data.to_dict()
            credits_.append(credits_item)

        end_time = self.end_time.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits": credits_,
                "end_time": end_time,
                "rows": rows,
                "start_time": start_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_credit_usage_response_data import UserCreditUsageResponseData  # noqa: PLC0415
        from ..models.user_feature_usage_response_data import UserFeatureUsageResponseData  # noqa: PLC0415

        d = dict(src_dict)
        credits_ = []
        _credits_ = d.pop("credits")
        for credits_item_data in _credits_:
            credits_item = UserCreditUsageResponseData.from_dict(credits_item_data)

            credits_.append(credits_item)

        end_time = parse_datetime(d.pop("end_time"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = UserFeatureUsageResponseData.from_dict(rows_item_data)

            rows.append(rows_item)

        start_time = parse_datetime(d.pop("start_time"))

        user_usage_by_company_response_data = cls(
            credits_=credits_,
            end_time=end_time,
            rows=rows,
            start_time=start_time,
        )

        user_usage_by_company_response_data.additional_properties = d
        return user_usage_by_company_response_data

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
