from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.manage_plan_response_params import ManagePlanResponseParams
    from ..models.manage_plan_response_response_data import ManagePlanResponseResponseData


T = TypeVar("T", bound="ManagePlanResponse")


def _convert_data(value: ManagePlanResponseResponseData | Mapping[str, Any]) -> ManagePlanResponseResponseData:
    return cast(
        "ManagePlanResponseResponseData",
        as_model(value, ".manage_plan_response_response_data", "ManagePlanResponseResponseData", __package__),
    )


def _convert_params(value: ManagePlanResponseParams | Mapping[str, Any]) -> ManagePlanResponseParams:
    return cast(
        "ManagePlanResponseParams",
        as_model(value, ".manage_plan_response_params", "ManagePlanResponseParams", __package__),
    )


@_attrs_define
class ManagePlanResponse:
    """What managePlan returns

    Attributes:
        data (ManagePlanResponseResponseData)
        params (ManagePlanResponseParams)
    """

    data: ManagePlanResponseResponseData = _attrs_field(converter=_convert_data)

    params: ManagePlanResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.manage_plan_response_params import ManagePlanResponseParams  # noqa: PLC0415
        from ..models.manage_plan_response_response_data import ManagePlanResponseResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = ManagePlanResponseResponseData.from_dict(d.pop("data"))

        params = ManagePlanResponseParams.from_dict(d.pop("params"))

        manage_plan_response = cls(
            data=data,
            params=params,
        )

        manage_plan_response.additional_properties = d
        return manage_plan_response

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
