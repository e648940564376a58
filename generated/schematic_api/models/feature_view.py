from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_lifecycle_phase import FeatureLifecyclePhase, check_feature_lifecycle_phase
from ..models.feature_type import FeatureType, check_feature_type
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_linked_resource_response_data import BillingLinkedResourceResponseData
    from ..models.billing_product_record_response_data import BillingProductRecordResponseData
    from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData
    from ..models.event_summary_response_data import EventSummaryResponseData
    from ..models.flag_view import FlagView
    from ..models.preview_object import PreviewObject


T = TypeVar("T", bound="FeatureView")


def _convert_flags(value: list[FlagView] | Sequence[FlagView | Mapping[str, Any]]) -> list[FlagView]:
    return cast("list[FlagView]", as_model_list(value, ".flag_view", "FlagView", __package__))


def _convert_plans(value: list[PreviewObject] | Sequence[PreviewObject | Mapping[str, Any]]) -> list[PreviewObject]:
    return cast("list[PreviewObject]", as_model_list(value, ".preview_object", "PreviewObject", __package__))


def _convert_billing_linked_resource(
    value: BillingLinkedResourceResponseData | Unset | Mapping[str, Any],
) -> BillingLinkedResourceResponseData | Unset:
    return cast(
        "BillingLinkedResourceResponseData | Unset",
        as_model(value, ".billing_linked_resource_response_data", "BillingLinkedResourceResponseData", __package__),
    )


def _convert_billing_product(
    value: BillingProductRecordResponseData | Unset | Mapping[str, Any],
) -> BillingProductRecordResponseData | Unset:
    return cast(
        "BillingProductRecordResponseData | Unset",
        as_model(value, ".billing_product_record_response_data", "BillingProductRecordResponseData", __package__),
    )


def _convert_event_summary(
    value: EventSummaryResponseData | Unset | Mapping[str, Any],
) -> EventSummaryResponseData | Unset:
    return cast(
        "EventSummaryResponseData | Unset",
        as_model(value, ".event_summary_response_data", "EventSummaryResponseData", __package__),
    )


def _convert_trait(
    value: EntityTraitDefinitionResponseData | Unset | Mapping[str, Any],
) -> EntityTraitDefinitionResponseData | Unset:
    return cast(
        "EntityTraitDefinitionResponseData | Unset",
        as_model(value, ".entity_trait_definition_response_data", "EntityTraitDefinitionResponseData", __package__),
    )


