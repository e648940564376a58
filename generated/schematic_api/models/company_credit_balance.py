from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCreditBalance")


@_attrs_define
class CompanyCreditBalance:
    """The `CompanyCreditBalance` object of the API.

    Attributes:
        remaining (float)
        reserved (float)
        settled (float)
        postpaid (bool | Unset)
    """

    remaining: float

    reserved: float

    settled: float

    postpaid: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining = self.remaining

        reserved = self.reserved

        settled = self.settled

        postpaid = self.postpaid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remaining": remaining,
                "reserved": reserved,
                "settled": settled,
            }
        )
        if postpaid is not UNSET:
            field_dict["postpaid"] = postpaid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remaining = d.pop("remaining")

        reserved = d.pop("reserved")

        settled = d.pop("settled")

        postpaid = d.pop("postpaid", UNSET)

        company_credit_balance = cls(
            remaining=remaining,
            reserved=reserved,
            settled=settled,
            postpaid=postpaid,
        )

        company_credit_balance.additional_properties = d
        return company_credit_balance

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
