from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBillingProductRequestBody")


@_attrs_define
class CreateBillingProductRequestBody:
    """The `CreateBillingProductRequestBody` object of the API.

    Attributes:
        external_id (str)
        price (float)
        is_active (bool | None | Unset)
        name (None | str | Unset)
        provider_type (BillingProviderType | None | Unset)
    """

    external_id: str

    price: float

    is_active: bool | None | Unset = UNSET

    name: None | str | Unset = UNSET

    provider_type: BillingProviderType | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        price = self.price

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        elif isinstance(self.provider_type, str):
            provider_type = self.provider_type
        else:
            provider_type = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "price": price,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if name is not UNSET:
            field_dict["name"] = name
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        price = d.pop("price")

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_provider_type(data: object) -> BillingProviderType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_billing_provider_type(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingProviderType | None | Unset, data)

        provider_type = _parse_provider_type(d.pop("provider_type", UNSET))

        create_billing_product_request_body = cls(
            external_id=external_id,
            price=price,
            is_active=is_active,
            name=name,
            provider_type=provider_type,
        )

        create_billing_product_request_body.additional_properties = d
        return create_billing_product_request_body

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
