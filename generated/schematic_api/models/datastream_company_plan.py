from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_status import TrialStatus, check_trial_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DatastreamCompanyPlan")


@_attrs_define
class DatastreamCompanyPlan:
    """The `DatastreamCompanyPlan` object of the API.

    Attributes:
        id (str)
        name (str)
        trial_end_date (datetime.datetime | None | Unset)
        trial_status (None | TrialStatus | Unset)
    """

    id: str

    name: str

    trial_end_date: datetime.datetime | None | Unset = UNSET

    trial_status: None | TrialStatus | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        trial_end_date: None | str | Unset
        if isinstance(self.trial_end_date, Unset):
            trial_end_date = UNSET
        elif isinstance(self.trial_end_date, datetime.datetime):
            trial_end_date = self.trial_end_date.isoformat()
        else:
            trial_end_date = self.trial_end_date

        trial_status: None | str | Unset
        if isinstance(self.trial_status, Unset):
            trial_status = UNSET
        elif isinstance(self.trial_status, str):
            trial_status = self.trial_status
        else:
            trial_status = self.trial_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if trial_end_date is not UNSET:
            field_dict["trial_end_date"] = trial_end_date
        if trial_status is not UNSET:
            field_dict["trial_status"] = trial_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_trial_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_end_date = _parse_trial_end_date(d.pop("trial_end_date", UNSET))

        def _parse_trial_status(data: object) -> None | TrialStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_trial_status(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrialStatus | Unset, data)

        trial_status = _parse_trial_status(d.pop("trial_status", UNSET))

        datastream_company_plan = cls(
            id=id,
            name=name,
            trial_end_date=trial_end_date,
            trial_status=trial_status,
        )

        datastream_company_plan.additional_properties = d
        return datastream_company_plan

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
