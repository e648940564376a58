from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_type import EntitlementType, check_entitlement_type
from ..models.entitlement_value_type import EntitlementValueType, check_entitlement_value_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.company_detail_response_data import CompanyDetailResponseData
    from ..models.feature_detail_response_data import FeatureDetailResponseData
    from ..models.plan_response_data import PlanResponseData
    from ..models.user_response_data import UserResponseData


T = TypeVar("T", bound="FeatureCompanyUserResponseData")


def _convert_company(value: CompanyDetailResponseData | Unset | Mapping[str, Any]) -> CompanyDetailResponseData | Unset:
    return cast(
        "CompanyDetailResponseData | Unset",
        as_model(value, ".company_detail_response_data", "CompanyDetailResponseData", __package__),
    )


def _convert_feature(value: FeatureDetailResponseData | Unset | Mapping[str, Any]) -> FeatureDetailResponseData | Unset:
    return cast(
        "FeatureDetailResponseData | Unset",
        as_model(value, ".feature_detail_response_data", "FeatureDetailResponseData", __package__),
    )


def _convert_plan(value: PlanResponseData | Unset | Mapping[str, Any]) -> PlanResponseData | Unset:
    return cast("PlanResponseData | Unset", as_model(value, ".plan_response_data", "PlanResponseData", __package__))


def _convert_user(value: UserResponseData | Unset | Mapping[str, Any]) -> UserResponseData | Unset:
    return cast("UserResponseData | Unset", as_model(value, ".user_response_data", "UserResponseData", __package__))


@_attrs_define
class FeatureCompanyUserResponseData:
    """The `FeatureCompanyUserResponseData` object of the API.

    Attributes:
        access (bool)
        allocation_type (EntitlementValueType)
        entitlement_id (str)
        entitlement_type (EntitlementType)
        allocation (int | None | Unset)
        company (CompanyDetailResponseData | Unset): A company with its keys, traits, entitlements, metrics, plans and billing
        feature (FeatureDetailResponseData | Unset)
        metric_reset_at (datetime.datetime | None | Unset)
        month_reset (MetricPeriodMonthReset | None | Unset)
        period (MetricPeriod | None | Unset)
        plan (PlanResponseData | Unset)
        usage (int | None | Unset)
        user (UserResponseData | Unset)
    """

    access: bool

    allocation_type: EntitlementValueType

    entitlement_id: str

    entitlement_type: EntitlementType

    allocation: int | None | Unset = UNSET

    company: CompanyDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    feature: FeatureDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_feature)

    metric_reset_at: datetime.datetime | None | Unset = UNSET

    month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    period: MetricPeriod | None | Unset = UNSET

    plan: PlanResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_plan)

    usage: int | None | Unset = UNSET

    user: UserResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_user)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access = self.access

        allocation_type: str = self.allocation_type

        entitlement_id = self.entitlement_id

        entitlement_type: str = self.entitlement_type

        allocation: int | None | Unset
        if isinstance(self.allocation, Unset):
            allocation = UNSET
        else:
            allocation = self.allocation

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        metric_reset_at: None | str | Unset
        if isinstance(self.metric_reset_at, Unset):
            metric_reset_at = UNSET
        elif isinstance(self.metric_reset_at, datetime.datetime):
            metric_reset_at = self.metric_reset_at.isoformat()
        else:
            metric_reset_at = self.metric_reset_at

        month_reset: None | str | Unset
        if isinstance(self.month_reset, Unset):
            month_reset = UNSET
        elif isinstance(self.month_reset, str):
            month_reset = self.month_reset
        else:
            month_reset = self.month_reset

        period: None | str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, str):
            period = self.period
        else:
            period = self.period

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        usage: int | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access": access,
                "allocation_type": allocation_type,
                "entitlement_id": entitlement_id,
                "entitlement_type": entitlement_type,
            }
        )
        if allocation is not UNSET:
            field_dict["allocation"] = allocation
        if company is not UNSET:
            field_dict["company"] = company
        if feature is not UNSET:
            field_dict["feature"] = feature
        if metric_reset_at is not UNSET:
            field_dict["metric_reset_at"] = metric_reset_at
        if month_reset is not UNSET:
            field_dict["month_reset"] = month_reset
        if period is not UNSET:
            field_dict["period"] = period
        if plan is not UNSET:
            field_dict["plan"] = plan
        if usage is not UNSET:
            field_dict["usage"] = usage
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_detail_response_data import CompanyDetailResponseData  # noqa: PLC0415
        from ..models.feature_detail_response_data import FeatureDetailResponseData  # noqa: PLC0415
        from ..models.plan_response_data import PlanResponseData  # noqa: PLC0415
        from ..models.user_response_data import UserResponseData  # noqa: PLC0415

        d = dict(src_dict)
        access = d.pop("access")

        allocation_type = check_entitlement_value_type(d.pop("allocation_type"))

        entitlement_id = d.pop("entitlement_id")

        entitlement_type = check_entitlement_type(d.pop("entitlement_type"))

        def _parse_allocation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        allocation = _parse_allocation(d.pop("allocation", UNSET))

        _company = d.pop("company", UNSET)
        company: CompanyDetailResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyDetailResponseData.from_dict(_company)

        _feature = d.pop("feature", UNSET)
        feature: FeatureDetailResponseData | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = FeatureDetailResponseData.from_dict(_feature)

        def _parse_metric_reset_at(data: object) -> datetime.datetime | None | Unset:
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

        metric_reset_at = _parse_metric_reset_at(d.pop("metric_reset_at", UNSET))

        def _parse_month_reset(data: object) -> MetricPeriodMonthReset | None | Unset:
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

        month_reset = _parse_month_reset(d.pop("month_reset", UNSET))

        def _parse_period(data: object) -> MetricPeriod | None | Unset:
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

        period = _parse_period(d.pop("period", UNSET))

        _plan = d.pop("plan", UNSET)
        plan: PlanResponseData | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = PlanResponseData.from_dict(_plan)

        def _parse_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        _user = d.pop("user", UNSET)
        user: UserResponseData | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserResponseData.from_dict(_user)

        feature_company_user_response_data = cls(
            access=access,
            allocation_type=allocation_type,
            entitlement_id=entitlement_id,
            entitlement_type=entitlement_type,
            allocation=allocation,
            company=company,
            feature=feature,
            metric_reset_at=metric_reset_at,
            month_reset=month_reset,
            period=period,
            plan=plan,
            usage=usage,
            user=user,
        )

        feature_company_user_response_data.additional_properties = d
        return feature_company_user_response_data

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
