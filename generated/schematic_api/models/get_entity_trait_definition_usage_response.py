from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.entity_trait_definition_usage import EntityTraitDefinitionUsage
    from ..models.get_entity_trait_definition_usage_response_params import GetEntityTraitDefinitionUsageResponseParams


T = TypeVar("T", bound="GetEntityTraitDefinitionUsageResponse")


def _convert_data(value: EntityTraitDefinitionUsage | Mapping[str, Any]) -> EntityTraitDefinitionUsage:
    return cast(
        "EntityTraitDefinitionUsage",
        as_model(value, ".entity_trait_definition_usage", "EntityTraitDefinitionUsage", __package__),
    )


def _convert_params(
    value: GetEntityTraitDefinitionUsageResponseParams | Mapping[str, Any],
) -> GetEntityTraitDefinitionUsageResponseParams:
    return cast(
        "GetEntityTraitDefinitionUsageResponseParams",
        as_model(
            value,
            ".get_entity_trait_definition_usage_response_params",
            "GetEntityTraitDefinitionUsageResponseParams",
            __package__,
        ),
    )


@_attrs_define
class GetEntityTraitDefinitionUsageResponse:
    """What getEntityTraitDefinitionUsage returns

    Attributes:
        data (EntityTraitDefinitionUsage)
        params (GetEntityTraitDefinitionUsageResponseParams)
    """

    data: EntityTraitDefinitionUsage = _attrs_field(converter=_convert_data)

    params: GetEntityTraitDefinitionUsageResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.entity_trait_definition_usage import EntityTraitDefinitionUsage  # noqa: PLC0415
        from ..models.get_entity_trait_definition_usage_response_params import (
            GetEntityTraitDefinitionUsageResponseParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data = EntityTraitDefinitionUsage.from_dict(d.pop("data"))

        params = GetEntityTraitDefinitionUsageResponseParams.from_dict(d.pop("params"))

        get_entity_trait_definition_usage_response = cls(
            data=data,
            params=params,
        )

        get_entity_trait_definition_usage_response.additional_properties = d
        return get_entity_trait_definition_usage_response

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
