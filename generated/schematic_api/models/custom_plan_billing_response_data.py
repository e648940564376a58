from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_plan_activation_strategy import CustomPlanActivationStrategy, check_custom_plan_activation_strategy
from ..models.custom_plan_billing_status import CustomPlanBillingStatus, check_custom_plan_billing_status
from ..models.plan_billing_source import PlanBillingSource, check_plan_billing_source
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CustomPlanBillingResponseData")


@_attrs_define
class CustomPlanBillingResponseData:
    """The `CustomPlanBillingResponseData` object of the API.

    Attributes:
        activation_strategy (CustomPlanActivationStrategy)
        company_id (str)
        created_at (datetime.datetime)
        days_until_due (int)
        id (str)
        plan_billing_source (PlanBillingSource)
        plan_id (str)
        send_invoice (bool)
        status (CustomPlanBillingStatus)
        updated_at (datetime.datetime)
        billing_cycle_anchor (datetime.datetime | None | Unset)
        external_invoice_id (None | str | Unset)
        paid_at (datetime.datetime | None | Unset)
        published_at (datetime.datetime | None | Unset)
        stripe_invoice_url (None | str | Unset)
    """

    activation_strategy: CustomPlanActivationStrategy

    company_id: str

    created_at: datetime.datetime

    days_until_due: int

    id: str

    plan_billing_source: PlanBillingSource

    plan_id: str

    send_invoice: bool

    status: CustomPlanBillingStatus

    updated_at: datetime.datetime

    billing_cycle_anchor: datetime.datetime | None | Unset = UNSET

    external_invoice_id: None | str | Unset = UNSET

    paid_at: datetime.datetime | None | Unset = UNSET

    published_at: datetime.datetime | None | Unset = UNSET

    stripe_invoice_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_strategy: str = self.activation_strategy

        company_id = self.company_id

        created_at = self.created_at.isoformat()

        days_until_due = self.days_until_due

        id = self.id

        plan_billing_source: str = self.plan_billing_source

        plan_id = self.plan_id

        send_invoice = self.send_invoice

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        billing_cycle_anchor: None | str | Unset
        if isinstance(self.billing_cycle_anchor, Unset):
            billing_cycle_anchor = UNSET
        elif isinstance(self.billing_cycle_anchor, datetime.datetime):
            billing_cycle_anchor = self.billing_cycle_anchor.isoformat()
        else:
            billing_cycle_anchor = self.billing_cycle_anchor

        external_invoice_id: None | str | Unset
        if isinstance(self.external_invoice_id, Unset):
            external_invoice_id = UNSET
        else:
            external_invoice_id = self.external_invoice_id

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        stripe_invoice_url: None | str | Unset
        if isinstance(self.stripe_invoice_url, Unset):
            stripe_invoice_url = UNSET
        else:
            stripe_invoice_url = self.stripe_invoice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activation_strategy": activation_strategy,
                "company_id": company_id,
                "created_at": created_at,
                "days_until_due": days_until_due,
                "id": id,
                "plan_billing_source": plan_billing_source,
                "plan_id": plan_id,
                "send_invoice": send_invoice,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if billing_cycle_anchor is not UNSET:
            field_dict["billing_cycle_anchor"] = billing_cycle_anchor
        if external_invoice_id is not UNSET:
            field_dict["external_invoice_id"] = external_invoice_id
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if stripe_invoice_url is not UNSET:
            field_dict["stripe_invoice_url"] = stripe_invoice_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activation_strategy = check_custom_plan_activation_strategy(d.pop("activation_strategy"))

        company_id = d.pop("company_id")

        created_at = parse_datetime(d.pop("created_at"))

        days_until_due = d.pop("days_until_due")

        id = d.pop("id")

        plan_billing_source = check_plan_billing_source(d.pop("plan_billing_source"))

        plan_id = d.pop("plan_id")

        send_invoice = d.pop("send_invoice")

        status = check_custom_plan_billing_status(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_billing_cycle_anchor(data: object) -> datetime.datetime | None | Unset:
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

        billing_cycle_anchor = _parse_billing_cycle_anchor(d.pop("billing_cycle_anchor", UNSET))

        def _parse_external_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_invoice_id = _parse_external_invoice_id(d.pop("external_invoice_id", UNSET))

        def _parse_paid_at(data: object) -> datetime.datetime | None | Unset:
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

        paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
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

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_stripe_invoice_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_invoice_url = _parse_stripe_invoice_url(d.pop("stripe_invoice_url", UNSET))

        custom_plan_billing_response_data = cls(
            activation_strategy=activation_strategy,
            company_id=company_id,
            created_at=created_at,
            days_until_due=days_until_due,
            id=id,
            plan_billing_source=plan_billing_source,
            plan_id=plan_id,
            send_invoice=send_invoice,
            status=status,
            updated_at=updated_at,
            billing_cycle_anchor=billing_cycle_anchor,
            external_invoice_id=external_invoice_id,
            paid_at=paid_at,
            published_at=published_at,
            stripe_invoice_url=stripe_invoice_url,
        )

        custom_plan_billing_response_data.additional_properties = d
        return custom_plan_billing_response_data

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
