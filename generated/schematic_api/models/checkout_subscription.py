from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.billing_subscription_trial_end_setting import (
    BillingSubscriptionTrialEndSetting,
    check_billing_subscription_trial_end_setting,
)
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.checkout_subscription_metadata import CheckoutSubscriptionMetadata


T = TypeVar("T", bound="CheckoutSubscription")


def _convert_metadata(
    value: CheckoutSubscriptionMetadata | Unset | Mapping[str, Any],
) -> CheckoutSubscriptionMetadata | Unset:
    return cast(
        "CheckoutSubscriptionMetadata | Unset",
        as_model(value, ".checkout_subscription_metadata", "CheckoutSubscriptionMetadata", __package__),
    )


@_attrs_define
class CheckoutSubscription:
    """The `CheckoutSubscription` object of the API.

    Attributes:
        cancel_at_period_end (bool)
        created_at (datetime.datetime)
        currency (str)
        customer_external_id (str)
        id (str)
        interval (str)
        period_end (int)
        period_start (int)
        provider_type (BillingProviderType)
        status (str)
        subscription_external_id (str)
        total_price (int)
        application_id (None | str | Unset)
        cancel_at (int | None | Unset)
        company_id (None | str | Unset)
        confirm_payment_intent_client_secret (None | str | Unset)
        confirm_payment_intent_id (None | str | Unset)
        default_payment_method_id (None | str | Unset)
        expired_at (datetime.datetime | None | Unset)
        invoice_id (None | str | Unset)
        invoice_url (None | str | Unset)
        metadata (CheckoutSubscriptionMetadata | Unset)
        trial_end (int | None | Unset)
        trial_end_setting (BillingSubscriptionTrialEndSetting | None | Unset)
    """

    cancel_at_period_end: bool

    created_at: datetime.datetime

    currency: str

    customer_external_id: str

    id: str

    interval: str

    period_end: int

    period_start: int

    provider_type: BillingProviderType

    status: str

    subscription_external_id: str

    total_price: int

    application_id: None | str | Unset = UNSET

    cancel_at: int | None | Unset = UNSET

    company_id: None | str | Unset = UNSET

    confirm_payment_intent_client_secret: None | str | Unset = UNSET

    confirm_payment_intent_id: None | str | Unset = UNSET

    default_payment_method_id: None | str | Unset = UNSET

    expired_at: datetime.datetime | None | Unset = UNSET

    invoice_id: None | str | Unset = UNSET

    invoice_url: None | str | Unset = UNSET

    metadata: CheckoutSubscriptionMetadata | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)

    trial_end: int | None | Unset = UNSET

    trial_end_setting: BillingSubscriptionTrialEndSetting | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_at_period_end = self.cancel_at_period_end

        created_at = self.created_at.isoformat()

        currency = self.currency

        customer_external_id = self.customer_external_id

        id = self.id

        interval = self.interval

        period_end = self.period_end

        period_start = self.period_start

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

        confirm_payment_intent_client_secret: None | str | Unset
        if isinstance(self.confirm_payment_intent_client_secret, Unset):
            confirm_payment_intent_client_secret = UNSET
        else:
            confirm_payment_intent_client_secret = self.confirm_payment_intent_client_secret

        confirm_payment_intent_id: None | str | Unset
        if isinstance(self.confirm_payment_intent_id, Unset):
            confirm_payment_intent_id = UNSET
        else:
            confirm_payment_intent_id = self.confirm_payment_intent_id

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

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        invoice_url: None | str | Unset
        if isinstance(self.invoice_url, Unset):
            invoice_url = UNSET
        else:
            invoice_url = self.invoice_url

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
                "id": id,
                "interval": interval,
                "period_end": period_end,
                "period_start": period_start,
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
        if confirm_payment_intent_client_secret is not UNSET:
            field_dict["confirm_payment_intent_client_secret"] = confirm_payment_intent_client_secret
        if confirm_payment_intent_id is not UNSET:
            field_dict["confirm_payment_intent_id"] = confirm_payment_intent_id
        if default_payment_method_id is not UNSET:
            field_dict["default_payment_method_id"] = default_payment_method_id
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_url is not UNSET:
            field_dict["invoice_url"] = invoice_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if trial_end_setting is not UNSET:
            field_dict["trial_end_setting"] = trial_end_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_subscription_metadata import CheckoutSubscriptionMetadata  # noqa: PLC0415

        d = dict(src_dict)
        cancel_at_period_end = d.pop("cancel_at_period_end")

        created_at = parse_datetime(d.pop("created_at"))

        currency = d.pop("currency")

        customer_external_id = d.pop("customer_external_id")

        id = d.pop("id")

        interval = d.pop("interval")

        period_end = d.pop("period_end")

        period_start = d.pop("period_start")

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

        def _parse_confirm_payment_intent_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirm_payment_intent_client_secret = _parse_confirm_payment_intent_client_secret(
            d.pop("confirm_payment_intent_client_secret", UNSET)
        )

        def _parse_confirm_payment_intent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirm_payment_intent_id = _parse_confirm_payment_intent_id(d.pop("confirm_payment_intent_id", UNSET))

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

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        def _parse_invoice_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_url = _parse_invoice_url(d.pop("invoice_url", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CheckoutSubscriptionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CheckoutSubscriptionMetadata.from_dict(_metadata)

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

        checkout_subscription = cls(
            cancel_at_period_end=cancel_at_period_end,
            created_at=created_at,
            currency=currency,
            customer_external_id=customer_external_id,
            id=id,
            interval=interval,
            period_end=period_end,
            period_start=period_start,
            provider_type=provider_type,
            status=status,
            subscription_external_id=subscription_external_id,
            total_price=total_price,
            application_id=application_id,
            cancel_at=cancel_at,
            company_id=company_id,
            confirm_payment_intent_client_secret=confirm_payment_intent_client_secret,
            confirm_payment_intent_id=confirm_payment_intent_id,
            default_payment_method_id=default_payment_method_id,
            expired_at=expired_at,
            invoice_id=invoice_id,
            invoice_url=invoice_url,
            metadata=metadata,
            trial_end=trial_end,
            trial_end_setting=trial_end_setting,
        )

        checkout_subscription.additional_properties = d
        return checkout_subscription

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
