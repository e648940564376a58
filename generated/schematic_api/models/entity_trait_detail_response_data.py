from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData


T = TypeVar("T", bound="EntityTraitDetailResponseData")


def _convert_definition(
    value: EntityTraitDefinitionResponseData | Unset | Mapping[str, Any],
) -> EntityTraitDefinitionResponseData | Unset:
    return cast(
        "EntityTraitDefinitionResponseData | Unset",
        as_model(value, ".entity_trait_definition_response_data", "EntityTraitDefinitionResponseData", __package__),
    )


@_attrs_define
class EntityTraitDetailResponseData:
    """One trait value of a company or user

    Attributes:
        created_at (datetime.datetime)
        definition_id (str)
        environment_id (str)
        id (str)
        updated_at (datetime.datetime)
        value (str)
        definition (EntityTraitDefinitionResponseData | Unset)
    """

    created_at: datetime.datetime

    definition_id: str

    environment_id: str

    id: str

    updated_at: datetime.datetime

    value: str

    definition: EntityTraitDefinitionResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_definition)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        definition_id = self.definition_id

        environment_id = self.environment_id

        id = self.id

        updated_at = self.updated_at.isoformat()

        value = self.value

        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "definition_id": definition_id,
                "environment_id": environment_id,
                "id": id,
                "updated_at": updated_at,
                "value": value,
            }
        )
        if definition is not UNSET:
            field_dict["definition"] = definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        definition_id = d.pop("definition_id")

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        updated_at = parse_datetime(d.pop("updated_at"))

        value = d.pop("value")

        _definition = d.pop("definition", UNSET)
        definition: EntityTraitDefinitionResponseData | Unset
        if isinstance(_definition, Unset):
            definition = UNSET
        else:
            definition = EntityTraitDefinitionResponseData.from_dict(_definition)

        entity_trait_detail_response_data = cls(
            created_at=created_at,
            definition_id=definition_id,
            environment_id=environment_id,
            id=id,
            updated_at=updated_at,
            value=value,
            definition=definition,
        )

        entity_trait_detail_response_data.additional_properties = d
        return entity_trait_detail_response_data

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
