from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.create_plan_entitlement_response_params import CreatePlanEntitlementResponseParams
    from ..models.plan_entitlement_response_data import PlanEntitlementResponseData


T = TypeVar("T", bound="CreatePlanEntitlementResponse")


def _convert_data(value: PlanEntitlementResponseData | Mapping[str, Any]) -> PlanEntitlementResponseData:
    return cast(
        "PlanEntitlementResponseData",
        as_model(value, ".plan_entitlement_response_data", "PlanEntitlementResponseData", __package__),
    )


def _convert_params(
    value: CreatePlanEntitlementResponseParams | Mapping[str, Any],
) -> CreatePlanEntitlementResponseParams:
    return cast(
        "CreatePlanEntitlementResponseParams",
        as_model(value, ".create_plan_entitlement_response_params", "CreatePlanEntitlementResponseParams", __package__),
    )


@_attrs_define
class CreatePlanEntitlementResponse:
    """What createPlanEntitlement returns

    Attributes:
        data (PlanEntitlementResponseData)
        params (CreatePlanEntitlementResponseParams)
    """

    data: PlanEntitlementResponseData = _attrs_field(converter=_convert_data)

    params: CreatePlanEntitlementResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.create_plan_entitlement_response_params import CreatePlanEntitlementResponseParams  # noqa: PLC0415
        from ..models.plan_entitlement_response_data import PlanEntitlementResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = PlanEntitlementResponseData.from_dict(d.pop("data"))

        params = CreatePlanEntitlementResponseParams.from_dict(d.pop("params"))

        create_plan_entitlement_response = cls(
            data=data,
            params=params,
        )

        create_plan_entitlement_response.additional_properties = d
        return create_plan_entitlement_response

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
