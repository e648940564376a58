from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.create_event_response_params import CreateEventResponseParams
    from ..models.raw_event_response_data import RawEventResponseData


T = TypeVar("T", bound="CreateEventResponse")


def _convert_data(value: RawEventResponseData | Mapping[str, Any]) -> RawEventResponseData:
    return cast(
        "RawEventResponseData", as_model(value, ".raw_event_response_data", "RawEventResponseData", __package__)
    )


def _convert_params(value: CreateEventResponseParams | Mapping[str, Any]) -> CreateEventResponseParams:
    return cast(
        "CreateEventResponseParams",
        as_model(value, ".create_event_response_params", "CreateEventResponseParams", __package__),
    )


@_attrs_define
class CreateEventResponse:
    """What createEvent returns

    Attributes:
        data (RawEventResponseData): Receipt of a captured event
        params (CreateEventResponseParams)
    """

    data: RawEventResponseData = _attrs_field(converter=_convert_data)

    params: CreateEventResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.create_event_response_params import CreateEventResponseParams  # noqa: PLC0415
        from ..models.raw_event_response_data import RawEventResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = RawEventResponseData.from_dict(d.pop("data"))

        params = CreateEventResponseParams.from_dict(d.pop("params"))

        create_event_response = cls(
            data=data,
            params=params,
        )

        create_event_response.additional_properties = d
        return create_event_response

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
