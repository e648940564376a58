from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountBillingProductMatchCompaniesParams")


@_attrs_define
class CountBillingProductMatchCompaniesParams:
    """The parameters countBillingProductMatchCompanies was called with

    Attributes:
        limit (int | Unset)
        offset (int | Unset)
        plan_id (str | Unset)
        q (str | Unset)
    """

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    plan_id: str | Unset = UNSET

    q: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        plan_id = self.plan_id

        q = self.q

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if q is not UNSET:
            field_dict["q"] = q

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        q = d.pop("q", UNSET)

        count_billing_product_match_companies_params = cls(
            limit=limit,
            offset=offset,
            plan_id=plan_id,
            q=q,
        )

        count_billing_product_match_companies_params.additional_properties = d
        return count_billing_product_match_companies_params

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
