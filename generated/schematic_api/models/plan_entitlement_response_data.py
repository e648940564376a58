from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_price_behavior import EntitlementPriceBehavior, check_entitlement_price_behavior
from ..models.entitlement_value_type import EntitlementValueType, check_entitlement_value_type
from ..models.metric_period import MetricPeriod, check_metric_period
from ..models.metric_period_month_reset import MetricPeriodMonthReset, check_metric_period_month_reset
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_credit_response_data import BillingCreditResponseData
    from ..models.billing_linked_resource_response_data import BillingLinkedResourceResponseData
    from ..models.billing_price_view import BillingPriceView
    from ..models.billing_product_response_data import BillingProductResponseData
    from ..models.entitlement_currency_prices_response_data import EntitlementCurrencyPricesResponseData
    from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData
    from ..models.feature_response_data import FeatureResponseData
    from ..models.plan_response_data import PlanResponseData
    from ..models.warning_tier_response_data import WarningTierResponseData


T = TypeVar("T", bound="PlanEntitlementResponseData")


def _convert_currency_prices(
    value: list[EntitlementCurrencyPricesResponseData]
    | Sequence[EntitlementCurrencyPricesResponseData | Mapping[str, Any]],
) -> list[EntitlementCurrencyPricesResponseData]:
    return cast(
        "list[EntitlementCurrencyPricesResponseData]",
        as_model_list(
            value, ".entitlement_currency_prices_response_data", "EntitlementCurrencyPricesResponseData", __package__
        ),
    )


def _convert_warning_tiers(
    value: list[WarningTierResponseData] | Sequence[WarningTierResponseData | Mapping[str, Any]],
) -> list[WarningTierResponseData]:
    return cast(
        "list[WarningTierResponseData]",
        as_model_list(value, ".warning_tier_response_data", "WarningTierResponseData", __package__),
    )


def _convert_billing_linked_resource(
    value: BillingLinkedResourceResponseData | Unset | Mapping[str, Any],
) -> BillingLinkedResourceResponseData | Unset:
    return cast(
        "BillingLinkedResourceResponseData | Unset",
        as_model(value, ".billing_linked_resource_response_data", "BillingLinkedResourceResponseData", __package__),
    )


def _convert_feature(value: FeatureResponseData | Unset | Mapping[str, Any]) -> FeatureResponseData | Unset:
    return cast(
        "FeatureResponseData | Unset", as_model(value, ".feature_response_data", "FeatureResponseData", __package__)
    )


def _convert_metered_monthly_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_metered_quarterly_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_metered_yearly_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_plan(value: PlanResponseData | Unset | Mapping[str, Any]) -> PlanResponseData | Unset:
    return cast("PlanResponseData | Unset", as_model(value, ".plan_response_data", "PlanResponseData", __package__))


def _convert_usage_based_product(
    value: BillingProductResponseData | Unset | Mapping[str, Any],
) -> BillingProductResponseData | Unset:
    return cast(
        "BillingProductResponseData | Unset",
        as_model(value, ".billing_product_response_data", "BillingProductResponseData", __package__),
    )


def _convert_value_credit(
    value: BillingCreditResponseData | Unset | Mapping[str, Any],
) -> BillingCreditResponseData | Unset:
    return cast(
        "BillingCreditResponseData | Unset",
        as_model(value, ".billing_credit_response_data", "BillingCreditResponseData", __package__),
    )


def _convert_value_trait(
    value: EntityTraitDefinitionResponseData | Unset | Mapping[str, Any],
) -> EntityTraitDefinitionResponseData | Unset:
    return cast(
        "EntityTraitDefinitionResponseData | Unset",
        as_model(value, ".entity_trait_definition_response_data", "EntityTraitDefinitionResponseData", __package__),
    )


