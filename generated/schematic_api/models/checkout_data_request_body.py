from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutDataRequestBody")


@_attrs_define
class CheckoutDataRequestBody:
    """The `CheckoutDataRequestBody` object of the API.

    Attributes:
        company_id (str)
        currency (None | str | Unset)
        selected_plan_id (None | str | Unset)
    """

    company_id: str

    currency: None | str | Unset = UNSET

    selected_plan_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        selected_plan_id: None | str | Unset
        if isinstance(self.selected_plan_id, Unset):
            selected_plan_id = UNSET
        else:
            selected_plan_id = self.selected_plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if selected_plan_id is not UNSET:
            field_dict["selected_plan_id"] = selected_plan_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_selected_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_plan_id = _parse_selected_plan_id(d.pop("selected_plan_id", UNSET))

        checkout_data_request_body = cls(
            company_id=company_id,
            currency=currency,
            selected_plan_id=selected_plan_id,
        )

        checkout_data_request_body.additional_properties = d
        return checkout_data_request_body

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
