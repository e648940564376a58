from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.create_plan_bundle_response_params import CreatePlanBundleResponseParams
    from ..models.plan_bundle_response_data import PlanBundleResponseData


T = TypeVar("T", bound="CreatePlanBundleResponse")


def _convert_data(value: PlanBundleResponseData | Mapping[str, Any]) -> PlanBundleResponseData:
    return cast(
        "PlanBundleResponseData", as_model(value, ".plan_bundle_response_data", "PlanBundleResponseData", __package__)
    )


def _convert_params(value: CreatePlanBundleResponseParams | Mapping[str, Any]) -> CreatePlanBundleResponseParams:
    return cast(
        "CreatePlanBundleResponseParams",
        as_model(value, ".create_plan_bundle_response_params", "CreatePlanBundleResponseParams", __package__),
    )


@_attrs_define
class CreatePlanBundleResponse:
    """What createPlanBundle returns

    Attributes:
        data (PlanBundleResponseData)
        params (CreatePlanBundleResponseParams)
    """

    data: PlanBundleResponseData = _attrs_field(converter=_convert_data)

    params: CreatePlanBundleResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.create_plan_bundle_response_params import CreatePlanBundleResponseParams  # noqa: PLC0415
        from ..models.plan_bundle_response_data import PlanBundleResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = PlanBundleResponseData.from_dict(d.pop("data"))

        params = CreatePlanBundleResponseParams.from_dict(d.pop("params"))

        create_plan_bundle_response = cls(
            data=data,
            params=params,
        )

        create_plan_bundle_response.additional_properties = d
        return create_plan_bundle_response

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
