from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clerk_integration_config_type import ClerkIntegrationConfigType, check_clerk_integration_config_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClerkIntegrationConfig")


@_attrs_define
class ClerkIntegrationConfig:
    """The `ClerkIntegrationConfig` object of the API.

    Attributes:
        type_ (ClerkIntegrationConfigType)
        first_events_received (bool | None | Unset)
        webhook_url (None | str | Unset)
    """

    type_: ClerkIntegrationConfigType

    first_events_received: bool | None | Unset = UNSET

    webhook_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        first_events_received: bool | None | Unset
        if isinstance(self.first_events_received, Unset):
            first_events_received = UNSET
        else:
            first_events_received = self.first_events_received

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if first_events_received is not UNSET:
            field_dict["first_events_received"] = first_events_received
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_clerk_integration_config_type(d.pop("type"))

        def _parse_first_events_received(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        first_events_received = _parse_first_events_received(d.pop("first_events_received", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        clerk_integration_config = cls(
            type_=type_,
            first_events_received=first_events_received,
            webhook_url=webhook_url,
        )

        clerk_integration_config.additional_properties = d
        return clerk_integration_config

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
