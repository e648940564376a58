from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.flag_response_data import FlagResponseData
    from ..models.rule_detail_response_data import RuleDetailResponseData


T = TypeVar("T", bound="RulesDetailResponseData")


def _convert_rules(
    value: list[RuleDetailResponseData] | Sequence[RuleDetailResponseData | Mapping[str, Any]],
) -> list[RuleDetailResponseData]:
    return cast(
        "list[RuleDetailResponseData]",
        as_model_list(value, ".rule_detail_response_data", "RuleDetailResponseData", __package__),
    )


def _convert_flag(value: FlagResponseData | Unset | Mapping[str, Any]) -> FlagResponseData | Unset:
    return cast("FlagResponseData | Unset", as_model(value, ".flag_response_data", "FlagResponseData", __package__))


@_attrs_define
class RulesDetailResponseData:
    """The `RulesDetailResponseData` object of the API.

    Attributes:
        rules (list[RuleDetailResponseData])
        flag (FlagResponseData | Unset)
    """

    rules: list[RuleDetailResponseData] = _attrs_field(converter=_convert_rules)

    flag: FlagResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_flag)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        flag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flag, Unset):
            flag = self.flag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
            }
        )
        if flag is not UNSET:
            field_dict["flag"] = flag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flag_response_data import FlagResponseData  # noqa: PLC0415
        from ..models.rule_detail_response_data import RuleDetailResponseData  # noqa: PLC0415

        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleDetailResponseData.from_dict(rules_item_data)

            rules.append(rules_item)

        _flag = d.pop("flag", UNSET)
        flag: FlagResponseData | Unset
        if isinstance(_flag, Unset):
            flag = UNSET
        else:
            flag = FlagResponseData.from_dict(_flag)

        rules_detail_response_data = cls(
            rules=rules,
            flag=flag,
        )

        rules_detail_response_data.additional_properties = d
        return rules_detail_response_data

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
