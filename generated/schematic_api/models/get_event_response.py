from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.event_detail_response_data import EventDetailResponseData
    from ..models.get_event_response_params import GetEventResponseParams


T = TypeVar("T", bound="GetEventResponse")


def _convert_data(value: EventDetailResponseData | Mapping[str, Any]) -> EventDetailResponseData:
    return cast(
        "EventDetailResponseData",
        as_model(value, ".event_detail_response_data", "EventDetailResponseData", __package__),
    )


def _convert_params(value: GetEventResponseParams | Mapping[str, Any]) -> GetEventResponseParams:
    return cast(
        "GetEventResponseParams", as_model(value, ".get_event_response_params", "GetEventResponseParams", __package__)
    )


@_attrs_define
class GetEventResponse:
    """What getEvent returns

    Attributes:
        data (EventDetailResponseData): A stored event with its processing state
        params (GetEventResponseParams)
    """

    data: EventDetailResponseData = _attrs_field(converter=_convert_data)

    params: GetEventResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.event_detail_response_data import EventDetailResponseData  # noqa: PLC0415
        from ..models.get_event_response_params import GetEventResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = EventDetailResponseData.from_dict(d.pop("data"))

        params = GetEventResponseParams.from_dict(d.pop("params"))

        get_event_response = cls(
            data=data,
            params=params,
        )

        get_event_response.additional_properties = d
        return get_event_response

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
