from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entitlement_price_behavior import EntitlementPriceBehavior, check_entitlement_price_behavior
from ..models.entitlement_type import EntitlementType, check_entitlement_type
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="LimitTimeSeriesPointResponseData")


@_attrs_define
class LimitTimeSeriesPointResponseData:
    """The `LimitTimeSeriesPointResponseData` object of the API.

    Attributes:
        effective_at (datetime.datetime)
        is_soft_limit (bool)
        limit_source (EntitlementType)
        limit_value (int | None | Unset)
        plan_id (None | str | Unset)
        price_behavior (EntitlementPriceBehavior | None | Unset)
    """

    effective_at: datetime.datetime

    is_soft_limit: bool

    limit_source: EntitlementType

    limit_value: int | None | Unset = UNSET

    plan_id: None | str | Unset = UNSET

    price_behavior: EntitlementPriceBehavior | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_at = self.effective_at.isoformat()

        is_soft_limit = self.is_soft_limit

        limit_source: str = self.limit_source

        limit_value: int | None | Unset
        if isinstance(self.limit_value, Unset):
            limit_value = UNSET
        else:
            limit_value = self.limit_value

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = self.plan_id

        price_behavior: None | str | Unset
        if isinstance(self.price_behavior, Unset):
            price_behavior = UNSET
        elif isinstance(self.price_behavior, str):
            price_behavior = self.price_behavior
        else:
            price_behavior = self.price_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effective_at": effective_at,
                "is_soft_limit": is_soft_limit,
                "limit_source": limit_source,
            }
        )
        if limit_value is not UNSET:
            field_dict["limit_value"] = limit_value
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if price_behavior is not UNSET:
            field_dict["price_behavior"] = price_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_at = parse_datetime(d.pop("effective_at"))

        is_soft_limit = d.pop("is_soft_limit")

        limit_source = check_entitlement_type(d.pop("limit_source"))

        def _parse_limit_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit_value = _parse_limit_value(d.pop("limit_value", UNSET))

        def _parse_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        def _parse_price_behavior(data: object) -> EntitlementPriceBehavior | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_entitlement_price_behavior(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntitlementPriceBehavior | None | Unset, data)

        price_behavior = _parse_price_behavior(d.pop("price_behavior", UNSET))

        limit_time_series_point_response_data = cls(
            effective_at=effective_at,
            is_soft_limit=is_soft_limit,
            limit_source=limit_source,
            limit_value=limit_value,
            plan_id=plan_id,
            price_behavior=price_behavior,
        )

        limit_time_series_point_response_data.additional_properties = d
        return limit_time_series_point_response_data

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
