from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_user_usage_detail_params import GetUserUsageDetailParams
    from ..models.user_usage_detail_response_data import UserUsageDetailResponseData


T = TypeVar("T", bound="GetUserUsageDetailResponse")


def _convert_data(value: UserUsageDetailResponseData | Mapping[str, Any]) -> UserUsageDetailResponseData:
    return cast(
        "UserUsageDetailResponseData",
        as_model(value, ".user_usage_detail_response_data", "UserUsageDetailResponseData", __package__),
    )


def _convert_params(value: GetUserUsageDetailParams | Mapping[str, Any]) -> GetUserUsageDetailParams:
    return cast(
        "GetUserUsageDetailParams",
        as_model(value, ".get_user_usage_detail_params", "GetUserUsageDetailParams", __package__),
    )


@_attrs_define
class GetUserUsageDetailResponse:
    """What getUserUsageDetail returns

    Attributes:
        data (UserUsageDetailResponseData)
        params (GetUserUsageDetailParams): The parameters getUserUsageDetail was called with
    """

    data: UserUsageDetailResponseData = _attrs_field(converter=_convert_data)

    params: GetUserUsageDetailParams = _attrs_field(converter=_convert_params)

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
        from ..models.get_user_usage_detail_params import GetUserUsageDetailParams  # noqa: PLC0415
        from ..models.user_usage_detail_response_data import UserUsageDetailResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = UserUsageDetailResponseData.from_dict(d.pop("data"))

        params = GetUserUsageDetailParams.from_dict(d.pop("params"))

        get_user_usage_detail_response = cls(
            data=data,
            params=params,
        )

        get_user_usage_detail_response.additional_properties = d
        return get_user_usage_detail_response

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
