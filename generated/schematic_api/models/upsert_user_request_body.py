from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.upsert_user_request_body_companies_type_0_item import UpsertUserRequestBodyCompaniesType0Item
    from ..models.upsert_user_request_body_company_type_0 import UpsertUserRequestBodyCompanyType0
    from ..models.upsert_user_request_body_keys import UpsertUserRequestBodyKeys
    from ..models.upsert_user_request_body_traits import UpsertUserRequestBodyTraits


T = TypeVar("T", bound="UpsertUserRequestBody")


def _convert_keys(value: UpsertUserRequestBodyKeys | Mapping[str, Any]) -> UpsertUserRequestBodyKeys:
    return cast(
        "UpsertUserRequestBodyKeys",
        as_model(value, ".upsert_user_request_body_keys", "UpsertUserRequestBodyKeys", __package__),
    )


def _convert_company(
    value: None | Unset | UpsertUserRequestBodyCompanyType0 | Mapping[str, Any],
) -> None | Unset | UpsertUserRequestBodyCompanyType0:
    return cast(
        "None | Unset | UpsertUserRequestBodyCompanyType0",
        as_model(value, ".upsert_user_request_body_company_type_0", "UpsertUserRequestBodyCompanyType0", __package__),
    )


def _convert_traits(
    value: UpsertUserRequestBodyTraits | Unset | Mapping[str, Any],
) -> UpsertUserRequestBodyTraits | Unset:
    return cast(
        "UpsertUserRequestBodyTraits | Unset",
        as_model(value, ".upsert_user_request_body_traits", "UpsertUserRequestBodyTraits", __package__),
    )


@_attrs_define
class UpsertUserRequestBody:
    """A user to create or update, matched by its keys

    Attributes:
        keys (UpsertUserRequestBodyKeys): Keys identifying the user, e.g. {"email": "wcoyote@acme.net"}
        companies (list[UpsertUserRequestBodyCompaniesType0Item] | None | Unset)
        company (None | Unset | UpsertUserRequestBodyCompanyType0): Keys of the one company the user belongs to
        company_id (None | str | Unset)
        company_ids (list[str] | None | Unset)
        id (None | str | Unset)
        last_seen_at (datetime.datetime | None | Unset)
        name (None | str | Unset)
        remove_keys (list[str] | Unset)
        traits (UpsertUserRequestBodyTraits | Unset): Trait values to set, by trait name
        update_only (bool | None | Unset)
    """

    keys: UpsertUserRequestBodyKeys = _attrs_field(converter=_convert_keys)

    companies: list[UpsertUserRequestBodyCompaniesType0Item] | None | Unset = UNSET

    company: None | Unset | UpsertUserRequestBodyCompanyType0 = _attrs_field(default=UNSET, converter=_convert_company)

    company_id: None | str | Unset = UNSET

    company_ids: list[str] | None | Unset = UNSET

    id: None | str | Unset = UNSET

    last_seen_at: datetime.datetime | None | Unset = UNSET

    name: None | str | Unset = UNSET

    remove_keys: list[str] | Unset = UNSET

    traits: UpsertUserRequestBodyTraits | Unset = _attrs_field(default=UNSET, converter=_convert_traits)

    update_only: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.upsert_user_request_body_company_type_0 import UpsertUserRequestBodyCompanyType0  # noqa: PLC0415

        keys = self.keys.to_dict()

        companies: list[dict[str, Any]] | None | Unset
        if isinstance(self.companies, Unset):
            companies = UNSET
        elif isinstance(self.companies, list):
            companies = []
            for companies_type_0_item_data in self.companies:
                companies_type_0_item = companies_type_0_item_data.to_dict()
                companies.append(companies_type_0_item)

        else:
            companies = self.companies

        company: dict[str, Any] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, UpsertUserRequestBodyCompanyType0):
            company = self.company.to_dict()
        else:
            company = self.company

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        company_ids: list[str] | None | Unset
        if isinstance(self.company_ids, Unset):
            company_ids = UNSET
        elif isinstance(self.company_ids, list):
            company_ids = self.company_ids

        else:
            company_ids = self.company_ids

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        remove_keys: list[str] | Unset = UNSET
        if not isinstance(self.remove_keys, Unset):
            remove_keys = self.remove_keys

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        update_only: bool | None | Unset
        if isinstance(self.update_only, Unset):
            update_only = UNSET
        else:
            update_only = self.update_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
            }
        )
        if companies is not UNSET:
            field_dict["companies"] = companies
        if company is not UNSET:
            field_dict["company"] = company
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if id is not UNSET:
            field_dict["id"] = id
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if name is not UNSET:
            field_dict["name"] = name
        if remove_keys is not UNSET:
            field_dict["remove_keys"] = remove_keys
        if traits is not UNSET:
            field_dict["traits"] = traits
        if update_only is not UNSET:
            field_dict["update_only"] = update_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upsert_user_request_body_companies_type_0_item import UpsertUserRequestBodyCompaniesType0Item  # noqa: PLC0415
        from ..models.upsert_user_request_body_company_type_0 import UpsertUserRequestBodyCompanyType0  # noqa: PLC0415
        from ..models.upsert_user_request_body_keys import UpsertUserRequestBodyKeys  # noqa: PLC0415
        from ..models.upsert_user_request_body_traits import UpsertUserRequestBodyTraits  # noqa: PLC0415

        d = dict(src_dict)
        keys = UpsertUserRequestBodyKeys.from_dict(d.pop("keys"))

        def _parse_companies(data: object) -> list[UpsertUserRequestBodyCompaniesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                companies_type_0 = []
                _companies_type_0 = data
                for companies_type_0_item_data in _companies_type_0:
                    companies_type_0_item = UpsertUserRequestBodyCompaniesType0Item.from_dict(
                        companies_type_0_item_data
                    )

                    companies_type_0.append(companies_type_0_item)

                return companies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpsertUserRequestBodyCompaniesType0Item] | None | Unset, data)

        companies = _parse_companies(d.pop("companies", UNSET))

        def _parse_company(data: object) -> None | Unset | UpsertUserRequestBodyCompanyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return UpsertUserRequestBodyCompanyType0.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpsertUserRequestBodyCompanyType0, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_company_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return cast(list[str], data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        company_ids = _parse_company_ids(d.pop("company_ids", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        remove_keys = cast(list[str], d.pop("remove_keys", UNSET))

        _traits = d.pop("traits", UNSET)
        traits: UpsertUserRequestBodyTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = UpsertUserRequestBodyTraits.from_dict(_traits)

        def _parse_update_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        update_only = _parse_update_only(d.pop("update_only", UNSET))

        upsert_user_request_body = cls(
            keys=keys,
            companies=companies,
            company=company,
            company_id=company_id,
            company_ids=company_ids,
            id=id,
            last_seen_at=last_seen_at,
            name=name,
            remove_keys=remove_keys,
            traits=traits,
            update_only=update_only,
        )

        upsert_user_request_body.additional_properties = d
        return upsert_user_request_body

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
