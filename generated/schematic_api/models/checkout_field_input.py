from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutFieldInput")


@_attrs_define
class CheckoutFieldInput:
    """The `CheckoutFieldInput` object of the API.

    Attributes:
        name (str)
        required (bool)
        stripe_metadata_key (str)
        definition_id (None | str | Unset)
        helper_text (None | str | Unset)
        id (None | str | Unset)
    """

    name: str

    required: bool

    stripe_metadata_key: str

    definition_id: None | str | Unset = UNSET

    helper_text: None | str | Unset = UNSET

    id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        required = self.required

        stripe_metadata_key = self.stripe_metadata_key

        definition_id: None | str | Unset
        if isinstance(self.definition_id, Unset):
            definition_id = UNSET
        else:
            definition_id = self.definition_id

        helper_text: None | str | Unset
        if isinstance(self.helper_text, Unset):
            helper_text = UNSET
        else:
            helper_text = self.helper_text

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "required": required,
                "stripe_metadata_key": stripe_metadata_key,
            }
        )
        if definition_id is not UNSET:
            field_dict["definition_id"] = definition_id
        if helper_text is not UNSET:
            field_dict["helper_text"] = helper_text
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        required = d.pop("required")

        stripe_metadata_key = d.pop("stripe_metadata_key")

        def _parse_definition_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        definition_id = _parse_definition_id(d.pop("definition_id", UNSET))

        def _parse_helper_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        helper_text = _parse_helper_text(d.pop("helper_text", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        checkout_field_input = cls(
            name=name,
            required=required,
            stripe_metadata_key=stripe_metadata_key,
            definition_id=definition_id,
            helper_text=helper_text,
            id=id,
        )

        checkout_field_input.additional_properties = d
        return checkout_field_input

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
