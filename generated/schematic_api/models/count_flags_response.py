from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.count_flags_params import CountFlagsParams
    from ..models.count_response import CountResponse


T = TypeVar("T", bound="CountFlagsResponse")


def _convert_data(value: CountResponse | Mapping[str, Any]) -> CountResponse:
    return cast("CountResponse", as_model(value, ".count_response", "CountResponse", __package__))


def _convert_params(value: CountFlagsParams | Mapping[str, Any]) -> CountFlagsParams:
    return cast("CountFlagsParams", as_model(value, ".count_flags_params", "CountFlagsParams", __package__))


@_attrs_define
class CountFlagsResponse:
    """What countFlags returns

    Attributes:
        data (CountResponse)
        params (CountFlagsParams): The parameters countFlags was called with
    """

    data: CountResponse = _attrs_field(converter=_convert_data)

    params: CountFlagsParams = _attrs_field(converter=_convert_params)

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
        from ..models.count_flags_params import CountFlagsParams  # noqa: PLC0415
        from ..models.count_response import CountResponse  # noqa: PLC0415

        d = dict(src_dict)
        data = CountResponse.from_dict(d.pop("data"))

        params = CountFlagsParams.from_dict(d.pop("params"))

        count_flags_response = cls(
            data=data,
            params=params,
        )

        count_flags_response.additional_properties = d
        return count_flags_response

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
