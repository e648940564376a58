from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.custom_plan_billing_response_data import CustomPlanBillingResponseData
    from ..models.retry_custom_plan_billing_response_params import RetryCustomPlanBillingResponseParams


T = TypeVar("T", bound="RetryCustomPlanBillingResponse")


def _convert_data(value: CustomPlanBillingResponseData | Mapping[str, Any]) -> CustomPlanBillingResponseData:
    return cast(
        "CustomPlanBillingResponseData",
        as_model(value, ".custom_plan_billing_response_data", "CustomPlanBillingResponseData", __package__),
    )


def _convert_params(
    value: RetryCustomPlanBillingResponseParams | Mapping[str, Any],
) -> RetryCustomPlanBillingResponseParams:
    return cast(
        "RetryCustomPlanBillingResponseParams",
        as_model(
            value, ".retry_custom_plan_billing_response_params", "RetryCustomPlanBillingResponseParams", __package__
        ),
    )


@_attrs_define
class RetryCustomPlanBillingResponse:
    """What retryCustomPlanBilling returns

    Attributes:
        data (CustomPlanBillingResponseData)
        params (RetryCustomPlanBillingResponseParams)
    """

    data: CustomPlanBillingResponseData = _attrs_field(converter=_convert_data)

    params: RetryCustomPlanBillingResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.custom_plan_billing_response_data import CustomPlanBillingResponseData  # noqa: PLC0415
        from ..models.retry_custom_plan_billing_response_params import RetryCustomPlanBillingResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CustomPlanBillingResponseData.from_dict(d.pop("data"))

        params = RetryCustomPlanBillingResponseParams.from_dict(d.pop("params"))

        retry_custom_plan_billing_response = cls(
            data=data,
            params=params,
        )

        retry_custom_plan_billing_response.additional_properties = d
        return retry_custom_plan_billing_response

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
