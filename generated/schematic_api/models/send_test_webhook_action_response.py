from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.send_test_webhook_action_response_params import SendTestWebhookActionResponseParams
    from ..models.test_webhook_response_data import TestWebhookResponseData


T = TypeVar("T", bound="SendTestWebhookActionResponse")


def _convert_data(value: TestWebhookResponseData | Mapping[str, Any]) -> TestWebhookResponseData:
    return cast(
        "TestWebhookResponseData",
        as_model(value, ".test_webhook_response_data", "TestWebhookResponseData", __package__),
    )


def _convert_params(
    value: SendTestWebhookActionResponseParams | Mapping[str, Any],
) -> SendTestWebhookActionResponseParams:
    return cast(
        "SendTestWebhookActionResponseParams",
        as_model(
            value, ".send_test_webhook_action_response_params", "SendTestWebhookActionResponseParams", __package__
        ),
    )


@_attrs_define
class SendTestWebhookActionResponse:
    """What sendTestWebhookAction returns

    Attributes:
        data (TestWebhookResponseData)
        params (SendTestWebhookActionResponseParams)
    """

    data: TestWebhookResponseData = _attrs_field(converter=_convert_data)

    params: SendTestWebhookActionResponseParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_test_webhook_action_response_params import SendTestWebhookActionResponseParams  # noqa: PLC0415
        from ..models.test_webhook_response_data import TestWebhookResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = TestWebhookResponseData.from_dict(d.pop("data"))

        params = SendTestWebhookActionResponseParams.from_dict(d.pop("params"))

        send_test_webhook_action_response = cls(
            data=data,
            params=params,
        )

        send_test_webhook_action_response.additional_properties = d
        return send_test_webhook_action_response

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
