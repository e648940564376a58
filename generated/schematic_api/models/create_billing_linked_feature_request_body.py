from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.feature_lifecycle_phase import FeatureLifecyclePhase, check_feature_lifecycle_phase
from ..models.feature_type import FeatureType, check_feature_type
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.create_or_update_flag_request_body import CreateOrUpdateFlagRequestBody


T = TypeVar("T", bound="CreateBillingLinkedFeatureRequestBody")


def _convert_flag(
    value: CreateOrUpdateFlagRequestBody | Unset | Mapping[str, Any],
) -> CreateOrUpdateFlagRequestBody | Unset:
    return cast(
        "CreateOrUpdateFlagRequestBody | Unset",
        as_model(value, ".create_or_update_flag_request_body", "CreateOrUpdateFlagRequestBody", __package__),
    )


@_attrs_define
class CreateBillingLinkedFeatureRequestBody:
    """The `CreateBillingLinkedFeatureRequestBody` object of the API.

    Attributes:
        billing_provider (BillingProviderType)
        description (str)
        external_resource_id (str)
        feature_type (FeatureType)
        name (str)
        event_subtype (None | str | Unset)
        flag (CreateOrUpdateFlagRequestBody | Unset)
        icon (None | str | Unset)
        lifecycle_phase (FeatureLifecyclePhase | None | Unset)
        maintainer_account_member_id (None | str | Unset)
        plural_name (None | str | Unset)
        singular_name (None | str | Unset)
        trait_id (None | str | Unset)
    """

    billing_provider: BillingProviderType

    description: str

    external_resource_id: str

    feature_type: FeatureType

    name: str

    event_subtype: None | str | Unset = UNSET

    flag: CreateOrUpdateFlagRequestBody | Unset = _attrs_field(default=UNSET, converter=_convert_flag)

    icon: None | str | Unset = UNSET

    lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET

    maintainer_account_member_id: None | str | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    singular_name: None | str | Unset = UNSET

    trait_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_provider: str = self.billing_provider

        description = self.description

        external_resource_id = self.external_resource_id

        feature_type: str = self.feature_type

        name = self.name

        event_subtype: None | str | Unset
        if isinstance(self.event_subtype, Unset):
            event_subtype = UNSET
        else:
            event_subtype = self.event_subtype

        flag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flag, Unset):
            flag = self.flag.to_dict()

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_provider": billing_provider,
                "description": description,
                "external_resource_id": external_resource_id,
                "feature_type": feature_type,
                "name": name,
            }
        )
        if event_subtype is not UNSET:
            field_dict["event_subtype"] = event_subtype
        if flag is not UNSET:
            field_dict["flag"] = flag
        if icon is not UNSET:
            field_dict["icon"] = icon
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_or_update_flag_request_body import CreateOrUpdateFlagRequestBody  # noqa: PLC0415

        d = dict(src_dict)
        billing_provider = check_billing_provider_type(d.pop("billing_provider"))

        description = d.pop("description")

        external_resource_id = d.pop("external_resource_id")

        feature_type = check_feature_type(d.pop("feature_type"))

        name = d.pop("name")

        def _parse_event_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_subtype = _parse_event_subtype(d.pop("event_subtype", UNSET))

        _flag = d.pop("flag", UNSET)
        flag: CreateOrUpdateFlagRequestBody | Unset
        if isinstance(_flag, Unset):
            flag = UNSET
        else:
            flag = CreateOrUpdateFlagRequestBody.from_dict(_flag)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

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

        create_billing_linked_feature_request_body = cls(
            billing_provider=billing_provider,
            description=description,
            external_resource_id=external_resource_id,
            feature_type=feature_type,
            name=name,
            event_subtype=event_subtype,
            flag=flag,
            icon=icon,
            lifecycle_phase=lifecycle_phase,
            maintainer_account_member_id=maintainer_account_member_id,
            plural_name=plural_name,
            singular_name=singular_name,
            trait_id=trait_id,
        )

        create_billing_linked_feature_request_body.additional_properties = d
        return create_billing_linked_feature_request_body

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
