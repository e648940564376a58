from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.capture_event import CaptureEvent


T = TypeVar("T", bound="CaptureEventBatchRequestBody")


def _convert_events(value: list[CaptureEvent] | Sequence[CaptureEvent | Mapping[str, Any]]) -> list[CaptureEvent]:
    return cast("list[CaptureEvent]", as_model_list(value, ".capture_event", "CaptureEvent", __package__))


@_attrs_define
class CaptureEventBatchRequestBody:
    """The `CaptureEventBatchRequestBody` object of the API.

    Attributes:
        events (list[CaptureEvent])
    """

    events: list[CaptureEvent] = _attrs_field(converter=_convert_events)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capture_event import CaptureEvent  # noqa: PLC0415

        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = CaptureEvent.from_dict(events_item_data)

            events.append(events_item)

        capture_event_batch_request_body = cls(
            events=events,
        )

        capture_event_batch_request_body.additional_properties = d
        return capture_event_batch_request_body

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
