from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMeterRequestBody")


@_attrs_define
class CreateMeterRequestBody:
    """The `CreateMeterRequestBody` object of the API.

    Attributes:
        display_name (str)
        event_name (str)
        event_payload_key (str)
        external_id (str)
        provider_type (BillingProviderType | None | Unset)
    """

    display_name: str

    event_name: str

    event_payload_key: str

    external_id: str

    provider_type: BillingProviderType | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        event_name = self.event_name

        event_payload_key = self.event_payload_key

        external_id = self.external_id

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        elif isinstance(self.provider_type, str):
            provider_type = self.provider_type
        else:
            provider_type = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "event_name": event_name,
                "event_payload_key": event_payload_key,
                "external_id": external_id,
            }
        )
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        event_name = d.pop("event_name")

        event_payload_key = d.pop("event_payload_key")

        external_id = d.pop("external_id")

        def _parse_provider_type(data: object) -> BillingProviderType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_provider_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingProviderType | None | Unset, data)

        provider_type = _parse_provider_type(d.pop("provider_type", UNSET))

        create_meter_request_body = cls(
            display_name=display_name,
            event_name=event_name,
            event_payload_key=event_payload_key,
            external_id=external_id,
            provider_type=provider_type,
        )

        create_meter_request_body.additional_properties = d
        return create_meter_request_body

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
