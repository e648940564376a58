from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_product_for_subscription_response_data import BillingProductForSubscriptionResponseData
    from ..models.billing_subscription_discount_view import BillingSubscriptionDiscountView
    from ..models.company_response_data import CompanyResponseData
    from ..models.invoice_response_data import InvoiceResponseData
    from ..models.payment_method_response_data import PaymentMethodResponseData


T = TypeVar("T", bound="CompanyBillingEntitySubscriptionResponseData")


def _convert_discounts(
    value: list[BillingSubscriptionDiscountView] | Sequence[BillingSubscriptionDiscountView | Mapping[str, Any]],
) -> list[BillingSubscriptionDiscountView]:
    return cast(
        "list[BillingSubscriptionDiscountView]",
        as_model_list(value, ".billing_subscription_discount_view", "BillingSubscriptionDiscountView", __package__),
    )


def _convert_products(
    value: list[BillingProductForSubscriptionResponseData]
    | Sequence[BillingProductForSubscriptionResponseData | Mapping[str, Any]],
) -> list[BillingProductForSubscriptionResponseData]:
    return cast(
        "list[BillingProductForSubscriptionResponseData]",
        as_model_list(
            value,
            ".billing_product_for_subscription_response_data",
            "BillingProductForSubscriptionResponseData",
            __package__,
        ),
    )


def _convert_company(value: CompanyResponseData | Unset | Mapping[str, Any]) -> CompanyResponseData | Unset:
    return cast(
        "CompanyResponseData | Unset", as_model(value, ".company_response_data", "CompanyResponseData", __package__)
    )


def _convert_latest_invoice(value: InvoiceResponseData | Unset | Mapping[str, Any]) -> InvoiceResponseData | Unset:
    return cast(
        "InvoiceResponseData | Unset", as_model(value, ".invoice_response_data", "InvoiceResponseData", __package__)
    )


def _convert_payment_method(
    value: PaymentMethodResponseData | Unset | Mapping[str, Any],
) -> PaymentMethodResponseData | Unset:
    return cast(
        "PaymentMethodResponseData | Unset",
        as_model(value, ".payment_method_response_data", "PaymentMethodResponseData", __package__),
    )


