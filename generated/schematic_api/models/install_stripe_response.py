from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.install_stripe_response_params import InstallStripeResponseParams
    from ..models.integration_install_response_data import IntegrationInstallResponseData


T = TypeVar("T", bound="InstallStripeResponse")


def _convert_data(value: IntegrationInstallResponseData | Mapping[str, Any]) -> IntegrationInstallResponseData:
    return cast(
        "IntegrationInstallResponseData",
        as_model(value, ".integration_install_response_data", "IntegrationInstallResponseData", __package__),
    )


def _convert_params(value: InstallStripeResponseParams | Mapping[str, Any]) -> InstallStripeResponseParams:
    return cast(
        "InstallStripeResponseParams",
        as_model(value, ".install_stripe_response_params", "InstallStripeResponseParams", __package__),
    )


@_attrs_define
class InstallStripeResponse:
    """What installStripe returns

    Attributes:
        data (IntegrationInstallResponseData)
        params (InstallStripeResponseParams)
    """

    data: IntegrationInstallResponseData = _attrs_field(converter=_convert_data)

    params: InstallStripeResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.install_stripe_response_params import InstallStripeResponseParams  # noqa: PLC0415
        from ..models.integration_install_response_data import IntegrationInstallResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = IntegrationInstallResponseData.from_dict(d.pop("data"))

        params = InstallStripeResponseParams.from_dict(d.pop("params"))

        install_stripe_response = cls(
            data=data,
            params=params,
        )

        install_stripe_response.additional_properties = d
        return install_stripe_response

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
