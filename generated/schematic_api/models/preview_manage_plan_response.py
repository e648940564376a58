from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.manage_plan_preview_response_response_data import ManagePlanPreviewResponseResponseData
    from ..models.preview_manage_plan_response_params import PreviewManagePlanResponseParams


T = TypeVar("T", bound="PreviewManagePlanResponse")


def _convert_data(
    value: ManagePlanPreviewResponseResponseData | Mapping[str, Any],
) -> ManagePlanPreviewResponseResponseData:
    return cast(
        "ManagePlanPreviewResponseResponseData",
        as_model(
            value, ".manage_plan_preview_response_response_data", "ManagePlanPreviewResponseResponseData", __package__
        ),
    )


def _convert_params(value: PreviewManagePlanResponseParams | Mapping[str, Any]) -> PreviewManagePlanResponseParams:
    return cast(
        "PreviewManagePlanResponseParams",
        as_model(value, ".preview_manage_plan_response_params", "PreviewManagePlanResponseParams", __package__),
    )


@_attrs_define
class PreviewManagePlanResponse:
    """What previewManagePlan returns

    Attributes:
        data (ManagePlanPreviewResponseResponseData)
        params (PreviewManagePlanResponseParams)
    """

    data: ManagePlanPreviewResponseResponseData = _attrs_field(converter=_convert_data)

    params: PreviewManagePlanResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.manage_plan_preview_response_response_data import ManagePlanPreviewResponseResponseData  # noqa: PLC0415
        from ..models.preview_manage_plan_response_params import PreviewManagePlanResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = ManagePlanPreviewResponseResponseData.from_dict(d.pop("data"))

        params = PreviewManagePlanResponseParams.from_dict(d.pop("params"))

        preview_manage_plan_response = cls(
            data=data,
            params=params,
        )

        preview_manage_plan_response.additional_properties = d
        return preview_manage_plan_response

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
