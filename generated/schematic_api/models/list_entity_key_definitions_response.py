from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.entity_key_definition_response_data import EntityKeyDefinitionResponseData
    from ..models.list_entity_key_definitions_params import ListEntityKeyDefinitionsParams


T = TypeVar("T", bound="ListEntityKeyDefinitionsResponse")


def _convert_data(
    value: list[EntityKeyDefinitionResponseData] | Sequence[EntityKeyDefinitionResponseData | Mapping[str, Any]],
) -> list[EntityKeyDefinitionResponseData]:
    return cast(
        "list[EntityKeyDefinitionResponseData]",
        as_model_list(value, ".entity_key_definition_response_data", "EntityKeyDefinitionResponseData", __package__),
    )


def _convert_params(value: ListEntityKeyDefinitionsParams | Mapping[str, Any]) -> ListEntityKeyDefinitionsParams:
    return cast(
        "ListEntityKeyDefinitionsParams",
        as_model(value, ".list_entity_key_definitions_params", "ListEntityKeyDefinitionsParams", __package__),
    )


@_attrs_define
class ListEntityKeyDefinitionsResponse:
    """What listEntityKeyDefinitions returns

    Attributes:
        data (list[EntityKeyDefinitionResponseData])
        params (ListEntityKeyDefinitionsParams): The parameters listEntityKeyDefinitions was called with
    """

    data: list[EntityKeyDefinitionResponseData] = _attrs_field(converter=_convert_data)

    params: ListEntityKeyDefinitionsParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.entity_key_definition_response_data import EntityKeyDefinitionResponseData  # noqa: PLC0415
        from ..models.list_entity_key_definitions_params import ListEntityKeyDefinitionsParams  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EntityKeyDefinitionResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = ListEntityKeyDefinitionsParams.from_dict(d.pop("params"))

        list_entity_key_definitions_response = cls(
            data=data,
            params=params,
        )

        list_entity_key_definitions_response.additional_properties = d
        return list_entity_key_definitions_response

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
