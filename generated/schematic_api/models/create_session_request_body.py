from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSessionRequestBody")


@_attrs_define
class CreateSessionRequestBody:
    """Identity to bind to the session; all fields optional

    Attributes:
        user_id (str | Unset): Authenticated user id; omit for anonymous visitors
        anonymous_id (str | Unset): Stable anonymous/device id
        user_id_sig (str | Unset): Hex HMAC-SHA256 of "{user_id}|{user_id_ts}"
        user_id_ts (int | Unset): Unix seconds paired with user_id_sig
    """

    user_id: str | Unset = UNSET

    anonymous_id: str | Unset = UNSET

    user_id_sig: str | Unset = UNSET

    user_id_ts: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        anonymous_id = self.anonymous_id

        user_id_sig = self.user_id_sig

        user_id_ts = self.user_id_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if user_id_sig is not UNSET:
            field_dict["user_id_sig"] = user_id_sig
        if user_id_ts is not UNSET:
            field_dict["user_id_ts"] = user_id_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        anonymous_id = d.pop("anonymous_id", UNSET)

        user_id_sig = d.pop("user_id_sig", UNSET)

        user_id_ts = d.pop("user_id_ts", UNSET)

        create_session_request_body = cls(
            user_id=user_id,
            anonymous_id=anonymous_id,
            user_id_sig=user_id_sig,
            user_id_ts=user_id_ts,
        )

        create_session_request_body.additional_properties = d
        return create_session_request_body

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
