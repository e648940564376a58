from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, as_model_list

if TYPE_CHECKING:
    from ..models.list_plan_entitlements_params import ListPlanEntitlementsParams
    from ..models.plan_entitlement_response_data import PlanEntitlementResponseData


T = TypeVar("T", bound="ListPlanEntitlementsResponse")


def _convert_data(
    value: list[PlanEntitlementResponseData] | Sequence[PlanEntitlementResponseData | Mapping[str, Any]],
) -> list[PlanEntitlementResponseData]:
    return cast(
        "list[PlanEntitlementResponseData]",
        as_model_list(value, ".plan_entitlement_response_data", "PlanEntitlementResponseData", __package__),
    )


def _convert_params(value: ListPlanEntitlementsParams | Mapping[str, Any]) -> ListPlanEntitlementsParams:
    return cast(
        "ListPlanEntitlementsParams",
        as_model(value, ".list_plan_entitlements_params", "ListPlanEntitlementsParams", __package__),
    )


@_attrs_define
class ListPlanEntitlementsResponse:
    """What listPlanEntitlements returns

    Attributes:
        data (list[PlanEntitlementResponseData])
        params (ListPlanEntitlementsParams): The parameters listPlanEntitlements was called with
    """

    data: list[PlanEntitlementResponseData] = _attrs_field(converter=_convert_data)

    params: ListPlanEntitlementsParams = _attrs_field(converter=_convert_params)

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
        from ..models.list_plan_entitlements_params import ListPlanEntitlementsParams  # noqa: PLC0415
        from ..models.plan_entitlement_response_data import PlanEntitlementResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PlanEntitlementResponseData.from_dict(data_item_data)

            data.append(data_item)

        params = ListPlanEntitlementsParams.from_dict(d.pop("params"))

        list_plan_entitlements_response = cls(
            data=data,
            params=params,
        )

        list_plan_entitlements_response.additional_properties = d
        return list_plan_entitlements_response

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
