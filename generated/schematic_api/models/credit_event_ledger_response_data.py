from __future__ import annotations

import datetime
from collections.abc import Mapping
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
from ..models.credit_event_type import CreditEventType, check_credit_event_type
from ..models.credit_usage_reason import CreditUsageReason, check_credit_usage_reason
from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_credit_ledger_response_data import BillingCreditLedgerResponseData
    from ..models.company_ledger_response_data import CompanyLedgerResponseData
    from ..models.feature_ledger_response_data import FeatureLedgerResponseData


T = TypeVar("T", bound="CreditEventLedgerResponseData")


def _convert_company(value: CompanyLedgerResponseData | Unset | Mapping[str, Any]) -> CompanyLedgerResponseData | Unset:
    return cast(
        "CompanyLedgerResponseData | Unset",
        as_model(value, ".company_ledger_response_data", "CompanyLedgerResponseData", __package__),
    )


def _convert_credit(
    value: BillingCreditLedgerResponseData | Unset | Mapping[str, Any],
) -> BillingCreditLedgerResponseData | Unset:
    return cast(
        "BillingCreditLedgerResponseData | Unset",
        as_model(value, ".billing_credit_ledger_response_data", "BillingCreditLedgerResponseData", __package__),
    )


def _convert_feature(value: FeatureLedgerResponseData | Unset | Mapping[str, Any]) -> FeatureLedgerResponseData | Unset:
    return cast(
        "FeatureLedgerResponseData | Unset",
        as_model(value, ".feature_ledger_response_data", "FeatureLedgerResponseData", __package__),
    )


