from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_user_usage_by_company_params import GetUserUsageByCompanyParams
    from ..models.user_usage_by_company_response_data import UserUsageByCompanyResponseData


T = TypeVar("T", bound="GetUserUsageByCompanyResponse")


def _convert_data(value: UserUsageByCompanyResponseData | Mapping[str, Any]) -> UserUsageByCompanyResponseData:
    return cast(
        "UserUsageByCompanyResponseData",
        as_model(value, ".user_usage_by_company_response_data", "UserUsageByCompanyResponseData", __package__),
    )


def _convert_params(value: GetUserUsageByCompanyParams | Mapping[str, Any]) -> GetUserUsageByCompanyParams:
    return cast(
        "GetUserUsageByCompanyParams",
        as_model(value, ".get_user_usage_by_company_params", "GetUserUsageByCompanyParams", __package__),
    )


@_attrs_define
class GetUserUsageByCompanyResponse:
    """What getUserUsageByCompany returns

    Attributes:
        data (UserUsageByCompanyResponseData)
        params (GetUserUsageByCompanyParams): The parameters getUserUsageByCompany was called with
    """

    data: UserUsageByCompanyResponseData = _attrs_field(converter=_convert_data)

    params: GetUserUsageByCompanyParams = _attrs_field(converter=_convert_params)

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
        from ..models.get_user_usage_by_company_params import GetUserUsageByCompanyParams  # noqa: PLC0415
        from ..models.user_usage_by_company_response_data import UserUsageByCompanyResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = UserUsageByCompanyResponseData.from_dict(d.pop("data"))

        params = GetUserUsageByCompanyParams.from_dict(d.pop("params"))

        get_user_usage_by_company_response = cls(
            data=data,
            params=params,
        )

        get_user_usage_by_company_response.additional_properties = d
        return get_user_usage_by_company_response

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
