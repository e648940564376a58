from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.integrations_data_set_response_data import IntegrationsDataSetResponseData
    from ..models.load_sample_data_set_response_params import LoadSampleDataSetResponseParams


T = TypeVar("T", bound="LoadSampleDataSetResponse")


def _convert_data(value: IntegrationsDataSetResponseData | Mapping[str, Any]) -> IntegrationsDataSetResponseData:
    return cast(
        "IntegrationsDataSetResponseData",
        as_model(value, ".integrations_data_set_response_data", "IntegrationsDataSetResponseData", __package__),
    )


def _convert_params(value: LoadSampleDataSetResponseParams | Mapping[str, Any]) -> LoadSampleDataSetResponseParams:
    return cast(
        "LoadSampleDataSetResponseParams",
        as_model(value, ".load_sample_data_set_response_params", "LoadSampleDataSetResponseParams", __package__),
    )


@_attrs_define
class LoadSampleDataSetResponse:
    """What loadSampleDataSet returns

    Attributes:
        data (IntegrationsDataSetResponseData)
        params (LoadSampleDataSetResponseParams)
    """

    data: IntegrationsDataSetResponseData = _attrs_field(converter=_convert_data)

    params: LoadSampleDataSetResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.integrations_data_set_response_data import IntegrationsDataSetResponseData  # noqa: PLC0415
        from ..models.load_sample_data_set_response_params import LoadSampleDataSetResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = IntegrationsDataSetResponseData.from_dict(d.pop("data"))

        params = LoadSampleDataSetResponseParams.from_dict(d.pop("params"))

        load_sample_data_set_response = cls(
            data=data,
            params=params,
        )

        load_sample_data_set_response.additional_properties = d
        return load_sample_data_set_response

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
