from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.create_billing_customer_request_body_meta import CreateBillingCustomerRequestBodyMeta


T = TypeVar("T", bound="CreateBillingCustomerRequestBody")


def _convert_meta(
    value: CreateBillingCustomerRequestBodyMeta | Mapping[str, Any],
) -> CreateBillingCustomerRequestBodyMeta:
    return cast(
        "CreateBillingCustomerRequestBodyMeta",
        as_model(
            value, ".create_billing_customer_request_body_meta", "CreateBillingCustomerRequestBodyMeta", __package__
        ),
    )


@_attrs_define
class CreateBillingCustomerRequestBody:
    """The `CreateBillingCustomerRequestBody` object of the API.

    Attributes:
        email (str)
        external_id (str)
        meta (CreateBillingCustomerRequestBodyMeta)
        name (str)
        company_id (None | str | Unset)
        default_payment_method_id (None | str | Unset)
        provider_type (BillingProviderType | None | Unset)
    """

    email: str

    external_id: str

    meta: CreateBillingCustomerRequestBodyMeta = _attrs_field(converter=_convert_meta)

    name: str

    company_id: None | str | Unset = UNSET

    default_payment_method_id: None | str | Unset = UNSET

    provider_type: BillingProviderType | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        external_id = self.external_id

        meta = self.meta.to_dict()

        name = self.name

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        default_payment_method_id: None | str | Unset
        if isinstance(self.default_payment_method_id, Unset):
            default_payment_method_id = UNSET
        else:
            default_payment_method_id = self.default_payment_method_id

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
                "email": email,
                "external_id": external_id,
                "meta": meta,
                "name": name,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if default_payment_method_id is not UNSET:
            field_dict["default_payment_method_id"] = default_payment_method_id
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_billing_customer_request_body_meta import CreateBillingCustomerRequestBodyMeta  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        external_id = d.pop("external_id")

        meta = CreateBillingCustomerRequestBodyMeta.from_dict(d.pop("meta"))

        name = d.pop("name")

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_default_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_payment_method_id = _parse_default_payment_method_id(d.pop("default_payment_method_id", UNSET))

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

        create_billing_customer_request_body = cls(
            email=email,
            external_id=external_id,
            meta=meta,
            name=name,
            company_id=company_id,
            default_payment_method_id=default_payment_method_id,
            provider_type=provider_type,
        )

        create_billing_customer_request_body.additional_properties = d
        return create_billing_customer_request_body

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
