from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_subscription_view import BillingSubscriptionView
    from ..models.company_detail_response_data_billing_credit_balances_type_0 import (
        CompanyDetailResponseDataBillingCreditBalancesType0,
    )
    from ..models.company_detail_response_data_traits import CompanyDetailResponseDataTraits
    from ..models.company_event_period_metrics_response_data import CompanyEventPeriodMetricsResponseData
    from ..models.company_plan_with_billing_sub_view import CompanyPlanWithBillingSubView
    from ..models.custom_plan_billing_response_data import CustomPlanBillingResponseData
    from ..models.entity_key_detail_response_data import EntityKeyDetailResponseData
    from ..models.entity_trait_detail_response_data import EntityTraitDetailResponseData
    from ..models.feature_entitlement import FeatureEntitlement
    from ..models.generic_preview_object import GenericPreviewObject
    from ..models.payment_method_response_data import PaymentMethodResponseData
    from ..models.rule import Rule
    from ..models.scheduled_downgrade_response_data import ScheduledDowngradeResponseData


T = TypeVar("T", bound="CompanyDetailResponseData")


def _convert_add_ons(
    value: list[CompanyPlanWithBillingSubView] | Sequence[CompanyPlanWithBillingSubView | Mapping[str, Any]],
) -> list[CompanyPlanWithBillingSubView]:
    return cast(
        "list[CompanyPlanWithBillingSubView]",
        as_model_list(value, ".company_plan_with_billing_sub_view", "CompanyPlanWithBillingSubView", __package__),
    )


def _convert_billing_subscriptions(
    value: list[BillingSubscriptionView] | Sequence[BillingSubscriptionView | Mapping[str, Any]],
) -> list[BillingSubscriptionView]:
    return cast(
        "list[BillingSubscriptionView]",
        as_model_list(value, ".billing_subscription_view", "BillingSubscriptionView", __package__),
    )


def _convert_custom_plan_billings(
    value: list[CustomPlanBillingResponseData] | Sequence[CustomPlanBillingResponseData | Mapping[str, Any]],
) -> list[CustomPlanBillingResponseData]:
    return cast(
        "list[CustomPlanBillingResponseData]",
        as_model_list(value, ".custom_plan_billing_response_data", "CustomPlanBillingResponseData", __package__),
    )


def _convert_entitlements(
    value: list[FeatureEntitlement] | Sequence[FeatureEntitlement | Mapping[str, Any]],
) -> list[FeatureEntitlement]:
    return cast(
        "list[FeatureEntitlement]", as_model_list(value, ".feature_entitlement", "FeatureEntitlement", __package__)
    )


def _convert_entity_traits(
    value: list[EntityTraitDetailResponseData] | Sequence[EntityTraitDetailResponseData | Mapping[str, Any]],
) -> list[EntityTraitDetailResponseData]:
    return cast(
        "list[EntityTraitDetailResponseData]",
        as_model_list(value, ".entity_trait_detail_response_data", "EntityTraitDetailResponseData", __package__),
    )


def _convert_keys(
    value: list[EntityKeyDetailResponseData] | Sequence[EntityKeyDetailResponseData | Mapping[str, Any]],
) -> list[EntityKeyDetailResponseData]:
    return cast(
        "list[EntityKeyDetailResponseData]",
        as_model_list(value, ".entity_key_detail_response_data", "EntityKeyDetailResponseData", __package__),
    )


def _convert_metrics(
    value: list[CompanyEventPeriodMetricsResponseData]
    | Sequence[CompanyEventPeriodMetricsResponseData | Mapping[str, Any]],
) -> list[CompanyEventPeriodMetricsResponseData]:
    return cast(
        "list[CompanyEventPeriodMetricsResponseData]",
        as_model_list(
            value, ".company_event_period_metrics_response_data", "CompanyEventPeriodMetricsResponseData", __package__
        ),
    )


