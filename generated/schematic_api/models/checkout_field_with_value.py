from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutFieldWithValue")


@_attrs_define
class CheckoutFieldWithValue:
    """The `CheckoutFieldWithValue` object of the API.

    Attributes:
        definition_id (str)
        id (str)
        name (str)
        required (bool)
        stripe_metadata_key (str)
        helper_text (None | str | Unset)
        value (None | str | Unset)
    """

    definition_id: str

    id: str

    name: str

    required: bool

    stripe_metadata_key: str

    helper_text: None | str | Unset = UNSET

    value: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition_id = self.definition_id

        id = self.id

        name = self.name

        required = self.required

        stripe_metadata_key = self.stripe_metadata_key

        helper_text: None | str | Unset
        if isinstance(self.helper_text, Unset):
            helper_text = UNSET
        else:
            helper_text = self.helper_text

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition_id": definition_id,
                "id": id,
                "name": name,
                "required": required,
                "stripe_metadata_key": stripe_metadata_key,
            }
        )
        if helper_text is not UNSET:
            field_dict["helper_text"] = helper_text
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definition_id = d.pop("definition_id")

        id = d.pop("id")

        name = d.pop("name")

        required = d.pop("required")

        stripe_metadata_key = d.pop("stripe_metadata_key")

        def _parse_helper_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        helper_text = _parse_helper_text(d.pop("helper_text", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        checkout_field_with_value = cls(
            definition_id=definition_id,
            id=id,
            name=name,
            required=required,
            stripe_metadata_key=stripe_metadata_key,
            helper_text=helper_text,
            value=value,
        )

        checkout_field_with_value.additional_properties = d
        return checkout_field_with_value

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
