from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.rulesengine_trait_definition import RulesengineTraitDefinition


T = TypeVar("T", bound="RulesengineTrait")


def _convert_trait_definition(
    value: RulesengineTraitDefinition | Unset | Mapping[str, Any],
) -> RulesengineTraitDefinition | Unset:
    return cast(
        "RulesengineTraitDefinition | Unset",
        as_model(value, ".rulesengine_trait_definition", "RulesengineTraitDefinition", __package__),
    )


@_attrs_define
class RulesengineTrait:
    """The `RulesengineTrait` object of the API.

    Attributes:
        value (str)
        trait_definition (RulesengineTraitDefinition | Unset)
    """

    value: str

    trait_definition: RulesengineTraitDefinition | Unset = _attrs_field(
        default=UNSET, converter=_convert_trait_definition
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        trait_definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trait_definition, Unset):
            trait_definition = self.trait_definition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if trait_definition is not UNSET:
            field_dict["trait_definition"] = trait_definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulesengine_trait_definition import RulesengineTraitDefinition  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value")

        _trait_definition = d.pop("trait_definition", UNSET)
        trait_definition: RulesengineTraitDefinition | Unset
        if isinstance(_trait_definition, Unset):
            trait_definition = UNSET
        else:
            trait_definition = RulesengineTraitDefinition.from_dict(_trait_definition)

        rulesengine_trait = cls(
            value=value,
            trait_definition=trait_definition,
        )

        rulesengine_trait.additional_properties = d
        return rulesengine_trait

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
