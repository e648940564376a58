from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="CreditTransferView")


@_attrs_define
class CreditTransferView:
    """The `CreditTransferView` object of the API.

    Attributes:
        amount (float)
        created_at (datetime.datetime)
        direction (str)
        id (str)
        reason (str)
        related_grant_id (str)
    """

    amount: float

    created_at: datetime.datetime

    direction: str

    id: str

    reason: str

    related_grant_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        created_at = self.created_at.isoformat()

        direction = self.direction

        id = self.id

        reason = self.reason

        related_grant_id = self.related_grant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "created_at": created_at,
                "direction": direction,
                "id": id,
                "reason": reason,
                "related_grant_id": related_grant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        created_at = parse_datetime(d.pop("created_at"))

        direction = d.pop("direction")

        id = d.pop("id")

        reason = d.pop("reason")

        related_grant_id = d.pop("related_grant_id")

        credit_transfer_view = cls(
            amount=amount,
            created_at=created_at,
            direction=direction,
            id=id,
            reason=reason,
            related_grant_id=related_grant_id,
        )

        credit_transfer_view.additional_properties = d
        return credit_transfer_view

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
