from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.component_entity_type import ComponentEntityType, check_component_entity_type
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.create_component_request_body_ast import CreateComponentRequestBodyAst


T = TypeVar("T", bound="CreateComponentRequestBody")


def _convert_ast(
    value: CreateComponentRequestBodyAst | Unset | Mapping[str, Any],
) -> CreateComponentRequestBodyAst | Unset:
    return cast(
        "CreateComponentRequestBodyAst | Unset",
        as_model(value, ".create_component_request_body_ast", "CreateComponentRequestBodyAst", __package__),
    )


@_attrs_define
class CreateComponentRequestBody:
    """The `CreateComponentRequestBody` object of the API.

    Attributes:
        entity_type (ComponentEntityType)
        name (str)
        ast (CreateComponentRequestBodyAst | Unset)
    """

    entity_type: ComponentEntityType

    name: str

    ast: CreateComponentRequestBodyAst | Unset = _attrs_field(default=UNSET, converter=_convert_ast)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type: str = self.entity_type

        name = self.name

        ast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ast, Unset):
            ast = self.ast.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_type": entity_type,
                "name": name,
            }
        )
        if ast is not UNSET:
            field_dict["ast"] = ast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_component_request_body_ast import CreateComponentRequestBodyAst  # noqa: PLC0415

        d = dict(src_dict)
        entity_type = check_component_entity_type(d.pop("entity_type"))

        name = d.pop("name")

        _ast = d.pop("ast", UNSET)
        ast: CreateComponentRequestBodyAst | Unset
        if isinstance(_ast, Unset):
            ast = UNSET
        else:
            ast = CreateComponentRequestBodyAst.from_dict(_ast)

        create_component_request_body = cls(
            entity_type=entity_type,
            name=name,
            ast=ast,
        )

        create_component_request_body.additional_properties = d
        return create_component_request_body

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
