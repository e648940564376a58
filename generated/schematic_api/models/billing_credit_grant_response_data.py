from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_grant_reason import BillingCreditGrantReason, check_billing_credit_grant_reason
from ..models.billing_credit_grant_zeroed_out_reason import (
    BillingCreditGrantZeroedOutReason,
    check_billing_credit_grant_zeroed_out_reason,
)
from ..models.billing_plan_credit_grant_reset_cadence import (
    BillingPlanCreditGrantResetCadence,
    check_billing_plan_credit_grant_reset_cadence,
)
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_price_response_data import BillingPriceResponseData
    from ..models.credit_transfer_response_data import CreditTransferResponseData


T = TypeVar("T", bound="BillingCreditGrantResponseData")


def _convert_price(value: BillingPriceResponseData | Unset | Mapping[str, Any]) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


def _convert_transfers(
    value: list[CreditTransferResponseData] | Unset | Sequence[CreditTransferResponseData | Mapping[str, Any]],
) -> list[CreditTransferResponseData] | Unset:
    return cast(
        "list[CreditTransferResponseData] | Unset",
        as_model_list(value, ".credit_transfer_response_data", "CreditTransferResponseData", __package__),
    )


@_attrs_define
class BillingCreditGrantResponseData:
    """The `BillingCreditGrantResponseData` object of the API.

    Attributes:
        company_id (str)
        company_name (str)
        created_at (datetime.datetime)
        credit_id (str)
        credit_name (str)
        grant_reason (BillingCreditGrantReason)
        id (str)
        quantity (float)
        quantity_remaining (float)
        quantity_used (float)
        renewal_enabled (bool)
        source_label (str)
        updated_at (datetime.datetime)
        company_license_id (None | str | Unset)
        credit_icon (None | str | Unset)
        currency (None | str | Unset)
        expires_at (datetime.datetime | None | Unset)
        license_name (None | str | Unset)
        plan_id (None | str | Unset)
        plan_name (None | str | Unset)
        price (BillingPriceResponseData | Unset)
        renewal_period (BillingPlanCreditGrantResetCadence | None | Unset)
        reserved (float | None | Unset)
        settled (float | None | Unset)
        source_grant_id (None | str | Unset)
        transfers (list[CreditTransferResponseData] | Unset)
        valid_from (datetime.datetime | None | Unset)
        zeroed_out_date (datetime.datetime | None | Unset)
        zeroed_out_reason (BillingCreditGrantZeroedOutReason | None | Unset)
    """

    company_id: str

    company_name: str

    created_at: datetime.datetime

    credit_id: str

    credit_name: str

    grant_reason: BillingCreditGrantReason

    id: str

    quantity: float

    quantity_remaining: float

    quantity_used: float

    renewal_enabled: bool

    source_label: str

    updated_at: datetime.datetime

    company_license_id: None | str | Unset = UNSET

    credit_icon: None | str | Unset = UNSET

    currency: None | str | Unset = UNSET

    expires_at: datetime.datetime | None | Unset = UNSET

    license_name: None | str | Unset = UNSET

    plan_id: None | str | Unset = UNSET

    plan_name: None | str | Unset = UNSET

    price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_price)

    renewal_period: BillingPlanCreditGrantResetCadence | None | Unset = UNSET

    reserved: float | None | Unset = UNSET

    settled: float | None | Unset = UNSET

    source_grant_id: None | str | Unset = UNSET

    transfers: list[CreditTransferResponseData] | Unset = _attrs_field(default=UNSET, converter=_convert_transfers)

    valid_from: datetime.datetime | None | Unset = UNSET

    zeroed_out_date: datetime.datetime | None | Unset = UNSET

    zeroed_out_reason: BillingCreditGrantZeroedOutReason | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        company_name = self.company_name

        created_at = self.created_at.isoformat()

        credit_id = self.credit_id

        credit_name = self.credit_name

        grant_reason: str = self.grant_reason

        id = self.id

        quantity = self.quantity

        quantity_remaining = self.quantity_remaining

        quantity_used = self.quantity_used

        renewal_enabled = self.renewal_enabled

        source_label = self.source_label

        updated_at = self.updated_at.isoformat()

        company_license_id: None | str | Unset
        if isinstance(self.company_license_id, Unset):
            company_license_id = UNSET
        else:
            company_license_id = self.company_license_id

        credit_icon: None | str | Unset
        if isinstance(self.credit_icon, Unset):
            credit_icon = UNSET
        else:
            credit_icon = self.credit_icon

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        license_name: None | str | Unset
        if isinstance(self.license_name, Unset):
            license_name = UNSET
        else:
            license_name = self.license_name

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = self.plan_id

        plan_name: None | str | Unset
        if isinstance(self.plan_name, Unset):
            plan_name = UNSET
        else:
            plan_name = self.plan_name

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        renewal_period: None | str | Unset
        if isinstance(self.renewal_period, Unset):
            renewal_period = UNSET
        elif isinstance(self.renewal_period, str):
            renewal_period = self.renewal_period
        else:
            renewal_period = self.renewal_period

        reserved: float | None | Unset
        if isinstance(self.reserved, Unset):
            reserved = UNSET
        else:
            reserved = self.reserved

        settled: float | None | Unset
        if isinstance(self.settled, Unset):
            settled = UNSET
        else:
            settled = self.settled

        source_grant_id: None | str | Unset
        if isinstance(self.source_grant_id, Unset):
            source_grant_id = UNSET
        else:
            source_grant_id = self.source_grant_id

        transfers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transfers, Unset):
            transfers = []
            for transfers_item_data in self.transfers:
                transfers_item = transfers_item_data.to_dict()
                transfers.append(transfers_item)

        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        elif isinstance(self.valid_from, datetime.datetime):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        zeroed_out_date: None | str | Unset
        if isinstance(self.zeroed_out_date, Unset):
            zeroed_out_date = UNSET
        elif isinstance(self.zeroed_out_date, datetime.datetime):
            zeroed_out_date = self.zeroed_out_date.isoformat()
        else:
            zeroed_out_date = self.zeroed_out_date

        zeroed_out_reason: None | str | Unset
        if isinstance(self.zeroed_out_reason, Unset):
            zeroed_out_reason = UNSET
        elif isinstance(self.zeroed_out_reason, str):
            zeroed_out_reason = self.zeroed_out_reason
        else:
            zeroed_out_reason = self.zeroed_out_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "company_name": company_name,
                "created_at": created_at,
                "credit_id": credit_id,
                "credit_name": credit_name,
                "grant_reason": grant_reason,
                "id": id,
                "quantity": quantity,
                "quantity_remaining": quantity_remaining,
                "quantity_used": quantity_used,
                "renewal_enabled": renewal_enabled,
                "source_label": source_label,
                "updated_at": updated_at,
            }
        )
        if company_license_id is not UNSET:
            field_dict["company_license_id"] = company_license_id
        if credit_icon is not UNSET:
            field_dict["credit_icon"] = credit_icon
        if currency is not UNSET:
            field_dict["currency"] = currency
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if license_name is not UNSET:
            field_dict["license_name"] = license_name
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if price is not UNSET:
            field_dict["price"] = price
        if renewal_period is not UNSET:
            field_dict["renewal_period"] = renewal_period
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if settled is not UNSET:
            field_dict["settled"] = settled
        if source_grant_id is not UNSET:
            field_dict["source_grant_id"] = source_grant_id
        if transfers is not UNSET:
            field_dict["transfers"] = transfers
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if zeroed_out_date is not UNSET:
            field_dict["zeroed_out_date"] = zeroed_out_date
        if zeroed_out_reason is not UNSET:
            field_dict["zeroed_out_reason"] = zeroed_out_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_price_response_data import BillingPriceResponseData  # noqa: PLC0415
        from ..models.credit_transfer_response_data import CreditTransferResponseData  # noqa: PLC0415

        d = dict(src_dict)
        company_id = d.pop("company_id")

        company_name = d.pop("company_name")

        created_at = parse_datetime(d.pop("created_at"))

        credit_id = d.pop("credit_id")

        credit_name = d.pop("credit_name")

        grant_reason = check_billing_credit_grant_reason(d.pop("grant_reason"))

        id = d.pop("id")

        quantity = d.pop("quantity")

        quantity_remaining = d.pop("quantity_remaining")

        quantity_used = d.pop("quantity_used")

        renewal_enabled = d.pop("renewal_enabled")

        source_label = d.pop("source_label")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_company_license_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_license_id = _parse_company_license_id(d.pop("company_license_id", UNSET))

        def _parse_credit_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_icon = _parse_credit_icon(d.pop("credit_icon", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
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

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_license_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_name = _parse_license_name(d.pop("license_name", UNSET))

        def _parse_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        def _parse_plan_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_name = _parse_plan_name(d.pop("plan_name", UNSET))

        _price = d.pop("price", UNSET)
        price: BillingPriceResponseData | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = BillingPriceResponseData.from_dict(_price)

        def _parse_renewal_period(data: object) -> BillingPlanCreditGrantResetCadence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_plan_credit_grant_reset_cadence(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingPlanCreditGrantResetCadence | None | Unset, data)

        renewal_period = _parse_renewal_period(d.pop("renewal_period", UNSET))

        def _parse_reserved(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reserved = _parse_reserved(d.pop("reserved", UNSET))

        def _parse_settled(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        settled = _parse_settled(d.pop("settled", UNSET))

        def _parse_source_grant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_grant_id = _parse_source_grant_id(d.pop("source_grant_id", UNSET))

        _transfers = d.pop("transfers", UNSET)
        transfers: list[CreditTransferResponseData] | Unset = UNSET
        if _transfers is not UNSET:
            transfers = []
            for transfers_item_data in _transfers:
                transfers_item = CreditTransferResponseData.from_dict(transfers_item_data)

                transfers.append(transfers_item)

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

        def _parse_zeroed_out_date(data: object) -> datetime.datetime | None | Unset:
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

        zeroed_out_date = _parse_zeroed_out_date(d.pop("zeroed_out_date", UNSET))

        def _parse_zeroed_out_reason(data: object) -> BillingCreditGrantZeroedOutReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_grant_zeroed_out_reason(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditGrantZeroedOutReason | None | Unset, data)

        zeroed_out_reason = _parse_zeroed_out_reason(d.pop("zeroed_out_reason", UNSET))

        billing_credit_grant_response_data = cls(
            company_id=company_id,
            company_name=company_name,
            created_at=created_at,
            credit_id=credit_id,
            credit_name=credit_name,
            grant_reason=grant_reason,
            id=id,
            quantity=quantity,
            quantity_remaining=quantity_remaining,
            quantity_used=quantity_used,
            renewal_enabled=renewal_enabled,
            source_label=source_label,
            updated_at=updated_at,
            company_license_id=company_license_id,
            credit_icon=credit_icon,
            currency=currency,
            expires_at=expires_at,
            license_name=license_name,
            plan_id=plan_id,
            plan_name=plan_name,
            price=price,
            renewal_period=renewal_period,
            reserved=reserved,
            settled=settled,
            source_grant_id=source_grant_id,
            transfers=transfers,
            valid_from=valid_from,
            zeroed_out_date=zeroed_out_date,
            zeroed_out_reason=zeroed_out_reason,
        )

        billing_credit_grant_response_data.additional_properties = d
        return billing_credit_grant_response_data

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
