from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type

T = TypeVar("T", bound="BillingLinkedResourceResponseData")


@_attrs_define
class BillingLinkedResourceResponseData:
    """The `BillingLinkedResourceResponseData` object of the API.

    Attributes:
        billing_provider (BillingProviderType)
        external_resource_id (str)
        originator (BillingProviderType)
    """

    billing_provider: BillingProviderType

    external_resource_id: str

    originator: BillingProviderType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_provider: str = self.billing_provider

        external_resource_id = self.external_resource_id

        originator: str = self.originator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_provider": billing_provider,
                "external_resource_id": external_resource_id,
                "originator": originator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billing_provider = check_billing_provider_type(d.pop("billing_provider"))

        external_resource_id = d.pop("external_resource_id")

        originator = check_billing_provider_type(d.pop("originator"))

        billing_linked_resource_response_data = cls(
            billing_provider=billing_provider,
            external_resource_id=external_resource_id,
            originator=originator,
        )

        billing_linked_resource_response_data.additional_properties = d
        return billing_linked_resource_response_data

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
