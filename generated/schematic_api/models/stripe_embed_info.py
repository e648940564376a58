from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeEmbedInfo")


@_attrs_define
class StripeEmbedInfo:
    """The `StripeEmbedInfo` object of the API.

    Attributes:
        schematic_publishable_key (str)
        account_id (None | str | Unset)
        publishable_key (None | str | Unset)
        setup_intent_client_secret (None | str | Unset)
    """

    schematic_publishable_key: str

    account_id: None | str | Unset = UNSET

    publishable_key: None | str | Unset = UNSET

    setup_intent_client_secret: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schematic_publishable_key = self.schematic_publishable_key

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        publishable_key: None | str | Unset
        if isinstance(self.publishable_key, Unset):
            publishable_key = UNSET
        else:
            publishable_key = self.publishable_key

        setup_intent_client_secret: None | str | Unset
        if isinstance(self.setup_intent_client_secret, Unset):
            setup_intent_client_secret = UNSET
        else:
            setup_intent_client_secret = self.setup_intent_client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schematic_publishable_key": schematic_publishable_key,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if publishable_key is not UNSET:
            field_dict["publishable_key"] = publishable_key
        if setup_intent_client_secret is not UNSET:
            field_dict["setup_intent_client_secret"] = setup_intent_client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schematic_publishable_key = d.pop("schematic_publishable_key")

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_publishable_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publishable_key = _parse_publishable_key(d.pop("publishable_key", UNSET))

        def _parse_setup_intent_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        setup_intent_client_secret = _parse_setup_intent_client_secret(d.pop("setup_intent_client_secret", UNSET))

        stripe_embed_info = cls(
            schematic_publishable_key=schematic_publishable_key,
            account_id=account_id,
            publishable_key=publishable_key,
            setup_intent_client_secret=setup_intent_client_secret,
        )

        stripe_embed_info.additional_properties = d
        return stripe_embed_info

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
