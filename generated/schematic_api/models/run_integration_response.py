from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.integrations_response_data import IntegrationsResponseData
    from ..models.run_integration_response_params import RunIntegrationResponseParams


T = TypeVar("T", bound="RunIntegrationResponse")


def _convert_data(value: IntegrationsResponseData | Mapping[str, Any]) -> IntegrationsResponseData:
    return cast(
        "IntegrationsResponseData",
        as_model(value, ".integrations_response_data", "IntegrationsResponseData", __package__),
    )


def _convert_params(value: RunIntegrationResponseParams | Mapping[str, Any]) -> RunIntegrationResponseParams:
    return cast(
        "RunIntegrationResponseParams",
        as_model(value, ".run_integration_response_params", "RunIntegrationResponseParams", __package__),
    )


@_attrs_define
class RunIntegrationResponse:
    """What runIntegration returns

    Attributes:
        data (IntegrationsResponseData)
        params (RunIntegrationResponseParams)
    """

    data: IntegrationsResponseData = _attrs_field(converter=_convert_data)

    params: RunIntegrationResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.integrations_response_data import IntegrationsResponseData  # noqa: PLC0415
        from ..models.run_integration_response_params import RunIntegrationResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = IntegrationsResponseData.from_dict(d.pop("data"))

        params = RunIntegrationResponseParams.from_dict(d.pop("params"))

        run_integration_response = cls(
            data=data,
            params=params,
        )

        run_integration_response.additional_properties = d
        return run_integration_response

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
