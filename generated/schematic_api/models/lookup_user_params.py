from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.lookup_user_params_keys import LookupUserParamsKeys


T = TypeVar("T", bound="LookupUserParams")


def _convert_keys(value: LookupUserParamsKeys | Unset | Mapping[str, Any]) -> LookupUserParamsKeys | Unset:
    return cast(
        "LookupUserParamsKeys | Unset", as_model(value, ".lookup_user_params_keys", "LookupUserParamsKeys", __package__)
    )


@_attrs_define
class LookupUserParams:
    """The parameters lookupUser was called with

    Attributes:
        keys (LookupUserParamsKeys | Unset)
    """

    keys: LookupUserParamsKeys | Unset = _attrs_field(default=UNSET, converter=_convert_keys)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lookup_user_params_keys import LookupUserParamsKeys  # noqa: PLC0415

        d = dict(src_dict)
        _keys = d.pop("keys", UNSET)
        keys: LookupUserParamsKeys | Unset
        if isinstance(_keys, Unset):
            keys = UNSET
        else:
            keys = LookupUserParamsKeys.from_dict(_keys)

        lookup_user_params = cls(
            keys=keys,
        )

        lookup_user_params.additional_properties = d
        return lookup_user_params

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
