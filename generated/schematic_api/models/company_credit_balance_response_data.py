from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCreditBalanceResponseData")


@_attrs_define
class CompanyCreditBalanceResponseData:
    """The `CompanyCreditBalanceResponseData` object of the API.

    Attributes:
        credit_id (str)
        remaining (float)
        reserved (float)
        settled (float)
        source (BillingProviderType)
        total (float | None | Unset)
    """

    credit_id: str

    remaining: float

    reserved: float

    settled: float

    source: BillingProviderType

    total: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_id = self.credit_id

        remaining = self.remaining

        reserved = self.reserved

        settled = self.settled

        source: str = self.source

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit_id": credit_id,
                "remaining": remaining,
                "reserved": reserved,
                "settled": settled,
                "source": source,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_id = d.pop("credit_id")

        remaining = d.pop("remaining")

        reserved = d.pop("reserved")

        settled = d.pop("settled")

        source = check_billing_provider_type(d.pop("source"))

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        company_credit_balance_response_data = cls(
            credit_id=credit_id,
            remaining=remaining,
            reserved=reserved,
            settled=settled,
            source=source,
            total=total,
        )

        company_credit_balance_response_data.additional_properties = d
        return company_credit_balance_response_data

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
