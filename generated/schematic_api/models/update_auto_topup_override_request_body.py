from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAutoTopupOverrideRequestBody")


@_attrs_define
class UpdateAutoTopupOverrideRequestBody:
    """The `UpdateAutoTopupOverrideRequestBody` object of the API.

    Attributes:
        plan_credit_grant_id (str)
        auto_topup_amount (int | None | Unset)
        auto_topup_enabled (bool | None | Unset)
        auto_topup_threshold_credits (int | None | Unset)
    """

    plan_credit_grant_id: str

    auto_topup_amount: int | None | Unset = UNSET

    auto_topup_enabled: bool | None | Unset = UNSET

    auto_topup_threshold_credits: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_credit_grant_id = self.plan_credit_grant_id

        auto_topup_amount: int | None | Unset
        if isinstance(self.auto_topup_amount, Unset):
            auto_topup_amount = UNSET
        else:
            auto_topup_amount = self.auto_topup_amount

        auto_topup_enabled: bool | None | Unset
        if isinstance(self.auto_topup_enabled, Unset):
            auto_topup_enabled = UNSET
        else:
            auto_topup_enabled = self.auto_topup_enabled

        auto_topup_threshold_credits: int | None | Unset
        if isinstance(self.auto_topup_threshold_credits, Unset):
            auto_topup_threshold_credits = UNSET
        else:
            auto_topup_threshold_credits = self.auto_topup_threshold_credits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_credit_grant_id": plan_credit_grant_id,
            }
        )
        if auto_topup_amount is not UNSET:
            field_dict["auto_topup_amount"] = auto_topup_amount
        if auto_topup_enabled is not UNSET:
            field_dict["auto_topup_enabled"] = auto_topup_enabled
        if auto_topup_threshold_credits is not UNSET:
            field_dict["auto_topup_threshold_credits"] = auto_topup_threshold_credits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_credit_grant_id = d.pop("plan_credit_grant_id")

        def _parse_auto_topup_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_topup_amount = _parse_auto_topup_amount(d.pop("auto_topup_amount", UNSET))

        def _parse_auto_topup_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_topup_enabled = _parse_auto_topup_enabled(d.pop("auto_topup_enabled", UNSET))

        def _parse_auto_topup_threshold_credits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_topup_threshold_credits = _parse_auto_topup_threshold_credits(d.pop("auto_topup_threshold_credits", UNSET))

        update_auto_topup_override_request_body = cls(
            plan_credit_grant_id=plan_credit_grant_id,
            auto_topup_amount=auto_topup_amount,
            auto_topup_enabled=auto_topup_enabled,
            auto_topup_threshold_credits=auto_topup_threshold_credits,
        )

        update_auto_topup_override_request_body.additional_properties = d
        return update_auto_topup_override_request_body

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
