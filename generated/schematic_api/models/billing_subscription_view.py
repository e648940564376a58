from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.billing_subscription_trial_end_setting import (
    BillingSubscriptionTrialEndSetting,
    check_billing_subscription_trial_end_setting,
)
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_product_for_subscription_response_data import BillingProductForSubscriptionResponseData
    from ..models.billing_subscription_discount_view import BillingSubscriptionDiscountView
    from ..models.billing_subscription_view_metadata import BillingSubscriptionViewMetadata
    from ..models.invoice_response_data import InvoiceResponseData
    from ..models.payment_method_response_data import PaymentMethodResponseData


T = TypeVar("T", bound="BillingSubscriptionView")


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


def _convert_latest_invoice(value: InvoiceResponseData | Unset | Mapping[str, Any]) -> InvoiceResponseData | Unset:
    return cast(
        "InvoiceResponseData | Unset", as_model(value, ".invoice_response_data", "InvoiceResponseData", __package__)
    )


def _convert_metadata(
    value: BillingSubscriptionViewMetadata | Unset | Mapping[str, Any],
) -> BillingSubscriptionViewMetadata | Unset:
    return cast(
        "BillingSubscriptionViewMetadata | Unset",
        as_model(value, ".billing_subscription_view_metadata", "BillingSubscriptionViewMetadata", __package__),
    )


def _convert_payment_method(
    value: PaymentMethodResponseData | Unset | Mapping[str, Any],
) -> PaymentMethodResponseData | Unset:
    return cast(
        "PaymentMethodResponseData | Unset",
        as_model(value, ".payment_method_response_data", "PaymentMethodResponseData", __package__),
    )


