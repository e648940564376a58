from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.billing_subscription_response_data import BillingSubscriptionResponseData
    from ..models.upsert_billing_subscription_response_params import UpsertBillingSubscriptionResponseParams


T = TypeVar("T", bound="UpsertBillingSubscriptionResponse")


def _convert_data(value: BillingSubscriptionResponseData | Mapping[str, Any]) -> BillingSubscriptionResponseData:
    return cast(
        "BillingSubscriptionResponseData",
        as_model(value, ".billing_subscription_response_data", "BillingSubscriptionResponseData", __package__),
    )


def _convert_params(
    value: UpsertBillingSubscriptionResponseParams | Mapping[str, Any],
) -> UpsertBillingSubscriptionResponseParams:
    return cast(
        "UpsertBillingSubscriptionResponseParams",
        as_model(
            value,
            ".upsert_billing_subscription_response_params",
            "UpsertBillingSubscriptionResponseParams",
            __package__,
        ),
    )


@_attrs_define
class UpsertBillingSubscriptionResponse:
    """What upsertBillingSubscription returns

    Attributes:
        data (BillingSubscriptionResponseData)
        params (UpsertBillingSubscriptionResponseParams)
    """

    data: BillingSubscriptionResponseData = _attrs_field(converter=_convert_data)

    params: UpsertBillingSubscriptionResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.billing_subscription_response_data import BillingSubscriptionResponseData  # noqa: PLC0415
        from ..models.upsert_billing_subscription_response_params import UpsertBillingSubscriptionResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = BillingSubscriptionResponseData.from_dict(d.pop("data"))

        params = UpsertBillingSubscriptionResponseParams.from_dict(d.pop("params"))

        upsert_billing_subscription_response = cls(
            data=data,
            params=params,
        )

        upsert_billing_subscription_response.additional_properties = d
        return upsert_billing_subscription_response

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
