from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.component_response_data import ComponentResponseData
    from ..models.update_component_response_params import UpdateComponentResponseParams


T = TypeVar("T", bound="UpdateComponentResponse")


def _convert_data(value: ComponentResponseData | Mapping[str, Any]) -> ComponentResponseData:
    return cast(
        "ComponentResponseData", as_model(value, ".component_response_data", "ComponentResponseData", __package__)
    )


def _convert_params(value: UpdateComponentResponseParams | Mapping[str, Any]) -> UpdateComponentResponseParams:
    return cast(
        "UpdateComponentResponseParams",
        as_model(value, ".update_component_response_params", "UpdateComponentResponseParams", __package__),
    )


@_attrs_define
class UpdateComponentResponse:
    """What updateComponent returns

    Attributes:
        data (ComponentResponseData)
        params (UpdateComponentResponseParams)
    """

    data: ComponentResponseData = _attrs_field(converter=_convert_data)

    params: UpdateComponentResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.component_response_data import ComponentResponseData  # noqa: PLC0415
        from ..models.update_component_response_params import UpdateComponentResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = ComponentResponseData.from_dict(d.pop("data"))

        params = UpdateComponentResponseParams.from_dict(d.pop("params"))

        update_component_response = cls(
            data=data,
            params=params,
        )

        update_component_response.additional_properties = d
        return update_component_response

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
