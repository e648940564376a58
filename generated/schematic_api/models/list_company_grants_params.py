from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_grant_sort_order import CreditGrantSortOrder, check_credit_grant_sort_order
from ..models.sort_direction import SortDirection, check_sort_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCompanyGrantsParams")


@_attrs_define
class ListCompanyGrantsParams:
    """The parameters listCompanyGrants was called with

    Attributes:
        company_id (str | Unset)
        dir_ (SortDirection | Unset)
        limit (int | Unset)
        offset (int | Unset)
        order (CreditGrantSortOrder | Unset)
    """

    company_id: str | Unset = UNSET

    dir_: SortDirection | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    order: CreditGrantSortOrder | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        dir_: str | Unset = UNSET
        if not isinstance(self.dir_, Unset):
            dir_ = self.dir_

        limit = self.limit

        offset = self.offset

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if dir_ is not UNSET:
            field_dict["dir"] = dir_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        _dir_ = d.pop("dir", UNSET)
        dir_: SortDirection | Unset
        if isinstance(_dir_, Unset):
            dir_ = UNSET
        else:
            dir_ = check_sort_direction(_dir_)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _order = d.pop("order", UNSET)
        order: CreditGrantSortOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = check_credit_grant_sort_order(_order)

        list_company_grants_params = cls(
            company_id=company_id,
            dir_=dir_,
            limit=limit,
            offset=offset,
            order=order,
        )

        list_company_grants_params.additional_properties = d
        return list_company_grants_params

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
