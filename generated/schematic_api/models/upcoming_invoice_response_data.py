from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.invoice_status import InvoiceStatus, check_invoice_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UpcomingInvoiceResponseData")


@_attrs_define
class UpcomingInvoiceResponseData:
    """The `UpcomingInvoiceResponseData` object of the API.

    Attributes:
        amount_due (int)
        amount_paid (int)
        amount_remaining (int)
        collection_method (str)
        created_at (datetime.datetime)
        currency (str)
        customer_external_id (str)
        ending_balance (int)
        environment_id (str)
        provider_type (BillingProviderType)
        starting_balance (int)
        subtotal (int)
        updated_at (datetime.datetime)
        company_id (None | str | Unset)
        due_date (datetime.datetime | None | Unset)
        external_id (None | str | Unset)
        payment_method_external_id (None | str | Unset)
        status (InvoiceStatus | None | Unset)
        subscription_external_id (None | str | Unset)
        url (None | str | Unset)
    """

    amount_due: int

    amount_paid: int

    amount_remaining: int

    collection_method: str

    created_at: datetime.datetime

    currency: str

    customer_external_id: str

    ending_balance: int

    environment_id: str

    provider_type: BillingProviderType

    starting_balance: int

    subtotal: int

    updated_at: datetime.datetime

    company_id: None | str | Unset = UNSET

    due_date: datetime.datetime | None | Unset = UNSET

    external_id: None | str | Unset = UNSET

    payment_method_external_id: None | str | Unset = UNSET

    status: InvoiceStatus | None | Unset = UNSET

    subscription_external_id: None | str | Unset = UNSET

    url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        amount_paid = self.amount_paid

        amount_remaining = self.amount_remaining

        collection_method = self.collection_method

        created_at = self.created_at.isoformat()

        currency = self.currency

        customer_external_id = self.customer_external_id

        ending_balance = self.ending_balance

        environment_id = self.environment_id

        provider_type: str = self.provider_type

        starting_balance = self.starting_balance

        subtotal = self.subtotal

        updated_at = self.updated_at.isoformat()

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        payment_method_external_id: None | str | Unset
        if isinstance(self.payment_method_external_id, Unset):
            payment_method_external_id = UNSET
        else:
            payment_method_external_id = self.payment_method_external_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        subscription_external_id: None | str | Unset
        if isinstance(self.subscription_external_id, Unset):
            subscription_external_id = UNSET
        else:
            subscription_external_id = self.subscription_external_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due": amount_due,
                "amount_paid": amount_paid,
                "amount_remaining": amount_remaining,
                "collection_method": collection_method,
                "created_at": created_at,
                "currency": currency,
                "customer_external_id": customer_external_id,
                "ending_balance": ending_balance,
                "environment_id": environment_id,
                "provider_type": provider_type,
                "starting_balance": starting_balance,
                "subtotal": subtotal,
                "updated_at": updated_at,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if payment_method_external_id is not UNSET:
            field_dict["payment_method_external_id"] = payment_method_external_id
        if status is not UNSET:
            field_dict["status"] = status
        if subscription_external_id is not UNSET:
            field_dict["subscription_external_id"] = subscription_external_id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_due = d.pop("amount_due")

        amount_paid = d.pop("amount_paid")

        amount_remaining = d.pop("amount_remaining")

        collection_method = d.pop("collection_method")

        created_at = parse_datetime(d.pop("created_at"))

        currency = d.pop("currency")

        customer_external_id = d.pop("customer_external_id")

        ending_balance = d.pop("ending_balance")

        environment_id = d.pop("environment_id")

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        starting_balance = d.pop("starting_balance")

        subtotal = d.pop("subtotal")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
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

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_payment_method_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_external_id = _parse_payment_method_external_id(d.pop("payment_method_external_id", UNSET))

        def _parse_status(data: object) -> InvoiceStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_invoice_status(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_subscription_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_external_id = _parse_subscription_external_id(d.pop("subscription_external_id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        upcoming_invoice_response_data = cls(
            amount_due=amount_due,
            amount_paid=amount_paid,
            amount_remaining=amount_remaining,
            collection_method=collection_method,
            created_at=created_at,
            currency=currency,
            customer_external_id=customer_external_id,
            ending_balance=ending_balance,
            environment_id=environment_id,
            provider_type=provider_type,
            starting_balance=starting_balance,
            subtotal=subtotal,
            updated_at=updated_at,
            company_id=company_id,
            due_date=due_date,
            external_id=external_id,
            payment_method_external_id=payment_method_external_id,
            status=status,
            subscription_external_id=subscription_external_id,
            url=url,
        )

        upcoming_invoice_response_data.additional_properties = d
        return upcoming_invoice_response_data

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
