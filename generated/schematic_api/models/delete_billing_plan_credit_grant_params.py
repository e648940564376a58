from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteBillingPlanCreditGrantParams")


@_attrs_define
class DeleteBillingPlanCreditGrantParams:
    """The parameters deleteBillingPlanCreditGrant was called with

    Attributes:
        apply_to_existing (bool | Unset)
    """

    apply_to_existing: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_to_existing = self.apply_to_existing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_to_existing is not UNSET:
            field_dict["apply_to_existing"] = apply_to_existing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apply_to_existing = d.pop("apply_to_existing", UNSET)

        delete_billing_plan_credit_grant_params = cls(
            apply_to_existing=apply_to_existing,
        )

        delete_billing_plan_credit_grant_params.additional_properties = d
        return delete_billing_plan_credit_grant_params

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
