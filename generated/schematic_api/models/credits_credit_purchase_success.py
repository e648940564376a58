from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.credits_webhook_company_summary import CreditsWebhookCompanySummary
    from ..models.credits_webhook_credit_summary import CreditsWebhookCreditSummary


T = TypeVar("T", bound="CreditsCreditPurchaseSuccess")


def _convert_company(
    value: CreditsWebhookCompanySummary | Unset | Mapping[str, Any],
) -> CreditsWebhookCompanySummary | Unset:
    return cast(
        "CreditsWebhookCompanySummary | Unset",
        as_model(value, ".credits_webhook_company_summary", "CreditsWebhookCompanySummary", __package__),
    )


def _convert_credit(
    value: CreditsWebhookCreditSummary | Unset | Mapping[str, Any],
) -> CreditsWebhookCreditSummary | Unset:
    return cast(
        "CreditsWebhookCreditSummary | Unset",
        as_model(value, ".credits_webhook_credit_summary", "CreditsWebhookCreditSummary", __package__),
    )


@_attrs_define
class CreditsCreditPurchaseSuccess:
    """The `CreditsCreditPurchaseSuccess` object of the API.

    Attributes:
        bundle_id (str)
        bundle_name (str)
        grant_ids (list[str])
        quantity (int)
        company (CreditsWebhookCompanySummary | Unset)
        credit (CreditsWebhookCreditSummary | Unset)
    """

    bundle_id: str

    bundle_name: str

    grant_ids: list[str]

    quantity: int

    company: CreditsWebhookCompanySummary | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    credit: CreditsWebhookCreditSummary | Unset = _attrs_field(default=UNSET, converter=_convert_credit)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_id = self.bundle_id

        bundle_name = self.bundle_name

        grant_ids = self.grant_ids

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
                "bundle_id": bundle_id,
                "bundle_name": bundle_name,
                "grant_ids": grant_ids,
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
        from ..models.credits_webhook_company_summary import CreditsWebhookCompanySummary  # noqa: PLC0415
        from ..models.credits_webhook_credit_summary import CreditsWebhookCreditSummary  # noqa: PLC0415

        d = dict(src_dict)
        bundle_id = d.pop("bundle_id")

        bundle_name = d.pop("bundle_name")

        grant_ids = cast(list[str], d.pop("grant_ids"))

        quantity = d.pop("quantity")

        _company = d.pop("company", UNSET)
        company: CreditsWebhookCompanySummary | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CreditsWebhookCompanySummary.from_dict(_company)

        _credit = d.pop("credit", UNSET)
        credit: CreditsWebhookCreditSummary | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = CreditsWebhookCreditSummary.from_dict(_credit)

        credits_credit_purchase_success = cls(
            bundle_id=bundle_id,
            bundle_name=bundle_name,
            grant_ids=grant_ids,
            quantity=quantity,
            company=company,
            credit=credit,
        )

        credits_credit_purchase_success.additional_properties = d
        return credits_credit_purchase_success

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