@_attrs_define
class CreditEventLedgerResponseData:
    """The `CreditEventLedgerResponseData` object of the API.

    Attributes:
        amount (float)
        billing_credit_id (str)
        company_id (str)
        credit_name (str)
        environment_id (str)
        event_at (datetime.datetime)
        event_id (str)
        event_type (CreditEventType)
        source_id (int)
        auto_topup_log_id (None | str | Unset)
        billing_credit_bundle_id (None | str | Unset)
        company (CompanyLedgerResponseData | Unset)
        credit (BillingCreditLedgerResponseData | Unset)
        expiry_type (BillingCreditExpiryType | None | Unset)
        expiry_unit (BillingCreditExpiryUnit | None | Unset)
        expiry_unit_count (int | None | Unset)
        feature (FeatureLedgerResponseData | Unset)
        feature_id (None | str | Unset)
        from_grant_id (None | str | Unset)
        grant_expires_at (datetime.datetime | None | Unset)
        grant_id (None | str | Unset)
        grant_quantity (float | None | Unset)
        grant_quantity_remaining (float | None | Unset)
        grant_reason (BillingCreditGrantReason | None | Unset)
        grant_valid_from (datetime.datetime | None | Unset)
        plan_id (None | str | Unset)
        quantity_consumed (float | None | Unset)
        quantity_remaining_at_zero_out (float | None | Unset)
        to_grant_id (None | str | Unset)
        usage_event_id (None | str | Unset)
        usage_reason (CreditUsageReason | None | Unset)
        zeroed_out_reason (BillingCreditGrantZeroedOutReason | None | Unset)
        event_ids (list[str] | Unset)
        kind (str | Unset): adjustment, charge, drawdown, grant, settlement, transfer or zero_out
    """

    amount: float

    billing_credit_id: str

    company_id: str

    credit_name: str

    environment_id: str

    event_at: datetime.datetime

    event_id: str

    event_type: CreditEventType

    source_id: int

    auto_topup_log_id: None | str | Unset = UNSET

    billing_credit_bundle_id: None | str | Unset = UNSET

    company: CompanyLedgerResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    credit: BillingCreditLedgerResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_credit)

    expiry_type: BillingCreditExpiryType | None | Unset = UNSET

    expiry_unit: BillingCreditExpiryUnit | None | Unset = UNSET

    expiry_unit_count: int | None | Unset = UNSET

    feature: FeatureLedgerResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_feature)

    feature_id: None | str | Unset = UNSET

    from_grant_id: None | str | Unset = UNSET

    grant_expires_at: datetime.datetime | None | Unset = UNSET

    grant_id: None | str | Unset = UNSET

    grant_quantity: float | None | Unset = UNSET

    grant_quantity_remaining: float | None | Unset = UNSET

    grant_reason: BillingCreditGrantReason | None | Unset = UNSET

    grant_valid_from: datetime.datetime | None | Unset = UNSET

    plan_id: None | str | Unset = UNSET

    quantity_consumed: float | None | Unset = UNSET

    quantity_remaining_at_zero_out: float | None | Unset = UNSET

    to_grant_id: None | str | Unset = UNSET

    usage_event_id: None | str | Unset = UNSET

    usage_reason: CreditUsageReason | None | Unset = UNSET

    zeroed_out_reason: BillingCreditGrantZeroedOutReason | None | Unset = UNSET

    event_ids: list[str] | Unset = UNSET

    kind: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        billing_credit_id = self.billing_credit_id

        company_id = self.company_id

        credit_name = self.credit_name

        environment_id = self.environment_id

        event_at = self.event_at.isoformat()

        event_id = self.event_id

        event_type: str = self.event_type

        source_id = self.source_id

        auto_topup_log_id: None | str | Unset
        if isinstance(self.auto_topup_log_id, Unset):
            auto_topup_log_id = UNSET
        else:
            auto_topup_log_id = self.auto_topup_log_id

        billing_credit_bundle_id: None | str | Unset
        if isinstance(self.billing_credit_bundle_id, Unset):
            billing_credit_bundle_id = UNSET
        else:
            billing_credit_bundle_id = self.billing_credit_bundle_id

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

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

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        feature_id: None | str | Unset
        if isinstance(self.feature_id, Unset):
            feature_id = UNSET
        else:
            feature_id = self.feature_id

        from_grant_id: None | str | Unset
        if isinstance(self.from_grant_id, Unset):
            from_grant_id = UNSET
        else:
            from_grant_id = self.from_grant_id

        grant_expires_at: None | str | Unset
        if isinstance(self.grant_expires_at, Unset):
            grant_expires_at = UNSET
        elif isinstance(self.grant_expires_at, datetime.datetime):
            grant_expires_at = self.grant_expires_at.isoformat()
        else:
            grant_expires_at = self.grant_expires_at

        grant_id: None | str | Unset
        if isinstance(self.grant_id, Unset):
            grant_id = UNSET
        else:
            grant_id = self.grant_id

        grant_quantity: float | None | Unset
        if isinstance(self.grant_quantity, Unset):
            grant_quantity = UNSET
        else:
            grant_quantity = self.grant_quantity

        grant_quantity_remaining: float | None | Unset
        if isinstance(self.grant_quantity_remaining, Unset):
            grant_quantity_remaining = UNSET
        else:
            grant_quantity_remaining = self.grant_quantity_remaining

        grant_reason: None | str | Unset
        if isinstance(self.grant_reason, Unset):
            grant_reason = UNSET
        elif isinstance(self.grant_reason, str):
            grant_reason = self.grant_reason
        else:
            grant_reason = self.grant_reason

        grant_valid_from: None | str | Unset
        if isinstance(self.grant_valid_from, Unset):
            grant_valid_from = UNSET
        elif isinstance(self.grant_valid_from, datetime.datetime):
            grant_valid_from = self.grant_valid_from.isoformat()
        else:
            grant_valid_from = self.grant_valid_from

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = self.plan_id

        quantity_consumed: float | None | Unset
        if isinstance(self.quantity_consumed, Unset):
            quantity_consumed = UNSET
        else:
            quantity_consumed = self.quantity_consumed

        quantity_remaining_at_zero_out: float | None | Unset
        if isinstance(self.quantity_remaining_at_zero_out, Unset):
            quantity_remaining_at_zero_out = UNSET
        else:
            quantity_remaining_at_zero_out = self.quantity_remaining_at_zero_out

        to_grant_id: None | str | Unset
        if isinstance(self.to_grant_id, Unset):
            to_grant_id = UNSET
        else:
            to_grant_id = self.to_grant_id

        usage_event_id: None | str | Unset
        if isinstance(self.usage_event_id, Unset):
            usage_event_id = UNSET
        else:
            usage_event_id = self.usage_event_id

        usage_reason: None | str | Unset
        if isinstance(self.usage_reason, Unset):
            usage_reason = UNSET
        elif isinstance(self.usage_reason, str):
            usage_reason = self.usage_reason
        else:
            usage_reason = self.usage_reason

        zeroed_out_reason: None | str | Unset
        if isinstance(self.zeroed_out_reason, Unset):
            zeroed_out_reason = UNSET
        elif isinstance(self.zeroed_out_reason, str):
            zeroed_out_reason = self.zeroed_out_reason
        else:
            zeroed_out_reason = self.zeroed_out_reason

        event_ids: list[str] | Unset = UNSET
        if not isinstance(self.event_ids, Unset):
            event_ids = self.event_ids

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "billing_credit_id": billing_credit_id,
                "company_id": company_id,
                "credit_name": credit_name,
                "environment_id": environment_id,
                "event_at": event_at,
                "event_id": event_id,
                "event_type": event_type,
                "source_id": source_id,
            }
        )
        if auto_topup_log_id is not UNSET:
            field_dict["auto_topup_log_id"] = auto_topup_log_id
        if billing_credit_bundle_id is not UNSET:
            field_dict["billing_credit_bundle_id"] = billing_credit_bundle_id
        if company is not UNSET:
            field_dict["company"] = company
        if credit is not UNSET:
            field_dict["credit"] = credit
        if expiry_type is not UNSET:
            field_dict["expiry_type"] = expiry_type
        if expiry_unit is not UNSET:
            field_dict["expiry_unit"] = expiry_unit
        if expiry_unit_count is not UNSET:
            field_dict["expiry_unit_count"] = expiry_unit_count
        if feature is not UNSET:
            field_dict["feature"] = feature
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if from_grant_id is not UNSET:
            field_dict["from_grant_id"] = from_grant_id
        if grant_expires_at is not UNSET:
            field_dict["grant_expires_at"] = grant_expires_at
        if grant_id is not UNSET:
            field_dict["grant_id"] = grant_id
        if grant_quantity is not UNSET:
            field_dict["grant_quantity"] = grant_quantity
        if grant_quantity_remaining is not UNSET:
            field_dict["grant_quantity_remaining"] = grant_quantity_remaining
        if grant_reason is not UNSET:
            field_dict["grant_reason"] = grant_reason
        if grant_valid_from is not UNSET:
            field_dict["grant_valid_from"] = grant_valid_from
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if quantity_consumed is not UNSET:
            field_dict["quantity_consumed"] = quantity_consumed
        if quantity_remaining_at_zero_out is not UNSET:
            field_dict["quantity_remaining_at_zero_out"] = quantity_remaining_at_zero_out
        if to_grant_id is not UNSET:
            field_dict["to_grant_id"] = to_grant_id
        if usage_event_id is not UNSET:
            field_dict["usage_event_id"] = usage_event_id
        if usage_reason is not UNSET:
            field_dict["usage_reason"] = usage_reason
        if zeroed_out_reason is not UNSET:
            field_dict["zeroed_out_reason"] = zeroed_out_reason
        if event_ids is not UNSET:
            field_dict["event_ids"] = event_ids
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_credit_ledger_response_data import BillingCreditLedgerResponseData  # noqa: PLC0415
        from ..models.company_ledger_response_data import CompanyLedgerResponseData  # noqa: PLC0415
        from ..models.feature_ledger_response_data import FeatureLedgerResponseData  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        billing_credit_id = d.pop("billing_credit_id")

        company_id = d.pop("company_id")

        credit_name = d.pop("credit_name")

        environment_id = d.pop("environment_id")

        event_at = parse_datetime(d.pop("event_at"))

        event_id = d.pop("event_id")

        event_type = check_credit_event_type(d.pop("event_type"))

        source_id = d.pop("source_id")

        def _parse_auto_topup_log_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_topup_log_id = _parse_auto_topup_log_id(d.pop("auto_topup_log_id", UNSET))

        def _parse_billing_credit_bundle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_credit_bundle_id = _parse_billing_credit_bundle_id(d.pop("billing_credit_bundle_id", UNSET))

        _company = d.pop("company", UNSET)
        company: CompanyLedgerResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyLedgerResponseData.from_dict(_company)

        _credit = d.pop("credit", UNSET)
        credit: BillingCreditLedgerResponseData | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = BillingCreditLedgerResponseData.from_dict(_credit)

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

        _feature = d.pop("feature", UNSET)
        feature: FeatureLedgerResponseData | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = FeatureLedgerResponseData.from_dict(_feature)

        def _parse_feature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_id = _parse_feature_id(d.pop("feature_id", UNSET))

        def _parse_from_grant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_grant_id = _parse_from_grant_id(d.pop("from_grant_id", UNSET))

        def _parse_grant_expires_at(data: object) -> datetime.datetime | None | Unset:
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

        grant_expires_at = _parse_grant_expires_at(d.pop("grant_expires_at", UNSET))

        def _parse_grant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grant_id = _parse_grant_id(d.pop("grant_id", UNSET))

        def _parse_grant_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        grant_quantity = _parse_grant_quantity(d.pop("grant_quantity", UNSET))

        def _parse_grant_quantity_remaining(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        grant_quantity_remaining = _parse_grant_quantity_remaining(d.pop("grant_quantity_remaining", UNSET))

        def _parse_grant_reason(data: object) -> BillingCreditGrantReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_credit_grant_reason(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCreditGrantReason | None | Unset, data)

        grant_reason = _parse_grant_reason(d.pop("grant_reason", UNSET))

        def _parse_grant_valid_from(data: object) -> datetime.datetime | None | Unset:
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

        grant_valid_from = _parse_grant_valid_from(d.pop("grant_valid_from", UNSET))

        def _parse_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        def _parse_quantity_consumed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity_consumed = _parse_quantity_consumed(d.pop("quantity_consumed", UNSET))

        def _parse_quantity_remaining_at_zero_out(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity_remaining_at_zero_out = _parse_quantity_remaining_at_zero_out(
            d.pop("quantity_remaining_at_zero_out", UNSET)
        )

        def _parse_to_grant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_grant_id = _parse_to_grant_id(d.pop("to_grant_id", UNSET))

        def _parse_usage_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_event_id = _parse_usage_event_id(d.pop("usage_event_id", UNSET))

        def _parse_usage_reason(data: object) -> CreditUsageReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_credit_usage_reason(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditUsageReason | None | Unset, data)

        usage_reason = _parse_usage_reason(d.pop("usage_reason", UNSET))

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

        event_ids = cast(list[str], d.pop("event_ids", UNSET))

        kind = d.pop("kind", UNSET)

        credit_event_ledger_response_data = cls(
            amount=amount,
            billing_credit_id=billing_credit_id,
            company_id=company_id,
            credit_name=credit_name,
            environment_id=environment_id,
            event_at=event_at,
            event_id=event_id,
            event_type=event_type,
            source_id=source_id,
            auto_topup_log_id=auto_topup_log_id,
            billing_credit_bundle_id=billing_credit_bundle_id,
            company=company,
            credit=credit,
            expiry_type=expiry_type,
            expiry_unit=expiry_unit,
            expiry_unit_count=expiry_unit_count,
            feature=feature,
            feature_id=feature_id,
            from_grant_id=from_grant_id,
            grant_expires_at=grant_expires_at,
            grant_id=grant_id,
            grant_quantity=grant_quantity,
            grant_quantity_remaining=grant_quantity_remaining,
            grant_reason=grant_reason,
            grant_valid_from=grant_valid_from,
            plan_id=plan_id,
            quantity_consumed=quantity_consumed,
            quantity_remaining_at_zero_out=quantity_remaining_at_zero_out,
            to_grant_id=to_grant_id,
            usage_event_id=usage_event_id,
            usage_reason=usage_reason,
            zeroed_out_reason=zeroed_out_reason,
            event_ids=event_ids,
            kind=kind,
        )

        credit_event_ledger_response_data.additional_properties = d
        return credit_event_ledger_response_data

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
