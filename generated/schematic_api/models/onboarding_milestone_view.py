from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.onboarding_milestone import OnboardingMilestone, check_onboarding_milestone
from ..models.onboarding_requirement import OnboardingRequirement, check_onboarding_requirement
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="OnboardingMilestoneView")


@_attrs_define
class OnboardingMilestoneView:
    """The `OnboardingMilestoneView` object of the API.

    Attributes:
        id (OnboardingMilestone)
        missing (list[OnboardingRequirement])
        progress (float)
        reached_at (datetime.datetime | None | Unset)
    """

    id: OnboardingMilestone

    missing: list[OnboardingRequirement]

    progress: float

    reached_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        missing = []
        for missing_item_data in self.missing:
            missing_item: str = missing_item_data
            missing.append(missing_item)

        progress = self.progress

        reached_at: None | str | Unset
        if isinstance(self.reached_at, Unset):
            reached_at = UNSET
        elif isinstance(self.reached_at, datetime.datetime):
            reached_at = self.reached_at.isoformat()
        else:
            reached_at = self.reached_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "missing": missing,
                "progress": progress,
            }
        )
        if reached_at is not UNSET:
            field_dict["reached_at"] = reached_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = check_onboarding_milestone(d.pop("id"))

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = check_onboarding_requirement(missing_item_data)

            missing.append(missing_item)

        progress = d.pop("progress")

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

        onboarding_milestone_view = cls(
            id=id,
            missing=missing,
            progress=progress,
            reached_at=reached_at,
        )

        onboarding_milestone_view.additional_properties = d
        return onboarding_milestone_view

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
