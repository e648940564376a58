from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.component_entity_type import ComponentEntityType, check_component_entity_type
from ..models.component_state import ComponentState, check_component_state
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.update_component_request_body_ast import UpdateComponentRequestBodyAst


T = TypeVar("T", bound="UpdateComponentRequestBody")


def _convert_ast(
    value: UpdateComponentRequestBodyAst | Unset | Mapping[str, Any],
) -> UpdateComponentRequestBodyAst | Unset:
    return cast(
        "UpdateComponentRequestBodyAst | Unset",
        as_model(value, ".update_component_request_body_ast", "UpdateComponentRequestBodyAst", __package__),
    )


@_attrs_define
class UpdateComponentRequestBody:
    """The `UpdateComponentRequestBody` object of the API.

    Attributes:
        ast (UpdateComponentRequestBodyAst | Unset)
        entity_type (ComponentEntityType | None | Unset)
        name (None | str | Unset)
        state (ComponentState | None | Unset)
    """

    ast: UpdateComponentRequestBodyAst | Unset = _attrs_field(default=UNSET, converter=_convert_ast)

    entity_type: ComponentEntityType | None | Unset = UNSET

    name: None | str | Unset = UNSET

    state: ComponentState | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ast, Unset):
            ast = self.ast.to_dict()

        entity_type: None | str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        elif isinstance(self.entity_type, str):
            entity_type = self.entity_type
        else:
            entity_type = self.entity_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ast is not UNSET:
            field_dict["ast"] = ast
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_component_request_body_ast import UpdateComponentRequestBodyAst  # noqa: PLC0415

        d = dict(src_dict)
        _ast = d.pop("ast", UNSET)
        ast: UpdateComponentRequestBodyAst | Unset
        if isinstance(_ast, Unset):
            ast = UNSET
        else:
            ast = UpdateComponentRequestBodyAst.from_dict(_ast)

        def _parse_entity_type(data: object) -> ComponentEntityType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_component_entity_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComponentEntityType | None | Unset, data)

        entity_type = _parse_entity_type(d.pop("entity_type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_state(data: object) -> ComponentState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_component_state(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComponentState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        update_component_request_body = cls(
            ast=ast,
            entity_type=entity_type,
            name=name,
            state=state,
        )

        update_component_request_body.additional_properties = d
        return update_component_request_body

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
