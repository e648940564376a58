from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.rulesengine_company_credit_balances import RulesengineCompanyCreditBalances
    from ..models.rulesengine_company_keys import RulesengineCompanyKeys
    from ..models.rulesengine_company_metric import RulesengineCompanyMetric
    from ..models.rulesengine_feature_entitlement import RulesengineFeatureEntitlement
    from ..models.rulesengine_rule import RulesengineRule
    from ..models.rulesengine_subscription import RulesengineSubscription
    from ..models.rulesengine_trait import RulesengineTrait


T = TypeVar("T", bound="RulesengineCompany")


def _convert_credit_balances(
    value: RulesengineCompanyCreditBalances | Mapping[str, Any],
) -> RulesengineCompanyCreditBalances:
    return cast(
        "RulesengineCompanyCreditBalances",
        as_model(value, ".rulesengine_company_credit_balances", "RulesengineCompanyCreditBalances", __package__),
    )


def _convert_keys(value: RulesengineCompanyKeys | Mapping[str, Any]) -> RulesengineCompanyKeys:
    return cast(
        "RulesengineCompanyKeys", as_model(value, ".rulesengine_company_keys", "RulesengineCompanyKeys", __package__)
    )


def _convert_metrics(
    value: list[RulesengineCompanyMetric] | Sequence[RulesengineCompanyMetric | Mapping[str, Any]],
) -> list[RulesengineCompanyMetric]:
    return cast(
        "list[RulesengineCompanyMetric]",
        as_model_list(value, ".rulesengine_company_metric", "RulesengineCompanyMetric", __package__),
    )


def _convert_rules(
    value: list[RulesengineRule] | Sequence[RulesengineRule | Mapping[str, Any]],
) -> list[RulesengineRule]:
    return cast("list[RulesengineRule]", as_model_list(value, ".rulesengine_rule", "RulesengineRule", __package__))


def _convert_traits(
    value: list[RulesengineTrait] | Sequence[RulesengineTrait | Mapping[str, Any]],
) -> list[RulesengineTrait]:
    return cast("list[RulesengineTrait]", as_model_list(value, ".rulesengine_trait", "RulesengineTrait", __package__))


def _convert_entitlements(
    value: list[RulesengineFeatureEntitlement] | Unset | Sequence[RulesengineFeatureEntitlement | Mapping[str, Any]],
) -> list[RulesengineFeatureEntitlement] | Unset:
    return cast(
        "list[RulesengineFeatureEntitlement] | Unset",
        as_model_list(value, ".rulesengine_feature_entitlement", "RulesengineFeatureEntitlement", __package__),
    )


def _convert_subscription(
    value: RulesengineSubscription | Unset | Mapping[str, Any],
) -> RulesengineSubscription | Unset:
    return cast(
        "RulesengineSubscription | Unset",
        as_model(value, ".rulesengine_subscription", "RulesengineSubscription", __package__),
    )


