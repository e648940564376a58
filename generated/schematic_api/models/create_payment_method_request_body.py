from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentMethodRequestBody")


@_attrs_define
class CreatePaymentMethodRequestBody:
    """The `CreatePaymentMethodRequestBody` object of the API.

    Attributes:
        customer_external_id (str)
        external_id (str)
        payment_method_type (str)
        account_last4 (None | str | Unset)
        account_name (None | str | Unset)
        bank_name (None | str | Unset)
        billing_email (None | str | Unset)
        billing_name (None | str | Unset)
        card_brand (None | str | Unset)
        card_exp_month (int | None | Unset)
        card_exp_year (int | None | Unset)
        card_last4 (None | str | Unset)
    """

    customer_external_id: str

    external_id: str

    payment_method_type: str

    account_last4: None | str | Unset = UNSET

    account_name: None | str | Unset = UNSET

    bank_name: None | str | Unset = UNSET

    billing_email: None | str | Unset = UNSET

    billing_name: None | str | Unset = UNSET

    card_brand: None | str | Unset = UNSET

    card_exp_month: int | None | Unset = UNSET

    card_exp_year: int | None | Unset = UNSET

    card_last4: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_external_id = self.customer_external_id

        external_id = self.external_id

        payment_method_type = self.payment_method_type

        account_last4: None | str | Unset
        if isinstance(self.account_last4, Unset):
            account_last4 = UNSET
        else:
            account_last4 = self.account_last4

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        billing_email: None | str | Unset
        if isinstance(self.billing_email, Unset):
            billing_email = UNSET
        else:
            billing_email = self.billing_email

        billing_name: None | str | Unset
        if isinstance(self.billing_name, Unset):
            billing_name = UNSET
        else:
            billing_name = self.billing_name

        card_brand: None | str | Unset
        if isinstance(self.card_brand, Unset):
            card_brand = UNSET
        else:
            card_brand = self.card_brand

        card_exp_month: int | None | Unset
        if isinstance(self.card_exp_month, Unset):
            card_exp_month = UNSET
        else:
            card_exp_month = self.card_exp_month

        card_exp_year: int | None | Unset
        if isinstance(self.card_exp_year, Unset):
            card_exp_year = UNSET
        else:
            card_exp_year = self.card_exp_year

        card_last4: None | str | Unset
        if isinstance(self.card_last4, Unset):
            card_last4 = UNSET
        else:
            card_last4 = self.card_last4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_external_id": customer_external_id,
                "external_id": external_id,
                "payment_method_type": payment_method_type,
            }
        )
        if account_last4 is not UNSET:
            field_dict["account_last4"] = account_last4
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        if billing_name is not UNSET:
            field_dict["billing_name"] = billing_name
        if card_brand is not UNSET:
            field_dict["card_brand"] = card_brand
        if card_exp_month is not UNSET:
            field_dict["card_exp_month"] = card_exp_month
        if card_exp_year is not UNSET:
            field_dict["card_exp_year"] = card_exp_year
        if card_last4 is not UNSET:
            field_dict["card_last4"] = card_last4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_external_id = d.pop("customer_external_id")

        external_id = d.pop("external_id")

        payment_method_type = d.pop("payment_method_type")

        def _parse_account_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_last4 = _parse_account_last4(d.pop("account_last4", UNSET))

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("account_name", UNSET))

        def _parse_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_name = _parse_bank_name(d.pop("bank_name", UNSET))

        def _parse_billing_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_email = _parse_billing_email(d.pop("billing_email", UNSET))

        def _parse_billing_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_name = _parse_billing_name(d.pop("billing_name", UNSET))

        def _parse_card_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_brand = _parse_card_brand(d.pop("card_brand", UNSET))

        def _parse_card_exp_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        card_exp_month = _parse_card_exp_month(d.pop("card_exp_month", UNSET))

        def _parse_card_exp_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        card_exp_year = _parse_card_exp_year(d.pop("card_exp_year", UNSET))

        def _parse_card_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_last4 = _parse_card_last4(d.pop("card_last4", UNSET))

        create_payment_method_request_body = cls(
            customer_external_id=customer_external_id,
            external_id=external_id,
            payment_method_type=payment_method_type,
            account_last4=account_last4,
            account_name=account_name,
            bank_name=bank_name,
            billing_email=billing_email,
            billing_name=billing_name,
            card_brand=card_brand,
            card_exp_month=card_exp_month,
            card_exp_year=card_exp_year,
            card_last4=card_last4,
        )

        create_payment_method_request_body.additional_properties = d
        return create_payment_method_request_body

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
