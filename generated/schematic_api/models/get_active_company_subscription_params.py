from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetActiveCompanySubscriptionParams")


@_attrs_define
class GetActiveCompanySubscriptionParams:
    """The parameters getActiveCompanySubscription was called with

    Attributes:
        company_id (str | Unset)
        company_ids (list[str] | Unset)
        limit (int | Unset)
        offset (int | Unset)
    """

    company_id: str | Unset = UNSET

    company_ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        company_ids: list[str] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        company_ids = cast(list[str], d.pop("company_ids", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_active_company_subscription_params = cls(
            company_id=company_id,
            company_ids=company_ids,
            limit=limit,
            offset=offset,
        )

        get_active_company_subscription_params.additional_properties = d
        return get_active_company_subscription_params

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
