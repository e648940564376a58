from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType, check_event_type
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.capture_event_body import CaptureEventBody


T = TypeVar("T", bound="CaptureEvent")


def _convert_body(value: CaptureEventBody | Mapping[str, Any]) -> CaptureEventBody:
    return cast("CaptureEventBody", as_model(value, ".capture_event_body", "CaptureEventBody", __package__))


@_attrs_define
class CaptureEvent:
    """One event in the capture service's batch format

    Attributes:
        type_ (EventType)
        body (CaptureEventBody): An EventBody as Schematic's SDKs serialise it: unset optional fields are sent as null (e.g.
            `"quantity": null, "traits": null`), which the capture service accepts.
        api_key (str | Unset)
        idempotency_key (str | Unset)
        sent_at (datetime.datetime | Unset)
        trusted_client_clock (bool | Unset)
        backfill (bool | Unset)
    """

    type_: EventType

    body: CaptureEventBody = _attrs_field(converter=_convert_body)

    api_key: str | Unset = UNSET

    idempotency_key: str | Unset = UNSET

    sent_at: datetime.datetime | Unset = UNSET

    trusted_client_clock: bool | Unset = UNSET

    backfill: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        body = self.body.to_dict()

        api_key = self.api_key

        idempotency_key = self.idempotency_key

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        trusted_client_clock = self.trusted_client_clock

        backfill = self.backfill

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "body": body,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if trusted_client_clock is not UNSET:
            field_dict["trusted_client_clock"] = trusted_client_clock
        if backfill is not UNSET:
            field_dict["backfill"] = backfill

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capture_event_body import CaptureEventBody  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_event_type(d.pop("type"))

        body = CaptureEventBody.from_dict(d.pop("body"))

        api_key = d.pop("api_key", UNSET)

        idempotency_key = d.pop("idempotency_key", UNSET)

        _sent_at = d.pop("sent_at", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = parse_datetime(_sent_at)

        trusted_client_clock = d.pop("trusted_client_clock", UNSET)

        backfill = d.pop("backfill", UNSET)

        capture_event = cls(
            type_=type_,
            body=body,
            api_key=api_key,
            idempotency_key=idempotency_key,
            sent_at=sent_at,
            trusted_client_clock=trusted_client_clock,
            backfill=backfill,
        )

        capture_event.additional_properties = d
        return capture_event

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
