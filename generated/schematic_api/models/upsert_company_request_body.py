from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.upsert_company_request_body_keys import UpsertCompanyRequestBodyKeys
    from ..models.upsert_company_request_body_traits import UpsertCompanyRequestBodyTraits


T = TypeVar("T", bound="UpsertCompanyRequestBody")


def _convert_keys(value: UpsertCompanyRequestBodyKeys | Mapping[str, Any]) -> UpsertCompanyRequestBodyKeys:
    return cast(
        "UpsertCompanyRequestBodyKeys",
        as_model(value, ".upsert_company_request_body_keys", "UpsertCompanyRequestBodyKeys", __package__),
    )


def _convert_traits(
    value: UpsertCompanyRequestBodyTraits | Unset | Mapping[str, Any],
) -> UpsertCompanyRequestBodyTraits | Unset:
    return cast(
        "UpsertCompanyRequestBodyTraits | Unset",
        as_model(value, ".upsert_company_request_body_traits", "UpsertCompanyRequestBodyTraits", __package__),
    )


@_attrs_define
class UpsertCompanyRequestBody:
    """A company to create or update, matched by its keys

    Attributes:
        keys (UpsertCompanyRequestBodyKeys): Keys identifying the company, e.g. {"id": "acme"}
        base_plan_id (None | str | Unset)
        base_plan_price_id (None | str | Unset)
        id (None | str | Unset)
        last_seen_at (datetime.datetime | None | Unset)
        name (None | str | Unset)
        prevent_key_remap (bool | None | Unset)
        remove_keys (list[str] | Unset)
        traits (UpsertCompanyRequestBodyTraits | Unset): Trait values to set, by trait name
        update_only (bool | None | Unset)
    """

    keys: UpsertCompanyRequestBodyKeys = _attrs_field(converter=_convert_keys)

    base_plan_id: None | str | Unset = UNSET

    base_plan_price_id: None | str | Unset = UNSET

    id: None | str | Unset = UNSET

    last_seen_at: datetime.datetime | None | Unset = UNSET

    name: None | str | Unset = UNSET

    prevent_key_remap: bool | None | Unset = UNSET

    remove_keys: list[str] | Unset = UNSET

    traits: UpsertCompanyRequestBodyTraits | Unset = _attrs_field(default=UNSET, converter=_convert_traits)

    update_only: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys.to_dict()

        base_plan_id: None | str | Unset
        if isinstance(self.base_plan_id, Unset):
            base_plan_id = UNSET
        else:
            base_plan_id = self.base_plan_id

        base_plan_price_id: None | str | Unset
        if isinstance(self.base_plan_price_id, Unset):
            base_plan_price_id = UNSET
        else:
            base_plan_price_id = self.base_plan_price_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        prevent_key_remap: bool | None | Unset
        if isinstance(self.prevent_key_remap, Unset):
            prevent_key_remap = UNSET
        else:
            prevent_key_remap = self.prevent_key_remap

        remove_keys: list[str] | Unset = UNSET
        if not isinstance(self.remove_keys, Unset):
            remove_keys = self.remove_keys

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

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
            }
        )
        if base_plan_id is not UNSET:
            field_dict["base_plan_id"] = base_plan_id
        if base_plan_price_id is not UNSET:
            field_dict["base_plan_price_id"] = base_plan_price_id
        if id is not UNSET:
            field_dict["id"] = id
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if name is not UNSET:
            field_dict["name"] = name
        if prevent_key_remap is not UNSET:
            field_dict["prevent_key_remap"] = prevent_key_remap
        if remove_keys is not UNSET:
            field_dict["remove_keys"] = remove_keys
        if traits is not UNSET:
            field_dict["traits"] = traits
        if update_only is not UNSET:
            field_dict["update_only"] = update_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upsert_company_request_body_keys import UpsertCompanyRequestBodyKeys  # noqa: PLC0415
        from ..models.upsert_company_request_body_traits import UpsertCompanyRequestBodyTraits  # noqa: PLC0415

        d = dict(src_dict)
        keys = UpsertCompanyRequestBodyKeys.from_dict(d.pop("keys"))

        def _parse_base_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_plan_id = _parse_base_plan_id(d.pop("base_plan_id", UNSET))

        def _parse_base_plan_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_plan_price_id = _parse_base_plan_price_id(d.pop("base_plan_price_id", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_last_seen_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_prevent_key_remap(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prevent_key_remap = _parse_prevent_key_remap(d.pop("prevent_key_remap", UNSET))

        remove_keys = cast(list[str], d.pop("remove_keys", UNSET))

        _traits = d.pop("traits", UNSET)
        traits: UpsertCompanyRequestBodyTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = UpsertCompanyRequestBodyTraits.from_dict(_traits)

        def _parse_update_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        update_only = _parse_update_only(d.pop("update_only", UNSET))

        upsert_company_request_body = cls(
            keys=keys,
            base_plan_id=base_plan_id,
            base_plan_price_id=base_plan_price_id,
            id=id,
            last_seen_at=last_seen_at,
            name=name,
            prevent_key_remap=prevent_key_remap,
            remove_keys=remove_keys,
            traits=traits,
            update_only=update_only,
        )

        upsert_company_request_body.additional_properties = d
        return upsert_company_request_body

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
