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
    from ..models.billing_product_pricing import BillingProductPricing
    from ..models.billing_subscription_discount import BillingSubscriptionDiscount
    from ..models.create_billing_subscription_request_body_metadata_type_0 import (
        CreateBillingSubscriptionRequestBodyMetadataType0,
    )


T = TypeVar("T", bound="CreateBillingSubscriptionRequestBody")


def _convert_discounts(
    value: list[BillingSubscriptionDiscount] | Sequence[BillingSubscriptionDiscount | Mapping[str, Any]],
) -> list[BillingSubscriptionDiscount]:
    return cast(
        "list[BillingSubscriptionDiscount]",
        as_model_list(value, ".billing_subscription_discount", "BillingSubscriptionDiscount", __package__),
    )


def _convert_product_external_ids(
    value: list[BillingProductPricing] | Sequence[BillingProductPricing | Mapping[str, Any]],
) -> list[BillingProductPricing]:
    return cast(
        "list[BillingProductPricing]",
        as_model_list(value, ".billing_product_pricing", "BillingProductPricing", __package__),
    )


def _convert_metadata(
    value: CreateBillingSubscriptionRequestBodyMetadataType0 | None | Unset | Mapping[str, Any],
) -> CreateBillingSubscriptionRequestBodyMetadataType0 | None | Unset:
    return cast(
        "CreateBillingSubscriptionRequestBodyMetadataType0 | None | Unset",
        as_model(
            value,
            ".create_billing_subscription_request_body_metadata_type_0",
            "CreateBillingSubscriptionRequestBodyMetadataType0",
            __package__,
        ),
    )


