from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.feature_type import FeatureType, check_feature_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountFeaturesParams")


@_attrs_define
class CountFeaturesParams:
    """The parameters countFeatures was called with

    Attributes:
        boolean_require_event (bool | Unset)
        feature_type (list[FeatureType] | Unset)
        ids (list[str] | Unset)
        limit (int | Unset)
        managed_by (BillingProviderType | Unset)
        offset (int | Unset)
        plan_version_id (str | Unset)
        q (str | Unset)
        without_company_override_for (str | Unset)
        without_plan_entitlement_for (str | Unset)
    """

    boolean_require_event: bool | Unset = UNSET

    feature_type: list[FeatureType] | Unset = UNSET

    ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    managed_by: BillingProviderType | Unset = UNSET

    offset: int | Unset = UNSET

    plan_version_id: str | Unset = UNSET

    q: str | Unset = UNSET

    without_company_override_for: str | Unset = UNSET

    without_plan_entitlement_for: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boolean_require_event = self.boolean_require_event

        feature_type: list[str] | Unset = UNSET
        if not isinstance(self.feature_type, Unset):
            feature_type = []
            for feature_type_item_data in self.feature_type:
                feature_type_item: str = feature_type_item_data
                feature_type.append(feature_type_item)

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        managed_by: str | Unset = UNSET
        if not isinstance(self.managed_by, Unset):
            managed_by = self.managed_by

        offset = self.offset

        plan_version_id = self.plan_version_id

        q = self.q

        without_company_override_for = self.without_company_override_for

        without_plan_entitlement_for = self.without_plan_entitlement_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if boolean_require_event is not UNSET:
            field_dict["boolean_require_event"] = boolean_require_event
        if feature_type is not UNSET:
            field_dict["feature_type"] = feature_type
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if managed_by is not UNSET:
            field_dict["managed_by"] = managed_by
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id
        if q is not UNSET:
            field_dict["q"] = q
        if without_company_override_for is not UNSET:
            field_dict["without_company_override_for"] = without_company_override_for
        if without_plan_entitlement_for is not UNSET:
            field_dict["without_plan_entitlement_for"] = without_plan_entitlement_for

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        boolean_require_event = d.pop("boolean_require_event", UNSET)

        _feature_type = d.pop("feature_type", UNSET)
        feature_type: list[FeatureType] | Unset = UNSET
        if _feature_type is not UNSET:
            feature_type = []
            for feature_type_item_data in _feature_type:
                feature_type_item = check_feature_type(feature_type_item_data)

                feature_type.append(feature_type_item)

        ids = cast(list[str], d.pop("ids", UNSET))

        limit = d.pop("limit", UNSET)

        _managed_by = d.pop("managed_by", UNSET)
        managed_by: BillingProviderType | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = check_billing_provider_type(_managed_by)

        offset = d.pop("offset", UNSET)

        plan_version_id = d.pop("plan_version_id", UNSET)

        q = d.pop("q", UNSET)

        without_company_override_for = d.pop("without_company_override_for", UNSET)

        without_plan_entitlement_for = d.pop("without_plan_entitlement_for", UNSET)

        count_features_params = cls(
            boolean_require_event=boolean_require_event,
            feature_type=feature_type,
            ids=ids,
            limit=limit,
            managed_by=managed_by,
            offset=offset,
            plan_version_id=plan_version_id,
            q=q,
            without_company_override_for=without_company_override_for,
            without_plan_entitlement_for=without_plan_entitlement_for,
        )

        count_features_params.additional_properties = d
        return count_features_params

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
