from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.billing_tiers_mode import BillingTiersMode, check_billing_tiers_mode
from ..models.entitlement_price_behavior import EntitlementPriceBehavior, check_entitlement_price_behavior
from ..models.entitlement_value_type import EntitlementValueType, check_entitlement_value_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_price_tier_request_body import CreatePriceTierRequestBody
    from ..models.currency_price_request_body import CurrencyPriceRequestBody
    from ..models.warning_tier_request_body import WarningTierRequestBody


T = TypeVar("T", bound="CreateBillingLinkedPlanEntitlementRequestBody")


@_attrs_define
class CreateBillingLinkedPlanEntitlementRequestBody:
    """The `CreateBillingLinkedPlanEntitlementRequestBody` object of the API.

    Attributes:
        billing_provider (BillingProviderType)
        external_resource_id (str)
        feature_id (str)
        plan_id (str)
        value_type (EntitlementValueType)
        billing_product_id (None | str | Unset)
        billing_threshold (int | None | Unset)
        credit_consumption_rate (float | None | Unset)
        currency (None | str | Unset)
        currency_prices (list[CurrencyPriceRequestBody] | None | Unset)
        metric_period (MetricPeriod | None | Unset)
        metric_period_month_reset (MetricPeriodMonthReset | None | Unset)
        monthly_metered_price_id (None | str | Unset)
        monthly_price_tiers (list[CreatePriceTierRequestBody] | None | Unset)
        monthly_unit_price (int | None | Unset)
        monthly_unit_price_decimal (None | str | Unset)
        overage_billing_product_id (None | str | Unset)
        plan_version_id (None | str | Unset)
        price_behavior (EntitlementPriceBehavior | None | Unset)
        price_tiers (list[CreatePriceTierRequestBody] | None | Unset)
        quarterly_metered_price_id (None | str | Unset)
        quarterly_price_tiers (list[CreatePriceTierRequestBody] | None | Unset)
        quarterly_unit_price (int | None | Unset)
        quarterly_unit_price_decimal (None | str | Unset)
        soft_limit (int | None | Unset)
        tier_mode (BillingTiersMode | None | Unset)
        usage_quantity (int | None | Unset)
        value_bool (bool | None | Unset)
        value_credit_id (None | str | Unset)
        value_numeric (int | None | Unset)
        value_trait_id (None | str | Unset)
        warning_tiers (list[WarningTierRequestBody] | None | Unset)
        yearly_metered_price_id (None | str | Unset)
        yearly_price_tiers (list[CreatePriceTierRequestBody] | None | Unset)
        yearly_unit_price (int | None | Unset)
        yearly_unit_price_decimal (None | str | Unset)
    """

    billing_provider: BillingProviderType

    external_resource_id: str

    feature_id: str

    plan_id: str

    value_type: EntitlementValueType

    billing_product_id: None | str | Unset = UNSET

    billing_threshold: int | None | Unset = UNSET

    credit_consumption_rate: float | None | Unset = UNSET

    currency: None | str | Unset = UNSET

    currency_prices: list[CurrencyPriceRequestBody] | None | Unset = UNSET

    metric_period: MetricPeriod | None | Unset = UNSET

    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    monthly_metered_price_id: None | str | Unset = UNSET

    monthly_price_tiers: list[CreatePriceTierRequestBody] | None | Unset = UNSET

    monthly_unit_price: int | None | Unset = UNSET

    monthly_unit_price_decimal: None | str | Unset = UNSET

    overage_billing_product_id: None | str | Unset = UNSET

    plan_version_id: None | str | Unset = UNSET

    price_behavior: EntitlementPriceBehavior | None | Unset = UNSET

    price_tiers: list[CreatePriceTierRequestBody] | None | Unset = UNSET

    quarterly_metered_price_id: None | str | Unset = UNSET

    quarterly_price_tiers: list[CreatePriceTierRequestBody] | None | Unset = UNSET

    quarterly_unit_price: int | None | Unset = UNSET

    quarterly_unit_price_decimal: None | str | Unset = UNSET

    soft_limit: int | None | Unset = UNSET

    tier_mode: BillingTiersMode | None | Unset = UNSET

    usage_quantity: int | None | Unset = UNSET

    value_bool: bool | None | Unset = UNSET

    value_credit_id: None | str | Unset = UNSET

    value_numeric: int | None | Unset = UNSET

    value_trait_id: None | str | Unset = UNSET

    warning_tiers: list[WarningTierRequestBody] | None | Unset = UNSET

    yearly_metered_price_id: None | str | Unset = UNSET

    yearly_price_tiers: list[CreatePriceTierRequestBody] | None | Unset = UNSET

    yearly_unit_price: int | None | Unset = UNSET

    yearly_unit_price_decimal: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_provider: str = self.billing_provider

        external_resource_id = self.external_resource_id

        feature_id = self.feature_id

        plan_id = self.plan_id

        value_type: str = self.value_type

        billing_product_id: None | str | Unset
        if isinstance(self.billing_product_id, Unset):
            billing_product_id = UNSET
        else:
            billing_product_id = self.billing_product_id

        billing_threshold: int | None | Unset
        if isinstance(self.billing_threshold, Unset):
            billing_threshold = UNSET
        else:
            billing_threshold = self.billing_threshold

        credit_consumption_rate: float | None | Unset
        if isinstance(self.credit_consumption_rate, Unset):
            credit_consumption_rate = UNSET
        else:
            credit_consumption_rate = self.credit_consumption_rate

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        currency_prices: list[dict[str, Any]] | None | Unset
        if isinstance(self.currency_prices, Unset):
            currency_prices = UNSET
        elif isinstance(self.currency_prices, list):
            currency_prices = []
            for currency_prices_type_0_item_data in self.currency_prices:
                currency_prices_type_0_item = currency_prices_type_0_item_data.to_dict()
                currency_prices.append(currency_prices_type_0_item)

        else:
            currency_prices = self.currency_prices

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

        monthly_metered_price_id: None | str | Unset
        if isinstance(self.monthly_metered_price_id, Unset):
            monthly_metered_price_id = UNSET
        else:
            monthly_metered_price_id = self.monthly_metered_price_id

        monthly_price_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.monthly_price_tiers, Unset):
            monthly_price_tiers = UNSET
        elif isinstance(self.monthly_price_tiers, list):
            monthly_price_tiers = []
            for monthly_price_tiers_type_0_item_data in self.monthly_price_tiers:
                monthly_price_tiers_type_0_item = monthly_price_tiers_type_0_item_data.to_dict()
                monthly_price_tiers.append(monthly_price_tiers_type_0_item)

        else:
            monthly_price_tiers = self.monthly_price_tiers

        monthly_unit_price: int | None | Unset
        if isinstance(self.monthly_unit_price, Unset):
            monthly_unit_price = UNSET
        else:
            monthly_unit_price = self.monthly_unit_price

        monthly_unit_price_decimal: None | str | Unset
        if isinstance(self.monthly_unit_price_decimal, Unset):
            monthly_unit_price_decimal = UNSET
        else:
            monthly_unit_price_decimal = self.monthly_unit_price_decimal

        overage_billing_product_id: None | str | Unset
        if isinstance(self.overage_billing_product_id, Unset):
            overage_billing_product_id = UNSET
        else:
            overage_billing_product_id = self.overage_billing_product_id

        plan_version_id: None | str | Unset
        if isinstance(self.plan_version_id, Unset):
            plan_version_id = UNSET
        else:
            plan_version_id = self.plan_version_id

        price_behavior: None | str | Unset
        if isinstance(self.price_behavior, Unset):
            price_behavior = UNSET
        elif isinstance(self.price_behavior, str):
            price_behavior = self.price_behavior
        else:
            price_behavior = self.price_behavior

        price_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.price_tiers, Unset):
            price_tiers = UNSET
        elif isinstance(self.price_tiers, list):
            price_tiers = []
            for price_tiers_type_0_item_data in self.price_tiers:
                price_tiers_type_0_item = price_tiers_type_0_item_data.to_dict()
                price_tiers.append(price_tiers_type_0_item)

        else:
            price_tiers = self.price_tiers

        quarterly_metered_price_id: None | str | Unset
        if isinstance(self.quarterly_metered_price_id, Unset):
            quarterly_metered_price_id = UNSET
        else:
            quarterly_metered_price_id = self.quarterly_metered_price_id

        quarterly_price_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.quarterly_price_tiers, Unset):
            quarterly_price_tiers = UNSET
        elif isinstance(self.quarterly_price_tiers, list):
            quarterly_price_tiers = []
            for quarterly_price_tiers_type_0_item_data in self.quarterly_price_tiers:
                quarterly_price_tiers_type_0_item = quarterly_price_tiers_type_0_item_data.to_dict()
                quarterly_price_tiers.append(quarterly_price_tiers_type_0_item)

        else:
            quarterly_price_tiers = self.quarterly_price_tiers

        quarterly_unit_price: int | None | Unset
        if isinstance(self.quarterly_unit_price, Unset):
            quarterly_unit_price = UNSET
        else:
            quarterly_unit_price = self.quarterly_unit_price

        quarterly_unit_price_decimal: None | str | Unset
        if isinstance(self.quarterly_unit_price_decimal, Unset):
            quarterly_unit_price_decimal = UNSET
        else:
            quarterly_unit_price_decimal = self.quarterly_unit_price_decimal

        soft_limit: int | None | Unset
        if isinstance(self.soft_limit, Unset):
            soft_limit = UNSET
        else:
            soft_limit = self.soft_limit

        tier_mode: None | str | Unset
        if isinstance(self.tier_mode, Unset):
            tier_mode = UNSET
        elif isinstance(self.tier_mode, str):
            tier_mode = self.tier_mode
        else:
            tier_mode = self.tier_mode

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

        warning_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.warning_tiers, Unset):
            warning_tiers = UNSET
        elif isinstance(self.warning_tiers, list):
            warning_tiers = []
            for warning_tiers_type_0_item_data in self.warning_tiers:
                warning_tiers_type_0_item = warning_tiers_type_0_item_data.to_dict()
                warning_tiers.append(warning_tiers_type_0_item)

        else:
            warning_tiers = self.warning_tiers

        yearly_metered_price_id: None | str | Unset
        if isinstance(self.yearly_metered_price_id, Unset):
            yearly_metered_price_id = UNSET
        else:
            yearly_metered_price_id = self.yearly_metered_price_id

        yearly_price_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.yearly_price_tiers, Unset):
            yearly_price_tiers = UNSET
        elif isinstance(self.yearly_price_tiers, list):
            yearly_price_tiers = []
            for yearly_price_tiers_type_0_item_data in self.yearly_price_tiers:
                yearly_price_tiers_type_0_item = yearly_price_tiers_type_0_item_data.to_dict()
                yearly_price_tiers.append(yearly_price_tiers_type_0_item)

        else:
            yearly_price_tiers = self.yearly_price_tiers

        yearly_unit_price: int | None | Unset
        if isinstance(self.yearly_unit_price, Unset):
            yearly_unit_price = UNSET
        else:
            yearly_unit_price = self.yearly_unit_price

        yearly_unit_price_decimal: None | str | Unset
        if isinstance(self.yearly_unit_price_decimal, Unset):
            yearly_unit_price_decimal = UNSET
        else:
            yearly_unit_price_decimal = self.yearly_unit_price_decimal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_provider": billing_provider,
                "external_resource_id": external_resource_id,
                "feature_id": feature_id,
                "plan_id": plan_id,
                "value_type": value_type,
            }
        )
        if billing_product_id is not UNSET:
            field_dict["billing_product_id"] = billing_product_id
        if billing_threshold is not UNSET:
            field_dict["billing_threshold"] = billing_threshold
        if credit_consumption_rate is not UNSET:
            field_dict["credit_consumption_rate"] = credit_consumption_rate
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_prices is not UNSET:
            field_dict["currency_prices"] = currency_prices
        if metric_period is not UNSET:
            field_dict["metric_period"] = metric_period
        if metric_period_month_reset is not UNSET:
            field_dict["metric_period_month_reset"] = metric_period_month_reset
        if monthly_metered_price_id is not UNSET:
            field_dict["monthly_metered_price_id"] = monthly_metered_price_id
        if monthly_price_tiers is not UNSET:
            field_dict["monthly_price_tiers"] = monthly_price_tiers
        if monthly_unit_price is not UNSET:
            field_dict["monthly_unit_price"] = monthly_unit_price
        if monthly_unit_price_decimal is not UNSET:
            field_dict["monthly_unit_price_decimal"] = monthly_unit_price_decimal
        if overage_billing_product_id is not UNSET:
            field_dict["overage_billing_product_id"] = overage_billing_product_id
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id
        if price_behavior is not UNSET:
            field_dict["price_behavior"] = price_behavior
        if price_tiers is not UNSET:
            field_dict["price_tiers"] = price_tiers
        if quarterly_metered_price_id is not UNSET:
            field_dict["quarterly_metered_price_id"] = quarterly_metered_price_id
        if quarterly_price_tiers is not UNSET:
            field_dict["quarterly_price_tiers"] = quarterly_price_tiers
        if quarterly_unit_price is not UNSET:
            field_dict["quarterly_unit_price"] = quarterly_unit_price
        if quarterly_unit_price_decimal is not UNSET:
            field_dict["quarterly_unit_price_decimal"] = quarterly_unit_price_decimal
        if soft_limit is not UNSET:
            field_dict["soft_limit"] = soft_limit
        if tier_mode is not UNSET:
            field_dict["tier_mode"] = tier_mode
        if usage_quantity is not UNSET:
            field_dict["usage_quantity"] = usage_quantity
        if value_bool is not UNSET:
            field_dict["value_bool"] = value_bool
        if value_credit_id is not UNSET:
            field_dict["value_credit_id"] = value_credit_id
        if value_numeric is not UNSET:
            field_dict["value_numeric"] = value_numeric
        if value_trait_id is not UNSET:
            field_dict["value_trait_id"] = value_trait_id
        if warning_tiers is not UNSET:
            field_dict["warning_tiers"] = warning_tiers
        if yearly_metered_price_id is not UNSET:
            field_dict["yearly_metered_price_id"] = yearly_metered_price_id
        if yearly_price_tiers is not UNSET:
            field_dict["yearly_price_tiers"] = yearly_price_tiers
        if yearly_unit_price is not UNSET:
            field_dict["yearly_unit_price"] = yearly_unit_price
        if yearly_unit_price_decimal is not UNSET:
            field_dict["yearly_unit_price_decimal"] = yearly_unit_price_decimal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_price_tier_request_body import CreatePriceTierRequestBody  # noqa: PLC0415
        from ..models.currency_price_request_body import CurrencyPriceRequestBody  # noqa: PLC0415
        from ..models.warning_tier_request_body import WarningTierRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        billing_provider = check_billing_provider_type(d.pop("billing_provider"))

        external_resource_id = d.pop("external_resource_id")

        feature_id = d.pop("feature_id")

        plan_id = d.pop("plan_id")

        value_type = check_entitlement_value_type(d.pop("value_type"))

        def _parse_billing_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_product_id = _parse_billing_product_id(d.pop("billing_product_id", UNSET))

        def _parse_billing_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_threshold = _parse_billing_threshold(d.pop("billing_threshold", UNSET))

        def _parse_credit_consumption_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_consumption_rate = _parse_credit_consumption_rate(d.pop("credit_consumption_rate", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_currency_prices(data: object) -> list[CurrencyPriceRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                currency_prices_type_0 = []
                _currency_prices_type_0 = data
                for currency_prices_type_0_item_data in _currency_prices_type_0:
                    currency_prices_type_0_item = CurrencyPriceRequestBody.from_dict(currency_prices_type_0_item_data)

                    currency_prices_type_0.append(currency_prices_type_0_item)

                return currency_prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CurrencyPriceRequestBody] | None | Unset, data)

        currency_prices = _parse_currency_prices(d.pop("currency_prices", UNSET))

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

        def _parse_monthly_metered_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monthly_metered_price_id = _parse_monthly_metered_price_id(d.pop("monthly_metered_price_id", UNSET))

        def _parse_monthly_price_tiers(data: object) -> list[CreatePriceTierRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                monthly_price_tiers_type_0 = []
                _monthly_price_tiers_type_0 = data
                for monthly_price_tiers_type_0_item_data in _monthly_price_tiers_type_0:
                    monthly_price_tiers_type_0_item = CreatePriceTierRequestBody.from_dict(
                        monthly_price_tiers_type_0_item_data
                    )

                    monthly_price_tiers_type_0.append(monthly_price_tiers_type_0_item)

                return monthly_price_tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreatePriceTierRequestBody] | None | Unset, data)

        monthly_price_tiers = _parse_monthly_price_tiers(d.pop("monthly_price_tiers", UNSET))

        def _parse_monthly_unit_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_unit_price = _parse_monthly_unit_price(d.pop("monthly_unit_price", UNSET))

        def _parse_monthly_unit_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monthly_unit_price_decimal = _parse_monthly_unit_price_decimal(d.pop("monthly_unit_price_decimal", UNSET))

        def _parse_overage_billing_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overage_billing_product_id = _parse_overage_billing_product_id(d.pop("overage_billing_product_id", UNSET))

        def _parse_plan_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_version_id = _parse_plan_version_id(d.pop("plan_version_id", UNSET))

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

        def _parse_price_tiers(data: object) -> list[CreatePriceTierRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                price_tiers_type_0 = []
                _price_tiers_type_0 = data
                for price_tiers_type_0_item_data in _price_tiers_type_0:
                    price_tiers_type_0_item = CreatePriceTierRequestBody.from_dict(price_tiers_type_0_item_data)

                    price_tiers_type_0.append(price_tiers_type_0_item)

                return price_tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreatePriceTierRequestBody] | None | Unset, data)

        price_tiers = _parse_price_tiers(d.pop("price_tiers", UNSET))

        def _parse_quarterly_metered_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quarterly_metered_price_id = _parse_quarterly_metered_price_id(d.pop("quarterly_metered_price_id", UNSET))

        def _parse_quarterly_price_tiers(data: object) -> list[CreatePriceTierRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quarterly_price_tiers_type_0 = []
                _quarterly_price_tiers_type_0 = data
                for quarterly_price_tiers_type_0_item_data in _quarterly_price_tiers_type_0:
                    quarterly_price_tiers_type_0_item = CreatePriceTierRequestBody.from_dict(
                        quarterly_price_tiers_type_0_item_data
                    )

                    quarterly_price_tiers_type_0.append(quarterly_price_tiers_type_0_item)

                return quarterly_price_tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreatePriceTierRequestBody] | None | Unset, data)

        quarterly_price_tiers = _parse_quarterly_price_tiers(d.pop("quarterly_price_tiers", UNSET))

        def _parse_quarterly_unit_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quarterly_unit_price = _parse_quarterly_unit_price(d.pop("quarterly_unit_price", UNSET))

        def _parse_quarterly_unit_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quarterly_unit_price_decimal = _parse_quarterly_unit_price_decimal(d.pop("quarterly_unit_price_decimal", UNSET))

        def _parse_soft_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        soft_limit = _parse_soft_limit(d.pop("soft_limit", UNSET))

        def _parse_tier_mode(data: object) -> BillingTiersMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_tiers_mode(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingTiersMode | None | Unset, data)

        tier_mode = _parse_tier_mode(d.pop("tier_mode", UNSET))

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

        def _parse_warning_tiers(data: object) -> list[WarningTierRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                warning_tiers_type_0 = []
                _warning_tiers_type_0 = data
                for warning_tiers_type_0_item_data in _warning_tiers_type_0:
                    warning_tiers_type_0_item = WarningTierRequestBody.from_dict(warning_tiers_type_0_item_data)

                    warning_tiers_type_0.append(warning_tiers_type_0_item)

                return warning_tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WarningTierRequestBody] | None | Unset, data)

        warning_tiers = _parse_warning_tiers(d.pop("warning_tiers", UNSET))

        def _parse_yearly_metered_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yearly_metered_price_id = _parse_yearly_metered_price_id(d.pop("yearly_metered_price_id", UNSET))

        def _parse_yearly_price_tiers(data: object) -> list[CreatePriceTierRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                yearly_price_tiers_type_0 = []
                _yearly_price_tiers_type_0 = data
                for yearly_price_tiers_type_0_item_data in _yearly_price_tiers_type_0:
                    yearly_price_tiers_type_0_item = CreatePriceTierRequestBody.from_dict(
                        yearly_price_tiers_type_0_item_data
                    )

                    yearly_price_tiers_type_0.append(yearly_price_tiers_type_0_item)

                return yearly_price_tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreatePriceTierRequestBody] | None | Unset, data)

        yearly_price_tiers = _parse_yearly_price_tiers(d.pop("yearly_price_tiers", UNSET))

        def _parse_yearly_unit_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        yearly_unit_price = _parse_yearly_unit_price(d.pop("yearly_unit_price", UNSET))

        def _parse_yearly_unit_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yearly_unit_price_decimal = _parse_yearly_unit_price_decimal(d.pop("yearly_unit_price_decimal", UNSET))

        create_billing_linked_plan_entitlement_request_body = cls(
            billing_provider=billing_provider,
            external_resource_id=external_resource_id,
            feature_id=feature_id,
            plan_id=plan_id,
            value_type=value_type,
            billing_product_id=billing_product_id,
            billing_threshold=billing_threshold,
            credit_consumption_rate=credit_consumption_rate,
            currency=currency,
            currency_prices=currency_prices,
            metric_period=metric_period,
            metric_period_month_reset=metric_period_month_reset,
            monthly_metered_price_id=monthly_metered_price_id,
            monthly_price_tiers=monthly_price_tiers,
            monthly_unit_price=monthly_unit_price,
            monthly_unit_price_decimal=monthly_unit_price_decimal,
            overage_billing_product_id=overage_billing_product_id,
            plan_version_id=plan_version_id,
            price_behavior=price_behavior,
            price_tiers=price_tiers,
            quarterly_metered_price_id=quarterly_metered_price_id,
            quarterly_price_tiers=quarterly_price_tiers,
            quarterly_unit_price=quarterly_unit_price,
            quarterly_unit_price_decimal=quarterly_unit_price_decimal,
            soft_limit=soft_limit,
            tier_mode=tier_mode,
            usage_quantity=usage_quantity,
            value_bool=value_bool,
            value_credit_id=value_credit_id,
            value_numeric=value_numeric,
            value_trait_id=value_trait_id,
            warning_tiers=warning_tiers,
            yearly_metered_price_id=yearly_metered_price_id,
            yearly_price_tiers=yearly_price_tiers,
            yearly_unit_price=yearly_unit_price,
            yearly_unit_price_decimal=yearly_unit_price_decimal,
        )

        create_billing_linked_plan_entitlement_request_body.additional_properties = d
        return create_billing_linked_plan_entitlement_request_body

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
