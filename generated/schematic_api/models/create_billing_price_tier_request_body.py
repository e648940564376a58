from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBillingPriceTierRequestBody")


@_attrs_define
class CreateBillingPriceTierRequestBody:
    """The `CreateBillingPriceTierRequestBody` object of the API.

    Attributes:
        price_external_id (str)
        flat_amount (int | None | Unset)
        per_unit_decimal (None | str | Unset)
        per_unit_price (int | None | Unset)
        provider_type (BillingProviderType | None | Unset)
        up_to (int | None | Unset)
    """

    price_external_id: str

    flat_amount: int | None | Unset = UNSET

    per_unit_decimal: None | str | Unset = UNSET

    per_unit_price: int | None | Unset = UNSET

    provider_type: BillingProviderType | None | Unset = UNSET

    up_to: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_external_id = self.price_external_id

        flat_amount: int | None | Unset
        if isinstance(self.flat_amount, Unset):
            flat_amount = UNSET
        else:
            flat_amount = self.flat_amount

        per_unit_decimal: None | str | Unset
        if isinstance(self.per_unit_decimal, Unset):
            per_unit_decimal = UNSET
        else:
            per_unit_decimal = self.per_unit_decimal

        per_unit_price: int | None | Unset
        if isinstance(self.per_unit_price, Unset):
            per_unit_price = UNSET
        else:
            per_unit_price = self.per_unit_price

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        elif isinstance(self.provider_type, str):
            provider_type = self.provider_type
        else:
            provider_type = self.provider_type

        up_to: int | None | Unset
        if isinstance(self.up_to, Unset):
            up_to = UNSET
        else:
            up_to = self.up_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price_external_id": price_external_id,
            }
        )
        if flat_amount is not UNSET:
            field_dict["flat_amount"] = flat_amount
        if per_unit_decimal is not UNSET:
            field_dict["per_unit_decimal"] = per_unit_decimal
        if per_unit_price is not UNSET:
            field_dict["per_unit_price"] = per_unit_price
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if up_to is not UNSET:
            field_dict["up_to"] = up_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price_external_id = d.pop("price_external_id")

        def _parse_flat_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flat_amount = _parse_flat_amount(d.pop("flat_amount", UNSET))

        def _parse_per_unit_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        per_unit_decimal = _parse_per_unit_decimal(d.pop("per_unit_decimal", UNSET))

        def _parse_per_unit_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        per_unit_price = _parse_per_unit_price(d.pop("per_unit_price", UNSET))

        def _parse_provider_type(data: object) -> BillingProviderType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_provider_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingProviderType | None | Unset, data)

        provider_type = _parse_provider_type(d.pop("provider_type", UNSET))

        def _parse_up_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        up_to = _parse_up_to(d.pop("up_to", UNSET))

        create_billing_price_tier_request_body = cls(
            price_external_id=price_external_id,
            flat_amount=flat_amount,
            per_unit_decimal=per_unit_decimal,
            per_unit_price=per_unit_price,
            provider_type=provider_type,
            up_to=up_to,
        )

        create_billing_price_tier_request_body.additional_properties = d
        return create_billing_price_tier_request_body

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
