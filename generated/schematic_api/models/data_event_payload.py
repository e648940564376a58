from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType, check_event_type
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.data_event_payload_body import DataEventPayloadBody


T = TypeVar("T", bound="DataEventPayload")


def _convert_body(value: DataEventPayloadBody | Unset | Mapping[str, Any]) -> DataEventPayloadBody | Unset:
    return cast(
        "DataEventPayloadBody | Unset", as_model(value, ".data_event_payload_body", "DataEventPayloadBody", __package__)
    )


@_attrs_define
class DataEventPayload:
    """The `DataEventPayload` object of the API.

    Attributes:
        api_key (str)
        type_ (EventType)
        backfill (bool | None | Unset)
        body (DataEventPayloadBody | Unset)
        idempotency_key (None | str | Unset)
        sent_at (datetime.datetime | None | Unset)
        trusted_client_clock (bool | None | Unset)
    """

    api_key: str

    type_: EventType

    backfill: bool | None | Unset = UNSET

    body: DataEventPayloadBody | Unset = _attrs_field(default=UNSET, converter=_convert_body)

    idempotency_key: None | str | Unset = UNSET

    sent_at: datetime.datetime | None | Unset = UNSET

    trusted_client_clock: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        type_: str = self.type_

        backfill: bool | None | Unset
        if isinstance(self.backfill, Unset):
            backfill = UNSET
        else:
            backfill = self.backfill

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        trusted_client_clock: bool | None | Unset
        if isinstance(self.trusted_client_clock, Unset):
            trusted_client_clock = UNSET
        else:
            trusted_client_clock = self.trusted_client_clock

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "type": type_,
            }
        )
        if backfill is not UNSET:
            field_dict["backfill"] = backfill
        if body is not UNSET:
            field_dict["body"] = body
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if trusted_client_clock is not UNSET:
            field_dict["trusted_client_clock"] = trusted_client_clock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_event_payload_body import DataEventPayloadBody  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("api_key")

        type_ = check_event_type(d.pop("type"))

        def _parse_backfill(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        backfill = _parse_backfill(d.pop("backfill", UNSET))

        _body = d.pop("body", UNSET)
        body: DataEventPayloadBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = DataEventPayloadBody.from_dict(_body)

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

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

        def _parse_trusted_client_clock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        trusted_client_clock = _parse_trusted_client_clock(d.pop("trusted_client_clock", UNSET))

        data_event_payload = cls(
            api_key=api_key,
            type_=type_,
            backfill=backfill,
            body=body,
            idempotency_key=idempotency_key,
            sent_at=sent_at,
            trusted_client_clock=trusted_client_clock,
        )

        data_event_payload.additional_properties = d
        return data_event_payload

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
