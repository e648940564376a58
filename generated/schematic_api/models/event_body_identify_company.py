from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.event_body_identify_company_keys import EventBodyIdentifyCompanyKeys
    from ..models.event_body_identify_company_traits import EventBodyIdentifyCompanyTraits


T = TypeVar("T", bound="EventBodyIdentifyCompany")


def _convert_keys(value: EventBodyIdentifyCompanyKeys | Mapping[str, Any]) -> EventBodyIdentifyCompanyKeys:
    return cast(
        "EventBodyIdentifyCompanyKeys",
        as_model(value, ".event_body_identify_company_keys", "EventBodyIdentifyCompanyKeys", __package__),
    )


def _convert_traits(
    value: EventBodyIdentifyCompanyTraits | Unset | Mapping[str, Any],
) -> EventBodyIdentifyCompanyTraits | Unset:
    return cast(
        "EventBodyIdentifyCompanyTraits | Unset",
        as_model(value, ".event_body_identify_company_traits", "EventBodyIdentifyCompanyTraits", __package__),
    )


@_attrs_define
class EventBodyIdentifyCompany:
    """Company to upsert and associate with the identified user

    Attributes:
        keys (EventBodyIdentifyCompanyKeys)
        name (str | Unset)
        traits (EventBodyIdentifyCompanyTraits | Unset)
    """

    keys: EventBodyIdentifyCompanyKeys = _attrs_field(converter=_convert_keys)

    name: str | Unset = UNSET

    traits: EventBodyIdentifyCompanyTraits | Unset = _attrs_field(default=UNSET, converter=_convert_traits)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys.to_dict()

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
        if name is not UNSET:
            field_dict["name"] = name
        if traits is not UNSET:
            field_dict["traits"] = traits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_body_identify_company_keys import EventBodyIdentifyCompanyKeys  # noqa: PLC0415
        from ..models.event_body_identify_company_traits import EventBodyIdentifyCompanyTraits  # noqa: PLC0415

        d = dict(src_dict)
        keys = EventBodyIdentifyCompanyKeys.from_dict(d.pop("keys"))

        name = d.pop("name", UNSET)

        _traits = d.pop("traits", UNSET)
        traits: EventBodyIdentifyCompanyTraits | Unset
        if isinstance(_traits, Unset):
            traits = UNSET
        else:
            traits = EventBodyIdentifyCompanyTraits.from_dict(_traits)

        event_body_identify_company = cls(
            keys=keys,
            name=name,
            traits=traits,
        )

        event_body_identify_company.additional_properties = d
        return event_body_identify_company

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
