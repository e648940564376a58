from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.company_subscription_response_data import CompanySubscriptionResponseData
    from ..models.get_active_company_subscription_params import GetActiveCompanySubscriptionParams


T = TypeVar("T", bound="GetActiveCompanySubscriptionResponse")


def _convert_data(
    value: list[CompanySubscriptionResponseData] | Sequence[CompanySubscriptionResponseData | Mapping[str, Any]],
) -> list[CompanySubscriptionResponseData]:
    return cast(
        "list[CompanySubscriptionResponseData]",
        as_model_list(value, ".company_subscription_response_data", "CompanySubscriptionResponseData", __package__),
    )


def _convert_params(
    value: GetActiveCompanySubscriptionParams | Mapping[str, Any],
) -> GetActiveCompanySubscriptionParams:
    return cast(
        "GetActiveCompanySubscriptionParams",
        as_model(value, ".get_active_company_subscription_params", "GetActiveCompanySubscriptionParams", __package__),
    )


@_attrs_define
class GetActiveCompanySubscriptionResponse:
    """What getActiveCompanySubscription returns

    Attributes:
        data (list[CompanySubscriptionResponseData])
        params (GetActiveCompanySubscriptionParams): The parameters getActiveCompanySubscription was called with
    """

    data: list[CompanySubscriptionResponseData] = _attrs_field(converter=_convert_data)

    params: GetActiveCompanySubscriptionParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.company_subscription_response_data import CompanySubscriptionResponseData  # noqa: PLC0415
        from ..models.get_active_company_subscription_params import GetActiveCompanySubscriptionParams  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CompanySubscriptionResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = GetActiveCompanySubscriptionParams.from_dict(d.pop("params"))

        get_active_company_subscription_response = cls(
            data=data,
            params=params,
        )

        get_active_company_subscription_response.additional_properties = d
        return get_active_company_subscription_response

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
