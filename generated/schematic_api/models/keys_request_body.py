from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.keys_request_body_keys import KeysRequestBodyKeys


T = TypeVar("T", bound="KeysRequestBody")


def _convert_keys(value: KeysRequestBodyKeys | Mapping[str, Any]) -> KeysRequestBodyKeys:
    return cast("KeysRequestBodyKeys", as_model(value, ".keys_request_body_keys", "KeysRequestBodyKeys", __package__))


@_attrs_define
class KeysRequestBody:
    """The `KeysRequestBody` object of the API.

    Attributes:
        keys (KeysRequestBodyKeys)
    """

    keys: KeysRequestBodyKeys = _attrs_field(converter=_convert_keys)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keys_request_body_keys import KeysRequestBodyKeys  # noqa: PLC0415

        d = dict(src_dict)
        keys = KeysRequestBodyKeys.from_dict(d.pop("keys"))

        keys_request_body = cls(
            keys=keys,
        )

        keys_request_body.additional_properties = d
        return keys_request_body

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
