from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_lifecycle_phase import FeatureLifecyclePhase, check_feature_lifecycle_phase
from ..models.feature_type import FeatureType, check_feature_type
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="FeatureResponseData")


@_attrs_define
class FeatureResponseData:
    """The `FeatureResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        description (str)
        feature_type (FeatureType)
        icon (str)
        id (str)
        name (str)
        updated_at (datetime.datetime)
        event_subtype (None | str | Unset)
        license_id (None | str | Unset)
        lifecycle_phase (FeatureLifecyclePhase | None | Unset)
        maintainer_account_member_id (None | str | Unset)
        plural_name (None | str | Unset)
        singular_name (None | str | Unset)
        trait_id (None | str | Unset)
        usage_limit_trait_id (None | str | Unset)
        event_source (str | Unset): inference or track
    """

    created_at: datetime.datetime

    description: str

    feature_type: FeatureType

    icon: str

    id: str

    name: str

    updated_at: datetime.datetime

    event_subtype: None | str | Unset = UNSET

    license_id: None | str | Unset = UNSET

    lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET

    maintainer_account_member_id: None | str | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    singular_name: None | str | Unset = UNSET

    trait_id: None | str | Unset = UNSET

    usage_limit_trait_id: None | str | Unset = UNSET

    event_source: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        feature_type: str = self.feature_type

        icon = self.icon

        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        event_subtype: None | str | Unset
        if isinstance(self.event_subtype, Unset):
            event_subtype = UNSET
        else:
            event_subtype = self.event_subtype

        license_id: None | str | Unset
        if isinstance(self.license_id, Unset):
            license_id = UNSET
        else:
            license_id = self.license_id

        lifecycle_phase: None | str | Unset
        if isinstance(self.lifecycle_phase, Unset):
            lifecycle_phase = UNSET
        elif isinstance(self.lifecycle_phase, str):
            lifecycle_phase = self.lifecycle_phase
        else:
            lifecycle_phase = self.lifecycle_phase

        maintainer_account_member_id: None | str | Unset
        if isinstance(self.maintainer_account_member_id, Unset):
            maintainer_account_member_id = UNSET
        else:
            maintainer_account_member_id = self.maintainer_account_member_id

        plural_name: None | str | Unset
        if isinstance(self.plural_name, Unset):
            plural_name = UNSET
        else:
            plural_name = self.plural_name

        singular_name: None | str | Unset
        if isinstance(self.singular_name, Unset):
            singular_name = UNSET
        else:
            singular_name = self.singular_name

        trait_id: None | str | Unset
        if isinstance(self.trait_id, Unset):
            trait_id = UNSET
        else:
            trait_id = self.trait_id

        usage_limit_trait_id: None | str | Unset
        if isinstance(self.usage_limit_trait_id, Unset):
            usage_limit_trait_id = UNSET
        else:
            usage_limit_trait_id = self.usage_limit_trait_id

        event_source = self.event_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "feature_type": feature_type,
                "icon": icon,
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if event_subtype is not UNSET:
            field_dict["event_subtype"] = event_subtype
        if license_id is not UNSET:
            field_dict["license_id"] = license_id
        if lifecycle_phase is not UNSET:
            field_dict["lifecycle_phase"] = lifecycle_phase
        if maintainer_account_member_id is not UNSET:
            field_dict["maintainer_account_member_id"] = maintainer_account_member_id
        if plural_name is not UNSET:
            field_dict["plural_name"] = plural_name
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name
        if trait_id is not UNSET:
            field_dict["trait_id"] = trait_id
        if usage_limit_trait_id is not UNSET:
            field_dict["usage_limit_trait_id"] = usage_limit_trait_id
        if event_source is not UNSET:
            field_dict["event_source"] = event_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        description = d.pop("description")

        feature_type = check_feature_type(d.pop("feature_type"))

        icon = d.pop("icon")

        id = d.pop("id")

        name = d.pop("name")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_event_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_subtype = _parse_event_subtype(d.pop("event_subtype", UNSET))

        def _parse_license_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_id = _parse_license_id(d.pop("license_id", UNSET))

        def _parse_lifecycle_phase(data: object) -> FeatureLifecyclePhase | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_feature_lifecycle_phase(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeatureLifecyclePhase | None | Unset, data)

        lifecycle_phase = _parse_lifecycle_phase(d.pop("lifecycle_phase", UNSET))

        def _parse_maintainer_account_member_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maintainer_account_member_id = _parse_maintainer_account_member_id(d.pop("maintainer_account_member_id", UNSET))

        def _parse_plural_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plural_name = _parse_plural_name(d.pop("plural_name", UNSET))

        def _parse_singular_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        singular_name = _parse_singular_name(d.pop("singular_name", UNSET))

        def _parse_trait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trait_id = _parse_trait_id(d.pop("trait_id", UNSET))

        def _parse_usage_limit_trait_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_limit_trait_id = _parse_usage_limit_trait_id(d.pop("usage_limit_trait_id", UNSET))

        event_source = d.pop("event_source", UNSET)

        feature_response_data = cls(
            created_at=created_at,
            description=description,
            feature_type=feature_type,
            icon=icon,
            id=id,
            name=name,
            updated_at=updated_at,
            event_subtype=event_subtype,
            license_id=license_id,
            lifecycle_phase=lifecycle_phase,
            maintainer_account_member_id=maintainer_account_member_id,
            plural_name=plural_name,
            singular_name=singular_name,
            trait_id=trait_id,
            usage_limit_trait_id=usage_limit_trait_id,
            event_source=event_source,
        )

        feature_response_data.additional_properties = d
        return feature_response_data

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
