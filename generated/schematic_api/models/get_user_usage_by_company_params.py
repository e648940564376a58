from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="GetUserUsageByCompanyParams")


@_attrs_define
class GetUserUsageByCompanyParams:
    """The parameters getUserUsageByCompany was called with

    Attributes:
        company_id (str | Unset)
        end_time (datetime.datetime | Unset)
        feature_id (str | Unset)
        start_time (datetime.datetime | Unset)
    """

    company_id: str | Unset = UNSET

    end_time: datetime.datetime | Unset = UNSET

    feature_id: str | Unset = UNSET

    start_time: datetime.datetime | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        feature_id = self.feature_id

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = parse_datetime(_end_time)

        feature_id = d.pop("feature_id", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = parse_datetime(_start_time)

        get_user_usage_by_company_params = cls(
            company_id=company_id,
            end_time=end_time,
            feature_id=feature_id,
            start_time=start_time,
        )

        get_user_usage_by_company_params.additional_properties = d
        return get_user_usage_by_company_params

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
