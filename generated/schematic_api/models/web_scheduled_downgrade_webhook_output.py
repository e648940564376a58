from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.company_response_data import CompanyResponseData
    from ..models.plan_snapshot_view import PlanSnapshotView


T = TypeVar("T", bound="WebScheduledDowngradeWebhookOutput")


def _convert_company(value: CompanyResponseData | Unset | Mapping[str, Any]) -> CompanyResponseData | Unset:
    return cast(
        "CompanyResponseData | Unset", as_model(value, ".company_response_data", "CompanyResponseData", __package__)
    )


def _convert_from_plan(value: PlanSnapshotView | Unset | Mapping[str, Any]) -> PlanSnapshotView | Unset:
    return cast("PlanSnapshotView | Unset", as_model(value, ".plan_snapshot_view", "PlanSnapshotView", __package__))


def _convert_to_plan(value: PlanSnapshotView | Unset | Mapping[str, Any]) -> PlanSnapshotView | Unset:
    return cast("PlanSnapshotView | Unset", as_model(value, ".plan_snapshot_view", "PlanSnapshotView", __package__))


@_attrs_define
class WebScheduledDowngradeWebhookOutput:
    """The `WebScheduledDowngradeWebhookOutput` object of the API.

    Attributes:
        execute_after (datetime.datetime)
        id (str)
        company (CompanyResponseData | Unset): Summary of a company
        from_plan (PlanSnapshotView | Unset)
        scheduled_interval (None | str | Unset)
        scheduled_price (int | None | Unset)
        to_plan (PlanSnapshotView | Unset)
    """

    execute_after: datetime.datetime

    id: str

    company: CompanyResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    from_plan: PlanSnapshotView | Unset = _attrs_field(default=UNSET, converter=_convert_from_plan)

    scheduled_interval: None | str | Unset = UNSET

    scheduled_price: int | None | Unset = UNSET

    to_plan: PlanSnapshotView | Unset = _attrs_field(default=UNSET, converter=_convert_to_plan)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execute_after = self.execute_after.isoformat()

        id = self.id

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        from_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_plan, Unset):
            from_plan = self.from_plan.to_dict()

        scheduled_interval: None | str | Unset
        if isinstance(self.scheduled_interval, Unset):
            scheduled_interval = UNSET
        else:
            scheduled_interval = self.scheduled_interval

        scheduled_price: int | None | Unset
        if isinstance(self.scheduled_price, Unset):
            scheduled_price = UNSET
        else:
            scheduled_price = self.scheduled_price

        to_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to_plan, Unset):
            to_plan = self.to_plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execute_after": execute_after,
                "id": id,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if from_plan is not UNSET:
            field_dict["from_plan"] = from_plan
        if scheduled_interval is not UNSET:
            field_dict["scheduled_interval"] = scheduled_interval
        if scheduled_price is not UNSET:
            field_dict["scheduled_price"] = scheduled_price
        if to_plan is not UNSET:
            field_dict["to_plan"] = to_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_response_data import CompanyResponseData  # noqa: PLC0415
        from ..models.plan_snapshot_view import PlanSnapshotView  # noqa: PLC0415

        d = dict(src_dict)
        execute_after = parse_datetime(d.pop("execute_after"))

        id = d.pop("id")

        _company = d.pop("company", UNSET)
        company: CompanyResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyResponseData.from_dict(_company)

        _from_plan = d.pop("from_plan", UNSET)
        from_plan: PlanSnapshotView | Unset
        if isinstance(_from_plan, Unset):
            from_plan = UNSET
        else:
            from_plan = PlanSnapshotView.from_dict(_from_plan)

        def _parse_scheduled_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_interval = _parse_scheduled_interval(d.pop("scheduled_interval", UNSET))

        def _parse_scheduled_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scheduled_price = _parse_scheduled_price(d.pop("scheduled_price", UNSET))

        _to_plan = d.pop("to_plan", UNSET)
        to_plan: PlanSnapshotView | Unset
        if isinstance(_to_plan, Unset):
            to_plan = UNSET
        else:
            to_plan = PlanSnapshotView.from_dict(_to_plan)

        web_scheduled_downgrade_webhook_output = cls(
            execute_after=execute_after,
            id=id,
            company=company,
            from_plan=from_plan,
            scheduled_interval=scheduled_interval,
            scheduled_price=scheduled_price,
            to_plan=to_plan,
        )

        web_scheduled_downgrade_webhook_output.additional_properties = d
        return web_scheduled_downgrade_webhook_output

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
