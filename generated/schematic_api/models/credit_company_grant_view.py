from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_expiry_type import BillingCreditExpiryType, check_billing_credit_expiry_type
from ..models.billing_credit_expiry_unit import BillingCreditExpiryUnit, check_billing_credit_expiry_unit
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
    from ..models.billing_product_price_response_data import BillingProductPriceResponseData
    from ..models.credit_transfer_view import CreditTransferView


T = TypeVar("T", bound="CreditCompanyGrantView")


def _convert_price(
    value: BillingProductPriceResponseData | Unset | Mapping[str, Any],
) -> BillingProductPriceResponseData | Unset:
    return cast(
        "BillingProductPriceResponseData | Unset",
        as_model(value, ".billing_product_price_response_data", "BillingProductPriceResponseData", __package__),
    )


def _convert_transfers(
    value: list[CreditTransferView] | Unset | Sequence[CreditTransferView | Mapping[str, Any]],
) -> list[CreditTransferView] | Unset:
    return cast(
        "list[CreditTransferView] | Unset",
        as_model_list(value, ".credit_transfer_view", "CreditTransferView", __package__),
    )


@_attrs_define
class CreditCompanyGrantView:
    """The `CreditCompanyGrantView` object of the API.

    Attributes:
        billing_credit_id (str)
        company_id (str)
        company_name (str)
        created_at (datetime.datetime)
        credit_description (str)
        credit_name (str)
        grant_reason (BillingCreditGrantReason)
        id (str)
        quantity (float)
        quantity_remaining (float)
        quantity_used (float)
        renewal_enabled (bool)
        source_label (str)
        updated_at (datetime.datetime)
        billing_credit_bundle_id (None | str | Unset)
        company_license_id (None | str | Unset)
        credit_icon (None | str | Unset)
        currency (None | str | Unset)
        exhausted_at (datetime.datetime | None | Unset)
        expires_at (datetime.datetime | None | Unset)
        expiry_type (BillingCreditExpiryType | None | Unset)
        expiry_unit (BillingCreditExpiryUnit | None | Unset)
        expiry_unit_count (int | None | Unset)
        license_name (None | str | Unset)
        plan_id (None | str | Unset)
        plan_name (None | str | Unset)
        plural_name (None | str | Unset)
        price (BillingProductPriceResponseData | Unset)
        renewal_period (BillingPlanCreditGrantResetCadence | None | Unset)
        reserved (float | None | Unset)
        settled (float | None | Unset)
        singular_name (None | str | Unset)
        source_grant_id (None | str | Unset)
        transfers (list[CreditTransferView] | Unset)
        valid_from (datetime.datetime | None | Unset)
        zeroed_out_date (datetime.datetime | None | Unset)
        zeroed_out_reason (BillingCreditGrantZeroedOutReason | None | Unset)
    """

    billing_credit_id: str

    company_id: str

    company_name: str

    created_at: datetime.datetime

    credit_description: str

    credit_name: str

    grant_reason: BillingCreditGrantReason

    id: str

    quantity: float

    quantity_remaining: float

    quantity_used: float

    renewal_enabled: bool

    source_label: str

    updated_at: datetime.datetime

    billing_credit_bundle_id: None | str | Unset = UNSET

    company_license_id: None | str | Unset = UNSET

    credit_icon: None | str | Unset = UNSET

    currency: None | str | Unset = UNSET

    exhausted_at: datetime.datetime | None | Unset = UNSET

    expires_at: datetime.datetime | None | Unset = UNSET

    expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    expiry_unit_count: int | None | Unset = UNSET

    license_name: None | str | Unset = UNSET

    plan_id: None | str | Unset = UNSET

    plan_name: None | str | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    price: BillingProductPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_price)

    renewal_period: BillingPlanCreditGrantResetCadence | None | Unset = UNSET

    reserved: float | None | Unset = UNSET

    settled: float | None | Unset = UNSET

    singular_name: None | str | Unset = UNSET

    source_grant_id: None | str | Unset = UNSET

    transfers: list[CreditTransferView] | Unset = _attrs_field(default=UNSET, converter=_convert_transfers)

    valid_from: datetime.datetime | None | Unset = UNSET

    zeroed_out_date: datetime.datetime | None | Unset = UNSET

    zeroed_out_reason: BillingCreditGrantZeroedOutReason | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_credit_id = self.billing_credit_id

        company_id = self.company_id

        company_name = self.company_name

        created_at = self.created_at.isoformat()

        credit_description = self.credit_description

        credit_name = self.credit_name

        grant_reason: str = self.grant_reason

        id = self.id

        quantity = self.quantity

        quantity_remaining = self.quantity_remaining

        quantity_used = self.quantity_used

        renewal_enabled = self.renewal_enabled

        source_label = self.source_label

        updated_at = self.updated_at.isoformat()

        billing_credit_bundle_id: None | str | Unset
        if isinstance(self.billing_credit_bundle_id, Unset):
            billing_credit_bundle_id = UNSET
        else:
            billing_credit_bundle_id = self.billing_credit_bundle_id

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

        exhausted_at: None | str | Unset
        if isinstance(self.exhausted_at, Unset):
            exhausted_at = UNSET
        elif isinstance(self.exhausted_at, datetime.datetime):
            exhausted_at = self.exhausted_at.isoformat()
        else:
            exhausted_at = self.exhausted_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        expiry_type: None | str | Unset
        if isinstance(self.expiry_type, Unset):
            expiry_type = UNSET
        elif isinstance(self.expiry_type, str):
            expiry_type = self.expiry_type
        else:
            expiry_type = self.expiry_type

        expiry_unit: None | str | Unset
        if isinstance(self.expiry_unit, Unset):
            expiry_unit = UNSET
        elif isinstance(self.expiry_unit, str):
            expiry_unit = self.expiry_unit
        else:
            expiry_unit = self.expiry_unit

        expiry_unit_count: int | None | Unset
        if isinstance(self.expiry_unit_count, Unset):
            expiry_unit_count = UNSET
        else:
            expiry_unit_count = self.expiry_unit_count

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

        plural_name: None | str | Unset
        if isinstance(self.plural_name, Unset):
            plural_name = UNSET
        else:
            plural_name = self.plural_name

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

        singular_name: None | str | Unset
        if isinstance(self.singular_name, Unset):
            singular_name = UNSET
        else:
            singular_name = self.singular_name

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
                "billing_credit_id": billing_credit_id,
                "company_id": company_id,
                "company_name": company_name,
                "created_at": created_at,
                "credit_description": credit_description,
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
        if billing_credit_bundle_id is not UNSET:
            field_dict["billing_credit_bundle_id"] = billing_credit_bundle_id
        if company_license_id is not UNSET:
            field_dict["company_license_id"] = company_license_id
        if credit_icon is not UNSET:
            field_dict["credit_icon"] = credit_icon
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exhausted_at is not UNSET:
            field_dict["exhausted_at"] = exhausted_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if expiry_type is not UNSET:
            field_dict["expiry_type"] = expiry_type
        if expiry_unit is not UNSET:
            field_dict["expiry_unit"] = expiry_unit
        if expiry_unit_count is not UNSET:
            field_dict["expiry_unit_count"] = expiry_unit_count
        if license_name is not UNSET:
            field_dict["license_name"] = license_name
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if plural_name is not UNSET:
            field_dict["plural_name"] = plural_name
        if price is not UNSET:
            field_dict["price"] = price
        if renewal_period is not UNSET:
            field_dict["renewal_period"] = renewal_period
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if settled is not UNSET:
            field_dict["settled"] = settled
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name
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
        from ..models.billing_product_price_response_data import BillingProductPriceResponseData  # noqa: PLC0415
        from ..models.credit_transfer_view import CreditTransferView  # noqa: PLC0415

        d = dict(src_dict)
        billing_credit_id = d.pop("billing_credit_id")

        company_id = d.pop("company_id")

        company_name = d.pop("company_name")

        created_at = parse_datetime(d.pop("created_at"))

        credit_description = d.pop("credit_description")

        credit_name = d.pop("credit_name")

        grant_reason = check_billing_credit_grant_reason(d.pop("grant_reason"))

        id = d.pop("id")

        quantity = d.pop("quantity")

        quantity_remaining = d.pop("quantity_remaining")

        quantity_used = d.pop("quantity_used")

        renewal_enabled = d.pop("renewal_enabled")

        source_label = d.pop("source_label")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_billing_credit_bundle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_credit_bundle_id = _parse_billing_credit_bundle_id(d.pop("billing_credit_bundle_id", UNSET))

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

        def _parse_exhausted_at(data: object) -> datetime.datetime | None | Unset:
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

        exhausted_at = _parse_exhausted_at(d.pop("exhausted_at", UNSET))

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

        def _parse_expiry_type(data: object) -> BillingCreditExpiryType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_expiry_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditExpiryType | None | Unset, data)

        expiry_type = _parse_expiry_type(d.pop("expiry_type", UNSET))

        def _parse_expiry_unit(data: object) -> BillingCreditExpiryUnit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_expiry_unit(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditExpiryUnit | None | Unset, data)

        expiry_unit = _parse_expiry_unit(d.pop("expiry_unit", UNSET))

        def _parse_expiry_unit_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry_unit_count = _parse_expiry_unit_count(d.pop("expiry_unit_count", UNSET))

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

        def _parse_plural_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plural_name = _parse_plural_name(d.pop("plural_name", UNSET))

        _price = d.pop("price", UNSET)
        price: BillingProductPriceResponseData | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = BillingProductPriceResponseData.from_dict(_price)

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

        def _parse_singular_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        singular_name = _parse_singular_name(d.pop("singular_name", UNSET))

        def _parse_source_grant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_grant_id = _parse_source_grant_id(d.pop("source_grant_id", UNSET))

        _transfers = d.pop("transfers", UNSET)
        transfers: list[CreditTransferView] | Unset = UNSET
        if _transfers is not UNSET:
            transfers = []
            for transfers_item_data in _transfers:
                transfers_item = CreditTransferView.from_dict(transfers_item_data)

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

        credit_company_grant_view = cls(
            billing_credit_id=billing_credit_id,
            company_id=company_id,
            company_name=company_name,
            created_at=created_at,
            credit_description=credit_description,
            credit_name=credit_name,
            grant_reason=grant_reason,
            id=id,
            quantity=quantity,
            quantity_remaining=quantity_remaining,
            quantity_used=quantity_used,
            renewal_enabled=renewal_enabled,
            source_label=source_label,
            updated_at=updated_at,
            billing_credit_bundle_id=billing_credit_bundle_id,
            company_license_id=company_license_id,
            credit_icon=credit_icon,
            currency=currency,
            exhausted_at=exhausted_at,
            expires_at=expires_at,
            expiry_type=expiry_type,
            expiry_unit=expiry_unit,
            expiry_unit_count=expiry_unit_count,
            license_name=license_name,
            plan_id=plan_id,
            plan_name=plan_name,
            plural_name=plural_name,
            price=price,
            renewal_period=renewal_period,
            reserved=reserved,
            settled=settled,
            singular_name=singular_name,
            source_grant_id=source_grant_id,
            transfers=transfers,
            valid_from=valid_from,
            zeroed_out_date=zeroed_out_date,
            zeroed_out_reason=zeroed_out_reason,
        )

        credit_company_grant_view.additional_properties = d
        return credit_company_grant_view

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
