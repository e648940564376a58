from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_price_usage_type import BillingPriceUsageType, check_billing_price_usage_type
from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountBillingProductsParams")


@_attrs_define
class CountBillingProductsParams:
    """The parameters countBillingProducts was called with

    Attributes:
        ids (list[str] | Unset)
        is_active (bool | Unset)
        limit (int | Unset)
        name (str | Unset)
        offset (int | Unset)
        price_usage_type (BillingPriceUsageType | Unset)
        provider_type (BillingProviderType | Unset)
        q (str | Unset)
        recurring_charges_only (bool | Unset)
        with_one_time_charges (bool | Unset)
        with_prices_only (bool | Unset)
        with_zero_price (bool | Unset)
        without_linked_to_plan (bool | Unset)
    """

    ids: list[str] | Unset = UNSET

    is_active: bool | Unset = UNSET

    limit: int | Unset = UNSET

    name: str | Unset = UNSET

    offset: int | Unset = UNSET

    price_usage_type: BillingPriceUsageType | Unset = UNSET

    provider_type: BillingProviderType | Unset = UNSET

    q: str | Unset = UNSET

    recurring_charges_only: bool | Unset = UNSET

    with_one_time_charges: bool | Unset = UNSET

    with_prices_only: bool | Unset = UNSET

    with_zero_price: bool | Unset = UNSET

    without_linked_to_plan: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        is_active = self.is_active

        limit = self.limit

        name = self.name

        offset = self.offset

        price_usage_type: str | Unset = UNSET
        if not isinstance(self.price_usage_type, Unset):
            price_usage_type = self.price_usage_type

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type

        q = self.q

        recurring_charges_only = self.recurring_charges_only

        with_one_time_charges = self.with_one_time_charges

        with_prices_only = self.with_prices_only

        with_zero_price = self.with_zero_price

        without_linked_to_plan = self.without_linked_to_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if limit is not UNSET:
            field_dict["limit"] = limit
        if name is not UNSET:
            field_dict["name"] = name
        if offset is not UNSET:
            field_dict["offset"] = offset
        if price_usage_type is not UNSET:
            field_dict["price_usage_type"] = price_usage_type
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if q is not UNSET:
            field_dict["q"] = q
        if recurring_charges_only is not UNSET:
            field_dict["recurring_charges_only"] = recurring_charges_only
        if with_one_time_charges is not UNSET:
            field_dict["with_one_time_charges"] = with_one_time_charges
        if with_prices_only is not UNSET:
            field_dict["with_prices_only"] = with_prices_only
        if with_zero_price is not UNSET:
            field_dict["with_zero_price"] = with_zero_price
        if without_linked_to_plan is not UNSET:
            field_dict["without_linked_to_plan"] = without_linked_to_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        is_active = d.pop("is_active", UNSET)

        limit = d.pop("limit", UNSET)

        name = d.pop("name", UNSET)

        offset = d.pop("offset", UNSET)

        _price_usage_type = d.pop("price_usage_type", UNSET)
        price_usage_type: BillingPriceUsageType | Unset
        if isinstance(_price_usage_type, Unset):
            price_usage_type = UNSET
        else:
            price_usage_type = check_billing_price_usage_type(_price_usage_type)

        _provider_type = d.pop("provider_type", UNSET)
        provider_type: BillingProviderType | Unset
        if isinstance(_provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = check_billing_provider_type(_provider_type)

        q = d.pop("q", UNSET)

        recurring_charges_only = d.pop("recurring_charges_only", UNSET)

        with_one_time_charges = d.pop("with_one_time_charges", UNSET)

        with_prices_only = d.pop("with_prices_only", UNSET)

        with_zero_price = d.pop("with_zero_price", UNSET)

        without_linked_to_plan = d.pop("without_linked_to_plan", UNSET)

        count_billing_products_params = cls(
            ids=ids,
            is_active=is_active,
            limit=limit,
            name=name,
            offset=offset,
            price_usage_type=price_usage_type,
            provider_type=provider_type,
            q=q,
            recurring_charges_only=recurring_charges_only,
            with_one_time_charges=with_one_time_charges,
            with_prices_only=with_prices_only,
            with_zero_price=with_zero_price,
            without_linked_to_plan=without_linked_to_plan,
        )

        count_billing_products_params.additional_properties = d
        return count_billing_products_params

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
