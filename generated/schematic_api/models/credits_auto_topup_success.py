from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.credits_auto_topup_company_summary import CreditsAutoTopupCompanySummary
    from ..models.credits_auto_topup_credit_summary import CreditsAutoTopupCreditSummary


T = TypeVar("T", bound="CreditsAutoTopupSuccess")


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
class CreditsAutoTopupSuccess:
    """The `CreditsAutoTopupSuccess` object of the API.

    Attributes:
        grant_id (str)
        quantity (int)
        company (CreditsAutoTopupCompanySummary | Unset)
        credit (CreditsAutoTopupCreditSummary | Unset)
    """

    grant_id: str

    quantity: int

    company: CreditsAutoTopupCompanySummary | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    credit: CreditsAutoTopupCreditSummary | Unset = _attrs_field(default=UNSET, converter=_convert_credit)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_id = self.grant_id

        quantity = self.quantity

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = self.credit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_id": grant_id,
                "quantity": quantity,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if credit is not UNSET:
            field_dict["credit"] = credit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credits_auto_topup_company_summary import CreditsAutoTopupCompanySummary  # noqa: PLC0415
        from ..models.credits_auto_topup_credit_summary import CreditsAutoTopupCreditSummary  # noqa: PLC0415

        d = dict(src_dict)
        grant_id = d.pop("grant_id")

        quantity = d.pop("quantity")

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

        credits_auto_topup_success = cls(
            grant_id=grant_id,
            quantity=quantity,
            company=company,
            credit=credit,
        )

        credits_auto_topup_success.additional_properties = d
        return credits_auto_topup_success

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
