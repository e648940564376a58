from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_price_tier_request_body import CreatePriceTierRequestBody


T = TypeVar("T", bound="CurrencyPriceRequestBody")


@_attrs_define
class CurrencyPriceRequestBody:
    """The `CurrencyPriceRequestBody` object of the API.

    Attributes:
        currency (str)
        monthly_price_tiers (list[CreatePriceTierRequestBody] | None | Unset)
        monthly_unit_price (int | None | Unset)
        monthly_unit_price_decimal (None | str | Unset)
        quarterly_price_tiers (list[CreatePriceTierRequestBody] | None | Unset)
        quarterly_unit_price (int | None | Unset)
        quarterly_unit_price_decimal (None | str | Unset)
        yearly_price_tiers (list[CreatePriceTierRequestBody] | None | Unset)
        yearly_unit_price (int | None | Unset)
        yearly_unit_price_decimal (None | str | Unset)
    """

    currency: str

    monthly_price_tiers: list[CreatePriceTierRequestBody] | None | Unset = UNSET

    monthly_unit_price: int | None | Unset = UNSET

    monthly_unit_price_decimal: None | str | Unset = UNSET

    quarterly_price_tiers: list[CreatePriceTierRequestBody] | None | Unset = UNSET

    quarterly_unit_price: int | None | Unset = UNSET

    quarterly_unit_price_decimal: None | str | Unset = UNSET

    yearly_price_tiers: list[CreatePriceTierRequestBody] | None | Unset = UNSET

    yearly_unit_price: int | None | Unset = UNSET

    yearly_unit_price_decimal: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        monthly_price_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.monthly_price_tiers, Unset):
            monthly_price_tiers = UNSET
        elif isinstance(self.monthly_price_tiers, list):
            monthly_price_tiers = []
            for monthly_price_tiers_type_0_item_data in self.monthly_price_tiers:
                monthly_price_tiers_type_0_item = monthly_price_tiers_type_0_item_data.to_dict()
                monthly_price_tiers.append(monthly_price_tiers_type_0_item)

        else:
            monthly_price_tiers = self.monthly_price_tiers

        monthly_unit_price: int | None | Unset
        if isinstance(self.monthly_unit_price, Unset):
            monthly_unit_price = UNSET
        else:
            monthly_unit_price = self.monthly_unit_price

        monthly_unit_price_decimal: None | str | Unset
        if isinstance(self.monthly_unit_price_decimal, Unset):
            monthly_unit_price_decimal = UNSET
        else:
            monthly_unit_price_decimal = self.monthly_unit_price_decimal

        quarterly_price_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.quarterly_price_tiers, Unset):
            quarterly_price_tiers = UNSET
        elif isinstance(self.quarterly_price_tiers, list):
            quarterly_price_tiers = []
            for quarterly_price_tiers_type_0_item_data in self.quarterly_price_tiers:
                quarterly_price_tiers_type_0_item = quarterly_price_tiers_type_0_item_data.to_dict()
                quarterly_price_tiers.append(quarterly_price_tiers_type_0_item)

        else:
            quarterly_price_tiers = self.quarterly_price_tiers

        quarterly_unit_price: int | None | Unset
        if isinstance(self.quarterly_unit_price, Unset):
            quarterly_unit_price = UNSET
        else:
            quarterly_unit_price = self.quarterly_unit_price

        quarterly_unit_price_decimal: None | str | Unset
        if isinstance(self.quarterly_unit_price_decimal, Unset):
            quarterly_unit_price_decimal = UNSET
        else:
            quarterly_unit_price_decimal = self.quarterly_unit_price_decimal

        yearly_price_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.yearly_price_tiers, Unset):
            yearly_price_tiers = UNSET
        elif isinstance(self.yearly_price_tiers, list):
            yearly_price_tiers = []
            for yearly_price_tiers_type_0_item_data in self.yearly_price_tiers:
                yearly_price_tiers_type_0_item = yearly_price_tiers_type_0_item_data.to_dict()
                yearly_price_tiers.append(yearly_price_tiers_type_0_item)

        else:
            yearly_price_tiers = self.yearly_price_tiers

        yearly_unit_price: int | None | Unset
        if isinstance(self.yearly_unit_price, Unset):
            yearly_unit_price = UNSET
        else:
            yearly_unit_price = self.yearly_unit_price

        yearly_unit_price_decimal: None | str | Unset
        if isinstance(self.yearly_unit_price_decimal, Unset):
            yearly_unit_price_decimal = UNSET
        else:
            yearly_unit_price_decimal = self.yearly_unit_price_decimal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if monthly_price_tiers is not UNSET:
            field_dict["monthly_price_tiers"] = monthly_price_tiers
        if monthly_unit_price is not UNSET:
            field_dict["monthly_unit_price"] = monthly_unit_price
        if monthly_unit_price_decimal is not UNSET:
            field_dict["monthly_unit_price_decimal"] = monthly_unit_price_decimal
        if quarterly_price_tiers is not UNSET:
            field_dict["quarterly_price_tiers"] = quarterly_price_tiers
        if quarterly_unit_price is not UNSET:
            field_dict["quarterly_unit_price"] = quarterly_unit_price
        if quarterly_unit_price_decimal is not UNSET:
            field_dict["quarterly_unit_price_decimal"] = quarterly_unit_price_decimal
        if yearly_price_tiers is not UNSET:
            field_dict["yearly_price_tiers"] = yearly_price_tiers
        if yearly_unit_price is not UNSET:
            field_dict["yearly_unit_price"] = yearly_unit_price
        if yearly_unit_price_decimal is not UNSET:
            field_dict["yearly_unit_price_decimal"] = yearly_unit_price_decimal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_price_tier_request_body import CreatePriceTierRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency")

        def _parse_monthly_price_tiers(data: object) -> list[CreatePriceTierRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                monthly_price_tiers_type_0 = []
                _monthly_price_tiers_type_0 = data
                for monthly_price_tiers_type_0_item_data in _monthly_price_tiers_type_0:
                    monthly_price_tiers_type_0_item = CreatePriceTierRequestBody.from_dict(
                        monthly_price_tiers_type_0_item_data
                    )

                    monthly_price_tiers_type_0.append(monthly_price_tiers_type_0_item)

                return monthly_price_tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreatePriceTierRequestBody] | None | Unset, data)

        monthly_price_tiers = _parse_monthly_price_tiers(d.pop("monthly_price_tiers", UNSET))

        def _parse_monthly_unit_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_unit_price = _parse_monthly_unit_price(d.pop("monthly_unit_price", UNSET))

        def _parse_monthly_unit_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monthly_unit_price_decimal = _parse_monthly_unit_price_decimal(d.pop("monthly_unit_price_decimal", UNSET))

        def _parse_quarterly_price_tiers(data: object) -> list[CreatePriceTierRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quarterly_price_tiers_type_0 = []
                _quarterly_price_tiers_type_0 = data
                for quarterly_price_tiers_type_0_item_data in _quarterly_price_tiers_type_0:
                    quarterly_price_tiers_type_0_item = CreatePriceTierRequestBody.from_dict(
                        quarterly_price_tiers_type_0_item_data
                    )

                    quarterly_price_tiers_type_0.append(quarterly_price_tiers_type_0_item)

                return quarterly_price_tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreatePriceTierRequestBody] | None | Unset, data)

        quarterly_price_tiers = _parse_quarterly_price_tiers(d.pop("quarterly_price_tiers", UNSET))

        def _parse_quarterly_unit_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quarterly_unit_price = _parse_quarterly_unit_price(d.pop("quarterly_unit_price", UNSET))

        def _parse_quarterly_unit_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quarterly_unit_price_decimal = _parse_quarterly_unit_price_decimal(d.pop("quarterly_unit_price_decimal", UNSET))

        def _parse_yearly_price_tiers(data: object) -> list[CreatePriceTierRequestBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                yearly_price_tiers_type_0 = []
                _yearly_price_tiers_type_0 = data
                for yearly_price_tiers_type_0_item_data in _yearly_price_tiers_type_0:
                    yearly_price_tiers_type_0_item = CreatePriceTierRequestBody.from_dict(
                        yearly_price_tiers_type_0_item_data
                    )

                    yearly_price_tiers_type_0.append(yearly_price_tiers_type_0_item)

                return yearly_price_tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreatePriceTierRequestBody] | None | Unset, data)

        yearly_price_tiers = _parse_yearly_price_tiers(d.pop("yearly_price_tiers", UNSET))

        def _parse_yearly_unit_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        yearly_unit_price = _parse_yearly_unit_price(d.pop("yearly_unit_price", UNSET))

        def _parse_yearly_unit_price_decimal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yearly_unit_price_decimal = _parse_yearly_unit_price_decimal(d.pop("yearly_unit_price_decimal", UNSET))

        currency_price_request_body = cls(
            currency=currency,
            monthly_price_tiers=monthly_price_tiers,
            monthly_unit_price=monthly_unit_price,
            monthly_unit_price_decimal=monthly_unit_price_decimal,
            quarterly_price_tiers=quarterly_price_tiers,
            quarterly_unit_price=quarterly_unit_price,
            quarterly_unit_price_decimal=quarterly_unit_price_decimal,
            yearly_price_tiers=yearly_price_tiers,
            yearly_unit_price=yearly_unit_price,
            yearly_unit_price_decimal=yearly_unit_price_decimal,
        )

        currency_price_request_body.additional_properties = d
        return currency_price_request_body

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
