from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountPlanEntitlementsParams")


@_attrs_define
class CountPlanEntitlementsParams:
    """The parameters countPlanEntitlements was called with

    Attributes:
        feature_id (str | Unset)
        feature_ids (list[str] | Unset)
        ids (list[str] | Unset)
        limit (int | Unset)
        offset (int | Unset)
        plan_id (str | Unset)
        plan_ids (list[str] | Unset)
        plan_version_id (str | Unset)
        plan_version_ids (list[str] | Unset)
        q (str | Unset)
        with_metered_products (bool | Unset)
    """

    feature_id: str | Unset = UNSET

    feature_ids: list[str] | Unset = UNSET

    ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    plan_id: str | Unset = UNSET

    plan_ids: list[str] | Unset = UNSET

    plan_version_id: str | Unset = UNSET

    plan_version_ids: list[str] | Unset = UNSET

    q: str | Unset = UNSET

    with_metered_products: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        feature_ids: list[str] | Unset = UNSET
        if not isinstance(self.feature_ids, Unset):
            feature_ids = self.feature_ids

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        offset = self.offset

        plan_id = self.plan_id

        plan_ids: list[str] | Unset = UNSET
        if not isinstance(self.plan_ids, Unset):
            plan_ids = self.plan_ids

        plan_version_id = self.plan_version_id

        plan_version_ids: list[str] | Unset = UNSET
        if not isinstance(self.plan_version_ids, Unset):
            plan_version_ids = self.plan_version_ids

        q = self.q

        with_metered_products = self.with_metered_products

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if feature_ids is not UNSET:
            field_dict["feature_ids"] = feature_ids
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if plan_ids is not UNSET:
            field_dict["plan_ids"] = plan_ids
        if plan_version_id is not UNSET:
            field_dict["plan_version_id"] = plan_version_id
        if plan_version_ids is not UNSET:
            field_dict["plan_version_ids"] = plan_version_ids
        if q is not UNSET:
            field_dict["q"] = q
        if with_metered_products is not UNSET:
            field_dict["with_metered_products"] = with_metered_products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("feature_id", UNSET)

        feature_ids = cast(list[str], d.pop("feature_ids", UNSET))

        ids = cast(list[str], d.pop("ids", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        plan_ids = cast(list[str], d.pop("plan_ids", UNSET))

        plan_version_id = d.pop("plan_version_id", UNSET)

        plan_version_ids = cast(list[str], d.pop("plan_version_ids", UNSET))

        q = d.pop("q", UNSET)

        with_metered_products = d.pop("with_metered_products", UNSET)

        count_plan_entitlements_params = cls(
            feature_id=feature_id,
            feature_ids=feature_ids,
            ids=ids,
            limit=limit,
            offset=offset,
            plan_id=plan_id,
            plan_ids=plan_ids,
            plan_version_id=plan_version_id,
            plan_version_ids=plan_version_ids,
            q=q,
            with_metered_products=with_metered_products,
        )

        count_plan_entitlements_params.additional_properties = d
        return count_plan_entitlements_params

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
