from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_plan_billing_status import CustomPlanBillingStatus, check_custom_plan_billing_status
from ..models.plan_billing_source import PlanBillingSource, check_plan_billing_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCustomPlanBillingsParams")


@_attrs_define
class ListCustomPlanBillingsParams:
    """The parameters listCustomPlanBillings was called with

    Attributes:
        company_id (str | Unset)
        limit (int | Unset)
        offset (int | Unset)
        plan_billing_source (PlanBillingSource | Unset)
        plan_id (str | Unset)
        status (CustomPlanBillingStatus | Unset)
        statuses (list[CustomPlanBillingStatus] | Unset)
    """

    company_id: str | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    plan_billing_source: PlanBillingSource | Unset = UNSET

    plan_id: str | Unset = UNSET

    status: CustomPlanBillingStatus | Unset = UNSET

    statuses: list[CustomPlanBillingStatus] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        limit = self.limit

        offset = self.offset

        plan_billing_source: str | Unset = UNSET
        if not isinstance(self.plan_billing_source, Unset):
            plan_billing_source = self.plan_billing_source

        plan_id = self.plan_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item: str = statuses_item_data
                statuses.append(statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan_billing_source is not UNSET:
            field_dict["plan_billing_source"] = plan_billing_source
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if status is not UNSET:
            field_dict["status"] = status
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _plan_billing_source = d.pop("plan_billing_source", UNSET)
        plan_billing_source: PlanBillingSource | Unset
        if isinstance(_plan_billing_source, Unset):
            plan_billing_source = UNSET
        else:
            plan_billing_source = check_plan_billing_source(_plan_billing_source)

        plan_id = d.pop("plan_id", UNSET)

        _status = d.pop("status", UNSET)
        status: CustomPlanBillingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_custom_plan_billing_status(_status)

        _statuses = d.pop("statuses", UNSET)
        statuses: list[CustomPlanBillingStatus] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = check_custom_plan_billing_status(statuses_item_data)

                statuses.append(statuses_item)

        list_custom_plan_billings_params = cls(
            company_id=company_id,
            limit=limit,
            offset=offset,
            plan_billing_source=plan_billing_source,
            plan_id=plan_id,
            status=status,
            statuses=statuses,
        )

        list_custom_plan_billings_params.additional_properties = d
        return list_custom_plan_billings_params

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
