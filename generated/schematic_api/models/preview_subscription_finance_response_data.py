from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.preview_subscription_discount_response_data import PreviewSubscriptionDiscountResponseData
    from ..models.preview_subscription_upcoming_invoice_line_items import PreviewSubscriptionUpcomingInvoiceLineItems


T = TypeVar("T", bound="PreviewSubscriptionFinanceResponseData")


def _convert_discounts(
    value: list[PreviewSubscriptionDiscountResponseData]
    | Sequence[PreviewSubscriptionDiscountResponseData | Mapping[str, Any]],
) -> list[PreviewSubscriptionDiscountResponseData]:
    return cast(
        "list[PreviewSubscriptionDiscountResponseData]",
        as_model_list(
            value,
            ".preview_subscription_discount_response_data",
            "PreviewSubscriptionDiscountResponseData",
            __package__,
        ),
    )


def _convert_upcoming_invoice_line_items(
    value: list[PreviewSubscriptionUpcomingInvoiceLineItems]
    | Sequence[PreviewSubscriptionUpcomingInvoiceLineItems | Mapping[str, Any]],
) -> list[PreviewSubscriptionUpcomingInvoiceLineItems]:
    return cast(
        "list[PreviewSubscriptionUpcomingInvoiceLineItems]",
        as_model_list(
            value,
            ".preview_subscription_upcoming_invoice_line_items",
            "PreviewSubscriptionUpcomingInvoiceLineItems",
            __package__,
        ),
    )


