from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_price_usage_type import BillingPriceUsageType, check_billing_price_usage_type
from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.billing_tiers_mode import BillingTiersMode, check_billing_tiers_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListBillingProductPricesParams")


@_attrs_define
class ListBillingProductPricesParams:
    """The parameters listBillingProductPrices was called with

    Attributes:
        currency (str | Unset)
        for_initial_plan (bool | Unset)
        for_trial_expiry_plan (bool | Unset)
        ids (list[str] | Unset)
        interval (str | Unset)
        interval_count (int | Unset)
        is_active (bool | Unset)
        limit (int | Unset)
        offset (int | Unset)
        plan_version_id (str | Unset)
        price (int | Unset)
        product_id (str | Unset)
        product_ids (list[str] | Unset)
        provider_type (BillingProviderType | Unset)
        q (str | Unset)
        tiers_mode (BillingTiersMode | Unset)
        usage_type (BillingPriceUsageType | Unset)
        with_meter (bool | Unset)
    """

    currency: str | Unset = UNSET

    for_initial_plan: bool | Unset = UNSET

    for_trial_expiry_plan: bool | Unset = UNSET

    ids: list[str] | Unset = UNSET

    interval: str | Unset = UNSET

    interval_count: int | Unset = UNSET

    is_active: bool | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    plan_version_id: str | Unset = UNSET

    price: int | Unset = UNSET

    product_id: str | Unset = UNSET

    product_ids: list[str] | Unset = UNSET

    provider_type: BillingProviderType | Unset = UNSET

    q: str | Unset = UNSET

    tiers_mode: BillingTiersMode | Unset = UNSET

    usage_type: BillingPriceUsageType | Unset = UNSET

    with_meter: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        for_initial_plan = self.for_initial_plan

        for_trial_expiry_plan = self.for_trial_expiry_plan

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        interval = self.interval

        interval_count = self.interval_count

        is_active = self.is_active

        limit = self.limit

        offset = self.offset

        plan_version_id = self.plan_version_id

        price = self.price

        product_id = self.product_id

        product_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_ids, Unset):
            product_ids = self.product_ids

        provider_type: str | Unset = UNSET
        if not isinstance(self.provider_type, Unset):
            provider_type = self.provider_type

        q = self.q

        tiers_mode: str | Unset = UNSET
        if not isinstance(self.tiers_mode, Unset):
            tiers_mode = self.tiers_mode

        usage_type: str | Unset = UNSET
        if not isinstance(self.usage_type, Unset):
            usage_type = self.usage_type

        with_meter = self.with_meter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if for_initial_plan is not UNSET:
            field_dict["for_initial_plan"] = for_initial_plan
        if for_trial_expiry_plan is not UNSET:
            field_dict["for_trial_expiry_plan"] = for_trial_expiry_plan
        if ids is not UNSET:
            field_dict["ids"] = ids
        if interval is not UNSET:
            field_dict["interval"] = interval
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id
        if price is not UNSET:
            field_dict["price"] = price
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_ids is not UNSET:
            field_dict["product_ids"] = product_ids
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if q is not UNSET:
            field_dict["q"] = q
        if tiers_mode is not UNSET:
            field_dict["tiers_mode"] = tiers_mode
        if usage_type is not UNSET:
            field_dict["usage_type"] = usage_type
        if with_meter is not UNSET:
            field_dict["with_meter"] = with_meter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        for_initial_plan = d.pop("for_initial_plan", UNSET)

        for_trial_expiry_plan = d.pop("for_trial_expiry_plan", UNSET)

        ids = cast(list[str], d.pop("ids", UNSET))

        interval = d.pop("interval", UNSET)

        interval_count = d.pop("interval_count", UNSET)

        is_active = d.pop("is_active", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        plan_version_id = d.pop("plan_version_id", UNSET)

        price = d.pop("price", UNSET)

        product_id = d.pop("product_id", UNSET)

        product_ids = cast(list[str], d.pop("product_ids", UNSET))

        _provider_type = d.pop("provider_type", UNSET)
        provider_type: BillingProviderType | Unset
        if isinstance(_provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = check_billing_provider_type(_provider_type)

        q = d.pop("q", UNSET)

        _tiers_mode = d.pop("tiers_mode", UNSET)
        tiers_mode: BillingTiersMode | Unset
        if isinstance(_tiers_mode, Unset):
            tiers_mode = UNSET
        else:
            tiers_mode = check_billing_tiers_mode(_tiers_mode)

        _usage_type = d.pop("usage_type", UNSET)
        usage_type: BillingPriceUsageType | Unset
        if isinstance(_usage_type, Unset):
            usage_type = UNSET
        else:
            usage_type = check_billing_price_usage_type(_usage_type)

        with_meter = d.pop("with_meter", UNSET)

        list_billing_product_prices_params = cls(
            currency=currency,
            for_initial_plan=for_initial_plan,
            for_trial_expiry_plan=for_trial_expiry_plan,
            ids=ids,
            interval=interval,
            interval_count=interval_count,
            is_active=is_active,
            limit=limit,
            offset=offset,
            plan_version_id=plan_version_id,
            price=price,
            product_id=product_id,
            product_ids=product_ids,
            provider_type=provider_type,
            q=q,
            tiers_mode=tiers_mode,
            usage_type=usage_type,
            with_meter=with_meter,
        )

        list_billing_product_prices_params.additional_properties = d
        return list_billing_product_prices_params

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
