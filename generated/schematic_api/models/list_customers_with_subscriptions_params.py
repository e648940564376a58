from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCustomersWithSubscriptionsParams")


@_attrs_define
class ListCustomersWithSubscriptionsParams:
    """The parameters listCustomersWithSubscriptions was called with

    Attributes:
        company_ids (list[str] | Unset)
        limit (int | Unset)
        name (str | Unset)
        offset (int | Unset)
        provider_type (BillingProviderType | Unset)
        q (str | Unset)
    """

    company_ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    name: str | Unset = UNSET

    offset: int | Unset = UNSET

    provider_type: BillingProviderType | Unset = UNSET

    q: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_ids: list[str] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

        limit = self.limit

        name = self.name

        offset = self.offset

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type

        q = self.q

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if name is not UNSET:
            field_dict["name"] = name
        if offset is not UNSET:
            field_dict["offset"] = offset
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if q is not UNSET:
            field_dict["q"] = q

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_ids = cast(list[str], d.pop("company_ids", UNSET))

        limit = d.pop("limit", UNSET)

        name = d.pop("name", UNSET)

        offset = d.pop("offset", UNSET)

        _provider_type = d.pop("provider_type", UNSET)
        provider_type: BillingProviderType | Unset
        if isinstance(_provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = check_billing_provider_type(_provider_type)

        q = d.pop("q", UNSET)

        list_customers_with_subscriptions_params = cls(
            company_ids=company_ids,
            limit=limit,
            name=name,
            offset=offset,
            provider_type=provider_type,
            q=q,
        )

        list_customers_with_subscriptions_params.additional_properties = d
        return list_customers_with_subscriptions_params

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
