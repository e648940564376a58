from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountCompanyOverridesParams")


@_attrs_define
class CountCompanyOverridesParams:
    """The parameters countCompanyOverrides was called with

    Attributes:
        company_id (str | Unset)
        company_ids (list[str] | Unset)
        feature_id (str | Unset)
        feature_ids (list[str] | Unset)
        ids (list[str] | Unset)
        limit (int | Unset)
        offset (int | Unset)
        q (str | Unset)
        without_expired (bool | Unset)
    """

    company_id: str | Unset = UNSET

    company_ids: list[str] | Unset = UNSET

    feature_id: str | Unset = UNSET

    feature_ids: list[str] | Unset = UNSET

    ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    q: str | Unset = UNSET

    without_expired: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        company_ids: list[str] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

        feature_id = self.feature_id

        feature_ids: list[str] | Unset = UNSET
        if not isinstance(self.feature_ids, Unset):
            feature_ids = self.feature_ids

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        offset = self.offset

        q = self.q

        without_expired = self.without_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if feature_ids is not UNSET:
            field_dict["feature_ids"] = feature_ids
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if q is not UNSET:
            field_dict["q"] = q
        if without_expired is not UNSET:
            field_dict["without_expired"] = without_expired

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        company_ids = cast(list[str], d.pop("company_ids", UNSET))

        feature_id = d.pop("feature_id", UNSET)

        feature_ids = cast(list[str], d.pop("feature_ids", UNSET))

        ids = cast(list[str], d.pop("ids", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        q = d.pop("q", UNSET)

        without_expired = d.pop("without_expired", UNSET)

        count_company_overrides_params = cls(
            company_id=company_id,
            company_ids=company_ids,
            feature_id=feature_id,
            feature_ids=feature_ids,
            ids=ids,
            limit=limit,
            offset=offset,
            q=q,
            without_expired=without_expired,
        )

        count_company_overrides_params.additional_properties = d
        return count_company_overrides_params

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
