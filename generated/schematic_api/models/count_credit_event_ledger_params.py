from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_event_type import CreditEventType, check_credit_event_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountCreditEventLedgerParams")


@_attrs_define
class CountCreditEventLedgerParams:
    """The parameters countCreditEventLedger was called with

    Attributes:
        billing_credit_id (str | Unset)
        company_id (str | Unset)
        end_time (str | Unset)
        event_type (CreditEventType | Unset)
        feature_id (str | Unset)
        limit (int | Unset)
        offset (int | Unset)
        start_time (str | Unset)
    """

    billing_credit_id: str | Unset = UNSET

    company_id: str | Unset = UNSET

    end_time: str | Unset = UNSET

    event_type: CreditEventType | Unset = UNSET

    feature_id: str | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    start_time: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_credit_id = self.billing_credit_id

        company_id = self.company_id

        end_time = self.end_time

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type

        feature_id = self.feature_id

        limit = self.limit

        offset = self.offset

        start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_credit_id is not UNSET:
            field_dict["billing_credit_id"] = billing_credit_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billing_credit_id = d.pop("billing_credit_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        end_time = d.pop("end_time", UNSET)

        _event_type = d.pop("event_type", UNSET)
        event_type: CreditEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = check_credit_event_type(_event_type)

        feature_id = d.pop("feature_id", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        start_time = d.pop("start_time", UNSET)

        count_credit_event_ledger_params = cls(
            billing_credit_id=billing_credit_id,
            company_id=company_id,
            end_time=end_time,
            event_type=event_type,
            feature_id=feature_id,
            limit=limit,
            offset=offset,
            start_time=start_time,
        )

        count_credit_event_ledger_params.additional_properties = d
        return count_credit_event_ledger_params

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
