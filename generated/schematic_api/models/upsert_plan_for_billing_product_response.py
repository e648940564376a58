from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.plan_detail_response_data import PlanDetailResponseData
    from ..models.upsert_plan_for_billing_product_response_params import UpsertPlanForBillingProductResponseParams


T = TypeVar("T", bound="UpsertPlanForBillingProductResponse")


def _convert_data(value: PlanDetailResponseData | Mapping[str, Any]) -> PlanDetailResponseData:
    return cast(
        "PlanDetailResponseData", as_model(value, ".plan_detail_response_data", "PlanDetailResponseData", __package__)
    )


def _convert_params(
    value: UpsertPlanForBillingProductResponseParams | Mapping[str, Any],
) -> UpsertPlanForBillingProductResponseParams:
    return cast(
        "UpsertPlanForBillingProductResponseParams",
        as_model(
            value,
            ".upsert_plan_for_billing_product_response_params",
            "UpsertPlanForBillingProductResponseParams",
            __package__,
        ),
    )


@_attrs_define
class UpsertPlanForBillingProductResponse:
    """What upsertPlanForBillingProduct returns

    Attributes:
        data (PlanDetailResponseData): A plan with its features, versions, prices and billing
        params (UpsertPlanForBillingProductResponseParams)
    """

    data: PlanDetailResponseData = _attrs_field(converter=_convert_data)

    params: UpsertPlanForBillingProductResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.plan_detail_response_data import PlanDetailResponseData  # noqa: PLC0415
        from ..models.upsert_plan_for_billing_product_response_params import UpsertPlanForBillingProductResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = PlanDetailResponseData.from_dict(d.pop("data"))

        params = UpsertPlanForBillingProductResponseParams.from_dict(d.pop("params"))

        upsert_plan_for_billing_product_response = cls(
            data=data,
            params=params,
        )

        upsert_plan_for_billing_product_response.additional_properties = d
        return upsert_plan_for_billing_product_response

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
