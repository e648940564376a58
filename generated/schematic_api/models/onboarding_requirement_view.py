from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.onboarding_requirement import OnboardingRequirement, check_onboarding_requirement
from ..models.onboarding_requirement_status import OnboardingRequirementStatus, check_onboarding_requirement_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="OnboardingRequirementView")


@_attrs_define
class OnboardingRequirementView:
    """The `OnboardingRequirementView` object of the API.

    Attributes:
        id (OnboardingRequirement)
        status (OnboardingRequirementStatus)
        blocked_by (list[OnboardingRequirement] | Unset)
        reached_at (datetime.datetime | None | Unset)
        satisfied_by (str | Unset)
    """

    id: OnboardingRequirement

    status: OnboardingRequirementStatus

    blocked_by: list[OnboardingRequirement] | Unset = UNSET

    reached_at: datetime.datetime | None | Unset = UNSET

    satisfied_by: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        status: str = self.status

        blocked_by: list[str] | Unset = UNSET
        if not isinstance(self.blocked_by, Unset):
            blocked_by = []
            for blocked_by_item_data in self.blocked_by:
                blocked_by_item: str = blocked_by_item_data
                blocked_by.append(blocked_by_item)

        reached_at: None | str | Unset
        if isinstance(self.reached_at, Unset):
            reached_at = UNSET
        elif isinstance(self.reached_at, datetime.datetime):
            reached_at = self.reached_at.isoformat()
        else:
            reached_at = self.reached_at

        satisfied_by = self.satisfied_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if blocked_by is not UNSET:
            field_dict["blocked_by"] = blocked_by
        if reached_at is not UNSET:
            field_dict["reached_at"] = reached_at
        if satisfied_by is not UNSET:
            field_dict["satisfied_by"] = satisfied_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = check_onboarding_requirement(d.pop("id"))

        status = check_onboarding_requirement_status(d.pop("status"))

        _blocked_by = d.pop("blocked_by", UNSET)
        blocked_by: list[OnboardingRequirement] | Unset = UNSET
        if _blocked_by is not UNSET:
            blocked_by = []
            for blocked_by_item_data in _blocked_by:
                blocked_by_item = check_onboarding_requirement(blocked_by_item_data)

                blocked_by.append(blocked_by_item)

        def _parse_reached_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reached_at = _parse_reached_at(d.pop("reached_at", UNSET))

        satisfied_by = d.pop("satisfied_by", UNSET)

        onboarding_requirement_view = cls(
            id=id,
            status=status,
            blocked_by=blocked_by,
            reached_at=reached_at,
            satisfied_by=satisfied_by,
        )

        onboarding_requirement_view.additional_properties = d
        return onboarding_requirement_view

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
