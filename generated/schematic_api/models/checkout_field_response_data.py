from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CheckoutFieldResponseData")


@_attrs_define
class CheckoutFieldResponseData:
    """The `CheckoutFieldResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        definition_id (str)
        id (str)
        name (str)
        position (int)
        required (bool)
        stripe_metadata_key (str)
        trait_hierarchy (list[str])
        updated_at (datetime.datetime)
        helper_text (None | str | Unset)
    """

    created_at: datetime.datetime

    definition_id: str

    id: str

    name: str

    position: int

    required: bool

    stripe_metadata_key: str

    trait_hierarchy: list[str]

    updated_at: datetime.datetime

    helper_text: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        definition_id = self.definition_id

        id = self.id

        name = self.name

        position = self.position

        required = self.required

        stripe_metadata_key = self.stripe_metadata_key

        trait_hierarchy = self.trait_hierarchy

        updated_at = self.updated_at.isoformat()

        helper_text: None | str | Unset
        if isinstance(self.helper_text, Unset):
            helper_text = UNSET
        else:
            helper_text = self.helper_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "definition_id": definition_id,
                "id": id,
                "name": name,
                "position": position,
                "required": required,
                "stripe_metadata_key": stripe_metadata_key,
                "trait_hierarchy": trait_hierarchy,
                "updated_at": updated_at,
            }
        )
        if helper_text is not UNSET:
            field_dict["helper_text"] = helper_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        definition_id = d.pop("definition_id")

        id = d.pop("id")

        name = d.pop("name")

        position = d.pop("position")

        required = d.pop("required")

        stripe_metadata_key = d.pop("stripe_metadata_key")

        trait_hierarchy = cast(list[str], d.pop("trait_hierarchy"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_helper_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        helper_text = _parse_helper_text(d.pop("helper_text", UNSET))

        checkout_field_response_data = cls(
            created_at=created_at,
            definition_id=definition_id,
            id=id,
            name=name,
            position=position,
            required=required,
            stripe_metadata_key=stripe_metadata_key,
            trait_hierarchy=trait_hierarchy,
            updated_at=updated_at,
            helper_text=helper_text,
        )

        checkout_field_response_data.additional_properties = d
        return checkout_field_response_data

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
