from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_price_behavior import EntitlementPriceBehavior, check_entitlement_price_behavior
from ..models.entitlement_value_type import EntitlementValueType, check_entitlement_value_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.billing_price_view import BillingPriceView


T = TypeVar("T", bound="UsageBasedEntitlementResponseData")


def _convert_metered_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_monthly_usage_based_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_quarterly_usage_based_price(
    value: BillingPriceView | Unset | Mapping[str, Any],
) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_yearly_usage_based_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


@_attrs_define
class UsageBasedEntitlementResponseData:
    """The `UsageBasedEntitlementResponseData` object of the API.

    Attributes:
        feature_id (str)
        value_type (EntitlementValueType)
        billing_threshold (int | None | Unset)
        consumption_rate (float | None | Unset)
        metered_price (BillingPriceView | Unset)
        metric_period (MetricPeriod | None | Unset)
        metric_period_month_reset (MetricPeriodMonthReset | None | Unset)
        monthly_usage_based_price (BillingPriceView | Unset)
        price_behavior (EntitlementPriceBehavior | None | Unset)
        quarterly_usage_based_price (BillingPriceView | Unset)
        usage_quantity (int | None | Unset)
        value_bool (bool | None | Unset)
        value_numeric (int | None | Unset)
        yearly_usage_based_price (BillingPriceView | Unset)
    """

    feature_id: str

    value_type: EntitlementValueType

    billing_threshold: int | None | Unset = UNSET

    consumption_rate: float | None | Unset = UNSET

    metered_price: BillingPriceView | Unset = _attrs_field(default=UNSET, converter=_convert_metered_price)

    metric_period: MetricPeriod | None | Unset = UNSET

    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    monthly_usage_based_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_monthly_usage_based_price
    )

    price_behavior: EntitlementPriceBehavior | None | Unset = UNSET

    quarterly_usage_based_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_quarterly_usage_based_price
    )

    usage_quantity: int | None | Unset = UNSET

    value_bool: bool | None | Unset = UNSET

    value_numeric: int | None | Unset = UNSET

    yearly_usage_based_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_yearly_usage_based_price
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        value_type: str = self.value_type

        billing_threshold: int | None | Unset
        if isinstance(self.billing_threshold, Unset):
            billing_threshold = UNSET
        else:
            billing_threshold = self.billing_threshold

        consumption_rate: float | None | Unset
        if isinstance(self.consumption_rate, Unset):
            consumption_rate = UNSET
        else:
            consumption_rate = self.consumption_rate

        metered_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metered_price, Unset):
            metered_price = self.metered_price.to_dict()

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

        monthly_usage_based_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_usage_based_price, Unset):
            monthly_usage_based_price = self.monthly_usage_based_price.to_dict()

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

        usage_quantity: int | None | Unset
        if isinstance(self.usage_quantity, Unset):
            usage_quantity = UNSET
        else:
            usage_quantity = self.usage_quantity

        value_bool: bool | None | Unset
        if isinstance(self.value_bool, Unset):
            value_bool = UNSET
        else:
            value_bool = self.value_bool

        value_numeric: int | None | Unset
        if isinstance(self.value_numeric, Unset):
            value_numeric = UNSET
        else:
            value_numeric = self.value_numeric

        yearly_usage_based_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.yearly_usage_based_price, Unset):
            yearly_usage_based_price = self.yearly_usage_based_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "value_type": value_type,
            }
        )
        if billing_threshold is not UNSET:
            field_dict["billing_threshold"] = billing_threshold
        if consumption_rate is not UNSET:
            field_dict["consumption_rate"] = consumption_rate
        if metered_price is not UNSET:
            field_dict["metered_price"] = metered_price
        if metric_period is not UNSET:
            field_dict["metric_period"] = metric_period
        if metric_period_month_reset is not UNSET:
            field_dict["metric_period_month_reset"] = metric_period_month_reset
        if monthly_usage_based_price is not UNSET:
            field_dict["monthly_usage_based_price"] = monthly_usage_based_price
        if price_behavior is not UNSET:
            field_dict["price_behavior"] = price_behavior
        if quarterly_usage_based_price is not UNSET:
            field_dict["quarterly_usage_based_price"] = quarterly_usage_based_price
        if usage_quantity is not UNSET:
            field_dict["usage_quantity"] = usage_quantity
        if value_bool is not UNSET:
            field_dict["value_bool"] = value_bool
        if value_numeric is not UNSET:
            field_dict["value_numeric"] = value_numeric
        if yearly_usage_based_price is not UNSET:
            field_dict["yearly_usage_based_price"] = yearly_usage_based_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_price_view import BillingPriceView  # noqa: PLC0415

        d = dict(src_dict)
        feature_id = d.pop("feature_id")

        value_type = check_entitlement_value_type(d.pop("value_type"))

        def _parse_billing_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_threshold = _parse_billing_threshold(d.pop("billing_threshold", UNSET))

        def _parse_consumption_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        consumption_rate = _parse_consumption_rate(d.pop("consumption_rate", UNSET))

        _metered_price = d.pop("metered_price", UNSET)
        metered_price: BillingPriceView | Unset
        if isinstance(_metered_price, Unset):
            metered_price = UNSET
        else:
            metered_price = BillingPriceView.from_dict(_metered_price)

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

        _monthly_usage_based_price = d.pop("monthly_usage_based_price", UNSET)
        monthly_usage_based_price: BillingPriceView | Unset
        if isinstance(_monthly_usage_based_price, Unset):
            monthly_usage_based_price = UNSET
        else:
            monthly_usage_based_price = BillingPriceView.from_dict(_monthly_usage_based_price)

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

        def _parse_usage_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage_quantity = _parse_usage_quantity(d.pop("usage_quantity", UNSET))

        def _parse_value_bool(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        value_bool = _parse_value_bool(d.pop("value_bool", UNSET))

        def _parse_value_numeric(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value_numeric = _parse_value_numeric(d.pop("value_numeric", UNSET))

        _yearly_usage_based_price = d.pop("yearly_usage_based_price", UNSET)
        yearly_usage_based_price: BillingPriceView | Unset
        if isinstance(_yearly_usage_based_price, Unset):
            yearly_usage_based_price = UNSET
        else:
            yearly_usage_based_price = BillingPriceView.from_dict(_yearly_usage_based_price)

        usage_based_entitlement_response_data = cls(
            feature_id=feature_id,
            value_type=value_type,
            billing_threshold=billing_threshold,
            consumption_rate=consumption_rate,
            metered_price=metered_price,
            metric_period=metric_period,
            metric_period_month_reset=metric_period_month_reset,
            monthly_usage_based_price=monthly_usage_based_price,
            price_behavior=price_behavior,
            quarterly_usage_based_price=quarterly_usage_based_price,
            usage_quantity=usage_quantity,
            value_bool=value_bool,
            value_numeric=value_numeric,
            yearly_usage_based_price=yearly_usage_based_price,
        )

        usage_based_entitlement_response_data.additional_properties = d
        return usage_based_entitlement_response_data

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
