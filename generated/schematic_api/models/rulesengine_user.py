from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.rulesengine_rule import RulesengineRule
    from ..models.rulesengine_trait import RulesengineTrait
    from ..models.rulesengine_user_keys import RulesengineUserKeys


T = TypeVar("T", bound="RulesengineUser")


def _convert_keys(value: RulesengineUserKeys | Mapping[str, Any]) -> RulesengineUserKeys:
    return cast("RulesengineUserKeys", as_model(value, ".rulesengine_user_keys", "RulesengineUserKeys", __package__))


def _convert_rules(
    value: list[RulesengineRule] | Sequence[RulesengineRule | Mapping[str, Any]],
) -> list[RulesengineRule]:
    return cast("list[RulesengineRule]", as_model_list(value, ".rulesengine_rule", "RulesengineRule", __package__))


def _convert_traits(
    value: list[RulesengineTrait] | Sequence[RulesengineTrait | Mapping[str, Any]],
) -> list[RulesengineTrait]:
    return cast("list[RulesengineTrait]", as_model_list(value, ".rulesengine_trait", "RulesengineTrait", __package__))


@_attrs_define
class RulesengineUser:
    """The `RulesengineUser` object of the API.

    Attributes:
        account_id (str)
        environment_id (str)
        id (str)
        keys (RulesengineUserKeys)
        rules (list[RulesengineRule])
        traits (list[RulesengineTrait])
    """

    account_id: str

    environment_id: str

    id: str

    keys: RulesengineUserKeys = _attrs_field(converter=_convert_keys)

    rules: list[RulesengineRule] = _attrs_field(converter=_convert_rules)

    traits: list[RulesengineTrait] = _attrs_field(converter=_convert_traits)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        environment_id = self.environment_id

        id = self.id

        keys = self.keys.to_dict()

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        traits = []
        for traits_item_data in self.traits:
            traits_item = traits_item_data.to_dict()
            traits.append(traits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "environment_id": environment_id,
                "id": id,
                "keys": keys,
                "rules": rules,
                "traits": traits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulesengine_rule import RulesengineRule  # noqa: PLC0415
        from ..models.rulesengine_trait import RulesengineTrait  # noqa: PLC0415
        from ..models.rulesengine_user_keys import RulesengineUserKeys  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        keys = RulesengineUserKeys.from_dict(d.pop("keys"))

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

        rulesengine_user = cls(
            account_id=account_id,
            environment_id=environment_id,
            id=id,
            keys=keys,
            rules=rules,
            traits=traits,
        )

        rulesengine_user.additional_properties = d
        return rulesengine_user

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
