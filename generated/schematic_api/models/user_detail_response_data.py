from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.company_membership_detail_response_data import CompanyMembershipDetailResponseData
    from ..models.entity_key_detail_response_data import EntityKeyDetailResponseData
    from ..models.entity_trait_detail_response_data import EntityTraitDetailResponseData
    from ..models.user_detail_response_data_traits import UserDetailResponseDataTraits


T = TypeVar("T", bound="UserDetailResponseData")


def _convert_company_memberships(
    value: list[CompanyMembershipDetailResponseData]
    | Sequence[CompanyMembershipDetailResponseData | Mapping[str, Any]],
) -> list[CompanyMembershipDetailResponseData]:
    return cast(
        "list[CompanyMembershipDetailResponseData]",
        as_model_list(
            value, ".company_membership_detail_response_data", "CompanyMembershipDetailResponseData", __package__
        ),
    )


def _convert_entity_traits(
    value: list[EntityTraitDetailResponseData] | Sequence[EntityTraitDetailResponseData | Mapping[str, Any]],
) -> list[EntityTraitDetailResponseData]:
    return cast(
        "list[EntityTraitDetailResponseData]",
        as_model_list(value, ".entity_trait_detail_response_data", "EntityTraitDetailResponseData", __package__),
    )


def _convert_keys(
    value: list[EntityKeyDetailResponseData] | Sequence[EntityKeyDetailResponseData | Mapping[str, Any]],
) -> list[EntityKeyDetailResponseData]:
    return cast(
        "list[EntityKeyDetailResponseData]",
        as_model_list(value, ".entity_key_detail_response_data", "EntityKeyDetailResponseData", __package__),
    )


def _convert_traits(
    value: UserDetailResponseDataTraits | Unset | Mapping[str, Any],
) -> UserDetailResponseDataTraits | Unset:
    return cast(
        "UserDetailResponseDataTraits | Unset",
        as_model(value, ".user_detail_response_data_traits", "UserDetailResponseDataTraits", __package__),
    )


@_attrs_define
class UserDetailResponseData:
    """A user with its keys, traits and company memberships

    Attributes:
        company_memberships (list[CompanyMembershipDetailResponseData])
        created_at (datetime.datetime)
        entity_traits (list[EntityTraitDetailResponseData])
        environment_id (str)
        id (str)
        keys (list[EntityKeyDetailResponseData])
        name (str)
        updated_at (datetime.datetime)
        last_seen_at (datetime.datetime | None | Unset)
        traits (UserDetailResponseDataTraits | Unset)
    """

    company_memberships: list[CompanyMembershipDetailResponseData] = _attrs_field(
        converter=_convert_company_memberships
    )

    created_at: datetime.datetime

    entity_traits: list[EntityTraitDetailResponseData] = _attrs_field(converter=_convert_entity_traits)

    environment_id: str

    id: str

    keys: list[EntityKeyDetailResponseData] = _attrs_field(converter=_convert_keys)

    name: str

    updated_at: datetime.datetime

    last_seen_at: datetime.datetime | None | Unset = UNSET

    traits: UserDetailResponseDataTraits | Unset = _attrs_field(default=UNSET, converter=_convert_traits)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_memberships = []
        for company_memberships_item_data in self.company_memberships:
            company_memberships_item = company_memberships_item_data.to_dict()
            company_memberships.append(company_memberships_item)

        created_at = self.created_at.isoformat()

        entity_traits = []
        for entity_traits_item_data in self.entity_traits:
            entity_traits_item = entity_traits_item_data.to_dict()
            entity_traits.append(entity_traits_item)

        environment_id = self.environment_id

        id = self.id

        keys = []
        for keys_item_data in self.keys:
            keys_item = keys_item_data.to_dict()
            keys.append(keys_item)

        name = self.name

        updated_at = self.updated_at.isoformat()

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_memberships": company_memberships,
                "created_at": created_at,
                "entity_traits": entity_traits,
                "environment_id": environment_id,
                "id": id,
                "keys": keys,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_membership_detail_response_data import CompanyMembershipDetailResponseData  # noqa: PLC0415
        from ..models.entity_key_detail_response_data import EntityKeyDetailResponseData  # noqa: PLC0415
        from ..models.entity_trait_detail_response_data import EntityTraitDetailResponseData  # noqa: PLC0415
        from ..models.user_detail_response_data_traits import UserDetailResponseDataTraits  # noqa: PLC0415

        d = dict(src_dict)
        company_memberships = []
        _company_memberships = d.pop("company_memberships")
        for company_memberships_item_data in _company_memberships:
            company_memberships_item = CompanyMembershipDetailResponseData.from_dict(company_memberships_item_data)

            company_memberships.append(company_memberships_item)

        created_at = parse_datetime(d.pop("created_at"))

        entity_traits = []
        _entity_traits = d.pop("entity_traits")
        for entity_traits_item_data in _entity_traits:
            entity_traits_item = EntityTraitDetailResponseData.from_dict(entity_traits_item_data)

            entity_traits.append(entity_traits_item)

        environment_id = d.pop("environment_id")

        id = d.pop("id")

        keys = []
        _keys = d.pop("keys")
        for keys_item_data in _keys:
            keys_item = EntityKeyDetailResponseData.from_dict(keys_item_data)

            keys.append(keys_item)

        name = d.pop("name")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_last_seen_at(data: object) -> datetime.datetime | None | Unset:
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

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at", UNSET))

        _traits = d.pop("traits", UNSET)
        traits: UserDetailResponseDataTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = UserDetailResponseDataTraits.from_dict(_traits)

        user_detail_response_data = cls(
            company_memberships=company_memberships,
            created_at=created_at,
            entity_traits=entity_traits,
            environment_id=environment_id,
            id=id,
            keys=keys,
            name=name,
            updated_at=updated_at,
            last_seen_at=last_seen_at,
            traits=traits,
        )

        user_detail_response_data.additional_properties = d
        return user_detail_response_data

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
