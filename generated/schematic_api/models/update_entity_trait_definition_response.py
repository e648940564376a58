from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData
    from ..models.update_entity_trait_definition_response_params import UpdateEntityTraitDefinitionResponseParams


T = TypeVar("T", bound="UpdateEntityTraitDefinitionResponse")


def _convert_data(value: EntityTraitDefinitionResponseData | Mapping[str, Any]) -> EntityTraitDefinitionResponseData:
    return cast(
        "EntityTraitDefinitionResponseData",
        as_model(value, ".entity_trait_definition_response_data", "EntityTraitDefinitionResponseData", __package__),
    )


def _convert_params(
    value: UpdateEntityTraitDefinitionResponseParams | Mapping[str, Any],
) -> UpdateEntityTraitDefinitionResponseParams:
    return cast(
        "UpdateEntityTraitDefinitionResponseParams",
        as_model(
            value,
            ".update_entity_trait_definition_response_params",
            "UpdateEntityTraitDefinitionResponseParams",
            __package__,
        ),
    )


@_attrs_define
class UpdateEntityTraitDefinitionResponse:
    """What updateEntityTraitDefinition returns

    Attributes:
        data (EntityTraitDefinitionResponseData)
        params (UpdateEntityTraitDefinitionResponseParams)
    """

    data: EntityTraitDefinitionResponseData = _attrs_field(converter=_convert_data)

    params: UpdateEntityTraitDefinitionResponseParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData  # noqa: PLC0415
        from ..models.update_entity_trait_definition_response_params import UpdateEntityTraitDefinitionResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = EntityTraitDefinitionResponseData.from_dict(d.pop("data"))

        params = UpdateEntityTraitDefinitionResponseParams.from_dict(d.pop("params"))

        update_entity_trait_definition_response = cls(
            data=data,
            params=params,
        )

        update_entity_trait_definition_response.additional_properties = d
        return update_entity_trait_definition_response

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