def _convert_payment_methods(
    value: list[PaymentMethodResponseData] | Sequence[PaymentMethodResponseData | Mapping[str, Any]],
) -> list[PaymentMethodResponseData]:
    return cast(
        "list[PaymentMethodResponseData]",
        as_model_list(value, ".payment_method_response_data", "PaymentMethodResponseData", __package__),
    )


def _convert_plans(
    value: list[GenericPreviewObject] | Sequence[GenericPreviewObject | Mapping[str, Any]],
) -> list[GenericPreviewObject]:
    return cast(
        "list[GenericPreviewObject]",
        as_model_list(value, ".generic_preview_object", "GenericPreviewObject", __package__),
    )


def _convert_rules(value: list[Rule] | Sequence[Rule | Mapping[str, Any]]) -> list[Rule]:
    return cast("list[Rule]", as_model_list(value, ".rule", "Rule", __package__))


def _convert_billing_credit_balances(
    value: CompanyDetailResponseDataBillingCreditBalancesType0 | None | Unset | Mapping[str, Any],
) -> CompanyDetailResponseDataBillingCreditBalancesType0 | None | Unset:
    return cast(
        "CompanyDetailResponseDataBillingCreditBalancesType0 | None | Unset",
        as_model(
            value,
            ".company_detail_response_data_billing_credit_balances_type_0",
            "CompanyDetailResponseDataBillingCreditBalancesType0",
            __package__,
        ),
    )


def _convert_billing_subscription(
    value: BillingSubscriptionView | Unset | Mapping[str, Any],
) -> BillingSubscriptionView | Unset:
    return cast(
        "BillingSubscriptionView | Unset",
        as_model(value, ".billing_subscription_view", "BillingSubscriptionView", __package__),
    )


def _convert_default_payment_method(
    value: PaymentMethodResponseData | Unset | Mapping[str, Any],
) -> PaymentMethodResponseData | Unset:
    return cast(
        "PaymentMethodResponseData | Unset",
        as_model(value, ".payment_method_response_data", "PaymentMethodResponseData", __package__),
    )


def _convert_plan(
    value: CompanyPlanWithBillingSubView | Unset | Mapping[str, Any],
) -> CompanyPlanWithBillingSubView | Unset:
    return cast(
        "CompanyPlanWithBillingSubView | Unset",
        as_model(value, ".company_plan_with_billing_sub_view", "CompanyPlanWithBillingSubView", __package__),
    )


def _convert_scheduled_downgrade(
    value: ScheduledDowngradeResponseData | Unset | Mapping[str, Any],
) -> ScheduledDowngradeResponseData | Unset:
    return cast(
        "ScheduledDowngradeResponseData | Unset",
        as_model(value, ".scheduled_downgrade_response_data", "ScheduledDowngradeResponseData", __package__),
    )


def _convert_traits(
    value: CompanyDetailResponseDataTraits | Unset | Mapping[str, Any],
) -> CompanyDetailResponseDataTraits | Unset:
    return cast(
        "CompanyDetailResponseDataTraits | Unset",
        as_model(value, ".company_detail_response_data_traits", "CompanyDetailResponseDataTraits", __package__),
    )


