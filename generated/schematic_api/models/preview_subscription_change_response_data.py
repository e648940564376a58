from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.feature_usage_response_data import FeatureUsageResponseData
    from ..models.preview_subscription_finance_response_data import PreviewSubscriptionFinanceResponseData


T = TypeVar("T", bound="PreviewSubscriptionChangeResponseData")


def _convert_usage_violations(
    value: list[FeatureUsageResponseData] | Sequence[FeatureUsageResponseData | Mapping[str, Any]],
) -> list[FeatureUsageResponseData]:
    return cast(
        "list[FeatureUsageResponseData]",
        as_model_list(value, ".feature_usage_response_data", "FeatureUsageResponseData", __package__),
    )


def _convert_finance(
    value: PreviewSubscriptionFinanceResponseData | Unset | Mapping[str, Any],
) -> PreviewSubscriptionFinanceResponseData | Unset:
    return cast(
        "PreviewSubscriptionFinanceResponseData | Unset",
        as_model(
            value, ".preview_subscription_finance_response_data", "PreviewSubscriptionFinanceResponseData", __package__
        ),
    )


@_attrs_define
class PreviewSubscriptionChangeResponseData:
    """The `PreviewSubscriptionChangeResponseData` object of the API.

    Attributes:
        amount_off (int)
        due_now (int)
        is_scheduled_downgrade (bool)
        new_charges (int)
        opt_in_required (bool)
        payment_method_required (bool)
        percent_off (float)
        period_start (datetime.datetime)
        promo_code_applied (bool)
        proration (int)
        usage_violations (list[FeatureUsageResponseData])
        finance (PreviewSubscriptionFinanceResponseData | Unset)
        opt_in_text (None | str | Unset)
        opt_in_title (None | str | Unset)
        scheduled_change_time (datetime.datetime | None | Unset)
        trial_end (datetime.datetime | None | Unset)
    """

    amount_off: int

    due_now: int

    is_scheduled_downgrade: bool

    new_charges: int

    opt_in_required: bool

    payment_method_required: bool

    percent_off: float

    period_start: datetime.datetime

    promo_code_applied: bool

    proration: int

    usage_violations: list[FeatureUsageResponseData] = _attrs_field(converter=_convert_usage_violations)

    finance: PreviewSubscriptionFinanceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_finance)

    opt_in_text: None | str | Unset = UNSET

    opt_in_title: None | str | Unset = UNSET

    scheduled_change_time: datetime.datetime | None | Unset = UNSET

    trial_end: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_off = self.amount_off

        due_now = self.due_now

        is_scheduled_downgrade = self.is_scheduled_downgrade

        new_charges = self.new_charges

        opt_in_required = self.opt_in_required

        payment_method_required = self.payment_method_required

        percent_off = self.percent_off

        period_start = self.period_start.isoformat()

        promo_code_applied = self.promo_code_applied

        proration = self.proration

        usage_violations = []
        for usage_violations_item_data in self.usage_violations:
            usage_violations_item = usage_violations_item_data.to_dict()
            usage_violations.append(usage_violations_item)

        finance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finance, Unset):
            finance = self.finance.to_dict()

        opt_in_text: None | str | Unset
        if isinstance(self.opt_in_text, Unset):
            opt_in_text = UNSET
        else:
            opt_in_text = self.opt_in_text

        opt_in_title: None | str | Unset
        if isinstance(self.opt_in_title, Unset):
            opt_in_title = UNSET
        else:
            opt_in_title = self.opt_in_title

        scheduled_change_time: None | str | Unset
        if isinstance(self.scheduled_change_time, Unset):
            scheduled_change_time = UNSET
        elif isinstance(self.scheduled_change_time, datetime.datetime):
            scheduled_change_time = self.scheduled_change_time.isoformat()
        else:
            scheduled_change_time = self.scheduled_change_time

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
                "amount_off": amount_off,
                "due_now": due_now,
                "is_scheduled_downgrade": is_scheduled_downgrade,
                "new_charges": new_charges,
                "opt_in_required": opt_in_required,
                "payment_method_required": payment_method_required,
                "percent_off": percent_off,
                "period_start": period_start,
                "promo_code_applied": promo_code_applied,
                "proration": proration,
                "usage_violations": usage_violations,
            }
        )
        if finance is not UNSET:
            field_dict["finance"] = finance
        if opt_in_text is not UNSET:
            field_dict["opt_in_text"] = opt_in_text
        if opt_in_title is not UNSET:
            field_dict["opt_in_title"] = opt_in_title
        if scheduled_change_time is not UNSET:
            field_dict["scheduled_change_time"] = scheduled_change_time
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_usage_response_data import FeatureUsageResponseData  # noqa: PLC0415
        from ..models.preview_subscription_finance_response_data import PreviewSubscriptionFinanceResponseData  # noqa: PLC0415

        d = dict(src_dict)
        amount_off = d.pop("amount_off")

        due_now = d.pop("due_now")

        is_scheduled_downgrade = d.pop("is_scheduled_downgrade")

        new_charges = d.pop("new_charges")

        opt_in_required = d.pop("opt_in_required")

        payment_method_required = d.pop("payment_method_required")

        percent_off = d.pop("percent_off")

        period_start = parse_datetime(d.pop("period_start"))

        promo_code_applied = d.pop("promo_code_applied")

        proration = d.pop("proration")

        usage_violations = []
        _usage_violations = d.pop("usage_violations")
        for usage_violations_item_data in _usage_violations:
            usage_violations_item = FeatureUsageResponseData.from_dict(usage_violations_item_data)

            usage_violations.append(usage_violations_item)

        _finance = d.pop("finance", UNSET)
        finance: PreviewSubscriptionFinanceResponseData | Unset
        if isinstance(_finance, Unset):
            finance = UNSET
        else:
            finance = PreviewSubscriptionFinanceResponseData.from_dict(_finance)

        def _parse_opt_in_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_in_text = _parse_opt_in_text(d.pop("opt_in_text", UNSET))

        def _parse_opt_in_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_in_title = _parse_opt_in_title(d.pop("opt_in_title", UNSET))

        def _parse_scheduled_change_time(data: object) -> datetime.datetime | None | Unset:
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

        scheduled_change_time = _parse_scheduled_change_time(d.pop("scheduled_change_time", UNSET))

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

        preview_subscription_change_response_data = cls(
            amount_off=amount_off,
            due_now=due_now,
            is_scheduled_downgrade=is_scheduled_downgrade,
            new_charges=new_charges,
            opt_in_required=opt_in_required,
            payment_method_required=payment_method_required,
            percent_off=percent_off,
            period_start=period_start,
            promo_code_applied=promo_code_applied,
            proration=proration,
            usage_violations=usage_violations,
            finance=finance,
            opt_in_text=opt_in_text,
            opt_in_title=opt_in_title,
            scheduled_change_time=scheduled_change_time,
            trial_end=trial_end,
        )

        preview_subscription_change_response_data.additional_properties = d
        return preview_subscription_change_response_data

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
