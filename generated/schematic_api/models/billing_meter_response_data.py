from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type

T = TypeVar("T", bound="BillingMeterResponseData")


@_attrs_define
class BillingMeterResponseData:
    """The `BillingMeterResponseData` object of the API.

    Attributes:
        dispaly_name (str)
        event_name (str)
        event_payload_key (str)
        external_price_id (str)
        id (str)
        provider_type (BillingProviderType)
    """

    dispaly_name: str

    event_name: str

    event_payload_key: str

    external_price_id: str

    id: str

    provider_type: BillingProviderType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dispaly_name = self.dispaly_name

        event_name = self.event_name

        event_payload_key = self.event_payload_key

        external_price_id = self.external_price_id

        id = self.id

        provider_type: str = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dispaly_name": dispaly_name,
                "event_name": event_name,
                "event_payload_key": event_payload_key,
                "external_price_id": external_price_id,
                "id": id,
                "provider_type": provider_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dispaly_name = d.pop("dispaly_name")

        event_name = d.pop("event_name")

        event_payload_key = d.pop("event_payload_key")

        external_price_id = d.pop("external_price_id")

        id = d.pop("id")

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        billing_meter_response_data = cls(
            dispaly_name=dispaly_name,
            event_name=event_name,
            event_payload_key=event_payload_key,
            external_price_id=external_price_id,
            id=id,
            provider_type=provider_type,
        )

        billing_meter_response_data.additional_properties = d
        return billing_meter_response_data

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
