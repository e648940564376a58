from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_type import ActorType, check_actor_type
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.api_key_response_data import ApiKeyResponseData
    from ..models.environment_response_data import EnvironmentResponseData


T = TypeVar("T", bound="AuditLogListResponseData")


def _convert_api_key(value: ApiKeyResponseData | Unset | Mapping[str, Any]) -> ApiKeyResponseData | Unset:
    return cast(
        "ApiKeyResponseData | Unset", as_model(value, ".api_key_response_data", "ApiKeyResponseData", __package__)
    )


def _convert_environment(value: EnvironmentResponseData | Unset | Mapping[str, Any]) -> EnvironmentResponseData | Unset:
    return cast(
        "EnvironmentResponseData | Unset",
        as_model(value, ".environment_response_data", "EnvironmentResponseData", __package__),
    )


@_attrs_define
class AuditLogListResponseData:
    """The `AuditLogListResponseData` object of the API.

    Attributes:
        actor_type (ActorType)
        id (str)
        method (str)
        started_at (datetime.datetime)
        url (str)
        api_key (ApiKeyResponseData | Unset)
        api_key_id (None | str | Unset)
        ended_at (datetime.datetime | None | Unset)
        environment (EnvironmentResponseData | Unset)
        environment_id (None | str | Unset)
        resource_id (int | None | Unset)
        resource_id_string (None | str | Unset)
        resource_name (None | str | Unset)
        resource_type (None | str | Unset)
        resp_code (int | None | Unset)
        secondary_resource (None | str | Unset)
        user_name (None | str | Unset)
    """

    actor_type: ActorType

    id: str

    method: str

    started_at: datetime.datetime

    url: str

    api_key: ApiKeyResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_api_key)

    api_key_id: None | str | Unset = UNSET

    ended_at: datetime.datetime | None | Unset = UNSET

    environment: EnvironmentResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_environment)

    environment_id: None | str | Unset = UNSET

    resource_id: int | None | Unset = UNSET

    resource_id_string: None | str | Unset = UNSET

    resource_name: None | str | Unset = UNSET

    resource_type: None | str | Unset = UNSET

    resp_code: int | None | Unset = UNSET

    secondary_resource: None | str | Unset = UNSET

    user_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_type: str = self.actor_type

        id = self.id

        method = self.method

        started_at = self.started_at.isoformat()

        url = self.url

        api_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key, Unset):
            api_key = self.api_key.to_dict()

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        resource_id: int | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_id_string: None | str | Unset
        if isinstance(self.resource_id_string, Unset):
            resource_id_string = UNSET
        else:
            resource_id_string = self.resource_id_string

        resource_name: None | str | Unset
        if isinstance(self.resource_name, Unset):
            resource_name = UNSET
        else:
            resource_name = self.resource_name

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        resp_code: int | None | Unset
        if isinstance(self.resp_code, Unset):
            resp_code = UNSET
        else:
            resp_code = self.resp_code

        secondary_resource: None | str | Unset
        if isinstance(self.secondary_resource, Unset):
            secondary_resource = UNSET
        else:
            secondary_resource = self.secondary_resource

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor_type": actor_type,
                "id": id,
                "method": method,
                "started_at": started_at,
                "url": url,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if environment is not UNSET:
            field_dict["environment"] = environment
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_id_string is not UNSET:
            field_dict["resource_id_string"] = resource_id_string
        if resource_name is not UNSET:
            field_dict["resource_name"] = resource_name
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resp_code is not UNSET:
            field_dict["resp_code"] = resp_code
        if secondary_resource is not UNSET:
            field_dict["secondary_resource"] = secondary_resource
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key_response_data import ApiKeyResponseData  # noqa: PLC0415
        from ..models.environment_response_data import EnvironmentResponseData  # noqa: PLC0415

        d = dict(src_dict)
        actor_type = check_actor_type(d.pop("actor_type"))

        id = d.pop("id")

        method = d.pop("method")

        started_at = parse_datetime(d.pop("started_at"))

        url = d.pop("url")

        _api_key = d.pop("api_key", UNSET)
        api_key: ApiKeyResponseData | Unset
        if isinstance(_api_key, Unset):
            api_key = UNSET
        else:
            api_key = ApiKeyResponseData.from_dict(_api_key)

        def _parse_api_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id", UNSET))

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
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

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

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

        def _parse_resource_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        def _parse_resource_id_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_id_string = _parse_resource_id_string(d.pop("resource_id_string", UNSET))

        def _parse_resource_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_name = _parse_resource_name(d.pop("resource_name", UNSET))

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_resp_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resp_code = _parse_resp_code(d.pop("resp_code", UNSET))

        def _parse_secondary_resource(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_resource = _parse_secondary_resource(d.pop("secondary_resource", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("user_name", UNSET))

        audit_log_list_response_data = cls(
            actor_type=actor_type,
            id=id,
            method=method,
            started_at=started_at,
            url=url,
            api_key=api_key,
            api_key_id=api_key_id,
            ended_at=ended_at,
            environment=environment,
            environment_id=environment_id,
            resource_id=resource_id,
            resource_id_string=resource_id_string,
            resource_name=resource_name,
            resource_type=resource_type,
            resp_code=resp_code,
            secondary_resource=secondary_resource,
            user_name=user_name,
        )

        audit_log_list_response_data.additional_properties = d
        return audit_log_list_response_data

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
