from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.company_response_data import CompanyResponseData


T = TypeVar("T", bound="CompanyBillingEntityResponseData")


def _convert_billing_entity(value: CompanyResponseData | Unset | Mapping[str, Any]) -> CompanyResponseData | Unset:
    return cast(
        "CompanyResponseData | Unset", as_model(value, ".company_response_data", "CompanyResponseData", __package__)
    )


@_attrs_define
class CompanyBillingEntityResponseData:
    """The `CompanyBillingEntityResponseData` object of the API.

    Attributes:
        has_own_stripe_customer (bool)
        billing_entity (CompanyResponseData | Unset): Summary of a company
    """

    has_own_stripe_customer: bool

    billing_entity: CompanyResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_billing_entity)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_own_stripe_customer = self.has_own_stripe_customer

        billing_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_entity, Unset):
            billing_entity = self.billing_entity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_own_stripe_customer": has_own_stripe_customer,
            }
        )
        if billing_entity is not UNSET:
            field_dict["billing_entity"] = billing_entity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_response_data import CompanyResponseData  # noqa: PLC0415

        d = dict(src_dict)
        has_own_stripe_customer = d.pop("has_own_stripe_customer")

        _billing_entity = d.pop("billing_entity", UNSET)
        billing_entity: CompanyResponseData | Unset
        if isinstance(_billing_entity, Unset):
            billing_entity = UNSET
        else:
            billing_entity = CompanyResponseData.from_dict(_billing_entity)

        company_billing_entity_response_data = cls(
            has_own_stripe_customer=has_own_stripe_customer,
            billing_entity=billing_entity,
        )

        company_billing_entity_response_data.additional_properties = d
        return company_billing_entity_response_data

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