@_attrs_define
class RulesengineCompany:
    """The `RulesengineCompany` object of the API.

    Attributes:
        account_id (str)
        billing_product_ids (list[str])
        credit_balances (RulesengineCompanyCreditBalances)
        environment_id (str)
        id (str)
        keys (RulesengineCompanyKeys)
        metrics (list[RulesengineCompanyMetric])
        plan_ids (list[str])
        plan_version_ids (list[str])
        rules (list[RulesengineRule])
        traits (list[RulesengineTrait])
        base_plan_id (None | str | Unset)
        entitlements (list[RulesengineFeatureEntitlement] | Unset)
        subscription (RulesengineSubscription | Unset)
    """

    account_id: str

    billing_product_ids: list[str]

    credit_balances: RulesengineCompanyCreditBalances = _attrs_field(converter=_convert_credit_balances)

    environment_id: str

    id: str

    keys: RulesengineCompanyKeys = _attrs_field(converter=_convert_keys)

    metrics: list[RulesengineCompanyMetric] = _attrs_field(converter=_convert_metrics)

    plan_ids: list[str]

    plan_version_ids: list[str]

    rules: list[RulesengineRule] = _attrs_field(converter=_convert_rules)

    traits: list[RulesengineTrait] = _attrs_field(converter=_convert_traits)

    base_plan_id: None | str | Unset = UNSET

    entitlements: list[RulesengineFeatureEntitlement] | Unset = _attrs_field(
        default=UNSET, converter=_convert_entitlements
    )

    subscription: RulesengineSubscription | Unset = _attrs_field(default=UNSET, converter=_convert_subscription)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        billing_product_ids = self.billing_product_ids

        credit_balances = self.credit_balances.to_dict()

        environment_id = self.environment_id

        id = self.id

        keys = self.keys.to_dict()

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        plan_ids = self.plan_ids

        plan_version_ids = self.plan_version_ids

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        traits = []
        for traits_item_data in self.traits:
            traits_item = traits_item_data.to_dict()
            traits.append(traits_item)

        base_plan_id: None | str | Unset
        if isinstance(self.base_plan_id, Unset):
            base_plan_id = UNSET
        else:
            base_plan_id = self.base_plan_id

        entitlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = []
            for entitlements_item_data in self.entitlements:
                entitlements_item = entitlements_item_data.to_dict()
                entitlements.append(entitlements_item)

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "billing_product_ids": billing_product_ids,
                "credit_balances": credit_balances,
                "environment_id": environment_id,
                "id": id,
                "keys": keys,
                "metrics": metrics,
                "plan_ids": plan_ids,
                "plan_version_ids": plan_version_ids,
                "rules": rules,
                "traits": traits,
            }
        )
        if base_plan_id is not UNSET:
            field_dict["base_plan_id"] = base_plan_id
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulesengine_company_credit_balances import RulesengineCompanyCreditBalances  # noqa: PLC0415
        from ..models.rulesengine_company_keys import RulesengineCompanyKeys  # noqa: PLC0415
        from ..models.rulesengine_company_metric import RulesengineCompanyMetric  # noqa: PLC0415
        from ..models.rulesengine_feature_entitlement import RulesengineFeatureEntitlement  # noqa: PLC0415
        from ..models.rulesengine_rule import RulesengineRule  # noqa: PLC0415
        from ..models.rulesengine_subscription import RulesengineSubscription  # noqa: PLC0415
        from ..models.rulesengine_trait import RulesengineTrait  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        billing_product_ids = cast(list[str], d.pop("billing_product_ids"))

        credit_balances = RulesengineCompanyCreditBalances.from_dict(d.pop("credit_balances"))

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        keys = RulesengineCompanyKeys.from_dict(d.pop("keys"))

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = RulesengineCompanyMetric.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        plan_ids = cast(list[str], d.pop("plan_ids"))

        plan_version_ids = cast(list[str], d.pop("plan_version_ids"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RulesengineRule.from_dict(rules_item_data)

            rules.append(rules_item)

        traits = []
        _traits = d.pop("traits")
        for traits_item_data in _traits:
            traits_item = RulesengineTrait.from_dict(traits_item_data)

            traits.append(traits_item)

        def _parse_base_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_plan_id = _parse_base_plan_id(d.pop("base_plan_id", UNSET))

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[RulesengineFeatureEntitlement] | Unset = UNSET
        if _entitlements is not UNSET:
            entitlements = []
            for entitlements_item_data in _entitlements:
                entitlements_item = RulesengineFeatureEntitlement.from_dict(entitlements_item_data)

                entitlements.append(entitlements_item)

        _subscription = d.pop("subscription", UNSET)
        subscription: RulesengineSubscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = RulesengineSubscription.from_dict(_subscription)

        rulesengine_company = cls(
            account_id=account_id,
            billing_product_ids=billing_product_ids,
            credit_balances=credit_balances,
            environment_id=environment_id,
            id=id,
            keys=keys,
            metrics=metrics,
            plan_ids=plan_ids,
            plan_version_ids=plan_version_ids,
            rules=rules,
            traits=traits,
            base_plan_id=base_plan_id,
            entitlements=entitlements,
            subscription=subscription,
        )

        rulesengine_company.additional_properties = d
        return rulesengine_company

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
