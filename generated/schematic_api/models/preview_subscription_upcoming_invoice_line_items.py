from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PreviewSubscriptionUpcomingInvoiceLineItems")


@_attrs_define
class PreviewSubscriptionUpcomingInvoiceLineItems:
    """The `PreviewSubscriptionUpcomingInvoiceLineItems` object of the API.

    Attributes:
        amount (int)
        description (str)
        price_id (str)
        proration (bool)
        quantity (int)
    """

    amount: int

    description: str

    price_id: str

    proration: bool

    quantity: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        description = self.description

        price_id = self.price_id

        proration = self.proration

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "description": description,
                "price_id": price_id,
                "proration": proration,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        description = d.pop("description")

        price_id = d.pop("price_id")

        proration = d.pop("proration")

        quantity = d.pop("quantity")

        preview_subscription_upcoming_invoice_line_items = cls(
            amount=amount,
            description=description,
            price_id=price_id,
            proration=proration,
            quantity=quantity,
        )

        preview_subscription_upcoming_invoice_line_items.additional_properties = d
        return preview_subscription_upcoming_invoice_line_items

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
