from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.company_billing_entity_subscription_response_data import CompanyBillingEntitySubscriptionResponseData
    from ..models.get_billing_entity_child_subscriptions_params import GetBillingEntityChildSubscriptionsParams


T = TypeVar("T", bound="GetBillingEntityChildSubscriptionsResponse")


def _convert_data(
    value: list[CompanyBillingEntitySubscriptionResponseData]
    | Sequence[CompanyBillingEntitySubscriptionResponseData | Mapping[str, Any]],
) -> list[CompanyBillingEntitySubscriptionResponseData]:
    return cast(
        "list[CompanyBillingEntitySubscriptionResponseData]",
        as_model_list(
            value,
            ".company_billing_entity_subscription_response_data",
            "CompanyBillingEntitySubscriptionResponseData",
            __package__,
        ),
    )


def _convert_params(
    value: GetBillingEntityChildSubscriptionsParams | Mapping[str, Any],
) -> GetBillingEntityChildSubscriptionsParams:
    return cast(
        "GetBillingEntityChildSubscriptionsParams",
        as_model(
            value,
            ".get_billing_entity_child_subscriptions_params",
            "GetBillingEntityChildSubscriptionsParams",
            __package__,
        ),
    )


@_attrs_define
class GetBillingEntityChildSubscriptionsResponse:
    """What getBillingEntityChildSubscriptions returns

    Attributes:
        data (list[CompanyBillingEntitySubscriptionResponseData])
        params (GetBillingEntityChildSubscriptionsParams): The parameters getBillingEntityChildSubscriptions was called with
    """

    data: list[CompanyBillingEntitySubscriptionResponseData] = _attrs_field(converter=_convert_data)

    params: GetBillingEntityChildSubscriptionsParams = _attrs_field(converter=_convert_params)

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
        from ..models.company_billing_entity_subscription_response_data import (
            CompanyBillingEntitySubscriptionResponseData,  # noqa: PLC0415
        )
        from ..models.get_billing_entity_child_subscriptions_params import GetBillingEntityChildSubscriptionsParams  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CompanyBillingEntitySubscriptionResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = GetBillingEntityChildSubscriptionsParams.from_dict(d.pop("params"))

        get_billing_entity_child_subscriptions_response = cls(
            data=data,
            params=params,
        )

        get_billing_entity_child_subscriptions_response.additional_properties = d
        return get_billing_entity_child_subscriptions_response

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
