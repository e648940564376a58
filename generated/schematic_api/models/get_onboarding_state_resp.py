from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.onboarding_path import OnboardingPath, check_onboarding_path
from ..models.onboarding_requirement import OnboardingRequirement, check_onboarding_requirement
from ..models.onboarding_track import OnboardingTrack, check_onboarding_track
from ..types import UNSET, Unset, as_model_list

if TYPE_CHECKING:
    from ..models.onboarding_milestone_view import OnboardingMilestoneView
    from ..models.onboarding_requirement_view import OnboardingRequirementView


T = TypeVar("T", bound="GetOnboardingStateResp")


def _convert_milestones(
    value: list[OnboardingMilestoneView] | Sequence[OnboardingMilestoneView | Mapping[str, Any]],
) -> list[OnboardingMilestoneView]:
    return cast(
        "list[OnboardingMilestoneView]",
        as_model_list(value, ".onboarding_milestone_view", "OnboardingMilestoneView", __package__),
    )


def _convert_requirements(
    value: list[OnboardingRequirementView] | Sequence[OnboardingRequirementView | Mapping[str, Any]],
) -> list[OnboardingRequirementView]:
    return cast(
        "list[OnboardingRequirementView]",
        as_model_list(value, ".onboarding_requirement_view", "OnboardingRequirementView", __package__),
    )


@_attrs_define
class GetOnboardingStateResp:
    """The `GetOnboardingStateResp` object of the API.

    Attributes:
        milestones (list[OnboardingMilestoneView])
        requirements (list[OnboardingRequirementView])
        suggested_next (list[OnboardingRequirement])
        environment_id (None | str | Unset)
        path (None | OnboardingPath | Unset)
        track (None | OnboardingTrack | Unset)
    """

    milestones: list[OnboardingMilestoneView] = _attrs_field(converter=_convert_milestones)

    requirements: list[OnboardingRequirementView] = _attrs_field(converter=_convert_requirements)

    suggested_next: list[OnboardingRequirement]

    environment_id: None | str | Unset = UNSET

    path: None | OnboardingPath | Unset = UNSET

    track: None | OnboardingTrack | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)

        suggested_next = []
        for suggested_next_item_data in self.suggested_next:
            suggested_next_item: str = suggested_next_item_data
            suggested_next.append(suggested_next_item)

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        elif isinstance(self.path, str):
            path = self.path
        else:
            path = self.path

        track: None | str | Unset
        if isinstance(self.track, Unset):
            track = UNSET
        elif isinstance(self.track, str):
            track = self.track
        else:
            track = self.track

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "milestones": milestones,
                "requirements": requirements,
                "suggested_next": suggested_next,
            }
        )
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if path is not UNSET:
            field_dict["path"] = path
        if track is not UNSET:
            field_dict["track"] = track

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onboarding_milestone_view import OnboardingMilestoneView  # noqa: PLC0415
        from ..models.onboarding_requirement_view import OnboardingRequirementView  # noqa: PLC0415

        d = dict(src_dict)
        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = OnboardingMilestoneView.from_dict(milestones_item_data)

            milestones.append(milestones_item)

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in _requirements:
            requirements_item = OnboardingRequirementView.from_dict(requirements_item_data)

            requirements.append(requirements_item)

        suggested_next = []
        _suggested_next = d.pop("suggested_next")
        for suggested_next_item_data in _suggested_next:
            suggested_next_item = check_onboarding_requirement(suggested_next_item_data)

            suggested_next.append(suggested_next_item)

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environment_id", UNSET))

        def _parse_path(data: object) -> None | OnboardingPath | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_onboarding_path(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnboardingPath | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_track(data: object) -> None | OnboardingTrack | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_onboarding_track(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnboardingTrack | Unset, data)

        track = _parse_track(d.pop("track", UNSET))

        get_onboarding_state_resp = cls(
            milestones=milestones,
            requirements=requirements,
            suggested_next=suggested_next,
            environment_id=environment_id,
            path=path,
            track=track,
        )

        get_onboarding_state_resp.additional_properties = d
        return get_onboarding_state_resp

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