@_attrs_define
class PreviewSubscriptionFinanceResponseData:
    """The `PreviewSubscriptionFinanceResponseData` object of the API.

    Attributes:
        amount_off (int)
        discount_amount (int)
        discounts (list[PreviewSubscriptionDiscountResponseData])
        due_now (int)
        new_charges (int)
        percent_off (float)
        period_end (datetime.datetime)
        period_start (datetime.datetime)
        promo_code_applied (bool)
        proration (int)
        tax_require_billing_details (bool)
        total_per_billing_period (int)
        upcoming_invoice_line_items (list[PreviewSubscriptionUpcomingInvoiceLineItems])
        proration_billed_at (datetime.datetime | None | Unset)
        tax_amount (int | None | Unset)
        tax_display_name (None | str | Unset)
        trial_end (datetime.datetime | None | Unset)
        currency (str | Unset): ISO 4217 currency code, lower case
        customer_balance_applied (int | Unset)
        customer_balance_remaining (int | Unset)
    """

    amount_off: int

    discount_amount: int

    discounts: list[PreviewSubscriptionDiscountResponseData] = _attrs_field(converter=_convert_discounts)

    due_now: int

    new_charges: int

    percent_off: float

    period_end: datetime.datetime

    period_start: datetime.datetime

    promo_code_applied: bool

    proration: int

    tax_require_billing_details: bool

    total_per_billing_period: int

    upcoming_invoice_line_items: list[PreviewSubscriptionUpcomingInvoiceLineItems] = _attrs_field(
        converter=_convert_upcoming_invoice_line_items
    )

    proration_billed_at: datetime.datetime | None | Unset = UNSET

    tax_amount: int | None | Unset = UNSET

    tax_display_name: None | str | Unset = UNSET

    trial_end: datetime.datetime | None | Unset = UNSET

    currency: str | Unset = UNSET

    customer_balance_applied: int | Unset = UNSET

    customer_balance_remaining: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_off = self.amount_off

        discount_amount = self.discount_amount

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        due_now = self.due_now

        new_charges = self.new_charges

        percent_off = self.percent_off

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        promo_code_applied = self.promo_code_applied

        proration = self.proration

        tax_require_billing_details = self.tax_require_billing_details

        total_per_billing_period = self.total_per_billing_period

        upcoming_invoice_line_items = []
        for upcoming_invoice_line_items_item_data in self.upcoming_invoice_line_items:
            upcoming_invoice_line_items_item = upcoming_invoice_line_items_item_data.to_dict()
            upcoming_invoice_line_items.append(upcoming_invoice_line_items_item)

        proration_billed_at: None | str | Unset
        if isinstance(self.proration_billed_at, Unset):
            proration_billed_at = UNSET
        elif isinstance(self.proration_billed_at, datetime.datetime):
            proration_billed_at = self.proration_billed_at.isoformat()
        else:
            proration_billed_at = self.proration_billed_at

        tax_amount: int | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        tax_display_name: None | str | Unset
        if isinstance(self.tax_display_name, Unset):
            tax_display_name = UNSET
        else:
            tax_display_name = self.tax_display_name

        trial_end: None | str | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        elif isinstance(self.trial_end, datetime.datetime):
            trial_end = self.trial_end.isoformat()
        else:
            trial_end = self.trial_end

        currency = self.currency

        customer_balance_applied = self.customer_balance_applied

        customer_balance_remaining = self.customer_balance_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_off": amount_off,
                "discount_amount": discount_amount,
                "discounts": discounts,
                "due_now": due_now,
                "new_charges": new_charges,
                "percent_off": percent_off,
                "period_end": period_end,
                "period_start": period_start,
                "promo_code_applied": promo_code_applied,
                "proration": proration,
                "tax_require_billing_details": tax_require_billing_details,
                "total_per_billing_period": total_per_billing_period,
                "upcoming_invoice_line_items": upcoming_invoice_line_items,
            }
        )
        if proration_billed_at is not UNSET:
            field_dict["proration_billed_at"] = proration_billed_at
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if tax_display_name is not UNSET:
            field_dict["tax_display_name"] = tax_display_name
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_balance_applied is not UNSET:
            field_dict["customer_balance_applied"] = customer_balance_applied
        if customer_balance_remaining is not UNSET:
            field_dict["customer_balance_remaining"] = customer_balance_remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preview_subscription_discount_response_data import PreviewSubscriptionDiscountResponseData  # noqa: PLC0415
        from ..models.preview_subscription_upcoming_invoice_line_items import (
            PreviewSubscriptionUpcomingInvoiceLineItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        amount_off = d.pop("amount_off")

        discount_amount = d.pop("discount_amount")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = PreviewSubscriptionDiscountResponseData.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        due_now = d.pop("due_now")

        new_charges = d.pop("new_charges")

        percent_off = d.pop("percent_off")

        period_end = parse_datetime(d.pop("period_end"))

        period_start = parse_datetime(d.pop("period_start"))

        promo_code_applied = d.pop("promo_code_applied")

        proration = d.pop("proration")

        tax_require_billing_details = d.pop("tax_require_billing_details")

        total_per_billing_period = d.pop("total_per_billing_period")

        upcoming_invoice_line_items = []
        _upcoming_invoice_line_items = d.pop("upcoming_invoice_line_items")
        for upcoming_invoice_line_items_item_data in _upcoming_invoice_line_items:
            upcoming_invoice_line_items_item = PreviewSubscriptionUpcomingInvoiceLineItems.from_dict(
                upcoming_invoice_line_items_item_data
            )

            upcoming_invoice_line_items.append(upcoming_invoice_line_items_item)

        def _parse_proration_billed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        proration_billed_at = _parse_proration_billed_at(d.pop("proration_billed_at", UNSET))

        def _parse_tax_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        def _parse_tax_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_display_name = _parse_tax_display_name(d.pop("tax_display_name", UNSET))

        def _parse_trial_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_end = _parse_trial_end(d.pop("trial_end", UNSET))

        currency = d.pop("currency", UNSET)

        customer_balance_applied = d.pop("customer_balance_applied", UNSET)

        customer_balance_remaining = d.pop("customer_balance_remaining", UNSET)

        preview_subscription_finance_response_data = cls(
            amount_off=amount_off,
            discount_amount=discount_amount,
            discounts=discounts,
            due_now=due_now,
            new_charges=new_charges,
            percent_off=percent_off,
            period_end=period_end,
            period_start=period_start,
            promo_code_applied=promo_code_applied,
            proration=proration,
            tax_require_billing_details=tax_require_billing_details,
            total_per_billing_period=total_per_billing_period,
            upcoming_invoice_line_items=upcoming_invoice_line_items,
            proration_billed_at=proration_billed_at,
            tax_amount=tax_amount,
            tax_display_name=tax_display_name,
            trial_end=trial_end,
            currency=currency,
            customer_balance_applied=customer_balance_applied,
            customer_balance_remaining=customer_balance_remaining,
        )

        preview_subscription_finance_response_data.additional_properties = d
        return preview_subscription_finance_response_data

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
