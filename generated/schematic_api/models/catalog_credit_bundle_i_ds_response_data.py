from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogCreditBundleIDsResponseData")


@_attrs_define
class CatalogCreditBundleIDsResponseData:
    """The `CatalogCreditBundleIDsResponseData` object of the API.

    Attributes:
        credit_bundle_ids (list[str])
    """

    credit_bundle_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_bundle_ids = self.credit_bundle_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit_bundle_ids": credit_bundle_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_bundle_ids = cast(list[str], d.pop("credit_bundle_ids"))

        catalog_credit_bundle_i_ds_response_data = cls(
            credit_bundle_ids=credit_bundle_ids,
        )

        catalog_credit_bundle_i_ds_response_data.additional_properties = d
        return catalog_credit_bundle_i_ds_response_data

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
