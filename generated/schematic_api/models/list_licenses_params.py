from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListLicensesParams")


@_attrs_define
class ListLicensesParams:
    """The parameters listLicenses was called with

    Attributes:
        feature_ids (list[str] | Unset)
        ids (list[str] | Unset)
        limit (int | Unset)
        name (str | Unset)
        offset (int | Unset)
    """

    feature_ids: list[str] | Unset = UNSET

    ids: list[str] | Unset = UNSET

    limit: int | Unset = UNSET

    name: str | Unset = UNSET

    offset: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_ids: list[str] | Unset = UNSET
        if not isinstance(self.feature_ids, Unset):
            feature_ids = self.feature_ids

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        name = self.name

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_ids is not UNSET:
            field_dict["feature_ids"] = feature_ids
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if name is not UNSET:
            field_dict["name"] = name
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_ids = cast(list[str], d.pop("feature_ids", UNSET))

        ids = cast(list[str], d.pop("ids", UNSET))

        limit = d.pop("limit", UNSET)

        name = d.pop("name", UNSET)

        offset = d.pop("offset", UNSET)

        list_licenses_params = cls(
            feature_ids=feature_ids,
            ids=ids,
            limit=limit,
            name=name,
            offset=offset,
        )

        list_licenses_params.additional_properties = d
        return list_licenses_params

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
