from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteCompanyParams")


@_attrs_define
class DeleteCompanyParams:
    """The parameters deleteCompany was called with

    Attributes:
        cancel_subscription (bool | Unset)
        prorate (bool | Unset)
    """

    cancel_subscription: bool | Unset = UNSET

    prorate: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_subscription = self.cancel_subscription

        prorate = self.prorate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancel_subscription is not UNSET:
            field_dict["cancel_subscription"] = cancel_subscription
        if prorate is not UNSET:
            field_dict["prorate"] = prorate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancel_subscription = d.pop("cancel_subscription", UNSET)

        prorate = d.pop("prorate", UNSET)

        delete_company_params = cls(
            cancel_subscription=cancel_subscription,
            prorate=prorate,
        )

        delete_company_params.additional_properties = d
        return delete_company_params

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
