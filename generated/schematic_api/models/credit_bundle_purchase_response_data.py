from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.billing_credit_bundle_response_data import BillingCreditBundleResponseData


T = TypeVar("T", bound="CreditBundlePurchaseResponseData")


def _convert_bundle(
    value: BillingCreditBundleResponseData | Unset | Mapping[str, Any],
) -> BillingCreditBundleResponseData | Unset:
    return cast(
        "BillingCreditBundleResponseData | Unset",
        as_model(value, ".billing_credit_bundle_response_data", "BillingCreditBundleResponseData", __package__),
    )


@_attrs_define
class CreditBundlePurchaseResponseData:
    """The `CreditBundlePurchaseResponseData` object of the API.

    Attributes:
        quantity (int)
        total (int)
        bundle (BillingCreditBundleResponseData | Unset)
    """

    quantity: int

    total: int

    bundle: BillingCreditBundleResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_bundle)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        total = self.total

        bundle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bundle, Unset):
            bundle = self.bundle.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "total": total,
            }
        )
        if bundle is not UNSET:
            field_dict["bundle"] = bundle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_credit_bundle_response_data import BillingCreditBundleResponseData  # noqa: PLC0415

        d = dict(src_dict)
        quantity = d.pop("quantity")

        total = d.pop("total")

        _bundle = d.pop("bundle", UNSET)
        bundle: BillingCreditBundleResponseData | Unset
        if isinstance(_bundle, Unset):
            bundle = UNSET
        else:
            bundle = BillingCreditBundleResponseData.from_dict(_bundle)

        credit_bundle_purchase_response_data = cls(
            quantity=quantity,
            total=total,
            bundle=bundle,
        )

        credit_bundle_purchase_response_data.additional_properties = d
        return credit_bundle_purchase_response_data

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