@_attrs_define
class CreateBillingSubscriptionRequestBody:
    """The `CreateBillingSubscriptionRequestBody` object of the API.

    Attributes:
        cancel_at_period_end (bool)
        currency (str)
        customer_external_id (str)
        discounts (list[BillingSubscriptionDiscount])
        expired_at (datetime.datetime)
        product_external_ids (list[BillingProductPricing])
        subscription_external_id (str)
        total_price (int)
        application_id (None | str | Unset)
        cancel_at (int | None | Unset)
        company_id (None | str | Unset)
        default_payment_method_external_id (None | str | Unset)
        default_payment_method_id (None | str | Unset)
        interval (None | str | Unset)
        metadata (CreateBillingSubscriptionRequestBodyMetadataType0 | None | Unset)
        period_end (int | None | Unset)
        period_start (int | None | Unset)
        provider_type (BillingProviderType | None | Unset)
        status (None | str | Unset)
        trial_end (int | None | Unset)
        trial_end_setting (BillingSubscriptionTrialEndSetting | None | Unset)
    """

    cancel_at_period_end: bool

    currency: str

    customer_external_id: str

    discounts: list[BillingSubscriptionDiscount] = _attrs_field(converter=_convert_discounts)

    expired_at: datetime.datetime

    product_external_ids: list[BillingProductPricing] = _attrs_field(converter=_convert_product_external_ids)

    subscription_external_id: str

    total_price: int

    application_id: None | str | Unset = UNSET

    cancel_at: int | None | Unset = UNSET

    company_id: None | str | Unset = UNSET

    default_payment_method_external_id: None | str | Unset = UNSET

    default_payment_method_id: None | str | Unset = UNSET

    interval: None | str | Unset = UNSET

    metadata: CreateBillingSubscriptionRequestBodyMetadataType0 | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_metadata
    )

    period_end: int | None | Unset = UNSET

    period_start: int | None | Unset = UNSET

    provider_type: BillingProviderType | None | Unset = UNSET

    status: None | str | Unset = UNSET

    trial_end: int | None | Unset = UNSET

    trial_end_setting: BillingSubscriptionTrialEndSetting | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_billing_subscription_request_body_metadata_type_0 import (
            CreateBillingSubscriptionRequestBodyMetadataType0,  # noqa: PLC0415
        )

        cancel_at_period_end = self.cancel_at_period_end

        currency = self.currency

        customer_external_id = self.customer_external_id

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        expired_at = self.expired_at.isoformat()

        product_external_ids = []
        for product_external_ids_item_data in self.product_external_ids:
            product_external_ids_item = product_external_ids_item_data.to_dict()
            product_external_ids.append(product_external_ids_item)

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

        default_payment_method_external_id: None | str | Unset
        if isinstance(self.default_payment_method_external_id, Unset):
            default_payment_method_external_id = UNSET
        else:
            default_payment_method_external_id = self.default_payment_method_external_id

        default_payment_method_id: None | str | Unset
        if isinstance(self.default_payment_method_id, Unset):
            default_payment_method_id = UNSET
        else:
            default_payment_method_id = self.default_payment_method_id

        interval: None | str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        else:
            interval = self.interval

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateBillingSubscriptionRequestBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        period_end: int | None | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        else:
            period_end = self.period_end

        period_start: int | None | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        else:
            period_start = self.period_start

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        elif isinstance(self.provider_type, str):
            provider_type = self.provider_type
        else:
            provider_type = self.provider_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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
                "currency": currency,
                "customer_external_id": customer_external_id,
                "discounts": discounts,
                "expired_at": expired_at,
                "product_external_ids": product_external_ids,
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
        if default_payment_method_external_id is not UNSET:
            field_dict["default_payment_method_external_id"] = default_payment_method_external_id
        if default_payment_method_id is not UNSET:
            field_dict["default_payment_method_id"] = default_payment_method_id
        if interval is not UNSET:
            field_dict["interval"] = interval
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if status is not UNSET:
            field_dict["status"] = status
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if trial_end_setting is not UNSET:
            field_dict["trial_end_setting"] = trial_end_setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_product_pricing import BillingProductPricing  # noqa: PLC0415
        from ..models.billing_subscription_discount import BillingSubscriptionDiscount  # noqa: PLC0415
        from ..models.create_billing_subscription_request_body_metadata_type_0 import (
            CreateBillingSubscriptionRequestBodyMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cancel_at_period_end = d.pop("cancel_at_period_end")

        currency = d.pop("currency")

        customer_external_id = d.pop("customer_external_id")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = BillingSubscriptionDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        expired_at = parse_datetime(d.pop("expired_at"))

        product_external_ids = []
        _product_external_ids = d.pop("product_external_ids")
        for product_external_ids_item_data in _product_external_ids:
            product_external_ids_item = BillingProductPricing.from_dict(product_external_ids_item_data)

            product_external_ids.append(product_external_ids_item)

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

        def _parse_default_payment_method_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_payment_method_external_id = _parse_default_payment_method_external_id(
            d.pop("default_payment_method_external_id", UNSET)
        )

        def _parse_default_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_payment_method_id = _parse_default_payment_method_id(d.pop("default_payment_method_id", UNSET))

        def _parse_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interval = _parse_interval(d.pop("interval", UNSET))

        def _parse_metadata(data: object) -> CreateBillingSubscriptionRequestBodyMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return CreateBillingSubscriptionRequestBodyMetadataType0.from_dict(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateBillingSubscriptionRequestBodyMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_period_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_end = _parse_period_end(d.pop("period_end", UNSET))

        def _parse_period_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

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

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        create_billing_subscription_request_body = cls(
            cancel_at_period_end=cancel_at_period_end,
            currency=currency,
            customer_external_id=customer_external_id,
            discounts=discounts,
            expired_at=expired_at,
            product_external_ids=product_external_ids,
            subscription_external_id=subscription_external_id,
            total_price=total_price,
            application_id=application_id,
            cancel_at=cancel_at,
            company_id=company_id,
            default_payment_method_external_id=default_payment_method_external_id,
            default_payment_method_id=default_payment_method_id,
            interval=interval,
            metadata=metadata,
            period_end=period_end,
            period_start=period_start,
            provider_type=provider_type,
            status=status,
            trial_end=trial_end,
            trial_end_setting=trial_end_setting,
        )

        create_billing_subscription_request_body.additional_properties = d
        return create_billing_subscription_request_body

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
