from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_value_type import EntitlementValueType, check_entitlement_value_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UpdateCompanyOverrideRequestBody")


@_attrs_define
class UpdateCompanyOverrideRequestBody:
    """The `UpdateCompanyOverrideRequestBody` object of the API.

    Attributes:
        value_type (EntitlementValueType)
        credit_consumption_rate (float | None | Unset)
        expiration_date (datetime.datetime | None | Unset)
        metric_period (MetricPeriod | None | Unset)
        metric_period_month_reset (MetricPeriodMonthReset | None | Unset)
        note (None | str | Unset)
        value_bool (bool | None | Unset)
        value_credit_id (None | str | Unset)
        value_numeric (int | None | Unset)
        value_trait_id (None | str | Unset)
    """

    value_type: EntitlementValueType

    credit_consumption_rate: float | None | Unset = UNSET

    expiration_date: datetime.datetime | None | Unset = UNSET

    metric_period: MetricPeriod | None | Unset = UNSET

    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    note: None | str | Unset = UNSET

    value_bool: bool | None | Unset = UNSET

    value_credit_id: None | str | Unset = UNSET

    value_numeric: int | None | Unset = UNSET

    value_trait_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value_type: str = self.value_type

        credit_consumption_rate: float | None | Unset
        if isinstance(self.credit_consumption_rate, Unset):
            credit_consumption_rate = UNSET
        else:
            credit_consumption_rate = self.credit_consumption_rate

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        metric_period: None | str | Unset
        if isinstance(self.metric_period, Unset):
            metric_period = UNSET
        elif isinstance(self.metric_period, str):
            metric_period = self.metric_period
        else:
            metric_period = self.metric_period

        metric_period_month_reset: None | str | Unset
        if isinstance(self.metric_period_month_reset, Unset):
            metric_period_month_reset = UNSET
        elif isinstance(self.metric_period_month_reset, str):
            metric_period_month_reset = self.metric_period_month_reset
        else:
            metric_period_month_reset = self.metric_period_month_reset

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        value_bool: bool | None | Unset
        if isinstance(self.value_bool, Unset):
            value_bool = UNSET
        else:
            value_bool = self.value_bool

        value_credit_id: None | str | Unset
        if isinstance(self.value_credit_id, Unset):
            value_credit_id = UNSET
        else:
            value_credit_id = self.value_credit_id

        value_numeric: int | None | Unset
        if isinstance(self.value_numeric, Unset):
            value_numeric = UNSET
        else:
            value_numeric = self.value_numeric

        value_trait_id: None | str | Unset
        if isinstance(self.value_trait_id, Unset):
            value_trait_id = UNSET
        else:
            value_trait_id = self.value_trait_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value_type": value_type,
            }
        )
        if credit_consumption_rate is not UNSET:
            field_dict["credit_consumption_rate"] = credit_consumption_rate
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if metric_period is not UNSET:
            field_dict["metric_period"] = metric_period
        if metric_period_month_reset is not UNSET:
            field_dict["metric_period_month_reset"] = metric_period_month_reset
        if note is not UNSET:
            field_dict["note"] = note
        if value_bool is not UNSET:
            field_dict["value_bool"] = value_bool
        if value_credit_id is not UNSET:
            field_dict["value_credit_id"] = value_credit_id
        if value_numeric is not UNSET:
            field_dict["value_numeric"] = value_numeric
        if value_trait_id is not UNSET:
            field_dict["value_trait_id"] = value_trait_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value_type = check_entitlement_value_type(d.pop("value_type"))

        def _parse_credit_consumption_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_consumption_rate = _parse_credit_consumption_rate(d.pop("credit_consumption_rate", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
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

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        def _parse_metric_period(data: object) -> MetricPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_metric_period(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricPeriod | None | Unset, data)

        metric_period = _parse_metric_period(d.pop("metric_period", UNSET))

        def _parse_metric_period_month_reset(data: object) -> MetricPeriodMonthReset | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_metric_period_month_reset(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricPeriodMonthReset | None | Unset, data)

        metric_period_month_reset = _parse_metric_period_month_reset(d.pop("metric_period_month_reset", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_value_bool(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        value_bool = _parse_value_bool(d.pop("value_bool", UNSET))

        def _parse_value_credit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_credit_id = _parse_value_credit_id(d.pop("value_credit_id", UNSET))

        def _parse_value_numeric(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value_numeric = _parse_value_numeric(d.pop("value_numeric", UNSET))

        def _parse_value_trait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_trait_id = _parse_value_trait_id(d.pop("value_trait_id", UNSET))

        update_company_override_request_body = cls(
            value_type=value_type,
            credit_consumption_rate=credit_consumption_rate,
            expiration_date=expiration_date,
            metric_period=metric_period,
            metric_period_month_reset=metric_period_month_reset,
            note=note,
            value_bool=value_bool,
            value_credit_id=value_credit_id,
            value_numeric=value_numeric,
            value_trait_id=value_trait_id,
        )

        update_company_override_request_body.additional_properties = d
        return update_company_override_request_body

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
