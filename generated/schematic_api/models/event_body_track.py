from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.event_body_track_company import EventBodyTrackCompany
    from ..models.event_body_track_traits import EventBodyTrackTraits
    from ..models.event_body_track_user import EventBodyTrackUser


T = TypeVar("T", bound="EventBodyTrack")


def _convert_company(value: EventBodyTrackCompany | Unset | Mapping[str, Any]) -> EventBodyTrackCompany | Unset:
    return cast(
        "EventBodyTrackCompany | Unset",
        as_model(value, ".event_body_track_company", "EventBodyTrackCompany", __package__),
    )


def _convert_traits(value: EventBodyTrackTraits | Unset | Mapping[str, Any]) -> EventBodyTrackTraits | Unset:
    return cast(
        "EventBodyTrackTraits | Unset", as_model(value, ".event_body_track_traits", "EventBodyTrackTraits", __package__)
    )


def _convert_user(value: EventBodyTrackUser | Unset | Mapping[str, Any]) -> EventBodyTrackUser | Unset:
    return cast(
        "EventBodyTrackUser | Unset", as_model(value, ".event_body_track_user", "EventBodyTrackUser", __package__)
    )


@_attrs_define
class EventBodyTrack:
    """Body of a track event

    Attributes:
        event (str)
        company (EventBodyTrackCompany | Unset)
        lease_id (str | Unset)
        quantity (int | Unset)
        traits (EventBodyTrackTraits | Unset)
        user (EventBodyTrackUser | Unset)
    """

    event: str

    company: EventBodyTrackCompany | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    lease_id: str | Unset = UNSET

    quantity: int | Unset = UNSET

    traits: EventBodyTrackTraits | Unset = _attrs_field(default=UNSET, converter=_convert_traits)

    user: EventBodyTrackUser | Unset = _attrs_field(default=UNSET, converter=_convert_user)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        lease_id = self.lease_id

        quantity = self.quantity

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if lease_id is not UNSET:
            field_dict["lease_id"] = lease_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if traits is not UNSET:
            field_dict["traits"] = traits
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_body_track_company import EventBodyTrackCompany  # noqa: PLC0415
        from ..models.event_body_track_traits import EventBodyTrackTraits  # noqa: PLC0415
        from ..models.event_body_track_user import EventBodyTrackUser  # noqa: PLC0415

        d = dict(src_dict)
        event = d.pop("event")

        _company = d.pop("company", UNSET)
        company: EventBodyTrackCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = EventBodyTrackCompany.from_dict(_company)

        lease_id = d.pop("lease_id", UNSET)

        quantity = d.pop("quantity", UNSET)

        _traits = d.pop("traits", UNSET)
        traits: EventBodyTrackTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = EventBodyTrackTraits.from_dict(_traits)

        _user = d.pop("user", UNSET)
        user: EventBodyTrackUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = EventBodyTrackUser.from_dict(_user)

        event_body_track = cls(
            event=event,
            company=company,
            lease_id=lease_id,
            quantity=quantity,
            traits=traits,
            user=user,
        )

        event_body_track.additional_properties = d
        return event_body_track

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