@_attrs_define
class FeatureView:
    """The `FeatureView` object of the API.

    Attributes:
        account_id (str)
        created_at (datetime.datetime)
        description (str)
        feature_type (FeatureType)
        flags (list[FlagView])
        icon (str)
        id (str)
        name (str)
        plans (list[PreviewObject])
        updated_at (datetime.datetime)
        billing_linked_resource (BillingLinkedResourceResponseData | Unset)
        billing_product (BillingProductRecordResponseData | Unset)
        event_subtype (None | str | Unset)
        event_summary (EventSummaryResponseData | Unset)
        license_id (None | str | Unset)
        lifecycle_phase (FeatureLifecyclePhase | None | Unset)
        plural_name (None | str | Unset)
        singular_name (None | str | Unset)
        trait (EntityTraitDefinitionResponseData | Unset)
        trait_id (None | str | Unset)
        usage_limit_trait_id (None | str | Unset)
        event_source (str | Unset): inference or track
    """

    account_id: str

    created_at: datetime.datetime

    description: str

    feature_type: FeatureType

    flags: list[FlagView] = _attrs_field(converter=_convert_flags)

    icon: str

    id: str

    name: str

    plans: list[PreviewObject] = _attrs_field(converter=_convert_plans)

    updated_at: datetime.datetime

    billing_linked_resource: BillingLinkedResourceResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_billing_linked_resource
    )

    billing_product: BillingProductRecordResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_billing_product
    )

    event_subtype: None | str | Unset = UNSET

    event_summary: EventSummaryResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_event_summary)

    license_id: None | str | Unset = UNSET

    lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET

    plural_name: None | str | Unset = UNSET

    singular_name: None | str | Unset = UNSET

    trait: EntityTraitDefinitionResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_trait)

    trait_id: None | str | Unset = UNSET

    usage_limit_trait_id: None | str | Unset = UNSET

    event_source: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at = self.created_at.isoformat()

        description = self.description

        feature_type: str = self.feature_type

        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.to_dict()
            flags.append(flags_item)

        icon = self.icon

        id = self.id

        name = self.name

        plans = []
        for plans_item_data in self.plans:
            plans_item = plans_item_data.to_dict()
            plans.append(plans_item)

        updated_at = self.updated_at.isoformat()

        billing_linked_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_linked_resource, Unset):
            billing_linked_resource = self.billing_linked_resource.to_dict()

        billing_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_product, Unset):
            billing_product = self.billing_product.to_dict()

        event_subtype: None | str | Unset
        if isinstance(self.event_subtype, Unset):
            event_subtype = UNSET
        else:
            event_subtype = self.event_subtype

        event_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_summary, Unset):
            event_summary = self.event_summary.to_dict()

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

        trait: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trait, Unset):
            trait = self.trait.to_dict()

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
                "account_id": account_id,
                "created_at": created_at,
                "description": description,
                "feature_type": feature_type,
                "flags": flags,
                "icon": icon,
                "id": id,
                "name": name,
                "plans": plans,
                "updated_at": updated_at,
            }
        )
        if billing_linked_resource is not UNSET:
            field_dict["billing_linked_resource"] = billing_linked_resource
        if billing_product is not UNSET:
            field_dict["billing_product"] = billing_product
        if event_subtype is not UNSET:
            field_dict["event_subtype"] = event_subtype
        if event_summary is not UNSET:
            field_dict["event_summary"] = event_summary
        if license_id is not UNSET:
            field_dict["license_id"] = license_id
        if lifecycle_phase is not UNSET:
            field_dict["lifecycle_phase"] = lifecycle_phase
        if plural_name is not UNSET:
            field_dict["plural_name"] = plural_name
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name
        if trait is not UNSET:
            field_dict["trait"] = trait
        if trait_id is not UNSET:
            field_dict["trait_id"] = trait_id
        if usage_limit_trait_id is not UNSET:
            field_dict["usage_limit_trait_id"] = usage_limit_trait_id
        if event_source is not UNSET:
            field_dict["event_source"] = event_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_linked_resource_response_data import BillingLinkedResourceResponseData  # noqa: PLC0415
        from ..models.billing_product_record_response_data import BillingProductRecordResponseData  # noqa: PLC0415
        from ..models.entity_trait_definition_response_data import EntityTraitDefinitionResponseData  # noqa: PLC0415
        from ..models.event_summary_response_data import EventSummaryResponseData  # noqa: PLC0415
        from ..models.flag_view import FlagView  # noqa: PLC0415
        from ..models.preview_object import PreviewObject  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        created_at = parse_datetime(d.pop("created_at"))

        description = d.pop("description")

        feature_type = check_feature_type(d.pop("feature_type"))

        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = FlagView.from_dict(flags_item_data)

            flags.append(flags_item)

        icon = d.pop("icon")

        id = d.pop("id")

        name = d.pop("name")

        plans = []
        _plans = d.pop("plans")
        for plans_item_data in _plans:
            plans_item = PreviewObject.from_dict(plans_item_data)

            plans.append(plans_item)

        updated_at = parse_datetime(d.pop("updated_at"))

        _billing_linked_resource = d.pop("billing_linked_resource", UNSET)
        billing_linked_resource: BillingLinkedResourceResponseData | Unset
        if isinstance(_billing_linked_resource, Unset):
            billing_linked_resource = UNSET
        else:
            billing_linked_resource = BillingLinkedResourceResponseData.from_dict(_billing_linked_resource)

        _billing_product = d.pop("billing_product", UNSET)
        billing_product: BillingProductRecordResponseData | Unset
        if isinstance(_billing_product, Unset):
            billing_product = UNSET
        else:
            billing_product = BillingProductRecordResponseData.from_dict(_billing_product)

        def _parse_event_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_subtype = _parse_event_subtype(d.pop("event_subtype", UNSET))

        _event_summary = d.pop("event_summary", UNSET)
        event_summary: EventSummaryResponseData | Unset
        if isinstance(_event_summary, Unset):
            event_summary = UNSET
        else:
            event_summary = EventSummaryResponseData.from_dict(_event_summary)

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

        _trait = d.pop("trait", UNSET)
        trait: EntityTraitDefinitionResponseData | Unset
        if isinstance(_trait, Unset):
            trait = UNSET
        else:
            trait = EntityTraitDefinitionResponseData.from_dict(_trait)

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

        feature_view = cls(
            account_id=account_id,
            created_at=created_at,
            description=description,
            feature_type=feature_type,
            flags=flags,
            icon=icon,
            id=id,
            name=name,
            plans=plans,
            updated_at=updated_at,
            billing_linked_resource=billing_linked_resource,
            billing_product=billing_product,
            event_subtype=event_subtype,
            event_summary=event_summary,
            license_id=license_id,
            lifecycle_phase=lifecycle_phase,
            plural_name=plural_name,
            singular_name=singular_name,
            trait=trait,
            trait_id=trait_id,
            usage_limit_trait_id=usage_limit_trait_id,
            event_source=event_source,
        )

        feature_view.additional_properties = d
        return feature_view

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
