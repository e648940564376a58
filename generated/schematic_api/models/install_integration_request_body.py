from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_matching_criteria import CompanyMatchingCriteria, check_company_matching_criteria
from ..models.integration_type import IntegrationType, check_integration_type
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.install_integration_request_body_config import InstallIntegrationRequestBodyConfig


T = TypeVar("T", bound="InstallIntegrationRequestBody")


def _convert_config(
    value: InstallIntegrationRequestBodyConfig | Unset | Mapping[str, Any],
) -> InstallIntegrationRequestBodyConfig | Unset:
    return cast(
        "InstallIntegrationRequestBodyConfig | Unset",
        as_model(value, ".install_integration_request_body_config", "InstallIntegrationRequestBodyConfig", __package__),
    )


@_attrs_define
class InstallIntegrationRequestBody:
    """The `InstallIntegrationRequestBody` object of the API.

    Attributes:
        type_ (IntegrationType)
        company_matching_criteria (CompanyMatchingCriteria | None | Unset)
        company_matching_field (None | str | Unset)
        config (InstallIntegrationRequestBodyConfig | Unset)
        is_sandbox (bool | None | Unset)
        live_mode (bool | None | Unset)
    """

    type_: IntegrationType

    company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET

    company_matching_field: None | str | Unset = UNSET

    config: InstallIntegrationRequestBodyConfig | Unset = _attrs_field(default=UNSET, converter=_convert_config)

    is_sandbox: bool | None | Unset = UNSET

    live_mode: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

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

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        is_sandbox: bool | None | Unset
        if isinstance(self.is_sandbox, Unset):
            is_sandbox = UNSET
        else:
            is_sandbox = self.is_sandbox

        live_mode: bool | None | Unset
        if isinstance(self.live_mode, Unset):
            live_mode = UNSET
        else:
            live_mode = self.live_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if company_matching_criteria is not UNSET:
            field_dict["company_matching_criteria"] = company_matching_criteria
        if company_matching_field is not UNSET:
            field_dict["company_matching_field"] = company_matching_field
        if config is not UNSET:
            field_dict["config"] = config
        if is_sandbox is not UNSET:
            field_dict["is_sandbox"] = is_sandbox
        if live_mode is not UNSET:
            field_dict["live_mode"] = live_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.install_integration_request_body_config import InstallIntegrationRequestBodyConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_integration_type(d.pop("type"))

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

        _config = d.pop("config", UNSET)
        config: InstallIntegrationRequestBodyConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = InstallIntegrationRequestBodyConfig.from_dict(_config)

        def _parse_is_sandbox(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_sandbox = _parse_is_sandbox(d.pop("is_sandbox", UNSET))

        def _parse_live_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        live_mode = _parse_live_mode(d.pop("live_mode", UNSET))

        install_integration_request_body = cls(
            type_=type_,
            company_matching_criteria=company_matching_criteria,
            company_matching_field=company_matching_field,
            config=config,
            is_sandbox=is_sandbox,
            live_mode=live_mode,
        )

        install_integration_request_body.additional_properties = d
        return install_integration_request_body

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
