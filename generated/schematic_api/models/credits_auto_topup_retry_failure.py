from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.credits_auto_topup_company_summary import CreditsAutoTopupCompanySummary
    from ..models.credits_auto_topup_credit_summary import CreditsAutoTopupCreditSummary


T = TypeVar("T", bound="CreditsAutoTopupRetryFailure")


def _convert_company(
    value: CreditsAutoTopupCompanySummary | Unset | Mapping[str, Any],
) -> CreditsAutoTopupCompanySummary | Unset:
    return cast(
        "CreditsAutoTopupCompanySummary | Unset",
        as_model(value, ".credits_auto_topup_company_summary", "CreditsAutoTopupCompanySummary", __package__),
    )


def _convert_credit(
    value: CreditsAutoTopupCreditSummary | Unset | Mapping[str, Any],
) -> CreditsAutoTopupCreditSummary | Unset:
    return cast(
        "CreditsAutoTopupCreditSummary | Unset",
        as_model(value, ".credits_auto_topup_credit_summary", "CreditsAutoTopupCreditSummary", __package__),
    )


@_attrs_define
class CreditsAutoTopupRetryFailure:
    """The `CreditsAutoTopupRetryFailure` object of the API.

    Attributes:
        consecutive_failures (int)
        company (CreditsAutoTopupCompanySummary | Unset)
        credit (CreditsAutoTopupCreditSummary | Unset)
        last_error_message (None | str | Unset)
        stripe_error_code (None | str | Unset)
    """

    consecutive_failures: int

    company: CreditsAutoTopupCompanySummary | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    credit: CreditsAutoTopupCreditSummary | Unset = _attrs_field(default=UNSET, converter=_convert_credit)

    last_error_message: None | str | Unset = UNSET

    stripe_error_code: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consecutive_failures = self.consecutive_failures

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

        last_error_message: None | str | Unset
        if isinstance(self.last_error_message, Unset):
            last_error_message = UNSET
        else:
            last_error_message = self.last_error_message

        stripe_error_code: None | str | Unset
        if isinstance(self.stripe_error_code, Unset):
            stripe_error_code = UNSET
        else:
            stripe_error_code = self.stripe_error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consecutive_failures": consecutive_failures,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if credit is not UNSET:
            field_dict["credit"] = credit
        if last_error_message is not UNSET:
            field_dict["last_error_message"] = last_error_message
        if stripe_error_code is not UNSET:
            field_dict["stripe_error_code"] = stripe_error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credits_auto_topup_company_summary import CreditsAutoTopupCompanySummary  # noqa: PLC0415
        from ..models.credits_auto_topup_credit_summary import CreditsAutoTopupCreditSummary  # noqa: PLC0415

        d = dict(src_dict)
        consecutive_failures = d.pop("consecutive_failures")

        _company = d.pop("company", UNSET)
        company: CreditsAutoTopupCompanySummary | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CreditsAutoTopupCompanySummary.from_dict(_company)

        _credit = d.pop("credit", UNSET)
        credit: CreditsAutoTopupCreditSummary | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = CreditsAutoTopupCreditSummary.from_dict(_credit)

        def _parse_last_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error_message = _parse_last_error_message(d.pop("last_error_message", UNSET))

        def _parse_stripe_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_error_code = _parse_stripe_error_code(d.pop("stripe_error_code", UNSET))

        credits_auto_topup_retry_failure = cls(
            consecutive_failures=consecutive_failures,
            company=company,
            credit=credit,
            last_error_message=last_error_message,
            stripe_error_code=stripe_error_code,
        )

        credits_auto_topup_retry_failure.additional_properties = d
        return credits_auto_topup_retry_failure

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
