from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_type import FlagType, check_flag_type
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="FlagResponseData")


@_attrs_define
class FlagResponseData:
    """The `FlagResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        default_value (bool)
        description (str)
        flag_type (FlagType)
        id (str)
        key (str)
        name (str)
        updated_at (datetime.datetime)
        feature_id (None | str | Unset)
        maintainer_account_member_id (None | str | Unset)
    """

    created_at: datetime.datetime

    default_value: bool

    description: str

    flag_type: FlagType

    id: str

    key: str

    name: str

    updated_at: datetime.datetime

    feature_id: None | str | Unset = UNSET

    maintainer_account_member_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        default_value = self.default_value

        description = self.description

        flag_type: str = self.flag_type

        id = self.id

        key = self.key

        name = self.name

        updated_at = self.updated_at.isoformat()

        feature_id: None | str | Unset
        if isinstance(self.feature_id, Unset):
            feature_id = UNSET
        else:
            feature_id = self.feature_id

        maintainer_account_member_id: None | str | Unset
        if isinstance(self.maintainer_account_member_id, Unset):
            maintainer_account_member_id = UNSET
        else:
            maintainer_account_member_id = self.maintainer_account_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "default_value": default_value,
                "description": description,
                "flag_type": flag_type,
                "id": id,
                "key": key,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if maintainer_account_member_id is not UNSET:
            field_dict["maintainer_account_member_id"] = maintainer_account_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        default_value = d.pop("default_value")

        description = d.pop("description")

        flag_type = check_flag_type(d.pop("flag_type"))

        id = d.pop("id")

        key = d.pop("key")

        name = d.pop("name")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_feature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_id = _parse_feature_id(d.pop("feature_id", UNSET))

        def _parse_maintainer_account_member_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maintainer_account_member_id = _parse_maintainer_account_member_id(d.pop("maintainer_account_member_id", UNSET))

        flag_response_data = cls(
            created_at=created_at,
            default_value=default_value,
            description=description,
            flag_type=flag_type,
            id=id,
            key=key,
            name=name,
            updated_at=updated_at,
            feature_id=feature_id,
            maintainer_account_member_id=maintainer_account_member_id,
        )

        flag_response_data.additional_properties = d
        return flag_response_data

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
