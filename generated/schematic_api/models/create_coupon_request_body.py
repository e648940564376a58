from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCouponRequestBody")


@_attrs_define
class CreateCouponRequestBody:
    """The `CreateCouponRequestBody` object of the API.

    Attributes:
        amount_off (int)
        duration (str)
        duration_in_months (int)
        external_id (str)
        max_redemptions (int)
        name (str)
        percent_off (float)
        times_redeemed (int)
        currency (None | str | Unset)
    """

    amount_off: int

    duration: str

    duration_in_months: int

    external_id: str

    max_redemptions: int

    name: str

    percent_off: float

    times_redeemed: int

    currency: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_off = self.amount_off

        duration = self.duration

        duration_in_months = self.duration_in_months

        external_id = self.external_id

        max_redemptions = self.max_redemptions

        name = self.name

        percent_off = self.percent_off

        times_redeemed = self.times_redeemed

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_off": amount_off,
                "duration": duration,
                "duration_in_months": duration_in_months,
                "external_id": external_id,
                "max_redemptions": max_redemptions,
                "name": name,
                "percent_off": percent_off,
                "times_redeemed": times_redeemed,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_off = d.pop("amount_off")

        duration = d.pop("duration")

        duration_in_months = d.pop("duration_in_months")

        external_id = d.pop("external_id")

        max_redemptions = d.pop("max_redemptions")

        name = d.pop("name")

        percent_off = d.pop("percent_off")

        times_redeemed = d.pop("times_redeemed")

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        create_coupon_request_body = cls(
            amount_off=amount_off,
            duration=duration,
            duration_in_months=duration_in_months,
            external_id=external_id,
            max_redemptions=max_redemptions,
            name=name,
            percent_off=percent_off,
            times_redeemed=times_redeemed,
            currency=currency,
        )

        create_coupon_request_body.additional_properties = d
        return create_coupon_request_body

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
