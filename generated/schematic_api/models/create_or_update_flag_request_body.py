from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_type import FlagType, check_flag_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrUpdateFlagRequestBody")


@_attrs_define
class CreateOrUpdateFlagRequestBody:
    """The `CreateOrUpdateFlagRequestBody` object of the API.

    Attributes:
        default_value (bool)
        description (str)
        flag_type (FlagType)
        key (str)
        name (str)
        feature_id (None | str | Unset)
        id (None | str | Unset)
        maintainer_account_member_id (None | str | Unset)
    """

    default_value: bool

    description: str

    flag_type: FlagType

    key: str

    name: str

    feature_id: None | str | Unset = UNSET

    id: None | str | Unset = UNSET

    maintainer_account_member_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_value = self.default_value

        description = self.description

        flag_type: str = self.flag_type

        key = self.key

        name = self.name

        feature_id: None | str | Unset
        if isinstance(self.feature_id, Unset):
            feature_id = UNSET
        else:
            feature_id = self.feature_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        maintainer_account_member_id: None | str | Unset
        if isinstance(self.maintainer_account_member_id, Unset):
            maintainer_account_member_id = UNSET
        else:
            maintainer_account_member_id = self.maintainer_account_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_value": default_value,
                "description": description,
                "flag_type": flag_type,
                "key": key,
                "name": name,
            }
        )
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if id is not UNSET:
            field_dict["id"] = id
        if maintainer_account_member_id is not UNSET:
            field_dict["maintainer_account_member_id"] = maintainer_account_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_value = d.pop("default_value")

        description = d.pop("description")

        flag_type = check_flag_type(d.pop("flag_type"))

        key = d.pop("key")

        name = d.pop("name")

        def _parse_feature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_id = _parse_feature_id(d.pop("feature_id", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_maintainer_account_member_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maintainer_account_member_id = _parse_maintainer_account_member_id(d.pop("maintainer_account_member_id", UNSET))

        create_or_update_flag_request_body = cls(
            default_value=default_value,
            description=description,
            flag_type=flag_type,
            key=key,
            name=name,
            feature_id=feature_id,
            id=id,
            maintainer_account_member_id=maintainer_account_member_id,
        )

        create_or_update_flag_request_body.additional_properties = d
        return create_or_update_flag_request_body

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
