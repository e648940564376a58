from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_grant_reason import BillingCreditGrantReason, check_billing_credit_grant_reason
from ..models.entitlement_price_behavior import EntitlementPriceBehavior, check_entitlement_price_behavior
from ..models.entitlement_type import EntitlementType, check_entitlement_type
from ..models.entitlement_value_type import EntitlementValueType, check_entitlement_value_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_price_view import BillingPriceView
    from ..models.company_override_response_data import CompanyOverrideResponseData
    from ..models.credit_grant_detail import CreditGrantDetail
    from ..models.credit_usage_aggregation import CreditUsageAggregation
    from ..models.feature_in_plan_response_data import FeatureInPlanResponseData
    from ..models.feature_usage_response_data_credit_grant_counts import FeatureUsageResponseDataCreditGrantCounts
    from ..models.plan_entitlement_response_data import PlanEntitlementResponseData
    from ..models.plan_response_data import PlanResponseData


T = TypeVar("T", bound="FeatureUsageResponseData")


def _convert_company_override(
    value: CompanyOverrideResponseData | Unset | Mapping[str, Any],
) -> CompanyOverrideResponseData | Unset:
    return cast(
        "CompanyOverrideResponseData | Unset",
        as_model(value, ".company_override_response_data", "CompanyOverrideResponseData", __package__),
    )


def _convert_credit_grant_counts(
    value: FeatureUsageResponseDataCreditGrantCounts | Unset | Mapping[str, Any],
) -> FeatureUsageResponseDataCreditGrantCounts | Unset:
    return cast(
        "FeatureUsageResponseDataCreditGrantCounts | Unset",
        as_model(
            value,
            ".feature_usage_response_data_credit_grant_counts",
            "FeatureUsageResponseDataCreditGrantCounts",
            __package__,
        ),
    )


def _convert_credit_grant_details(
    value: list[CreditGrantDetail] | Unset | Sequence[CreditGrantDetail | Mapping[str, Any]],
) -> list[CreditGrantDetail] | Unset:
    return cast(
        "list[CreditGrantDetail] | Unset",
        as_model_list(value, ".credit_grant_detail", "CreditGrantDetail", __package__),
    )


def _convert_credit_usage_aggregation(
    value: CreditUsageAggregation | Unset | Mapping[str, Any],
) -> CreditUsageAggregation | Unset:
    return cast(
        "CreditUsageAggregation | Unset",
        as_model(value, ".credit_usage_aggregation", "CreditUsageAggregation", __package__),
    )


def _convert_feature(value: FeatureInPlanResponseData | Unset | Mapping[str, Any]) -> FeatureInPlanResponseData | Unset:
    return cast(
        "FeatureInPlanResponseData | Unset",
        as_model(value, ".feature_in_plan_response_data", "FeatureInPlanResponseData", __package__),
    )


def _convert_monthly_usage_based_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_plan(value: PlanResponseData | Unset | Mapping[str, Any]) -> PlanResponseData | Unset:
    return cast("PlanResponseData | Unset", as_model(value, ".plan_response_data", "PlanResponseData", __package__))


def _convert_plan_entitlement(
    value: PlanEntitlementResponseData | Unset | Mapping[str, Any],
) -> PlanEntitlementResponseData | Unset:
    return cast(
        "PlanEntitlementResponseData | Unset",
        as_model(value, ".plan_entitlement_response_data", "PlanEntitlementResponseData", __package__),
    )


def _convert_quarterly_usage_based_price(
    value: BillingPriceView | Unset | Mapping[str, Any],
) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_yearly_usage_based_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


