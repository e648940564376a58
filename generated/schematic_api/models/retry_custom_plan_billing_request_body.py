from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_plan_activation_strategy import CustomPlanActivationStrategy, check_custom_plan_activation_strategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetryCustomPlanBillingRequestBody")


@_attrs_define
class RetryCustomPlanBillingRequestBody:
    """The `RetryCustomPlanBillingRequestBody` object of the API.

    Attributes:
        customer_email (str)
        activation_strategy (CustomPlanActivationStrategy | None | Unset)
        days_until_due (int | None | Unset)
        send_invoice (bool | None | Unset)
    """

    customer_email: str

    activation_strategy: CustomPlanActivationStrategy | None | Unset = UNSET

    days_until_due: int | None | Unset = UNSET

    send_invoice: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_email = self.customer_email

        activation_strategy: None | str | Unset
        if isinstance(self.activation_strategy, Unset):
            activation_strategy = UNSET
        elif isinstance(self.activation_strategy, str):
            activation_strategy = self.activation_strategy
        else:
            activation_strategy = self.activation_strategy

        days_until_due: int | None | Unset
        if isinstance(self.days_until_due, Unset):
            days_until_due = UNSET
        else:
            days_until_due = self.days_until_due

        send_invoice: bool | None | Unset
        if isinstance(self.send_invoice, Unset):
            send_invoice = UNSET
        else:
            send_invoice = self.send_invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_email": customer_email,
            }
        )
        if activation_strategy is not UNSET:
            field_dict["activation_strategy"] = activation_strategy
        if days_until_due is not UNSET:
            field_dict["days_until_due"] = days_until_due
        if send_invoice is not UNSET:
            field_dict["send_invoice"] = send_invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_email = d.pop("customer_email")

        def _parse_activation_strategy(data: object) -> CustomPlanActivationStrategy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_custom_plan_activation_strategy(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomPlanActivationStrategy | None | Unset, data)

        activation_strategy = _parse_activation_strategy(d.pop("activation_strategy", UNSET))

        def _parse_days_until_due(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_until_due = _parse_days_until_due(d.pop("days_until_due", UNSET))

        def _parse_send_invoice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_invoice = _parse_send_invoice(d.pop("send_invoice", UNSET))

        retry_custom_plan_billing_request_body = cls(
            customer_email=customer_email,
            activation_strategy=activation_strategy,
            days_until_due=days_until_due,
            send_invoice=send_invoice,
        )

        retry_custom_plan_billing_request_body.additional_properties = d
        return retry_custom_plan_billing_request_body

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
