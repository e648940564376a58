from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_type import EnvironmentType, check_environment_type
from ..types import as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.api_key_response_data import ApiKeyResponseData


T = TypeVar("T", bound="EnvironmentDetailResponseData")


def _convert_api_keys(
    value: list[ApiKeyResponseData] | Sequence[ApiKeyResponseData | Mapping[str, Any]],
) -> list[ApiKeyResponseData]:
    return cast(
        "list[ApiKeyResponseData]", as_model_list(value, ".api_key_response_data", "ApiKeyResponseData", __package__)
    )


@_attrs_define
class EnvironmentDetailResponseData:
    """The `EnvironmentDetailResponseData` object of the API.

    Attributes:
        api_keys (list[ApiKeyResponseData])
        created_at (datetime.datetime)
        environment_type (EnvironmentType)
        id (str)
        name (str)
        updated_at (datetime.datetime)
    """

    api_keys: list[ApiKeyResponseData] = _attrs_field(converter=_convert_api_keys)

    created_at: datetime.datetime

    environment_type: EnvironmentType

    id: str

    name: str

    updated_at: datetime.datetime

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        created_at = self.created_at.isoformat()

        environment_type: str = self.environment_type

        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_keys": api_keys,
                "created_at": created_at,
                "environment_type": environment_type,
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_key_response_data import ApiKeyResponseData  # noqa: PLC0415

        d = dict(src_dict)
        api_keys = []
        _api_keys = d.pop("api_keys")
        for api_keys_item_data in _api_keys:
            api_keys_item = ApiKeyResponseData.from_dict(api_keys_item_data)

            api_keys.append(api_keys_item)

        created_at = parse_datetime(d.pop("created_at"))

        environment_type = check_environment_type(d.pop("environment_type"))

        id = d.pop("id")

        name = d.pop("name")

        updated_at = parse_datetime(d.pop("updated_at"))

        environment_detail_response_data = cls(
            api_keys=api_keys,
            created_at=created_at,
            environment_type=environment_type,
            id=id,
            name=name,
            updated_at=updated_at,
        )

        environment_detail_response_data.additional_properties = d
        return environment_detail_response_data

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
