from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.assume_stripe_installed_response_params import AssumeStripeInstalledResponseParams
    from ..models.integration_install_response_data import IntegrationInstallResponseData


T = TypeVar("T", bound="AssumeStripeInstalledResponse")


def _convert_data(value: IntegrationInstallResponseData | Mapping[str, Any]) -> IntegrationInstallResponseData:
    return cast(
        "IntegrationInstallResponseData",
        as_model(value, ".integration_install_response_data", "IntegrationInstallResponseData", __package__),
    )


def _convert_params(
    value: AssumeStripeInstalledResponseParams | Mapping[str, Any],
) -> AssumeStripeInstalledResponseParams:
    return cast(
        "AssumeStripeInstalledResponseParams",
        as_model(value, ".assume_stripe_installed_response_params", "AssumeStripeInstalledResponseParams", __package__),
    )


@_attrs_define
class AssumeStripeInstalledResponse:
    """What assumeStripeInstalled returns

    Attributes:
        data (IntegrationInstallResponseData)
        params (AssumeStripeInstalledResponseParams)
    """

    data: IntegrationInstallResponseData = _attrs_field(converter=_convert_data)

    params: AssumeStripeInstalledResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.assume_stripe_installed_response_params import AssumeStripeInstalledResponseParams  # noqa: PLC0415
        from ..models.integration_install_response_data import IntegrationInstallResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = IntegrationInstallResponseData.from_dict(d.pop("data"))

        params = AssumeStripeInstalledResponseParams.from_dict(d.pop("params"))

        assume_stripe_installed_response = cls(
            data=data,
            params=params,
        )

        assume_stripe_installed_response.additional_properties = d
        return assume_stripe_installed_response

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
