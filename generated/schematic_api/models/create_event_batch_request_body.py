from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.create_event_request_body import CreateEventRequestBody


T = TypeVar("T", bound="CreateEventBatchRequestBody")


def _convert_events(
    value: list[CreateEventRequestBody] | Sequence[CreateEventRequestBody | Mapping[str, Any]],
) -> list[CreateEventRequestBody]:
    return cast(
        "list[CreateEventRequestBody]",
        as_model_list(value, ".create_event_request_body", "CreateEventRequestBody", __package__),
    )


@_attrs_define
class CreateEventBatchRequestBody:
    """The `CreateEventBatchRequestBody` object of the API.

    Attributes:
        events (list[CreateEventRequestBody])
    """

    events: list[CreateEventRequestBody] = _attrs_field(converter=_convert_events)

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
        from ..models.create_event_request_body import CreateEventRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = CreateEventRequestBody.from_dict(events_item_data)

            events.append(events_item)

        create_event_batch_request_body = cls(
            events=events,
        )

        create_event_batch_request_body.additional_properties = d
        return create_event_batch_request_body

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
