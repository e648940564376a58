from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.checkout_internal_response_params import CheckoutInternalResponseParams
    from ..models.checkout_subscription import CheckoutSubscription


T = TypeVar("T", bound="CheckoutInternalResponse")


def _convert_data(value: CheckoutSubscription | Mapping[str, Any]) -> CheckoutSubscription:
    return cast("CheckoutSubscription", as_model(value, ".checkout_subscription", "CheckoutSubscription", __package__))


def _convert_params(value: CheckoutInternalResponseParams | Mapping[str, Any]) -> CheckoutInternalResponseParams:
    return cast(
        "CheckoutInternalResponseParams",
        as_model(value, ".checkout_internal_response_params", "CheckoutInternalResponseParams", __package__),
    )


@_attrs_define
class CheckoutInternalResponse:
    """What checkoutInternal returns

    Attributes:
        data (CheckoutSubscription)
        params (CheckoutInternalResponseParams)
    """

    data: CheckoutSubscription = _attrs_field(converter=_convert_data)

    params: CheckoutInternalResponseParams = _attrs_field(converter=_convert_params)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_internal_response_params import CheckoutInternalResponseParams  # noqa: PLC0415
        from ..models.checkout_subscription import CheckoutSubscription  # noqa: PLC0415

        d = dict(src_dict)
        data = CheckoutSubscription.from_dict(d.pop("data"))

        params = CheckoutInternalResponseParams.from_dict(d.pop("params"))

        checkout_internal_response = cls(
            data=data,
            params=params,
        )

        checkout_internal_response.additional_properties = d
        return checkout_internal_response

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
