from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rulesengine_metric_period import RulesengineMetricPeriod, check_rulesengine_metric_period
from ..models.rulesengine_metric_period_month_reset import (
    RulesengineMetricPeriodMonthReset,
    check_rulesengine_metric_period_month_reset,
)
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="RulesengineCompanyMetric")


@_attrs_define
class RulesengineCompanyMetric:
    """The `RulesengineCompanyMetric` object of the API.

    Attributes:
        account_id (str)
        company_id (str)
        created_at (datetime.datetime)
        environment_id (str)
        event_subtype (str)
        month_reset (RulesengineMetricPeriodMonthReset)
        period (RulesengineMetricPeriod)
        value (int)
        valid_until (datetime.datetime | None | Unset)
    """

    account_id: str

    company_id: str

    created_at: datetime.datetime

    environment_id: str

    event_subtype: str

    month_reset: RulesengineMetricPeriodMonthReset

    period: RulesengineMetricPeriod

    value: int

    valid_until: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        company_id = self.company_id

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        event_subtype = self.event_subtype

        month_reset: str = self.month_reset

        period: str = self.period

        value = self.value

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.datetime):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "company_id": company_id,
                "created_at": created_at,
                "environment_id": environment_id,
                "event_subtype": event_subtype,
                "month_reset": month_reset,
                "period": period,
                "value": value,
            }
        )
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        company_id = d.pop("company_id")

        created_at = parse_datetime(d.pop("created_at"))

        environment_id = d.pop("environment_id")

        event_subtype = d.pop("event_subtype")

        month_reset = check_rulesengine_metric_period_month_reset(d.pop("month_reset"))

        period = check_rulesengine_metric_period(d.pop("period"))

        value = d.pop("value")

        def _parse_valid_until(data: object) -> datetime.datetime | None | Unset:
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

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))

        rulesengine_company_metric = cls(
            account_id=account_id,
            company_id=company_id,
            created_at=created_at,
            environment_id=environment_id,
            event_subtype=event_subtype,
            month_reset=month_reset,
            period=period,
            value=value,
            valid_until=valid_until,
        )

        rulesengine_company_metric.additional_properties = d
        return rulesengine_company_metric

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
