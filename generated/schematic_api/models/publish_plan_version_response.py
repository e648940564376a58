from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.plan_version_response_data import PlanVersionResponseData
    from ..models.publish_plan_version_response_params import PublishPlanVersionResponseParams


T = TypeVar("T", bound="PublishPlanVersionResponse")


def _convert_data(value: PlanVersionResponseData | Mapping[str, Any]) -> PlanVersionResponseData:
    return cast(
        "PlanVersionResponseData",
        as_model(value, ".plan_version_response_data", "PlanVersionResponseData", __package__),
    )


def _convert_params(value: PublishPlanVersionResponseParams | Mapping[str, Any]) -> PublishPlanVersionResponseParams:
    return cast(
        "PublishPlanVersionResponseParams",
        as_model(value, ".publish_plan_version_response_params", "PublishPlanVersionResponseParams", __package__),
    )


@_attrs_define
class PublishPlanVersionResponse:
    """What publishPlanVersion returns

    Attributes:
        data (PlanVersionResponseData)
        params (PublishPlanVersionResponseParams)
    """

    data: PlanVersionResponseData = _attrs_field(converter=_convert_data)

    params: PublishPlanVersionResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.plan_version_response_data import PlanVersionResponseData  # noqa: PLC0415
        from ..models.publish_plan_version_response_params import PublishPlanVersionResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = PlanVersionResponseData.from_dict(d.pop("data"))

        params = PublishPlanVersionResponseParams.from_dict(d.pop("params"))

        publish_plan_version_response = cls(
            data=data,
            params=params,
        )

        publish_plan_version_response.additional_properties = d
        return publish_plan_version_response

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
