from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_matching_criteria import CompanyMatchingCriteria, check_company_matching_criteria
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.clerk_integration_config import ClerkIntegrationConfig
    from ..models.metronome_integration_config import MetronomeIntegrationConfig
    from ..models.orb_integration_config import OrbIntegrationConfig
    from ..models.stripe_integration_config import StripeIntegrationConfig
    from ..models.work_os_integration_config import WorkOSIntegrationConfig


T = TypeVar("T", bound="IntegrationInstallConfig")


@_attrs_define
class IntegrationInstallConfig:
    """The `IntegrationInstallConfig` object of the API.

    Attributes:
        created_at (datetime.datetime)
        id (str)
        integration_id (str)
        is_app_install (bool)
        is_connect_install (bool)
        live_mode (bool)
        updated_at (datetime.datetime)
        company_matching_criteria (CompanyMatchingCriteria | None | Unset)
        company_matching_field (None | str | Unset)
        config (ClerkIntegrationConfig | MetronomeIntegrationConfig | OrbIntegrationConfig | StripeIntegrationConfig | Unset | WorkOSIntegrationConfig)
    """

    created_at: datetime.datetime

    id: str

    integration_id: str

    is_app_install: bool

    is_connect_install: bool

    live_mode: bool

    updated_at: datetime.datetime

    company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET

    company_matching_field: None | str | Unset = UNSET

    config: (
        ClerkIntegrationConfig
        | MetronomeIntegrationConfig
        | OrbIntegrationConfig
        | StripeIntegrationConfig
        | Unset
        | WorkOSIntegrationConfig
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clerk_integration_config import ClerkIntegrationConfig  # noqa: PLC0415
        from ..models.orb_integration_config import OrbIntegrationConfig  # noqa: PLC0415
        from ..models.stripe_integration_config import StripeIntegrationConfig  # noqa: PLC0415
        from ..models.work_os_integration_config import WorkOSIntegrationConfig  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        id = self.id

        integration_id = self.integration_id

        is_app_install = self.is_app_install

        is_connect_install = self.is_connect_install

        live_mode = self.live_mode

        updated_at = self.updated_at.isoformat()

        company_matching_criteria: None | str | Unset
        if isinstance(self.company_matching_criteria, Unset):
            company_matching_criteria = UNSET
        elif isinstance(self.company_matching_criteria, str):
            company_matching_criteria = self.company_matching_criteria
        else:
            company_matching_criteria = self.company_matching_criteria

        company_matching_field: None | str | Unset
        if isinstance(self.company_matching_field, Unset):
            company_matching_field = UNSET
        else:
            company_matching_field = self.company_matching_field

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "integration_id": integration_id,
                "is_app_install": is_app_install,
                "is_connect_install": is_connect_install,
                "live_mode": live_mode,
                "updated_at": updated_at,
            }
        )
        if company_matching_criteria is not UNSET:
            field_dict["company_matching_criteria"] = company_matching_criteria
        if company_matching_field is not UNSET:
            field_dict["company_matching_field"] = company_matching_field
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clerk_integration_config import ClerkIntegrationConfig  # noqa: PLC0415
        from ..models.metronome_integration_config import MetronomeIntegrationConfig  # noqa: PLC0415
        from ..models.orb_integration_config import OrbIntegrationConfig  # noqa: PLC0415
        from ..models.stripe_integration_config import StripeIntegrationConfig  # noqa: PLC0415
        from ..models.work_os_integration_config import WorkOSIntegrationConfig  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        integration_id = d.pop("integration_id")

        is_app_install = d.pop("is_app_install")

        is_connect_install = d.pop("is_connect_install")

        live_mode = d.pop("live_mode")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_company_matching_criteria(data: object) -> CompanyMatchingCriteria | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_company_matching_criteria(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyMatchingCriteria | None | Unset, data)

        company_matching_criteria = _parse_company_matching_criteria(d.pop("company_matching_criteria", UNSET))

        def _parse_company_matching_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_matching_field = _parse_company_matching_field(d.pop("company_matching_field", UNSET))

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

        integration_install_config = cls(
            created_at=created_at,
            id=id,
            integration_id=integration_id,
            is_app_install=is_app_install,
            is_connect_install=is_connect_install,
            live_mode=live_mode,
            updated_at=updated_at,
            company_matching_criteria=company_matching_criteria,
            company_matching_field=company_matching_field,
            config=config,
        )

        integration_install_config.additional_properties = d
        return integration_install_config

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