@_attrs_define
class BillingSubscriptionView:
    """The `BillingSubscriptionView` object of the API.

    Attributes:
        cancel_at_period_end (bool)
        created_at (datetime.datetime)
        currency (str)
        customer_external_id (str)
        discounts (list[BillingSubscriptionDiscountView])
        id (str)
        interval (str)
        period_end (int)
        period_start (int)
        products (list[BillingProductForSubscriptionResponseData])
        provider_type (BillingProviderType)
        status (str)
        subscription_external_id (str)
        total_price (int)
        application_id (None | str | Unset)
        cancel_at (int | None | Unset)
        company_id (None | str | Unset)
        default_payment_method_id (None | str | Unset)
        expired_at (datetime.datetime | None | Unset)
        latest_invoice (InvoiceResponseData | Unset)
        metadata (BillingSubscriptionViewMetadata | Unset)
        payment_method (PaymentMethodResponseData | Unset)
        trial_end (int | None | Unset)
        trial_end_setting (BillingSubscriptionTrialEndSetting | None | Unset)
    """

    cancel_at_period_end: bool

    created_at: datetime.datetime

    currency: str

    customer_external_id: str

    discounts: list[BillingSubscriptionDiscountView] = _attrs_field(converter=_convert_discounts)

    id: str

    interval: str

    period_end: int

    period_start: int

    products: list[BillingProductForSubscriptionResponseData] = _attrs_field(converter=_convert_products)

    provider_type: BillingProviderType

    status: str

    subscription_external_id: str

    total_price: int

    application_id: None | str | Unset = UNSET

    cancel_at: int | None | Unset = UNSET

    company_id: None | str | Unset = UNSET

    default_payment_method_id: None | str | Unset = UNSET

    expired_at: datetime.datetime | None | Unset = UNSET

    latest_invoice: InvoiceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_latest_invoice)

    metadata: BillingSubscriptionViewMetadata | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)

    payment_method: PaymentMethodResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_payment_method)

    trial_end: int | None | Unset = UNSET

    trial_end_setting: BillingSubscriptionTrialEndSetting | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_at_period_end = self.cancel_at_period_end

        created_at = self.created_at.isoformat()

        currency = self.currency

        customer_external_id = self.customer_external_id

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        id = self.id

        interval = self.interval

        period_end = self.period_end

        period_start = self.period_start

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        provider_type: str = self.provider_type

        status = self.status

        subscription_external_id = self.subscription_external_id

        total_price = self.total_price

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        cancel_at: int | None | Unset
        if isinstance(self.cancel_at, Unset):
            cancel_at = UNSET
        else:
            cancel_at = self.cancel_at

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        default_payment_method_id: None | str | Unset
        if isinstance(self.default_payment_method_id, Unset):
            default_payment_method_id = UNSET
        else:
            default_payment_method_id = self.default_payment_method_id

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        trial_end: int | None | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        else:
            trial_end = self.trial_end

        trial_end_setting: None | str | Unset
        if isinstance(self.trial_end_setting, Unset):
            trial_end_setting = UNSET
        elif isinstance(self.trial_end_setting, str):
            trial_end_setting = self.trial_end_setting
        else:
            trial_end_setting = self.trial_end_setting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancel_at_period_end": cancel_at_period_end,
                "created_at": created_at,
                "currency": currency,
                "customer_external_id": customer_external_id,
                "discounts": discounts,
                "id": id,
                "interval": interval,
                "period_end": period_end,
                "period_start": period_start,
                "products": products,
                "provider_type": provider_type,
                "status": status,
                "subscription_external_id": subscription_external_id,
                "total_price": total_price,
            }
        )
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if cancel_at is not UNSET:
            field_dict["cancel_at"] = cancel_at
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if default_payment_method_id is not UNSET:
            field_dict["default_payment_method_id"] = default_payment_method_id
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if latest_invoice is not UNSET:
            field_dict["latest_invoice"] = latest_invoice
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if trial_end_setting is not UNSET:
            field_dict["trial_end_setting"] = trial_end_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_product_for_subscription_response_data import BillingProductForSubscriptionResponseData  # noqa: PLC0415
        from ..models.billing_subscription_discount_view import BillingSubscriptionDiscountView  # noqa: PLC0415
        from ..models.billing_subscription_view_metadata import BillingSubscriptionViewMetadata  # noqa: PLC0415
        from ..models.invoice_response_data import InvoiceResponseData  # noqa: PLC0415
        from ..models.payment_method_response_data import PaymentMethodResponseData  # noqa: PLC0415

        d = dict(src_dict)
        cancel_at_period_end = d.pop("cancel_at_period_end")

        created_at = parse_datetime(d.pop("created_at"))

        currency = d.pop("currency")

        customer_external_id = d.pop("customer_external_id")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = BillingSubscriptionDiscountView.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        id = d.pop("id")

        interval = d.pop("interval")

        period_end = d.pop("period_end")

        period_start = d.pop("period_start")

        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = BillingProductForSubscriptionResponseData.from_dict(products_item_data)

            products.append(products_item)

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        status = d.pop("status")

        subscription_external_id = d.pop("subscription_external_id")

        total_price = d.pop("total_price")

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("application_id", UNSET))

        def _parse_cancel_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancel_at = _parse_cancel_at(d.pop("cancel_at", UNSET))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_default_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_payment_method_id = _parse_default_payment_method_id(d.pop("default_payment_method_id", UNSET))

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

        _metadata = d.pop("metadata", UNSET)
        metadata: BillingSubscriptionViewMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BillingSubscriptionViewMetadata.from_dict(_metadata)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethodResponseData | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethodResponseData.from_dict(_payment_method)

        def _parse_trial_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_end = _parse_trial_end(d.pop("trial_end", UNSET))

        def _parse_trial_end_setting(data: object) -> BillingSubscriptionTrialEndSetting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_subscription_trial_end_setting(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingSubscriptionTrialEndSetting | None | Unset, data)

        trial_end_setting = _parse_trial_end_setting(d.pop("trial_end_setting", UNSET))

        billing_subscription_view = cls(
            cancel_at_period_end=cancel_at_period_end,
            created_at=created_at,
            currency=currency,
            customer_external_id=customer_external_id,
            discounts=discounts,
            id=id,
            interval=interval,
            period_end=period_end,
            period_start=period_start,
            products=products,
            provider_type=provider_type,
            status=status,
            subscription_external_id=subscription_external_id,
            total_price=total_price,
            application_id=application_id,
            cancel_at=cancel_at,
            company_id=company_id,
            default_payment_method_id=default_payment_method_id,
            expired_at=expired_at,
            latest_invoice=latest_invoice,
            metadata=metadata,
            payment_method=payment_method,
            trial_end=trial_end,
            trial_end_setting=trial_end_setting,
        )

        billing_subscription_view.additional_properties = d
        return billing_subscription_view

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
