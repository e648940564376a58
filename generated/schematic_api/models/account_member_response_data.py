from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_member_role import AccountMemberRole, check_account_member_role
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.account_member_response_data_permissions import AccountMemberResponseDataPermissions


T = TypeVar("T", bound="AccountMemberResponseData")


def _convert_permissions(
    value: AccountMemberResponseDataPermissions | Mapping[str, Any],
) -> AccountMemberResponseDataPermissions:
    return cast(
        "AccountMemberResponseDataPermissions",
        as_model(
            value, ".account_member_response_data_permissions", "AccountMemberResponseDataPermissions", __package__
        ),
    )


@_attrs_define
class AccountMemberResponseData:
    """A member of the Schematic account

    Attributes:
        created_at (datetime.datetime)
        id (str)
        permissions (AccountMemberResponseDataPermissions)
        updated_at (datetime.datetime)
        email (None | str | Unset)
        first_name (None | str | Unset)
        image_url (None | str | Unset)
        last_name (None | str | Unset)
        name (None | str | Unset)
        role (AccountMemberRole | None | Unset)
    """

    created_at: datetime.datetime

    id: str

    permissions: AccountMemberResponseDataPermissions = _attrs_field(converter=_convert_permissions)

    updated_at: datetime.datetime

    email: None | str | Unset = UNSET

    first_name: None | str | Unset = UNSET

    image_url: None | str | Unset = UNSET

    last_name: None | str | Unset = UNSET

    name: None | str | Unset = UNSET

    role: AccountMemberRole | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        permissions = self.permissions.to_dict()

        updated_at = self.updated_at.isoformat()

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "permissions": permissions,
                "updated_at": updated_at,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_member_response_data_permissions import AccountMemberResponseDataPermissions  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        permissions = AccountMemberResponseDataPermissions.from_dict(d.pop("permissions"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_role(data: object) -> AccountMemberRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_account_member_role(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountMemberRole | None | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        account_member_response_data = cls(
            created_at=created_at,
            id=id,
            permissions=permissions,
            updated_at=updated_at,
            email=email,
            first_name=first_name,
            image_url=image_url,
            last_name=last_name,
            name=name,
            role=role,
        )

        account_member_response_data.additional_properties = d
        return account_member_response_data

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
