from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFeatureUsersParams")


@_attrs_define
class ListFeatureUsersParams:
    """The parameters listFeatureUsers was called with

    Attributes:
        feature_id (str | Unset)
        limit (int | Unset)
        offset (int | Unset)
        q (str | Unset)
    """

    feature_id: str | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    q: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        limit = self.limit

        offset = self.offset

        q = self.q

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if q is not UNSET:
            field_dict["q"] = q

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("feature_id", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        q = d.pop("q", UNSET)

        list_feature_users_params = cls(
            feature_id=feature_id,
            limit=limit,
            offset=offset,
            q=q,
        )

        list_feature_users_params.additional_properties = d
        return list_feature_users_params

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
