from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelSubscriptionRequest")


@_attrs_define
class CancelSubscriptionRequest:
    """The `CancelSubscriptionRequest` object of the API.

    Attributes:
        company_id (str)
        cancel_immediately (bool | None | Unset)
        prorate (bool | None | Unset)
    """

    company_id: str

    cancel_immediately: bool | None | Unset = UNSET

    prorate: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        cancel_immediately: bool | None | Unset
        if isinstance(self.cancel_immediately, Unset):
            cancel_immediately = UNSET
        else:
            cancel_immediately = self.cancel_immediately

        prorate: bool | None | Unset
        if isinstance(self.prorate, Unset):
            prorate = UNSET
        else:
            prorate = self.prorate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
            }
        )
        if cancel_immediately is not UNSET:
            field_dict["cancel_immediately"] = cancel_immediately
        if prorate is not UNSET:
            field_dict["prorate"] = prorate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        def _parse_cancel_immediately(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancel_immediately = _parse_cancel_immediately(d.pop("cancel_immediately", UNSET))

        def _parse_prorate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prorate = _parse_prorate(d.pop("prorate", UNSET))

        cancel_subscription_request = cls(
            company_id=company_id,
            cancel_immediately=cancel_immediately,
            prorate=prorate,
        )

        cancel_subscription_request.additional_properties = d
        return cancel_subscription_request

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
