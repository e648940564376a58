from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_status import WebhookEventStatus, check_webhook_event_status
from ..models.webhook_request_type import WebhookRequestType, check_webhook_request_type
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.webhook_response_data import WebhookResponseData


T = TypeVar("T", bound="WebhookEventDetailResponseData")


def _convert_webhook(value: WebhookResponseData | Unset | Mapping[str, Any]) -> WebhookResponseData | Unset:
    return cast(
        "WebhookResponseData | Unset", as_model(value, ".webhook_response_data", "WebhookResponseData", __package__)
    )


@_attrs_define
class WebhookEventDetailResponseData:
    """The `WebhookEventDetailResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        id (str)
        request_type (WebhookRequestType)
        status (WebhookEventStatus)
        updated_at (datetime.datetime)
        webhook_id (str)
        payload (None | str | Unset)
        response_code (int | None | Unset)
        sent_at (datetime.datetime | None | Unset)
        webhook (WebhookResponseData | Unset)
        attempt_count (int | Unset)
    """

    created_at: datetime.datetime

    id: str

    request_type: WebhookRequestType

    status: WebhookEventStatus

    updated_at: datetime.datetime

    webhook_id: str

    payload: None | str | Unset = UNSET

    response_code: int | None | Unset = UNSET

    sent_at: datetime.datetime | None | Unset = UNSET

    webhook: WebhookResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_webhook)

    attempt_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        request_type: str = self.request_type

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        webhook_id = self.webhook_id

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        response_code: int | None | Unset
        if isinstance(self.response_code, Unset):
            response_code = UNSET
        else:
            response_code = self.response_code

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        attempt_count = self.attempt_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "request_type": request_type,
                "status": status,
                "updated_at": updated_at,
                "webhook_id": webhook_id,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if attempt_count is not UNSET:
            field_dict["attempt_count"] = attempt_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_response_data import WebhookResponseData  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        request_type = check_webhook_request_type(d.pop("request_type"))

        status = check_webhook_event_status(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        webhook_id = d.pop("webhook_id")

        def _parse_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_response_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_code = _parse_response_code(d.pop("response_code", UNSET))

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
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

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

        _webhook = d.pop("webhook", UNSET)
        webhook: WebhookResponseData | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = WebhookResponseData.from_dict(_webhook)

        attempt_count = d.pop("attempt_count", UNSET)

        webhook_event_detail_response_data = cls(
            created_at=created_at,
            id=id,
            request_type=request_type,
            status=status,
            updated_at=updated_at,
            webhook_id=webhook_id,
            payload=payload,
            response_code=response_code,
            sent_at=sent_at,
            webhook=webhook,
            attempt_count=attempt_count,
        )

        webhook_event_detail_response_data.additional_properties = d
        return webhook_event_detail_response_data

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
