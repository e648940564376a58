from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_scope import ApiKeyScope, check_api_key_scope
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.api_key_integration_response_data import ApiKeyIntegrationResponseData
    from ..models.environment_response_data import EnvironmentResponseData


T = TypeVar("T", bound="ApiKeyCreateResponseData")


def _convert_environment(value: EnvironmentResponseData | Unset | Mapping[str, Any]) -> EnvironmentResponseData | Unset:
    return cast(
        "EnvironmentResponseData | Unset",
        as_model(value, ".environment_response_data", "EnvironmentResponseData", __package__),
    )


def _convert_integration(
    value: ApiKeyIntegrationResponseData | Unset | Mapping[str, Any],
) -> ApiKeyIntegrationResponseData | Unset:
    return cast(
        "ApiKeyIntegrationResponseData | Unset",
        as_model(value, ".api_key_integration_response_data", "ApiKeyIntegrationResponseData", __package__),
    )


@_attrs_define
class ApiKeyCreateResponseData:
    """The `ApiKeyCreateResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        id (str)
        name (str)
        readonly (bool)
        scopes (list[ApiKeyScope])
        secret (str)
        updated_at (datetime.datetime)
        description (None | str | Unset)
        environment (EnvironmentResponseData | Unset)
        environment_id (None | str | Unset)
        integration (ApiKeyIntegrationResponseData | Unset)
        last_used_at (datetime.datetime | None | Unset)
        rate_limit_percent (int | None | Unset)
    """

    created_at: datetime.datetime

    id: str

    name: str

    readonly: bool

    scopes: list[ApiKeyScope]

    secret: str

    updated_at: datetime.datetime

    description: None | str | Unset = UNSET

    environment: EnvironmentResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_environment)

    environment_id: None | str | Unset = UNSET

    integration: ApiKeyIntegrationResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_integration)

    last_used_at: datetime.datetime | None | Unset = UNSET

    rate_limit_percent: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        readonly = self.readonly

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str = scopes_item_data
            scopes.append(scopes_item)

        secret = self.secret

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        integration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration, Unset):
            integration = self.integration.to_dict()

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        rate_limit_percent: int | None | Unset
        if isinstance(self.rate_limit_percent, Unset):
            rate_limit_percent = UNSET
        else:
            rate_limit_percent = self.rate_limit_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "readonly": readonly,
                "scopes": scopes,
                "secret": secret,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if environment is not UNSET:
            field_dict["environment"] = environment
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if integration is not UNSET:
            field_dict["integration"] = integration
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if rate_limit_percent is not UNSET:
            field_dict["rate_limit_percent"] = rate_limit_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key_integration_response_data import ApiKeyIntegrationResponseData  # noqa: PLC0415
        from ..models.environment_response_data import EnvironmentResponseData  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        name = d.pop("name")

        readonly = d.pop("readonly")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = check_api_key_scope(scopes_item_data)

            scopes.append(scopes_item)

        secret = d.pop("secret")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _environment = d.pop("environment", UNSET)
        environment: EnvironmentResponseData | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = EnvironmentResponseData.from_dict(_environment)

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environment_id", UNSET))

        _integration = d.pop("integration", UNSET)
        integration: ApiKeyIntegrationResponseData | Unset
        if isinstance(_integration, Unset):
            integration = UNSET
        else:
            integration = ApiKeyIntegrationResponseData.from_dict(_integration)

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
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

        last_used_at = _parse_last_used_at(d.pop("last_used_at", UNSET))

        def _parse_rate_limit_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_percent = _parse_rate_limit_percent(d.pop("rate_limit_percent", UNSET))

        api_key_create_response_data = cls(
            created_at=created_at,
            id=id,
            name=name,
            readonly=readonly,
            scopes=scopes,
            secret=secret,
            updated_at=updated_at,
            description=description,
            environment=environment,
            environment_id=environment_id,
            integration=integration,
            last_used_at=last_used_at,
            rate_limit_percent=rate_limit_percent,
        )

        api_key_create_response_data.additional_properties = d
        return api_key_create_response_data

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
