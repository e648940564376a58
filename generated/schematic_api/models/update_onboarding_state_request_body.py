from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.onboarding_path import OnboardingPath, check_onboarding_path
from ..models.onboarding_track import OnboardingTrack, check_onboarding_track
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOnboardingStateRequestBody")


@_attrs_define
class UpdateOnboardingStateRequestBody:
    """The `UpdateOnboardingStateRequestBody` object of the API.

    Attributes:
        path (None | OnboardingPath | Unset)
        pricing_page_url (None | str | Unset)
        track (None | OnboardingTrack | Unset)
        website_url (None | str | Unset)
    """

    path: None | OnboardingPath | Unset = UNSET

    pricing_page_url: None | str | Unset = UNSET

    track: None | OnboardingTrack | Unset = UNSET

    website_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        elif isinstance(self.path, str):
            path = self.path
        else:
            path = self.path

        pricing_page_url: None | str | Unset
        if isinstance(self.pricing_page_url, Unset):
            pricing_page_url = UNSET
        else:
            pricing_page_url = self.pricing_page_url

        track: None | str | Unset
        if isinstance(self.track, Unset):
            track = UNSET
        elif isinstance(self.track, str):
            track = self.track
        else:
            track = self.track

        website_url: None | str | Unset
        if isinstance(self.website_url, Unset):
            website_url = UNSET
        else:
            website_url = self.website_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if pricing_page_url is not UNSET:
            field_dict["pricing_page_url"] = pricing_page_url
        if track is not UNSET:
            field_dict["track"] = track
        if website_url is not UNSET:
            field_dict["website_url"] = website_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_pricing_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_page_url = _parse_pricing_page_url(d.pop("pricing_page_url", UNSET))

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

        def _parse_website_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website_url = _parse_website_url(d.pop("website_url", UNSET))

        update_onboarding_state_request_body = cls(
            path=path,
            pricing_page_url=pricing_page_url,
            track=track,
            website_url=website_url,
        )

        update_onboarding_state_request_body.additional_properties = d
        return update_onboarding_state_request_body

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
