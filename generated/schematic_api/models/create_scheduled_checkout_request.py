from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="CreateScheduledCheckoutRequest")


@_attrs_define
class CreateScheduledCheckoutRequest:
    """The `CreateScheduledCheckoutRequest` object of the API.

    Attributes:
        company_id (str)
        execute_after (datetime.datetime)
        from_plan_id (str)
        to_plan_id (str)
    """

    company_id: str

    execute_after: datetime.datetime

    from_plan_id: str

    to_plan_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        execute_after = self.execute_after.isoformat()

        from_plan_id = self.from_plan_id

        to_plan_id = self.to_plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "execute_after": execute_after,
                "from_plan_id": from_plan_id,
                "to_plan_id": to_plan_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        execute_after = parse_datetime(d.pop("execute_after"))

        from_plan_id = d.pop("from_plan_id")

        to_plan_id = d.pop("to_plan_id")

        create_scheduled_checkout_request = cls(
            company_id=company_id,
            execute_after=execute_after,
            from_plan_id=from_plan_id,
            to_plan_id=to_plan_id,
        )

        create_scheduled_checkout_request.additional_properties = d
        return create_scheduled_checkout_request

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
