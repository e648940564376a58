from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.upsert_trait_request_body_keys import UpsertTraitRequestBodyKeys


T = TypeVar("T", bound="UpsertTraitRequestBody")


def _convert_keys(value: UpsertTraitRequestBodyKeys | Mapping[str, Any]) -> UpsertTraitRequestBodyKeys:
    return cast(
        "UpsertTraitRequestBodyKeys",
        as_model(value, ".upsert_trait_request_body_keys", "UpsertTraitRequestBodyKeys", __package__),
    )


@_attrs_define
class UpsertTraitRequestBody:
    """Set (or increment) one trait of the entity matched by keys

    Attributes:
        keys (UpsertTraitRequestBodyKeys)
        trait (str)
        incr (int | None | Unset)
        set_ (None | str | Unset)
        update_only (bool | None | Unset)
    """

    keys: UpsertTraitRequestBodyKeys = _attrs_field(converter=_convert_keys)

    trait: str

    incr: int | None | Unset = UNSET

    set_: None | str | Unset = UNSET

    update_only: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys.to_dict()

        trait = self.trait

        incr: int | None | Unset
        if isinstance(self.incr, Unset):
            incr = UNSET
        else:
            incr = self.incr

        set_: None | str | Unset
        if isinstance(self.set_, Unset):
            set_ = UNSET
        else:
            set_ = self.set_

        update_only: bool | None | Unset
        if isinstance(self.update_only, Unset):
            update_only = UNSET
        else:
            update_only = self.update_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
                "trait": trait,
            }
        )
        if incr is not UNSET:
            field_dict["incr"] = incr
        if set_ is not UNSET:
            field_dict["set"] = set_
        if update_only is not UNSET:
            field_dict["update_only"] = update_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upsert_trait_request_body_keys import UpsertTraitRequestBodyKeys  # noqa: PLC0415

        d = dict(src_dict)
        keys = UpsertTraitRequestBodyKeys.from_dict(d.pop("keys"))

        trait = d.pop("trait")

        def _parse_incr(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        incr = _parse_incr(d.pop("incr", UNSET))

        def _parse_set_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        set_ = _parse_set_(d.pop("set", UNSET))

        def _parse_update_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        update_only = _parse_update_only(d.pop("update_only", UNSET))

        upsert_trait_request_body = cls(
            keys=keys,
            trait=trait,
            incr=incr,
            set_=set_,
            update_only=update_only,
        )

        upsert_trait_request_body.additional_properties = d
        return upsert_trait_request_body

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
