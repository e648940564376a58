from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_price_response_data import BillingPriceResponseData


T = TypeVar("T", bound="BillingProductDetailResponseData")


def _convert_prices(
    value: list[BillingPriceResponseData] | Sequence[BillingPriceResponseData | Mapping[str, Any]],
) -> list[BillingPriceResponseData]:
    return cast(
        "list[BillingPriceResponseData]",
        as_model_list(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


@_attrs_define
class BillingProductDetailResponseData:
    """The `BillingProductDetailResponseData` object of the API.

    Attributes:
        account_id (str)
        created_at (datetime.datetime)
        environment_id (str)
        external_id (str)
        is_active (bool)
        name (str)
        price (float)
        prices (list[BillingPriceResponseData])
        product_id (str)
        provider_type (BillingProviderType)
        quantity (float)
        subscription_count (int)
        updated_at (datetime.datetime)
        currency (None | str | Unset)
        price_decimal (None | str | Unset)
    """

    account_id: str

    created_at: datetime.datetime

    environment_id: str

    external_id: str

    is_active: bool

    name: str

    price: float

    prices: list[BillingPriceResponseData] = _attrs_field(converter=_convert_prices)

    product_id: str

    provider_type: BillingProviderType

    quantity: float

    subscription_count: int

    updated_at: datetime.datetime

    currency: None | str | Unset = UNSET

    price_decimal: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at = self.created_at.isoformat()

        environment_id = self.environment_id

        external_id = self.external_id

        is_active = self.is_active

        name = self.name

        price = self.price

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        product_id = self.product_id

        provider_type: str = self.provider_type

        quantity = self.quantity

        subscription_count = self.subscription_count

        updated_at = self.updated_at.isoformat()

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        price_decimal: None | str | Unset
        if isinstance(self.price_decimal, Unset):
            price_decimal = UNSET
        else:
            price_decimal = self.price_decimal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_at": created_at,
                "environment_id": environment_id,
                "external_id": external_id,
                "is_active": is_active,
                "name": name,
                "price": price,
                "prices": prices,
                "product_id": product_id,
                "provider_type": provider_type,
                "quantity": quantity,
                "subscription_count": subscription_count,
                "updated_at": updated_at,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if price_decimal is not UNSET:
            field_dict["price_decimal"] = price_decimal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_price_response_data import BillingPriceResponseData  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        created_at = parse_datetime(d.pop("created_at"))

        environment_id = d.pop("environment_id")

        external_id = d.pop("external_id")

        is_active = d.pop("is_active")

        name = d.pop("name")

        price = d.pop("price")

        prices = []
        _prices = d.pop("prices")
        for prices_item_data in _prices:
            prices_item = BillingPriceResponseData.from_dict(prices_item_data)

            prices.append(prices_item)

        product_id = d.pop("product_id")

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        quantity = d.pop("quantity")

        subscription_count = d.pop("subscription_count")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_decimal = _parse_price_decimal(d.pop("price_decimal", UNSET))

        billing_product_detail_response_data = cls(
            account_id=account_id,
            created_at=created_at,
            environment_id=environment_id,
            external_id=external_id,
            is_active=is_active,
            name=name,
            price=price,
            prices=prices,
            product_id=product_id,
            provider_type=provider_type,
            quantity=quantity,
            subscription_count=subscription_count,
            updated_at=updated_at,
            currency=currency,
            price_decimal=price_decimal,
        )

        billing_product_detail_response_data.additional_properties = d
        return billing_product_detail_response_data

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