@_attrs_define
class CompanyBillingEntitySubscriptionResponseData:
    """The `CompanyBillingEntitySubscriptionResponseData` object of the API.

    Attributes:
        cancel_at_period_end (bool)
        currency (str)
        customer_external_id (str)
        discounts (list[BillingSubscriptionDiscountView])
        interval (str)
        is_initial (bool)
        plan_name (str)
        products (list[BillingProductForSubscriptionResponseData])
        provider_type (BillingProviderType)
        status (str)
        subscription_external_id (str)
        total_price (int)
        cancel_at (datetime.datetime | None | Unset)
        company (CompanyResponseData | Unset): Summary of a company
        expired_at (datetime.datetime | None | Unset)
        latest_invoice (InvoiceResponseData | Unset)
        payment_method (PaymentMethodResponseData | Unset)
        trial_end (datetime.datetime | None | Unset)
    """

    cancel_at_period_end: bool

    currency: str

    customer_external_id: str

    discounts: list[BillingSubscriptionDiscountView] = _attrs_field(converter=_convert_discounts)

    interval: str

    is_initial: bool

    plan_name: str

    products: list[BillingProductForSubscriptionResponseData] = _attrs_field(converter=_convert_products)

    provider_type: BillingProviderType

    status: str

    subscription_external_id: str

    total_price: int

    cancel_at: datetime.datetime | None | Unset = UNSET

    company: CompanyResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    expired_at: datetime.datetime | None | Unset = UNSET

    latest_invoice: InvoiceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_latest_invoice)

    payment_method: PaymentMethodResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_payment_method)

    trial_end: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_at_period_end = self.cancel_at_period_end

        currency = self.currency

        customer_external_id = self.customer_external_id

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        interval = self.interval

        is_initial = self.is_initial

        plan_name = self.plan_name

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        provider_type: str = self.provider_type

        status = self.status

        subscription_external_id = self.subscription_external_id

        total_price = self.total_price

        cancel_at: None | str | Unset
        if isinstance(self.cancel_at, Unset):
            cancel_at = UNSET
        elif isinstance(self.cancel_at, datetime.datetime):
            cancel_at = self.cancel_at.isoformat()
        else:
            cancel_at = self.cancel_at

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = self.expired_at.isoformat()
        else:
            expired_at = self.expired_at

        latest_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_invoice, Unset):
            latest_invoice = self.latest_invoice.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        trial_end: None | str | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        elif isinstance(self.trial_end, datetime.datetime):
            trial_end = self.trial_end.isoformat()
        else:
            trial_end = self.trial_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancel_at_period_end": cancel_at_period_end,
                "currency": currency,
                "customer_external_id": customer_external_id,
                "discounts": discounts,
                "interval": interval,
                "is_initial": is_initial,
                "plan_name": plan_name,
                "products": products,
                "provider_type": provider_type,
                "status": status,
                "subscription_external_id": subscription_external_id,
                "total_price": total_price,
            }
        )
        if cancel_at is not UNSET:
            field_dict["cancel_at"] = cancel_at
        if company is not UNSET:
            field_dict["company"] = company
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if latest_invoice is not UNSET:
            field_dict["latest_invoice"] = latest_invoice
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_product_for_subscription_response_data import BillingProductForSubscriptionResponseData  # noqa: PLC0415
        from ..models.billing_subscription_discount_view import BillingSubscriptionDiscountView  # noqa: PLC0415
        from ..models.company_response_data import CompanyResponseData  # noqa: PLC0415
        from ..models.invoice_response_data import InvoiceResponseData  # noqa: PLC0415
        from ..models.payment_method_response_data import PaymentMethodResponseData  # noqa: PLC0415

        d = dict(src_dict)
        cancel_at_period_end = d.pop("cancel_at_period_end")

        currency = d.pop("currency")

        customer_external_id = d.pop("customer_external_id")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = BillingSubscriptionDiscountView.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        interval = d.pop("interval")

        is_initial = d.pop("is_initial")

        plan_name = d.pop("plan_name")

        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = BillingProductForSubscriptionResponseData.from_dict(products_item_data)

            products.append(products_item)

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        status = d.pop("status")

        subscription_external_id = d.pop("subscription_external_id")

        total_price = d.pop("total_price")

        def _parse_cancel_at(data: object) -> datetime.datetime | None | Unset:
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

        cancel_at = _parse_cancel_at(d.pop("cancel_at", UNSET))

        _company = d.pop("company", UNSET)
        company: CompanyResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyResponseData.from_dict(_company)

        def _parse_expired_at(data: object) -> datetime.datetime | None | Unset:
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

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        _latest_invoice = d.pop("latest_invoice", UNSET)
        latest_invoice: InvoiceResponseData | Unset
        if isinstance(_latest_invoice, Unset):
            latest_invoice = UNSET
        else:
            latest_invoice = InvoiceResponseData.from_dict(_latest_invoice)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethodResponseData | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethodResponseData.from_dict(_payment_method)

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

        company_billing_entity_subscription_response_data = cls(
            cancel_at_period_end=cancel_at_period_end,
            currency=currency,
            customer_external_id=customer_external_id,
            discounts=discounts,
            interval=interval,
            is_initial=is_initial,
            plan_name=plan_name,
            products=products,
            provider_type=provider_type,
            status=status,
            subscription_external_id=subscription_external_id,
            total_price=total_price,
            cancel_at=cancel_at,
            company=company,
            expired_at=expired_at,
            latest_invoice=latest_invoice,
            payment_method=payment_method,
            trial_end=trial_end,
        )

        company_billing_entity_subscription_response_data.additional_properties = d
        return company_billing_entity_subscription_response_data

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
