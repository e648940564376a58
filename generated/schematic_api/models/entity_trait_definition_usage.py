from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EntityTraitDefinitionUsage")


@_attrs_define
class EntityTraitDefinitionUsage:
    """The `EntityTraitDefinitionUsage` object of the API.

    Attributes:
        checkout_field_config_count (int)
        company_override_count (int)
        feature_count (int)
        plan_entitlement_count (int)
        plan_trait_count (int)
        rule_condition_count (int)
    """

    checkout_field_config_count: int

    company_override_count: int

    feature_count: int

    plan_entitlement_count: int

    plan_trait_count: int

    rule_condition_count: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_field_config_count = self.checkout_field_config_count

        company_override_count = self.company_override_count

        feature_count = self.feature_count

        plan_entitlement_count = self.plan_entitlement_count

        plan_trait_count = self.plan_trait_count

        rule_condition_count = self.rule_condition_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkout_field_config_count": checkout_field_config_count,
                "company_override_count": company_override_count,
                "feature_count": feature_count,
                "plan_entitlement_count": plan_entitlement_count,
                "plan_trait_count": plan_trait_count,
                "rule_condition_count": rule_condition_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkout_field_config_count = d.pop("checkout_field_config_count")

        company_override_count = d.pop("company_override_count")

        feature_count = d.pop("feature_count")

        plan_entitlement_count = d.pop("plan_entitlement_count")

        plan_trait_count = d.pop("plan_trait_count")

        rule_condition_count = d.pop("rule_condition_count")

        entity_trait_definition_usage = cls(
            checkout_field_config_count=checkout_field_config_count,
            company_override_count=company_override_count,
            feature_count=feature_count,
            plan_entitlement_count=plan_entitlement_count,
            plan_trait_count=plan_trait_count,
            rule_condition_count=rule_condition_count,
        )

        entity_trait_definition_usage.additional_properties = d
        return entity_trait_definition_usage

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
