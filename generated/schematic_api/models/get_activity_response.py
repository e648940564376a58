from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.activity_response_response_data import ActivityResponseResponseData
    from ..models.get_activity_params import GetActivityParams


T = TypeVar("T", bound="GetActivityResponse")


def _convert_data(value: ActivityResponseResponseData | Mapping[str, Any]) -> ActivityResponseResponseData:
    return cast(
        "ActivityResponseResponseData",
        as_model(value, ".activity_response_response_data", "ActivityResponseResponseData", __package__),
    )


def _convert_params(value: GetActivityParams | Mapping[str, Any]) -> GetActivityParams:
    return cast("GetActivityParams", as_model(value, ".get_activity_params", "GetActivityParams", __package__))


@_attrs_define
class GetActivityResponse:
    """What getActivity returns

    Attributes:
        data (ActivityResponseResponseData)
        params (GetActivityParams): The parameters getActivity was called with
    """

    data: ActivityResponseResponseData = _attrs_field(converter=_convert_data)

    params: GetActivityParams = _attrs_field(converter=_convert_params)

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
        from ..models.activity_response_response_data import ActivityResponseResponseData  # noqa: PLC0415
        from ..models.get_activity_params import GetActivityParams  # noqa: PLC0415

        d = dict(src_dict)
        data = ActivityResponseResponseData.from_dict(d.pop("data"))

        params = GetActivityParams.from_dict(d.pop("params"))

        get_activity_response = cls(
            data=data,
            params=params,
        )

        get_activity_response.additional_properties = d
        return get_activity_response

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
