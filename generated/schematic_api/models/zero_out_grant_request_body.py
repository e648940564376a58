from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_credit_grant_zeroed_out_reason import (
    BillingCreditGrantZeroedOutReason,
    check_billing_credit_grant_zeroed_out_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ZeroOutGrantRequestBody")


@_attrs_define
class ZeroOutGrantRequestBody:
    """The `ZeroOutGrantRequestBody` object of the API.

    Attributes:
        reason (BillingCreditGrantZeroedOutReason | None | Unset)
    """

    reason: BillingCreditGrantZeroedOutReason | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, str):
            reason = self.reason
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reason(data: object) -> BillingCreditGrantZeroedOutReason | None | Unset:
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

        reason = _parse_reason(d.pop("reason", UNSET))

        zero_out_grant_request_body = cls(
            reason=reason,
        )

        zero_out_grant_request_body.additional_properties = d
        return zero_out_grant_request_body

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
