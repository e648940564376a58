from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.create_or_update_rule_request_body import CreateOrUpdateRuleRequestBody


T = TypeVar("T", bound="UpdateFlagRulesRequestBody")


def _convert_rules(
    value: list[CreateOrUpdateRuleRequestBody] | Sequence[CreateOrUpdateRuleRequestBody | Mapping[str, Any]],
) -> list[CreateOrUpdateRuleRequestBody]:
    return cast(
        "list[CreateOrUpdateRuleRequestBody]",
        as_model_list(value, ".create_or_update_rule_request_body", "CreateOrUpdateRuleRequestBody", __package__),
    )


@_attrs_define
class UpdateFlagRulesRequestBody:
    """The `UpdateFlagRulesRequestBody` object of the API.

    Attributes:
        rules (list[CreateOrUpdateRuleRequestBody])
    """

    rules: list[CreateOrUpdateRuleRequestBody] = _attrs_field(converter=_convert_rules)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_or_update_rule_request_body import CreateOrUpdateRuleRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = CreateOrUpdateRuleRequestBody.from_dict(rules_item_data)

            rules.append(rules_item)

        update_flag_rules_request_body = cls(
            rules=rules,
        )

        update_flag_rules_request_body.additional_properties = d
        return update_flag_rules_request_body

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