@_attrs_define
class PlanEntitlementResponseData:
    """The `PlanEntitlementResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        currency_prices (list[EntitlementCurrencyPricesResponseData])
        environment_id (str)
        feature_id (str)
        id (str)
        plan_id (str)
        rule_id (str)
        updated_at (datetime.datetime)
        value_type (EntitlementValueType)
        warning_tiers (list[WarningTierResponseData])
        billing_linked_resource (BillingLinkedResourceResponseData | Unset)
        billing_threshold (int | None | Unset)
        consumption_rate (float | None | Unset)
        feature (FeatureResponseData | Unset)
        metered_monthly_price (BillingPriceView | Unset)
        metered_quarterly_price (BillingPriceView | Unset)
        metered_yearly_price (BillingPriceView | Unset)
        metric_period (MetricPeriod | None | Unset)
        metric_period_month_reset (MetricPeriodMonthReset | None | Unset)
        plan (PlanResponseData | Unset)
        price_behavior (EntitlementPriceBehavior | None | Unset)
        rule_id_usage_exceeded (None | str | Unset)
        soft_limit (int | None | Unset)
        usage_based_product (BillingProductResponseData | Unset)
        usage_quantity (int | None | Unset)
        value_bool (bool | None | Unset)
        value_credit (BillingCreditResponseData | Unset)
        value_numeric (int | None | Unset)
        value_trait (EntityTraitDefinitionResponseData | Unset)
        value_trait_id (None | str | Unset)
    """

    created_at: datetime.datetime

    currency_prices: list[EntitlementCurrencyPricesResponseData] = _attrs_field(converter=_convert_currency_prices)

    environment_id: str

    feature_id: str

    id: str

    plan_id: str

    rule_id: str

    updated_at: datetime.datetime

    value_type: EntitlementValueType

    warning_tiers: list[WarningTierResponseData] = _attrs_field(converter=_convert_warning_tiers)

    billing_linked_resource: BillingLinkedResourceResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_billing_linked_resource
    )

    billing_threshold: int | None | Unset = UNSET

    consumption_rate: float | None | Unset = UNSET

    feature: FeatureResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_feature)

    metered_monthly_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_metered_monthly_price
    )

    metered_quarterly_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_metered_quarterly_price
    )

    metered_yearly_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_metered_yearly_price
    )

    metric_period: MetricPeriod | None | Unset = UNSET

    metric_period_month_reset: MetricPeriodMonthReset | None | Unset = UNSET

    plan: PlanResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_plan)

    price_behavior: EntitlementPriceBehavior | None | Unset = UNSET

    rule_id_usage_exceeded: None | str | Unset = UNSET

    soft_limit: int | None | Unset = UNSET

    usage_based_product: BillingProductResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_usage_based_product
    )

    usage_quantity: int | None | Unset = UNSET

    value_bool: bool | None | Unset = UNSET

    value_credit: BillingCreditResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_value_credit)

    value_numeric: int | None | Unset = UNSET

    value_trait: EntityTraitDefinitionResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_value_trait)

    value_trait_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        currency_prices = []
        for currency_prices_item_data in self.currency_prices:
            currency_prices_item = currency_prices_item_data.to_dict()
            currency_prices.append(currency_prices_item)

        environment_id = self.environment_id

        feature_id = self.feature_id

        id = self.id

        plan_id = self.plan_id

        rule_id = self.rule_id

        updated_at = self.updated_at.isoformat()

        value_type: str = self.value_type

        warning_tiers = []
        for warning_tiers_item_data in self.warning_tiers:
            warning_tiers_item = warning_tiers_item_data.to_dict()
            warning_tiers.append(warning_tiers_item)

        billing_linked_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_linked_resource, Unset):
            billing_linked_resource = self.billing_linked_resource.to_dict()

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

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        metered_monthly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metered_monthly_price, Unset):
            metered_monthly_price = self.metered_monthly_price.to_dict()

        metered_quarterly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metered_quarterly_price, Unset):
            metered_quarterly_price = self.metered_quarterly_price.to_dict()

        metered_yearly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metered_yearly_price, Unset):
            metered_yearly_price = self.metered_yearly_price.to_dict()

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

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        price_behavior: None | str | Unset
        if isinstance(self.price_behavior, Unset):
            price_behavior = UNSET
        elif isinstance(self.price_behavior, str):
            price_behavior = self.price_behavior
        else:
            price_behavior = self.price_behavior

        rule_id_usage_exceeded: None | str | Unset
        if isinstance(self.rule_id_usage_exceeded, Unset):
            rule_id_usage_exceeded = UNSET
        else:
            rule_id_usage_exceeded = self.rule_id_usage_exceeded

        soft_limit: int | None | Unset
        if isinstance(self.soft_limit, Unset):
            soft_limit = UNSET
        else:
            soft_limit = self.soft_limit

        usage_based_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_based_product, Unset):
            usage_based_product = self.usage_based_product.to_dict()

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

        value_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_credit, Unset):
            value_credit = self.value_credit.to_dict()

        value_numeric: int | None | Unset
        if isinstance(self.value_numeric, Unset):
            value_numeric = UNSET
        else:
            value_numeric = self.value_numeric

        value_trait: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_trait, Unset):
            value_trait = self.value_trait.to_dict()

        value_trait_id: None | str | Unset
        if isinstance(self.value_trait_id, Unset):
            value_trait_id = UNSET
        else:
            value_trait_id = self.value_trait_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "currency_prices": currency_prices,
                "environment_id": environment_id,
                "feature_id": feature_id,
                "id": id,
                "plan_id": plan_id,
                "rule_id": rule_id,
                "updated_at": updated_at,
                "value_type": value_type,
                "warning_tiers": warning_tiers,
            }
        )
        if billing_linked_resource is not UNSET:
            field_dict["billing_linked_resource"] = billing_linked_resource
        if billing_threshold is not UNSET:
            field_dict["billing_threshold"] = billing_threshold
        if consumption_rate is not UNSET:
            field_dict["consumption_rate"] = consumption_rate
        if feature is not UNSET:
            field_dict["feature"] = feature
        if metered_monthly_price is not UNSET:
            field_dict["metered_monthly_price"] = metered_monthly_price
        if metered_quarterly_price is not UNSET:
            field_dict["metered_quarterly_price"] = metered_quarterly_price
        if metered_yearly_price is not UNSET:
            field_dict["metered_yearly_price"] = metered_yearly_price
        if metric_period is not UNSET:
            field_dict["metric_period"] = metric_period
        if metric_period_month_reset is not UNSET:
            field_dict["metric_period_month_reset"] = metric_period_month_reset
        if plan is not UNSET:
            field_dict["plan"] = plan
        if price_behavior is not UNSET:
            field_dict["price_behavior"] = price_behavior
        if rule_id_usage_exceeded is not UNSET:
            field_dict["rule_id_usage_exceeded"] = rule_id_usage_exceeded
        if soft_limit is not UNSET:
            field_dict["soft_limit"] = soft_limit
        if usage_based_product is not UNSET:
            field_dict["usage_based_product"] = usage_based_product
        if usage_quantity is not UNSET:
            field_dict["usage_quantity"] = usage_quantity
        if value_bool is not UNSET:
            field_dict["value_bool"] = value_bool
        if value_credit is not UNSET:
            field_dict["value_credit"] = value_credit
        if value_numeric is not UNSET:
            field_dict["value_numeric"] = value_numeric
        if value_trait is not UNSET:
            field_dict["value_trait"] = value_trait
        if value_trait_id is not UNSET:
            field_dict["value_trait_id"] = value_trait_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_credit_response_data import BillingCreditResponseData  # noqa: PLC0415
        from ..models.billing_linked_resource_response_data import BillingLinkedResourceResponseData  # noqa: PLC0415
        from ..models.billing_price_view import BillingPriceView  # noqa: PLC0415
        from ..models.billing_product_response_data import BillingProductResponseData  # noqa: PLC0415
        from ..models.entitlement_currency_prices_response_data import EntitlementCurrencyPricesResponseData  # noqa: PLC0415
        from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData  # noqa: PLC0415
        from ..models.feature_response_data import FeatureResponseData  # noqa: PLC0415
        from ..models.plan_response_data import PlanResponseData  # noqa: PLC0415
        from ..models.warning_tier_response_data import WarningTierResponseData  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        currency_prices = []
        _currency_prices = d.pop("currency_prices")
        for currency_prices_item_data in _currency_prices:
            currency_prices_item = EntitlementCurrencyPricesResponseData.from_dict(currency_prices_item_data)

            currency_prices.append(currency_prices_item)

        environment_id = d.pop("environment_id")

        feature_id = d.pop("feature_id")

        id = d.pop("id")

        plan_id = d.pop("plan_id")

        rule_id = d.pop("rule_id")

        updated_at = parse_datetime(d.pop("updated_at"))

        value_type = check_entitlement_value_type(d.pop("value_type"))

        warning_tiers = []
        _warning_tiers = d.pop("warning_tiers")
        for warning_tiers_item_data in _warning_tiers:
            warning_tiers_item = WarningTierResponseData.from_dict(warning_tiers_item_data)

            warning_tiers.append(warning_tiers_item)

        _billing_linked_resource = d.pop("billing_linked_resource", UNSET)
        billing_linked_resource: BillingLinkedResourceResponseData | Unset
        if isinstance(_billing_linked_resource, Unset):
            billing_linked_resource = UNSET
        else:
            billing_linked_resource = BillingLinkedResourceResponseData.from_dict(_billing_linked_resource)

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

        _feature = d.pop("feature", UNSET)
        feature: FeatureResponseData | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = FeatureResponseData.from_dict(_feature)

        _metered_monthly_price = d.pop("metered_monthly_price", UNSET)
        metered_monthly_price: BillingPriceView | Unset
        if isinstance(_metered_monthly_price, Unset):
            metered_monthly_price = UNSET
        else:
            metered_monthly_price = BillingPriceView.from_dict(_metered_monthly_price)

        _metered_quarterly_price = d.pop("metered_quarterly_price", UNSET)
        metered_quarterly_price: BillingPriceView | Unset
        if isinstance(_metered_quarterly_price, Unset):
            metered_quarterly_price = UNSET
        else:
            metered_quarterly_price = BillingPriceView.from_dict(_metered_quarterly_price)

        _metered_yearly_price = d.pop("metered_yearly_price", UNSET)
        metered_yearly_price: BillingPriceView | Unset
        if isinstance(_metered_yearly_price, Unset):
            metered_yearly_price = UNSET
        else:
            metered_yearly_price = BillingPriceView.from_dict(_metered_yearly_price)

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

        _plan = d.pop("plan", UNSET)
        plan: PlanResponseData | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = PlanResponseData.from_dict(_plan)

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

        def _parse_rule_id_usage_exceeded(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_id_usage_exceeded = _parse_rule_id_usage_exceeded(d.pop("rule_id_usage_exceeded", UNSET))

        def _parse_soft_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        soft_limit = _parse_soft_limit(d.pop("soft_limit", UNSET))

        _usage_based_product = d.pop("usage_based_product", UNSET)
        usage_based_product: BillingProductResponseData | Unset
        if isinstance(_usage_based_product, Unset):
            usage_based_product = UNSET
        else:
            usage_based_product = BillingProductResponseData.from_dict(_usage_based_product)

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

        _value_credit = d.pop("value_credit", UNSET)
        value_credit: BillingCreditResponseData | Unset
        if isinstance(_value_credit, Unset):
            value_credit = UNSET
        else:
            value_credit = BillingCreditResponseData.from_dict(_value_credit)

        def _parse_value_numeric(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value_numeric = _parse_value_numeric(d.pop("value_numeric", UNSET))

        _value_trait = d.pop("value_trait", UNSET)
        value_trait: EntityTraitDefinitionResponseData | Unset
        if isinstance(_value_trait, Unset):
            value_trait = UNSET
        else:
            value_trait = EntityTraitDefinitionResponseData.from_dict(_value_trait)

        def _parse_value_trait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_trait_id = _parse_value_trait_id(d.pop("value_trait_id", UNSET))

        plan_entitlement_response_data = cls(
            created_at=created_at,
            currency_prices=currency_prices,
            environment_id=environment_id,
            feature_id=feature_id,
            id=id,
            plan_id=plan_id,
            rule_id=rule_id,
            updated_at=updated_at,
            value_type=value_type,
            warning_tiers=warning_tiers,
            billing_linked_resource=billing_linked_resource,
            billing_threshold=billing_threshold,
            consumption_rate=consumption_rate,
            feature=feature,
            metered_monthly_price=metered_monthly_price,
            metered_quarterly_price=metered_quarterly_price,
            metered_yearly_price=metered_yearly_price,
            metric_period=metric_period,
            metric_period_month_reset=metric_period_month_reset,
            plan=plan,
            price_behavior=price_behavior,
            rule_id_usage_exceeded=rule_id_usage_exceeded,
            soft_limit=soft_limit,
            usage_based_product=usage_based_product,
            usage_quantity=usage_quantity,
            value_bool=value_bool,
            value_credit=value_credit,
            value_numeric=value_numeric,
            value_trait=value_trait,
            value_trait_id=value_trait_id,
        )

        plan_entitlement_response_data.additional_properties = d
        return plan_entitlement_response_data

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
