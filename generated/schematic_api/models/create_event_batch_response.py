from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.create_event_batch_response_params import CreateEventBatchResponseParams
    from ..models.raw_event_batch_response_data import RawEventBatchResponseData


T = TypeVar("T", bound="CreateEventBatchResponse")


def _convert_data(value: RawEventBatchResponseData | Mapping[str, Any]) -> RawEventBatchResponseData:
    return cast(
        "RawEventBatchResponseData",
        as_model(value, ".raw_event_batch_response_data", "RawEventBatchResponseData", __package__),
    )


def _convert_params(value: CreateEventBatchResponseParams | Mapping[str, Any]) -> CreateEventBatchResponseParams:
    return cast(
        "CreateEventBatchResponseParams",
        as_model(value, ".create_event_batch_response_params", "CreateEventBatchResponseParams", __package__),
    )


@_attrs_define
class CreateEventBatchResponse:
    """What createEventBatch returns

    Attributes:
        data (RawEventBatchResponseData)
        params (CreateEventBatchResponseParams)
    """

    data: RawEventBatchResponseData = _attrs_field(converter=_convert_data)

    params: CreateEventBatchResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.create_event_batch_response_params import CreateEventBatchResponseParams  # noqa: PLC0415
        from ..models.raw_event_batch_response_data import RawEventBatchResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = RawEventBatchResponseData.from_dict(d.pop("data"))

        params = CreateEventBatchResponseParams.from_dict(d.pop("params"))

        create_event_batch_response = cls(
            data=data,
            params=params,
        )

        create_event_batch_response.additional_properties = d
        return create_event_batch_response

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
