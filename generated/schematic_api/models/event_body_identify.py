from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.event_body_identify_company import EventBodyIdentifyCompany
    from ..models.event_body_identify_keys import EventBodyIdentifyKeys
    from ..models.event_body_identify_traits import EventBodyIdentifyTraits


T = TypeVar("T", bound="EventBodyIdentify")


def _convert_keys(value: EventBodyIdentifyKeys | Mapping[str, Any]) -> EventBodyIdentifyKeys:
    return cast(
        "EventBodyIdentifyKeys", as_model(value, ".event_body_identify_keys", "EventBodyIdentifyKeys", __package__)
    )


def _convert_company(value: EventBodyIdentifyCompany | Unset | Mapping[str, Any]) -> EventBodyIdentifyCompany | Unset:
    return cast(
        "EventBodyIdentifyCompany | Unset",
        as_model(value, ".event_body_identify_company", "EventBodyIdentifyCompany", __package__),
    )


def _convert_traits(value: EventBodyIdentifyTraits | Unset | Mapping[str, Any]) -> EventBodyIdentifyTraits | Unset:
    return cast(
        "EventBodyIdentifyTraits | Unset",
        as_model(value, ".event_body_identify_traits", "EventBodyIdentifyTraits", __package__),
    )


@_attrs_define
class EventBodyIdentify:
    """Body of an identify event

    Attributes:
        keys (EventBodyIdentifyKeys): Keys identifying the user
        company (EventBodyIdentifyCompany | Unset): Company to upsert and associate with the identified user
        name (str | Unset)
        traits (EventBodyIdentifyTraits | Unset)
    """

    keys: EventBodyIdentifyKeys = _attrs_field(converter=_convert_keys)

    company: EventBodyIdentifyCompany | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    name: str | Unset = UNSET

    traits: EventBodyIdentifyTraits | Unset = _attrs_field(default=UNSET, converter=_convert_traits)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        name = self.name

        traits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traits, Unset):
            traits = self.traits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if name is not UNSET:
            field_dict["name"] = name
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_body_identify_company import EventBodyIdentifyCompany  # noqa: PLC0415
        from ..models.event_body_identify_keys import EventBodyIdentifyKeys  # noqa: PLC0415
        from ..models.event_body_identify_traits import EventBodyIdentifyTraits  # noqa: PLC0415

        d = dict(src_dict)
        keys = EventBodyIdentifyKeys.from_dict(d.pop("keys"))

        _company = d.pop("company", UNSET)
        company: EventBodyIdentifyCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = EventBodyIdentifyCompany.from_dict(_company)

        name = d.pop("name", UNSET)

        _traits = d.pop("traits", UNSET)
        traits: EventBodyIdentifyTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = EventBodyIdentifyTraits.from_dict(_traits)

        event_body_identify = cls(
            keys=keys,
            company=company,
            name=name,
            traits=traits,
        )

        event_body_identify.additional_properties = d
        return event_body_identify

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
