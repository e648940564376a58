from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_status import EventStatus, check_event_status
from ..models.event_type import EventType, check_event_type
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.event_response_data_body import EventResponseDataBody


T = TypeVar("T", bound="EventResponseData")


def _convert_body(value: EventResponseDataBody | Mapping[str, Any]) -> EventResponseDataBody:
    return cast(
        "EventResponseDataBody", as_model(value, ".event_response_data_body", "EventResponseDataBody", __package__)
    )


@_attrs_define
class EventResponseData:
    """The `EventResponseData` object of the API.

    Attributes:
        body (EventResponseDataBody)
        body_preview (str)
        captured_at (datetime.datetime)
        feature_ids (list[str])
        id (str)
        quantity (int)
        status (EventStatus)
        type_ (EventType)
        api_key (None | str | Unset)
        company_id (None | str | Unset)
        enriched_at (datetime.datetime | None | Unset)
        environment_id (None | str | Unset)
        error_message (None | str | Unset)
        idempotency_key (None | str | Unset)
        lease_id (None | str | Unset)
        loaded_at (datetime.datetime | None | Unset)
        processed_at (datetime.datetime | None | Unset)
        sent_at (datetime.datetime | None | Unset)
        subtype (None | str | Unset)
        updated_at (datetime.datetime | None | Unset)
        user_id (None | str | Unset)
    """

    body: EventResponseDataBody = _attrs_field(converter=_convert_body)

    body_preview: str

    captured_at: datetime.datetime

    feature_ids: list[str]

    id: str

    quantity: int

    status: EventStatus

    type_: EventType

    api_key: None | str | Unset = UNSET

    company_id: None | str | Unset = UNSET

    enriched_at: datetime.datetime | None | Unset = UNSET

    environment_id: None | str | Unset = UNSET

    error_message: None | str | Unset = UNSET

    idempotency_key: None | str | Unset = UNSET

    lease_id: None | str | Unset = UNSET

    loaded_at: datetime.datetime | None | Unset = UNSET

    processed_at: datetime.datetime | None | Unset = UNSET

    sent_at: datetime.datetime | None | Unset = UNSET

    subtype: None | str | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body.to_dict()

        body_preview = self.body_preview

        captured_at = self.captured_at.isoformat()

        feature_ids = self.feature_ids

        id = self.id

        quantity = self.quantity

        status: str = self.status

        type_: str = self.type_

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        enriched_at: None | str | Unset
        if isinstance(self.enriched_at, Unset):
            enriched_at = UNSET
        elif isinstance(self.enriched_at, datetime.datetime):
            enriched_at = self.enriched_at.isoformat()
        else:
            enriched_at = self.enriched_at

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        lease_id: None | str | Unset
        if isinstance(self.lease_id, Unset):
            lease_id = UNSET
        else:
            lease_id = self.lease_id

        loaded_at: None | str | Unset
        if isinstance(self.loaded_at, Unset):
            loaded_at = UNSET
        elif isinstance(self.loaded_at, datetime.datetime):
            loaded_at = self.loaded_at.isoformat()
        else:
            loaded_at = self.loaded_at

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        subtype: None | str | Unset
        if isinstance(self.subtype, Unset):
            subtype = UNSET
        else:
            subtype = self.subtype

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "body_preview": body_preview,
                "captured_at": captured_at,
                "feature_ids": feature_ids,
                "id": id,
                "quantity": quantity,
                "status": status,
                "type": type_,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if enriched_at is not UNSET:
            field_dict["enriched_at"] = enriched_at
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if lease_id is not UNSET:
            field_dict["lease_id"] = lease_id
        if loaded_at is not UNSET:
            field_dict["loaded_at"] = loaded_at
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_response_data_body import EventResponseDataBody  # noqa: PLC0415

        d = dict(src_dict)
        body = EventResponseDataBody.from_dict(d.pop("body"))

        body_preview = d.pop("body_preview")

        captured_at = parse_datetime(d.pop("captured_at"))

        feature_ids = cast(list[str], d.pop("feature_ids"))

        id = d.pop("id")

        quantity = d.pop("quantity")

        status = check_event_status(d.pop("status"))

        type_ = check_event_type(d.pop("type"))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_enriched_at(data: object) -> datetime.datetime | None | Unset:
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

        enriched_at = _parse_enriched_at(d.pop("enriched_at", UNSET))

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environment_id", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key", UNSET))

        def _parse_lease_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lease_id = _parse_lease_id(d.pop("lease_id", UNSET))

        def _parse_loaded_at(data: object) -> datetime.datetime | None | Unset:
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

        loaded_at = _parse_loaded_at(d.pop("loaded_at", UNSET))

        def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
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

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

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

        def _parse_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtype = _parse_subtype(d.pop("subtype", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
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

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        event_response_data = cls(
            body=body,
            body_preview=body_preview,
            captured_at=captured_at,
            feature_ids=feature_ids,
            id=id,
            quantity=quantity,
            status=status,
            type_=type_,
            api_key=api_key,
            company_id=company_id,
            enriched_at=enriched_at,
            environment_id=environment_id,
            error_message=error_message,
            idempotency_key=idempotency_key,
            lease_id=lease_id,
            loaded_at=loaded_at,
            processed_at=processed_at,
            sent_at=sent_at,
            subtype=subtype,
            updated_at=updated_at,
            user_id=user_id,
        )

        event_response_data.additional_properties = d
        return event_response_data

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
