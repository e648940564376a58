from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.upsert_user_sub_request_body_keys import UpsertUserSubRequestBodyKeys
    from ..models.upsert_user_sub_request_body_traits import UpsertUserSubRequestBodyTraits


T = TypeVar("T", bound="UpsertUserSubRequestBody")


def _convert_keys(value: UpsertUserSubRequestBodyKeys | Mapping[str, Any]) -> UpsertUserSubRequestBodyKeys:
    return cast(
        "UpsertUserSubRequestBodyKeys",
        as_model(value, ".upsert_user_sub_request_body_keys", "UpsertUserSubRequestBodyKeys", __package__),
    )


def _convert_traits(
    value: UpsertUserSubRequestBodyTraits | Unset | Mapping[str, Any],
) -> UpsertUserSubRequestBodyTraits | Unset:
    return cast(
        "UpsertUserSubRequestBodyTraits | Unset",
        as_model(value, ".upsert_user_sub_request_body_traits", "UpsertUserSubRequestBodyTraits", __package__),
    )


@_attrs_define
class UpsertUserSubRequestBody:
    """The `UpsertUserSubRequestBody` object of the API.

    Attributes:
        keys (UpsertUserSubRequestBodyKeys)
        company_id (None | str | Unset)
        company_ids (list[str] | None | Unset)
        id (None | str | Unset)
        last_seen_at (datetime.datetime | None | Unset)
        name (None | str | Unset)
        remove_keys (list[str] | Unset)
        traits (UpsertUserSubRequestBodyTraits | Unset)
        update_only (bool | None | Unset)
    """

    keys: UpsertUserSubRequestBodyKeys = _attrs_field(converter=_convert_keys)

    company_id: None | str | Unset = UNSET

    company_ids: list[str] | None | Unset = UNSET

    id: None | str | Unset = UNSET

    last_seen_at: datetime.datetime | None | Unset = UNSET

    name: None | str | Unset = UNSET

    remove_keys: list[str] | Unset = UNSET

    traits: UpsertUserSubRequestBodyTraits | Unset = _attrs_field(default=UNSET, converter=_convert_traits)

    update_only: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys.to_dict()

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        company_ids: list[str] | None | Unset
        if isinstance(self.company_ids, Unset):
            company_ids = UNSET
        elif isinstance(self.company_ids, list):
            company_ids = self.company_ids

        else:
            company_ids = self.company_ids

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
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if id is not UNSET:
            field_dict["id"] = id
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if name is not UNSET:
            field_dict["name"] = name
        if remove_keys is not UNSET:
            field_dict["remove_keys"] = remove_keys
        if traits is not UNSET:
            field_dict["traits"] = traits
        if update_only is not UNSET:
            field_dict["update_only"] = update_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upsert_user_sub_request_body_keys import UpsertUserSubRequestBodyKeys  # noqa: PLC0415
        from ..models.upsert_user_sub_request_body_traits import UpsertUserSubRequestBodyTraits  # noqa: PLC0415

        d = dict(src_dict)
        keys = UpsertUserSubRequestBodyKeys.from_dict(d.pop("keys"))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_company_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        company_ids = _parse_company_ids(d.pop("company_ids", UNSET))

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

        remove_keys = cast(list[str], d.pop("remove_keys", UNSET))

        _traits = d.pop("traits", UNSET)
        traits: UpsertUserSubRequestBodyTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = UpsertUserSubRequestBodyTraits.from_dict(_traits)

        def _parse_update_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        update_only = _parse_update_only(d.pop("update_only", UNSET))

        upsert_user_sub_request_body = cls(
            keys=keys,
            company_id=company_id,
            company_ids=company_ids,
            id=id,
            last_seen_at=last_seen_at,
            name=name,
            remove_keys=remove_keys,
            traits=traits,
            update_only=update_only,
        )

        upsert_user_sub_request_body.additional_properties = d
        return upsert_user_sub_request_body

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