@_attrs_define
class CompanyDetailResponseData:
    """A company with its keys, traits, entitlements, metrics, plans and billing

    Attributes:
        add_ons (list[CompanyPlanWithBillingSubView])
        billing_subscriptions (list[BillingSubscriptionView])
        created_at (datetime.datetime)
        custom_plan_billings (list[CustomPlanBillingResponseData])
        entitlements (list[FeatureEntitlement])
        entity_traits (list[EntityTraitDetailResponseData])
        environment_id (str)
        id (str)
        keys (list[EntityKeyDetailResponseData])
        metrics (list[CompanyEventPeriodMetricsResponseData])
        name (str)
        payment_methods (list[PaymentMethodResponseData])
        plans (list[GenericPreviewObject])
        rules (list[Rule])
        updated_at (datetime.datetime)
        user_count (int)
        billing_credit_balances (CompanyDetailResponseDataBillingCreditBalancesType0 | None | Unset)
        billing_subscription (BillingSubscriptionView | Unset)
        default_payment_method (PaymentMethodResponseData | Unset)
        last_seen_at (datetime.datetime | None | Unset)
        logo_url (None | str | Unset)
        plan (CompanyPlanWithBillingSubView | Unset)
        scheduled_downgrade (ScheduledDowngradeResponseData | Unset)
        traits (CompanyDetailResponseDataTraits | Unset)
    """

    add_ons: list[CompanyPlanWithBillingSubView] = _attrs_field(converter=_convert_add_ons)

    billing_subscriptions: list[BillingSubscriptionView] = _attrs_field(converter=_convert_billing_subscriptions)

    created_at: datetime.datetime

    custom_plan_billings: list[CustomPlanBillingResponseData] = _attrs_field(converter=_convert_custom_plan_billings)

    entitlements: list[FeatureEntitlement] = _attrs_field(converter=_convert_entitlements)

    entity_traits: list[EntityTraitDetailResponseData] = _attrs_field(converter=_convert_entity_traits)

    environment_id: str

    id: str

    keys: list[EntityKeyDetailResponseData] = _attrs_field(converter=_convert_keys)

    metrics: list[CompanyEventPeriodMetricsResponseData] = _attrs_field(converter=_convert_metrics)

    name: str

    payment_methods: list[PaymentMethodResponseData] = _attrs_field(converter=_convert_payment_methods)

    plans: list[GenericPreviewObject] = _attrs_field(converter=_convert_plans)

    rules: list[Rule] = _attrs_field(converter=_convert_rules)

    updated_at: datetime.datetime

    user_count: int

    billing_credit_balances: CompanyDetailResponseDataBillingCreditBalancesType0 | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_billing_credit_balances
    )

    billing_subscription: BillingSubscriptionView | Unset = _attrs_field(
        default=UNSET, converter=_convert_billing_subscription
    )

    default_payment_method: PaymentMethodResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_default_payment_method
    )

    last_seen_at: datetime.datetime | None | Unset = UNSET

    logo_url: None | str | Unset = UNSET

    plan: CompanyPlanWithBillingSubView | Unset = _attrs_field(default=UNSET, converter=_convert_plan)

    scheduled_downgrade: ScheduledDowngradeResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_scheduled_downgrade
    )

    traits: CompanyDetailResponseDataTraits | Unset = _attrs_field(default=UNSET, converter=_convert_traits)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.company_detail_response_data_billing_credit_balances_type_0 import (
            CompanyDetailResponseDataBillingCreditBalancesType0,  # noqa: PLC0415
        )

        add_ons = []
        for add_ons_item_data in self.add_ons:
            add_ons_item = add_ons_item_data.to_dict()
            add_ons.append(add_ons_item)

        billing_subscriptions = []
        for billing_subscriptions_item_data in self.billing_subscriptions:
            billing_subscriptions_item = billing_subscriptions_item_data.to_dict()
            billing_subscriptions.append(billing_subscriptions_item)

        created_at = self.created_at.isoformat()

        custom_plan_billings = []
        for custom_plan_billings_item_data in self.custom_plan_billings:
            custom_plan_billings_item = custom_plan_billings_item_data.to_dict()
            custom_plan_billings.append(custom_plan_billings_item)

        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        entity_traits = []
        for entity_traits_item_data in self.entity_traits:
            entity_traits_item = entity_traits_item_data.to_dict()
            entity_traits.append(entity_traits_item)

        environment_id = self.environment_id

        id = self.id

        keys = []
        for keys_item_data in self.keys:
            keys_item = keys_item_data.to_dict()
            keys.append(keys_item)

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        name = self.name

        payment_methods = []
        for payment_methods_item_data in self.payment_methods:
            payment_methods_item = payment_methods_item_data.to_dict()
            payment_methods.append(payment_methods_item)

        plans = []
        for plans_item_data in self.plans:
            plans_item = plans_item_data.to_dict()
            plans.append(plans_item)

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        updated_at = self.updated_at.isoformat()

        user_count = self.user_count

        billing_credit_balances: dict[str, Any] | None | Unset
        if isinstance(self.billing_credit_balances, Unset):
            billing_credit_balances = UNSET
        elif isinstance(self.billing_credit_balances, CompanyDetailResponseDataBillingCreditBalancesType0):
            billing_credit_balances = self.billing_credit_balances.to_dict()
        else:
            billing_credit_balances = self.billing_credit_balances

        billing_subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_subscription, Unset):
            billing_subscription = self.billing_subscription.to_dict()

        default_payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_payment_method, Unset):
            default_payment_method = self.default_payment_method.to_dict()

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        scheduled_downgrade: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_downgrade, Unset):
            scheduled_downgrade = self.scheduled_downgrade.to_dict()

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_ons": add_ons,
                "billing_subscriptions": billing_subscriptions,
                "created_at": created_at,
                "custom_plan_billings": custom_plan_billings,
                "entitlements": entitlements,
                "entity_traits": entity_traits,
                "environment_id": environment_id,
                "id": id,
                "keys": keys,
                "metrics": metrics,
                "name": name,
                "payment_methods": payment_methods,
                "plans": plans,
                "rules": rules,
                "updated_at": updated_at,
                "user_count": user_count,
            }
        )
        if billing_credit_balances is not UNSET:
            field_dict["billing_credit_balances"] = billing_credit_balances
        if billing_subscription is not UNSET:
            field_dict["billing_subscription"] = billing_subscription
        if default_payment_method is not UNSET:
            field_dict["default_payment_method"] = default_payment_method
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if plan is not UNSET:
            field_dict["plan"] = plan
        if scheduled_downgrade is not UNSET:
            field_dict["scheduled_downgrade"] = scheduled_downgrade
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_subscription_view import BillingSubscriptionView  # noqa: PLC0415
        from ..models.company_detail_response_data_billing_credit_balances_type_0 import (
            CompanyDetailResponseDataBillingCreditBalancesType0,  # noqa: PLC0415
        )
        from ..models.company_detail_response_data_traits import CompanyDetailResponseDataTraits  # noqa: PLC0415
        from ..models.company_event_period_metrics_response_data import CompanyEventPeriodMetricsResponseData  # noqa: PLC0415
        from ..models.company_plan_with_billing_sub_view import CompanyPlanWithBillingSubView  # noqa: PLC0415
        from ..models.custom_plan_billing_response_data import CustomPlanBillingResponseData  # noqa: PLC0415
        from ..models.entity_key_detail_response_data import EntityKeyDetailResponseData  # noqa: PLC0415
        from ..models.entity_trait_detail_response_data import EntityTraitDetailResponseData  # noqa: PLC0415
        from ..models.feature_entitlement import FeatureEntitlement  # noqa: PLC0415
        from ..models.generic_preview_object import GenericPreviewObject  # noqa: PLC0415
        from ..models.payment_method_response_data import PaymentMethodResponseData  # noqa: PLC0415
        from ..models.rule import Rule  # noqa: PLC0415
        from ..models.scheduled_downgrade_response_data import ScheduledDowngradeResponseData  # noqa: PLC0415

        d = dict(src_dict)
        add_ons = []
        _add_ons = d.pop("add_ons")
        for add_ons_item_data in _add_ons:
            add_ons_item = CompanyPlanWithBillingSubView.from_dict(add_ons_item_data)

            add_ons.append(add_ons_item)

        billing_subscriptions = []
        _billing_subscriptions = d.pop("billing_subscriptions")
        for billing_subscriptions_item_data in _billing_subscriptions:
            billing_subscriptions_item = BillingSubscriptionView.from_dict(billing_subscriptions_item_data)

            billing_subscriptions.append(billing_subscriptions_item)

        created_at = parse_datetime(d.pop("created_at"))

        custom_plan_billings = []
        _custom_plan_billings = d.pop("custom_plan_billings")
        for custom_plan_billings_item_data in _custom_plan_billings:
            custom_plan_billings_item = CustomPlanBillingResponseData.from_dict(custom_plan_billings_item_data)

            custom_plan_billings.append(custom_plan_billings_item)

        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = FeatureEntitlement.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        entity_traits = []
        _entity_traits = d.pop("entity_traits")
        for entity_traits_item_data in _entity_traits:
            entity_traits_item = EntityTraitDetailResponseData.from_dict(entity_traits_item_data)

            entity_traits.append(entity_traits_item)

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        keys = []
        _keys = d.pop("keys")
        for keys_item_data in _keys:
            keys_item = EntityKeyDetailResponseData.from_dict(keys_item_data)

            keys.append(keys_item)

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = CompanyEventPeriodMetricsResponseData.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        name = d.pop("name")

        payment_methods = []
        _payment_methods = d.pop("payment_methods")
        for payment_methods_item_data in _payment_methods:
            payment_methods_item = PaymentMethodResponseData.from_dict(payment_methods_item_data)

            payment_methods.append(payment_methods_item)

        plans = []
        _plans = d.pop("plans")
        for plans_item_data in _plans:
            plans_item = GenericPreviewObject.from_dict(plans_item_data)

            plans.append(plans_item)

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = Rule.from_dict(rules_item_data)

            rules.append(rules_item)

        updated_at = parse_datetime(d.pop("updated_at"))

        user_count = d.pop("user_count")

        def _parse_billing_credit_balances(
            data: object,
        ) -> CompanyDetailResponseDataBillingCreditBalancesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return CompanyDetailResponseDataBillingCreditBalancesType0.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyDetailResponseDataBillingCreditBalancesType0 | None | Unset, data)

        billing_credit_balances = _parse_billing_credit_balances(d.pop("billing_credit_balances", UNSET))

        _billing_subscription = d.pop("billing_subscription", UNSET)
        billing_subscription: BillingSubscriptionView | Unset
        if isinstance(_billing_subscription, Unset):
            billing_subscription = UNSET
        else:
            billing_subscription = BillingSubscriptionView.from_dict(_billing_subscription)

        _default_payment_method = d.pop("default_payment_method", UNSET)
        default_payment_method: PaymentMethodResponseData | Unset
        if isinstance(_default_payment_method, Unset):
            default_payment_method = UNSET
        else:
            default_payment_method = PaymentMethodResponseData.from_dict(_default_payment_method)

        def _parse_last_seen_at(data: object) -> datetime.datetime | None | Unset:
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

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        _plan = d.pop("plan", UNSET)
        plan: CompanyPlanWithBillingSubView | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = CompanyPlanWithBillingSubView.from_dict(_plan)

        _scheduled_downgrade = d.pop("scheduled_downgrade", UNSET)
        scheduled_downgrade: ScheduledDowngradeResponseData | Unset
        if isinstance(_scheduled_downgrade, Unset):
            scheduled_downgrade = UNSET
        else:
            scheduled_downgrade = ScheduledDowngradeResponseData.from_dict(_scheduled_downgrade)

        _traits = d.pop("traits", UNSET)
        traits: CompanyDetailResponseDataTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = CompanyDetailResponseDataTraits.from_dict(_traits)

        company_detail_response_data = cls(
            add_ons=add_ons,
            billing_subscriptions=billing_subscriptions,
            created_at=created_at,
            custom_plan_billings=custom_plan_billings,
            entitlements=entitlements,
            entity_traits=entity_traits,
            environment_id=environment_id,
            id=id,
            keys=keys,
            metrics=metrics,
            name=name,
            payment_methods=payment_methods,
            plans=plans,
            rules=rules,
            updated_at=updated_at,
            user_count=user_count,
            billing_credit_balances=billing_credit_balances,
            billing_subscription=billing_subscription,
            default_payment_method=default_payment_method,
            last_seen_at=last_seen_at,
            logo_url=logo_url,
            plan=plan,
            scheduled_downgrade=scheduled_downgrade,
            traits=traits,
        )

        company_detail_response_data.additional_properties = d
        return company_detail_response_data

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
