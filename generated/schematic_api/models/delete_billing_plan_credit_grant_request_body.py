from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteBillingPlanCreditGrantRequestBody")


@_attrs_define
class DeleteBillingPlanCreditGrantRequestBody:
    """The `DeleteBillingPlanCreditGrantRequestBody` object of the API.

    Attributes:
        apply_to_existing (bool | None | Unset)
    """

    apply_to_existing: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_to_existing: bool | None | Unset
        if isinstance(self.apply_to_existing, Unset):
            apply_to_existing = UNSET
        else:
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

        def _parse_apply_to_existing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        apply_to_existing = _parse_apply_to_existing(d.pop("apply_to_existing", UNSET))

        delete_billing_plan_credit_grant_request_body = cls(
            apply_to_existing=apply_to_existing,
        )

        delete_billing_plan_credit_grant_request_body.additional_properties = d
        return delete_billing_plan_credit_grant_request_body

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
