from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.integration_capabilities import IntegrationCapabilities
    from ..models.integration_install_config import IntegrationInstallConfig
    from ..models.integration_response_data import IntegrationResponseData


T = TypeVar("T", bound="IntegrationInstallResponseData")


def _convert_capabilities(value: IntegrationCapabilities | Mapping[str, Any]) -> IntegrationCapabilities:
    return cast(
        "IntegrationCapabilities", as_model(value, ".integration_capabilities", "IntegrationCapabilities", __package__)
    )


def _convert_config(value: IntegrationInstallConfig | Mapping[str, Any]) -> IntegrationInstallConfig:
    return cast(
        "IntegrationInstallConfig",
        as_model(value, ".integration_install_config", "IntegrationInstallConfig", __package__),
    )


def _convert_integration(value: IntegrationResponseData | Mapping[str, Any]) -> IntegrationResponseData:
    return cast(
        "IntegrationResponseData", as_model(value, ".integration_response_data", "IntegrationResponseData", __package__)
    )


@_attrs_define
class IntegrationInstallResponseData:
    """The `IntegrationInstallResponseData` object of the API.

    Attributes:
        capabilities (IntegrationCapabilities)
        config (IntegrationInstallConfig)
        integration (IntegrationResponseData)
    """

    capabilities: IntegrationCapabilities = _attrs_field(converter=_convert_capabilities)

    config: IntegrationInstallConfig = _attrs_field(converter=_convert_config)

    integration: IntegrationResponseData = _attrs_field(converter=_convert_integration)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capabilities = self.capabilities.to_dict()

        config = self.config.to_dict()

        integration = self.integration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capabilities": capabilities,
                "config": config,
                "integration": integration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_capabilities import IntegrationCapabilities  # noqa: PLC0415
        from ..models.integration_install_config import IntegrationInstallConfig  # noqa: PLC0415
        from ..models.integration_response_data import IntegrationResponseData  # noqa: PLC0415

        d = dict(src_dict)
        capabilities = IntegrationCapabilities.from_dict(d.pop("capabilities"))

        config = IntegrationInstallConfig.from_dict(d.pop("config"))

        integration = IntegrationResponseData.from_dict(d.pop("integration"))

        integration_install_response_data = cls(
            capabilities=capabilities,
            config=config,
            integration=integration,
        )

        integration_install_response_data.additional_properties = d
        return integration_install_response_data

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
