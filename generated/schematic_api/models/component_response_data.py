from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.component_entity_type import ComponentEntityType, check_component_entity_type
from ..models.component_state import ComponentState, check_component_state
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.component_response_data_ast import ComponentResponseDataAst


T = TypeVar("T", bound="ComponentResponseData")


def _convert_ast(value: ComponentResponseDataAst | Unset | Mapping[str, Any]) -> ComponentResponseDataAst | Unset:
    return cast(
        "ComponentResponseDataAst | Unset",
        as_model(value, ".component_response_data_ast", "ComponentResponseDataAst", __package__),
    )


@_attrs_define
class ComponentResponseData:
    """The `ComponentResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        id (str)
        name (str)
        state (ComponentState)
        type_ (ComponentEntityType)
        updated_at (datetime.datetime)
        ast (ComponentResponseDataAst | Unset)
        catalog_id (None | str | Unset)
    """

    created_at: datetime.datetime

    id: str

    name: str

    state: ComponentState

    type_: ComponentEntityType

    updated_at: datetime.datetime

    ast: ComponentResponseDataAst | Unset = _attrs_field(default=UNSET, converter=_convert_ast)

    catalog_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        state: str = self.state

        type_: str = self.type_

        updated_at = self.updated_at.isoformat()

        ast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ast, Unset):
            ast = self.ast.to_dict()

        catalog_id: None | str | Unset
        if isinstance(self.catalog_id, Unset):
            catalog_id = UNSET
        else:
            catalog_id = self.catalog_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "state": state,
                "type": type_,
                "updated_at": updated_at,
            }
        )
        if ast is not UNSET:
            field_dict["ast"] = ast
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.component_response_data_ast import ComponentResponseDataAst  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        name = d.pop("name")

        state = check_component_state(d.pop("state"))

        type_ = check_component_entity_type(d.pop("type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        _ast = d.pop("ast", UNSET)
        ast: ComponentResponseDataAst | Unset
        if isinstance(_ast, Unset):
            ast = UNSET
        else:
            ast = ComponentResponseDataAst.from_dict(_ast)

        def _parse_catalog_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        catalog_id = _parse_catalog_id(d.pop("catalog_id", UNSET))

        component_response_data = cls(
            created_at=created_at,
            id=id,
            name=name,
            state=state,
            type_=type_,
            updated_at=updated_at,
            ast=ast,
            catalog_id=catalog_id,
        )

        component_response_data.additional_properties = d
        return component_response_data

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
