from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.component_preview_response_data import ComponentPreviewResponseData
    from ..models.preview_component_data_params import PreviewComponentDataParams


T = TypeVar("T", bound="PreviewComponentDataResponse")


def _convert_data(value: ComponentPreviewResponseData | Mapping[str, Any]) -> ComponentPreviewResponseData:
    return cast(
        "ComponentPreviewResponseData",
        as_model(value, ".component_preview_response_data", "ComponentPreviewResponseData", __package__),
    )


def _convert_params(value: PreviewComponentDataParams | Mapping[str, Any]) -> PreviewComponentDataParams:
    return cast(
        "PreviewComponentDataParams",
        as_model(value, ".preview_component_data_params", "PreviewComponentDataParams", __package__),
    )


@_attrs_define
class PreviewComponentDataResponse:
    """What previewComponentData returns

    Attributes:
        data (ComponentPreviewResponseData)
        params (PreviewComponentDataParams): The parameters previewComponentData was called with
    """

    data: ComponentPreviewResponseData = _attrs_field(converter=_convert_data)

    params: PreviewComponentDataParams = _attrs_field(converter=_convert_params)

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
        from ..models.component_preview_response_data import ComponentPreviewResponseData  # noqa: PLC0415
        from ..models.preview_component_data_params import PreviewComponentDataParams  # noqa: PLC0415

        d = dict(src_dict)
        data = ComponentPreviewResponseData.from_dict(d.pop("data"))

        params = PreviewComponentDataParams.from_dict(d.pop("params"))

        preview_component_data_response = cls(
            data=data,
            params=params,
        )

        preview_component_data_response.additional_properties = d
        return preview_component_data_response

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
