from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.custom_plan_billing_response_data import CustomPlanBillingResponseData
    from ..models.mark_custom_plan_billing_paid_response_params import MarkCustomPlanBillingPaidResponseParams


T = TypeVar("T", bound="MarkCustomPlanBillingPaidResponse")


def _convert_data(value: CustomPlanBillingResponseData | Mapping[str, Any]) -> CustomPlanBillingResponseData:
    return cast(
        "CustomPlanBillingResponseData",
        as_model(value, ".custom_plan_billing_response_data", "CustomPlanBillingResponseData", __package__),
    )


def _convert_params(
    value: MarkCustomPlanBillingPaidResponseParams | Mapping[str, Any],
) -> MarkCustomPlanBillingPaidResponseParams:
    return cast(
        "MarkCustomPlanBillingPaidResponseParams",
        as_model(
            value,
            ".mark_custom_plan_billing_paid_response_params",
            "MarkCustomPlanBillingPaidResponseParams",
            __package__,
        ),
    )


@_attrs_define
class MarkCustomPlanBillingPaidResponse:
    """What markCustomPlanBillingPaid returns

    Attributes:
        data (CustomPlanBillingResponseData)
        params (MarkCustomPlanBillingPaidResponseParams)
    """

    data: CustomPlanBillingResponseData = _attrs_field(converter=_convert_data)

    params: MarkCustomPlanBillingPaidResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.mark_custom_plan_billing_paid_response_params import MarkCustomPlanBillingPaidResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CustomPlanBillingResponseData.from_dict(d.pop("data"))

        params = MarkCustomPlanBillingPaidResponseParams.from_dict(d.pop("params"))

        mark_custom_plan_billing_paid_response = cls(
            data=data,
            params=params,
        )

        mark_custom_plan_billing_paid_response.additional_properties = d
        return mark_custom_plan_billing_paid_response

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
