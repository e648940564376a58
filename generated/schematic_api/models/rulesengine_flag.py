from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.rulesengine_rule import RulesengineRule


T = TypeVar("T", bound="RulesengineFlag")


def _convert_rules(
    value: list[RulesengineRule] | Sequence[RulesengineRule | Mapping[str, Any]],
) -> list[RulesengineRule]:
    return cast("list[RulesengineRule]", as_model_list(value, ".rulesengine_rule", "RulesengineRule", __package__))


@_attrs_define
class RulesengineFlag:
    """The `RulesengineFlag` object of the API.

    Attributes:
        account_id (str)
        default_value (bool)
        environment_id (str)
        id (str)
        key (str)
        rules (list[RulesengineRule])
    """

    account_id: str

    default_value: bool

    environment_id: str

    id: str

    key: str

    rules: list[RulesengineRule] = _attrs_field(converter=_convert_rules)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        default_value = self.default_value

        environment_id = self.environment_id

        id = self.id

        key = self.key

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "default_value": default_value,
                "environment_id": environment_id,
                "id": id,
                "key": key,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulesengine_rule import RulesengineRule  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        default_value = d.pop("default_value")

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        key = d.pop("key")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RulesengineRule.from_dict(rules_item_data)

            rules.append(rules_item)

        rulesengine_flag = cls(
            account_id=account_id,
            default_value=default_value,
            environment_id=environment_id,
            id=id,
            key=key,
            rules=rules,
        )

        rulesengine_flag.additional_properties = d
        return rulesengine_flag

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
