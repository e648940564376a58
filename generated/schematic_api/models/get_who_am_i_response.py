from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_who_am_i_response_params import GetWhoAmIResponseParams
    from ..models.who_am_i_response_data import WhoAmIResponseData


T = TypeVar("T", bound="GetWhoAmIResponse")


def _convert_data(value: WhoAmIResponseData | Mapping[str, Any]) -> WhoAmIResponseData:
    return cast("WhoAmIResponseData", as_model(value, ".who_am_i_response_data", "WhoAmIResponseData", __package__))


def _convert_params(value: GetWhoAmIResponseParams | Mapping[str, Any]) -> GetWhoAmIResponseParams:
    return cast(
        "GetWhoAmIResponseParams",
        as_model(value, ".get_who_am_i_response_params", "GetWhoAmIResponseParams", __package__),
    )


@_attrs_define
class GetWhoAmIResponse:
    """What getWhoAmI returns

    Attributes:
        data (WhoAmIResponseData)
        params (GetWhoAmIResponseParams)
    """

    data: WhoAmIResponseData = _attrs_field(converter=_convert_data)

    params: GetWhoAmIResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.get_who_am_i_response_params import GetWhoAmIResponseParams  # noqa: PLC0415
        from ..models.who_am_i_response_data import WhoAmIResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = WhoAmIResponseData.from_dict(d.pop("data"))

        params = GetWhoAmIResponseParams.from_dict(d.pop("params"))

        get_who_am_i_response = cls(
            data=data,
            params=params,
        )

        get_who_am_i_response.additional_properties = d
        return get_who_am_i_response

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
