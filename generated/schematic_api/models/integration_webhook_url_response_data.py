from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_type import IntegrationType, check_integration_type

T = TypeVar("T", bound="IntegrationWebhookUrlResponseData")


@_attrs_define
class IntegrationWebhookUrlResponseData:
    """The `IntegrationWebhookUrlResponseData` object of the API.

    Attributes:
        type_ (IntegrationType)
        url (str)
    """

    type_: IntegrationType

    url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_integration_type(d.pop("type"))

        url = d.pop("url")

        integration_webhook_url_response_data = cls(
            type_=type_,
            url=url,
        )

        integration_webhook_url_response_data.additional_properties = d
        return integration_webhook_url_response_data

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
