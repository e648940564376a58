from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_coupon_response_data_metadata import BillingCouponResponseDataMetadata


T = TypeVar("T", bound="BillingCouponResponseData")


def _convert_metadata(
    value: BillingCouponResponseDataMetadata | Mapping[str, Any],
) -> BillingCouponResponseDataMetadata:
    return cast(
        "BillingCouponResponseDataMetadata",
        as_model(value, ".billing_coupon_response_data_metadata", "BillingCouponResponseDataMetadata", __package__),
    )


@_attrs_define
class BillingCouponResponseData:
    """The `BillingCouponResponseData` object of the API.

    Attributes:
        account_id (str)
        environment_id (str)
        external_id (str)
        id (str)
        is_active (bool)
        metadata (BillingCouponResponseDataMetadata)
        name (str)
        provider_type (BillingProviderType)
        times_redeemed (int)
        amount_off (int | None | Unset)
        currency (None | str | Unset)
        duration (None | str | Unset)
        duration_in_months (int | None | Unset)
        max_redemptions (int | None | Unset)
        percent_off (float | None | Unset)
        valid_from (datetime.datetime | None | Unset)
        valid_until (datetime.datetime | None | Unset)
    """

    account_id: str

    environment_id: str

    external_id: str

    id: str

    is_active: bool

    metadata: BillingCouponResponseDataMetadata = _attrs_field(converter=_convert_metadata)

    name: str

    provider_type: BillingProviderType

    times_redeemed: int

    amount_off: int | None | Unset = UNSET

    currency: None | str | Unset = UNSET

    duration: None | str | Unset = UNSET

    duration_in_months: int | None | Unset = UNSET

    max_redemptions: int | None | Unset = UNSET

    percent_off: float | None | Unset = UNSET

    valid_from: datetime.datetime | None | Unset = UNSET

    valid_until: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        environment_id = self.environment_id

        external_id = self.external_id

        id = self.id

        is_active = self.is_active

        metadata = self.metadata.to_dict()

        name = self.name

        provider_type: str = self.provider_type

        times_redeemed = self.times_redeemed

        amount_off: int | None | Unset
        if isinstance(self.amount_off, Unset):
            amount_off = UNSET
        else:
            amount_off = self.amount_off

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        duration_in_months: int | None | Unset
        if isinstance(self.duration_in_months, Unset):
            duration_in_months = UNSET
        else:
            duration_in_months = self.duration_in_months

        max_redemptions: int | None | Unset
        if isinstance(self.max_redemptions, Unset):
            max_redemptions = UNSET
        else:
            max_redemptions = self.max_redemptions

        percent_off: float | None | Unset
        if isinstance(self.percent_off, Unset):
            percent_off = UNSET
        else:
            percent_off = self.percent_off

        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        elif isinstance(self.valid_from, datetime.datetime):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.datetime):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "environment_id": environment_id,
                "external_id": external_id,
                "id": id,
                "is_active": is_active,
                "metadata": metadata,
                "name": name,
                "provider_type": provider_type,
                "times_redeemed": times_redeemed,
            }
        )
        if amount_off is not UNSET:
            field_dict["amount_off"] = amount_off
        if currency is not UNSET:
            field_dict["currency"] = currency
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_in_months is not UNSET:
            field_dict["duration_in_months"] = duration_in_months
        if max_redemptions is not UNSET:
            field_dict["max_redemptions"] = max_redemptions
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_coupon_response_data_metadata import BillingCouponResponseDataMetadata  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        environment_id = d.pop("environment_id")

        external_id = d.pop("external_id")

        id = d.pop("id")

        is_active = d.pop("is_active")

        metadata = BillingCouponResponseDataMetadata.from_dict(d.pop("metadata"))

        name = d.pop("name")

        provider_type = check_billing_provider_type(d.pop("provider_type"))

        times_redeemed = d.pop("times_redeemed")

        def _parse_amount_off(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_off = _parse_amount_off(d.pop("amount_off", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_duration_in_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_in_months = _parse_duration_in_months(d.pop("duration_in_months", UNSET))

        def _parse_max_redemptions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_redemptions = _parse_max_redemptions(d.pop("max_redemptions", UNSET))

        def _parse_percent_off(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percent_off = _parse_percent_off(d.pop("percent_off", UNSET))

        def _parse_valid_from(data: object) -> datetime.datetime | None | Unset:
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

        valid_from = _parse_valid_from(d.pop("valid_from", UNSET))

        def _parse_valid_until(data: object) -> datetime.datetime | None | Unset:
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

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))

        billing_coupon_response_data = cls(
            account_id=account_id,
            environment_id=environment_id,
            external_id=external_id,
            id=id,
            is_active=is_active,
            metadata=metadata,
            name=name,
            provider_type=provider_type,
            times_redeemed=times_redeemed,
            amount_off=amount_off,
            currency=currency,
            duration=duration,
            duration_in_months=duration_in_months,
            max_redemptions=max_redemptions,
            percent_off=percent_off,
            valid_from=valid_from,
            valid_until=valid_until,
        )

        billing_coupon_response_data.additional_properties = d
        return billing_coupon_response_data

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
