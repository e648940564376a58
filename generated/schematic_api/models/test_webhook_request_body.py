from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_request_type import WebhookRequestType, check_webhook_request_type

T = TypeVar("T", bound="TestWebhookRequestBody")


@_attrs_define
class TestWebhookRequestBody:
    """The `TestWebhookRequestBody` object of the API.

    Attributes:
        request_type (WebhookRequestType)
    """

    request_type: WebhookRequestType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_type: str = self.request_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_type": request_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_type = check_webhook_request_type(d.pop("request_type"))

        test_webhook_request_body = cls(
            request_type=request_type,
        )

        test_webhook_request_body.additional_properties = d
        return test_webhook_request_body

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