@_attrs_define
class FeatureUsageResponseData:
    """The `FeatureUsageResponseData` object of the API.

    Attributes:
        access (bool)
        allocation_type (EntitlementValueType)
        entitlement_id (str)
        entitlement_type (EntitlementType)
        allocation (int | None | Unset)
        company_override (CompanyOverrideResponseData | Unset)
        credit_consumption_rate (float | None | Unset)
        credit_grant_counts (FeatureUsageResponseDataCreditGrantCounts | Unset)
        credit_grant_details (list[CreditGrantDetail] | Unset)
        credit_grant_reason (BillingCreditGrantReason | None | Unset)
        credit_remaining (float | None | Unset)
        credit_total (float | None | Unset)
        credit_type_icon (None | str | Unset)
        credit_usage_aggregation (CreditUsageAggregation | Unset)
        credit_used (float | None | Unset)
        effective_limit (int | None | Unset)
        effective_price (float | None | Unset)
        entitlement_expiration_date (datetime.datetime | None | Unset)
        entitlement_source (None | str | Unset)
        feature (FeatureInPlanResponseData | Unset)
        has_valid_allocation (bool | None | Unset)
        is_unlimited (bool | None | Unset)
        metric_reset_at (datetime.datetime | None | Unset)
        month_reset (MetricPeriodMonthReset | None | Unset)
        monthly_usage_based_price (BillingPriceView | Unset)
        overuse (int | None | Unset)
        percent_used (float | None | Unset)
        period (MetricPeriod | None | Unset)
        plan (PlanResponseData | Unset)
        plan_entitlement (PlanEntitlementResponseData | Unset)
        price_behavior (EntitlementPriceBehavior | None | Unset)
        quarterly_usage_based_price (BillingPriceView | Unset)
        soft_limit (int | None | Unset)
        usage (int | None | Unset)
        yearly_usage_based_price (BillingPriceView | Unset)
    """

    access: bool

    allocation_type: EntitlementValueType

    entitlement_id: str

    entitlement_type: EntitlementType

    allocation: int | None | Unset = UNSET

    company_override: CompanyOverrideResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_company_override
    )

    credit_consumption_rate: float | None | Unset = UNSET

    credit_grant_counts: FeatureUsageResponseDataCreditGrantCounts | Unset = _attrs_field(
        default=UNSET, converter=_convert_credit_grant_counts
    )

    credit_grant_details: list[CreditGrantDetail] | Unset = _attrs_field(
        default=UNSET, converter=_convert_credit_grant_details
    )

    credit_grant_reason: BillingCreditGrantReason | None | Unset = UNSET

    credit_remaining: float | None | Unset = UNSET

    credit_total: float | None | Unset = UNSET

    credit_type_icon: None | str | Unset = UNSET

    credit_usage_aggregation: CreditUsageAggregation | Unset = _attrs_field(
        default=UNSET, converter=_convert_credit_usage_aggregation
    )

    credit_used: float | None | Unset = UNSET

    effective_limit: int | None | Unset = UNSET

    effective_price: float | None | Unset = UNSET

    entitlement_expiration_date: datetime.datetime | None | Unset = UNSET

    entitlement_source: None | str | Unset = UNSET

    feature: FeatureInPlanResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_feature)

    has_valid_allocation: bool | None | Unset = UNSET

    is_unlimited: bool | None | Unset = UNSET

    metric_reset_at: datetime.datetime | None | Unset = UNSET

    month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    monthly_usage_based_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_monthly_usage_based_price
    )

    overuse: int | None | Unset = UNSET

    percent_used: float | None | Unset = UNSET

    period: MetricPeriod | None | Unset = UNSET

    plan: PlanResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_plan)

    plan_entitlement: PlanEntitlementResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_plan_entitlement
    )

    price_behavior: EntitlementPriceBehavior | None | Unset = UNSET

    quarterly_usage_based_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_quarterly_usage_based_price
    )

    soft_limit: int | None | Unset = UNSET

    usage: int | None | Unset = UNSET

    yearly_usage_based_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_yearly_usage_based_price
    )

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

        company_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_override, Unset):
            company_override = self.company_override.to_dict()

        credit_consumption_rate: float | None | Unset
        if isinstance(self.credit_consumption_rate, Unset):
            credit_consumption_rate = UNSET
        else:
            credit_consumption_rate = self.credit_consumption_rate

        credit_grant_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_grant_counts, Unset):
            credit_grant_counts = self.credit_grant_counts.to_dict()

        credit_grant_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_grant_details, Unset):
            credit_grant_details = []
            for credit_grant_details_item_data in self.credit_grant_details:
                credit_grant_details_item = credit_grant_details_item_data.to_dict()
                credit_grant_details.append(credit_grant_details_item)

        credit_grant_reason: None | str | Unset
        if isinstance(self.credit_grant_reason, Unset):
            credit_grant_reason = UNSET
        elif isinstance(self.credit_grant_reason, str):
            credit_grant_reason = self.credit_grant_reason
        else:
            credit_grant_reason = self.credit_grant_reason

        credit_remaining: float | None | Unset
        if isinstance(self.credit_remaining, Unset):
            credit_remaining = UNSET
        else:
            credit_remaining = self.credit_remaining

        credit_total: float | None | Unset
        if isinstance(self.credit_total, Unset):
            credit_total = UNSET
        else:
            credit_total = self.credit_total

        credit_type_icon: None | str | Unset
        if isinstance(self.credit_type_icon, Unset):
            credit_type_icon = UNSET
        else:
            credit_type_icon = self.credit_type_icon

        credit_usage_aggregation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_usage_aggregation, Unset):
            credit_usage_aggregation = self.credit_usage_aggregation.to_dict()

        credit_used: float | None | Unset
        if isinstance(self.credit_used, Unset):
            credit_used = UNSET
        else:
            credit_used = self.credit_used

        effective_limit: int | None | Unset
        if isinstance(self.effective_limit, Unset):
            effective_limit = UNSET
        else:
            effective_limit = self.effective_limit

        effective_price: float | None | Unset
        if isinstance(self.effective_price, Unset):
            effective_price = UNSET
        else:
            effective_price = self.effective_price

        entitlement_expiration_date: None | str | Unset
        if isinstance(self.entitlement_expiration_date, Unset):
            entitlement_expiration_date = UNSET
        elif isinstance(self.entitlement_expiration_date, datetime.datetime):
            entitlement_expiration_date = self.entitlement_expiration_date.isoformat()
        else:
            entitlement_expiration_date = self.entitlement_expiration_date

        entitlement_source: None | str | Unset
        if isinstance(self.entitlement_source, Unset):
            entitlement_source = UNSET
        else:
            entitlement_source = self.entitlement_source

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        has_valid_allocation: bool | None | Unset
        if isinstance(self.has_valid_allocation, Unset):
            has_valid_allocation = UNSET
        else:
            has_valid_allocation = self.has_valid_allocation

        is_unlimited: bool | None | Unset
        if isinstance(self.is_unlimited, Unset):
            is_unlimited = UNSET
        else:
            is_unlimited = self.is_unlimited

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

        monthly_usage_based_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_usage_based_price, Unset):
            monthly_usage_based_price = self.monthly_usage_based_price.to_dict()

        overuse: int | None | Unset
        if isinstance(self.overuse, Unset):
            overuse = UNSET
        else:
            overuse = self.overuse

        percent_used: float | None | Unset
        if isinstance(self.percent_used, Unset):
            percent_used = UNSET
        else:
            percent_used = self.percent_used

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

        plan_entitlement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan_entitlement, Unset):
            plan_entitlement = self.plan_entitlement.to_dict()

        price_behavior: None | str | Unset
        if isinstance(self.price_behavior, Unset):
            price_behavior = UNSET
        elif isinstance(self.price_behavior, str):
            price_behavior = self.price_behavior
        else:
            price_behavior = self.price_behavior

        quarterly_usage_based_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quarterly_usage_based_price, Unset):
            quarterly_usage_based_price = self.quarterly_usage_based_price.to_dict()

        soft_limit: int | None | Unset
        if isinstance(self.soft_limit, Unset):
            soft_limit = UNSET
        else:
            soft_limit = self.soft_limit

        usage: int | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        yearly_usage_based_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.yearly_usage_based_price, Unset):
            yearly_usage_based_price = self.yearly_usage_based_price.to_dict()

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
        if company_override is not UNSET:
            field_dict["company_override"] = company_override
        if credit_consumption_rate is not UNSET:
            field_dict["credit_consumption_rate"] = credit_consumption_rate
        if credit_grant_counts is not UNSET:
            field_dict["credit_grant_counts"] = credit_grant_counts
        if credit_grant_details is not UNSET:
            field_dict["credit_grant_details"] = credit_grant_details
        if credit_grant_reason is not UNSET:
            field_dict["credit_grant_reason"] = credit_grant_reason
        if credit_remaining is not UNSET:
            field_dict["credit_remaining"] = credit_remaining
        if credit_total is not UNSET:
            field_dict["credit_total"] = credit_total
        if credit_type_icon is not UNSET:
            field_dict["credit_type_icon"] = credit_type_icon
        if credit_usage_aggregation is not UNSET:
            field_dict["credit_usage_aggregation"] = credit_usage_aggregation
        if credit_used is not UNSET:
            field_dict["credit_used"] = credit_used
        if effective_limit is not UNSET:
            field_dict["effective_limit"] = effective_limit
        if effective_price is not UNSET:
            field_dict["effective_price"] = effective_price
        if entitlement_expiration_date is not UNSET:
            field_dict["entitlement_expiration_date"] = entitlement_expiration_date
        if entitlement_source is not UNSET:
            field_dict["entitlement_source"] = entitlement_source
        if feature is not UNSET:
            field_dict["feature"] = feature
        if has_valid_allocation is not UNSET:
            field_dict["has_valid_allocation"] = has_valid_allocation
        if is_unlimited is not UNSET:
            field_dict["is_unlimited"] = is_unlimited
        if metric_reset_at is not UNSET:
            field_dict["metric_reset_at"] = metric_reset_at
        if month_reset is not UNSET:
            field_dict["month_reset"] = month_reset
        if monthly_usage_based_price is not UNSET:
            field_dict["monthly_usage_based_price"] = monthly_usage_based_price
        if overuse is not UNSET:
            field_dict["overuse"] = overuse
        if percent_used is not UNSET:
            field_dict["percent_used"] = percent_used
        if period is not UNSET:
            field_dict["period"] = period
        if plan is not UNSET:
            field_dict["plan"] = plan
        if plan_entitlement is not UNSET:
            field_dict["plan_entitlement"] = plan_entitlement
        if price_behavior is not UNSET:
            field_dict["price_behavior"] = price_behavior
        if quarterly_usage_based_price is not UNSET:
            field_dict["quarterly_usage_based_price"] = quarterly_usage_based_price
        if soft_limit is not UNSET:
            field_dict["soft_limit"] = soft_limit
        if usage is not UNSET:
            field_dict["usage"] = usage
        if yearly_usage_based_price is not UNSET:
            field_dict["yearly_usage_based_price"] = yearly_usage_based_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_price_view import BillingPriceView  # noqa: PLC0415
        from ..models.company_override_response_data import CompanyOverrideResponseData  # noqa: PLC0415
        from ..models.credit_grant_detail import CreditGrantDetail  # noqa: PLC0415
        from ..models.credit_usage_aggregation import CreditUsageAggregation  # noqa: PLC0415
        from ..models.feature_in_plan_response_data import FeatureInPlanResponseData  # noqa: PLC0415
        from ..models.feature_usage_response_data_credit_grant_counts import FeatureUsageResponseDataCreditGrantCounts  # noqa: PLC0415
        from ..models.plan_entitlement_response_data import PlanEntitlementResponseData  # noqa: PLC0415
        from ..models.plan_response_data import PlanResponseData  # noqa: PLC0415

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

        _company_override = d.pop("company_override", UNSET)
        company_override: CompanyOverrideResponseData | Unset
        if isinstance(_company_override, Unset):
            company_override = UNSET
        else:
            company_override = CompanyOverrideResponseData.from_dict(_company_override)

        def _parse_credit_consumption_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_consumption_rate = _parse_credit_consumption_rate(d.pop("credit_consumption_rate", UNSET))

        _credit_grant_counts = d.pop("credit_grant_counts", UNSET)
        credit_grant_counts: FeatureUsageResponseDataCreditGrantCounts | Unset
        if isinstance(_credit_grant_counts, Unset):
            credit_grant_counts = UNSET
        else:
            credit_grant_counts = FeatureUsageResponseDataCreditGrantCounts.from_dict(_credit_grant_counts)

        _credit_grant_details = d.pop("credit_grant_details", UNSET)
        credit_grant_details: list[CreditGrantDetail] | Unset = UNSET
        if _credit_grant_details is not UNSET:
            credit_grant_details = []
            for credit_grant_details_item_data in _credit_grant_details:
                credit_grant_details_item = CreditGrantDetail.from_dict(credit_grant_details_item_data)

                credit_grant_details.append(credit_grant_details_item)

        def _parse_credit_grant_reason(data: object) -> BillingCreditGrantReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_grant_reason(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditGrantReason | None | Unset, data)

        credit_grant_reason = _parse_credit_grant_reason(d.pop("credit_grant_reason", UNSET))

        def _parse_credit_remaining(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_remaining = _parse_credit_remaining(d.pop("credit_remaining", UNSET))

        def _parse_credit_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_total = _parse_credit_total(d.pop("credit_total", UNSET))

        def _parse_credit_type_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_type_icon = _parse_credit_type_icon(d.pop("credit_type_icon", UNSET))

        _credit_usage_aggregation = d.pop("credit_usage_aggregation", UNSET)
        credit_usage_aggregation: CreditUsageAggregation | Unset
        if isinstance(_credit_usage_aggregation, Unset):
            credit_usage_aggregation = UNSET
        else:
            credit_usage_aggregation = CreditUsageAggregation.from_dict(_credit_usage_aggregation)

        def _parse_credit_used(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_used = _parse_credit_used(d.pop("credit_used", UNSET))

        def _parse_effective_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        effective_limit = _parse_effective_limit(d.pop("effective_limit", UNSET))

        def _parse_effective_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        effective_price = _parse_effective_price(d.pop("effective_price", UNSET))

        def _parse_entitlement_expiration_date(data: object) -> datetime.datetime | None | Unset:
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

        entitlement_expiration_date = _parse_entitlement_expiration_date(d.pop("entitlement_expiration_date", UNSET))

        def _parse_entitlement_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entitlement_source = _parse_entitlement_source(d.pop("entitlement_source", UNSET))

        _feature = d.pop("feature", UNSET)
        feature: FeatureInPlanResponseData | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = FeatureInPlanResponseData.from_dict(_feature)

        def _parse_has_valid_allocation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_valid_allocation = _parse_has_valid_allocation(d.pop("has_valid_allocation", UNSET))

        def _parse_is_unlimited(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_unlimited = _parse_is_unlimited(d.pop("is_unlimited", UNSET))

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

        _monthly_usage_based_price = d.pop("monthly_usage_based_price", UNSET)
        monthly_usage_based_price: BillingPriceView | Unset
        if isinstance(_monthly_usage_based_price, Unset):
            monthly_usage_based_price = UNSET
        else:
            monthly_usage_based_price = BillingPriceView.from_dict(_monthly_usage_based_price)

        def _parse_overuse(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        overuse = _parse_overuse(d.pop("overuse", UNSET))

        def _parse_percent_used(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percent_used = _parse_percent_used(d.pop("percent_used", UNSET))

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

        _plan_entitlement = d.pop("plan_entitlement", UNSET)
        plan_entitlement: PlanEntitlementResponseData | Unset
        if isinstance(_plan_entitlement, Unset):
            plan_entitlement = UNSET
        else:
            plan_entitlement = PlanEntitlementResponseData.from_dict(_plan_entitlement)

        def _parse_price_behavior(data: object) -> EntitlementPriceBehavior | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_entitlement_price_behavior(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntitlementPriceBehavior | None | Unset, data)

        price_behavior = _parse_price_behavior(d.pop("price_behavior", UNSET))

        _quarterly_usage_based_price = d.pop("quarterly_usage_based_price", UNSET)
        quarterly_usage_based_price: BillingPriceView | Unset
        if isinstance(_quarterly_usage_based_price, Unset):
            quarterly_usage_based_price = UNSET
        else:
            quarterly_usage_based_price = BillingPriceView.from_dict(_quarterly_usage_based_price)

        def _parse_soft_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        soft_limit = _parse_soft_limit(d.pop("soft_limit", UNSET))

        def _parse_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        _yearly_usage_based_price = d.pop("yearly_usage_based_price", UNSET)
        yearly_usage_based_price: BillingPriceView | Unset
        if isinstance(_yearly_usage_based_price, Unset):
            yearly_usage_based_price = UNSET
        else:
            yearly_usage_based_price = BillingPriceView.from_dict(_yearly_usage_based_price)

        feature_usage_response_data = cls(
            access=access,
            allocation_type=allocation_type,
            entitlement_id=entitlement_id,
            entitlement_type=entitlement_type,
            allocation=allocation,
            company_override=company_override,
            credit_consumption_rate=credit_consumption_rate,
            credit_grant_counts=credit_grant_counts,
            credit_grant_details=credit_grant_details,
            credit_grant_reason=credit_grant_reason,
            credit_remaining=credit_remaining,
            credit_total=credit_total,
            credit_type_icon=credit_type_icon,
            credit_usage_aggregation=credit_usage_aggregation,
            credit_used=credit_used,
            effective_limit=effective_limit,
            effective_price=effective_price,
            entitlement_expiration_date=entitlement_expiration_date,
            entitlement_source=entitlement_source,
            feature=feature,
            has_valid_allocation=has_valid_allocation,
            is_unlimited=is_unlimited,
            metric_reset_at=metric_reset_at,
            month_reset=month_reset,
            monthly_usage_based_price=monthly_usage_based_price,
            overuse=overuse,
            percent_used=percent_used,
            period=period,
            plan=plan,
            plan_entitlement=plan_entitlement,
            price_behavior=price_behavior,
            quarterly_usage_based_price=quarterly_usage_based_price,
            soft_limit=soft_limit,
            usage=usage,
            yearly_usage_based_price=yearly_usage_based_price,
        )

        feature_usage_response_data.additional_properties = d
        return feature_usage_response_data

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
