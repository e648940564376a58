from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.billing_subscription_view import BillingSubscriptionView
    from ..models.update_customer_subscription_trial_end_response_params import (
        UpdateCustomerSubscriptionTrialEndResponseParams,
    )


T = TypeVar("T", bound="UpdateCustomerSubscriptionTrialEndResponse")


def _convert_data(value: BillingSubscriptionView | Mapping[str, Any]) -> BillingSubscriptionView:
    return cast(
        "BillingSubscriptionView", as_model(value, ".billing_subscription_view", "BillingSubscriptionView", __package__)
    )


def _convert_params(
    value: UpdateCustomerSubscriptionTrialEndResponseParams | Mapping[str, Any],
) -> UpdateCustomerSubscriptionTrialEndResponseParams:
    return cast(
        "UpdateCustomerSubscriptionTrialEndResponseParams",
        as_model(
            value,
            ".update_customer_subscription_trial_end_response_params",
            "UpdateCustomerSubscriptionTrialEndResponseParams",
            __package__,
        ),
    )


@_attrs_define
class UpdateCustomerSubscriptionTrialEndResponse:
    """What updateCustomerSubscriptionTrialEnd returns

    Attributes:
        data (BillingSubscriptionView)
        params (UpdateCustomerSubscriptionTrialEndResponseParams)
    """

    data: BillingSubscriptionView = _attrs_field(converter=_convert_data)

    params: UpdateCustomerSubscriptionTrialEndResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.billing_subscription_view import BillingSubscriptionView  # noqa: PLC0415
        from ..models.update_customer_subscription_trial_end_response_params import (
            UpdateCustomerSubscriptionTrialEndResponseParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data = BillingSubscriptionView.from_dict(d.pop("data"))

        params = UpdateCustomerSubscriptionTrialEndResponseParams.from_dict(d.pop("params"))

        update_customer_subscription_trial_end_response = cls(
            data=data,
            params=params,
        )

        update_customer_subscription_trial_end_response.additional_properties = d
        return update_customer_subscription_trial_end_response

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
