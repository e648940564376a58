from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_state import IntegrationState, check_integration_state
from ..models.integration_type import IntegrationType, check_integration_type
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.clerk_integration_config import ClerkIntegrationConfig
    from ..models.integration_capabilities import IntegrationCapabilities
    from ..models.metronome_integration_config import MetronomeIntegrationConfig
    from ..models.orb_integration_config import OrbIntegrationConfig
    from ..models.stripe_integration_config import StripeIntegrationConfig
    from ..models.work_os_integration_config import WorkOSIntegrationConfig


T = TypeVar("T", bound="IntegrationsListResponseData")


def _convert_capabilities(value: IntegrationCapabilities | Mapping[str, Any]) -> IntegrationCapabilities:
    return cast(
        "IntegrationCapabilities", as_model(value, ".integration_capabilities", "IntegrationCapabilities", __package__)
    )


@_attrs_define
class IntegrationsListResponseData:
    """The `IntegrationsListResponseData` object of the API.

    Attributes:
        capabilities (IntegrationCapabilities)
        id (str)
        is_app_install (bool)
        is_connect_install (bool)
        state (IntegrationState)
        type_ (IntegrationType)
        config (ClerkIntegrationConfig | MetronomeIntegrationConfig | OrbIntegrationConfig | StripeIntegrationConfig | Unset | WorkOSIntegrationConfig)
        last_webhook_received_at (datetime.datetime | None | Unset)
    """

    capabilities: IntegrationCapabilities = _attrs_field(converter=_convert_capabilities)

    id: str

    is_app_install: bool

    is_connect_install: bool

    state: IntegrationState

    type_: IntegrationType

    config: (
        ClerkIntegrationConfig
        | MetronomeIntegrationConfig
        | OrbIntegrationConfig
        | StripeIntegrationConfig
        | Unset
        | WorkOSIntegrationConfig
    ) = UNSET

    last_webhook_received_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clerk_integration_config import ClerkIntegrationConfig  # noqa: PLC0415
        from ..models.orb_integration_config import OrbIntegrationConfig  # noqa: PLC0415
        from ..models.stripe_integration_config import StripeIntegrationConfig  # noqa: PLC0415
        from ..models.work_os_integration_config import WorkOSIntegrationConfig  # noqa: PLC0415

        capabilities = self.capabilities.to_dict()

        id = self.id

        is_app_install = self.is_app_install

        is_connect_install = self.is_connect_install

        state: str = self.state

        type_: str = self.type_

        config: dict[str, Any] | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, StripeIntegrationConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, OrbIntegrationConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, ClerkIntegrationConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, WorkOSIntegrationConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        last_webhook_received_at: None | str | Unset
        if isinstance(self.last_webhook_received_at, Unset):
            last_webhook_received_at = UNSET
        elif isinstance(self.last_webhook_received_at, datetime.datetime):
            last_webhook_received_at = self.last_webhook_received_at.isoformat()
        else:
            last_webhook_received_at = self.last_webhook_received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capabilities": capabilities,
                "id": id,
                "is_app_install": is_app_install,
                "is_connect_install": is_connect_install,
                "state": state,
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if last_webhook_received_at is not UNSET:
            field_dict["last_webhook_received_at"] = last_webhook_received_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clerk_integration_config import ClerkIntegrationConfig  # noqa: PLC0415
        from ..models.integration_capabilities import IntegrationCapabilities  # noqa: PLC0415
        from ..models.metronome_integration_config import MetronomeIntegrationConfig  # noqa: PLC0415
        from ..models.orb_integration_config import OrbIntegrationConfig  # noqa: PLC0415
        from ..models.stripe_integration_config import StripeIntegrationConfig  # noqa: PLC0415
        from ..models.work_os_integration_config import WorkOSIntegrationConfig  # noqa: PLC0415

        d = dict(src_dict)
        capabilities = IntegrationCapabilities.from_dict(d.pop("capabilities"))

        id = d.pop("id")

        is_app_install = d.pop("is_app_install")

        is_connect_install = d.pop("is_connect_install")

        state = check_integration_state(d.pop("state"))

        type_ = check_integration_type(d.pop("type"))

        def _parse_config(
            data: object,
        ) -> (
            ClerkIntegrationConfig
            | MetronomeIntegrationConfig
            | OrbIntegrationConfig
            | StripeIntegrationConfig
            | Unset
            | WorkOSIntegrationConfig
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return StripeIntegrationConfig.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return OrbIntegrationConfig.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return ClerkIntegrationConfig.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return WorkOSIntegrationConfig.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            return MetronomeIntegrationConfig.from_dict(data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_last_webhook_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_webhook_received_at = _parse_last_webhook_received_at(d.pop("last_webhook_received_at", UNSET))

        integrations_list_response_data = cls(
            capabilities=capabilities,
            id=id,
            is_app_install=is_app_install,
            is_connect_install=is_connect_install,
            state=state,
            type_=type_,
            config=config,
            last_webhook_received_at=last_webhook_received_at,
        )

        integrations_list_response_data.additional_properties = d
        return integrations_list_response_data

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
