from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.billing_credit_response_data import BillingCreditResponseData
    from ..models.get_single_billing_credit_response_params import GetSingleBillingCreditResponseParams


T = TypeVar("T", bound="GetSingleBillingCreditResponse")


def _convert_data(value: BillingCreditResponseData | Mapping[str, Any]) -> BillingCreditResponseData:
    return cast(
        "BillingCreditResponseData",
        as_model(value, ".billing_credit_response_data", "BillingCreditResponseData", __package__),
    )


def _convert_params(
    value: GetSingleBillingCreditResponseParams | Mapping[str, Any],
) -> GetSingleBillingCreditResponseParams:
    return cast(
        "GetSingleBillingCreditResponseParams",
        as_model(
            value, ".get_single_billing_credit_response_params", "GetSingleBillingCreditResponseParams", __package__
        ),
    )


@_attrs_define
class GetSingleBillingCreditResponse:
    """What getSingleBillingCredit returns

    Attributes:
        data (BillingCreditResponseData)
        params (GetSingleBillingCreditResponseParams)
    """

    data: BillingCreditResponseData = _attrs_field(converter=_convert_data)

    params: GetSingleBillingCreditResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.billing_credit_response_data import BillingCreditResponseData  # noqa: PLC0415
        from ..models.get_single_billing_credit_response_params import GetSingleBillingCreditResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = BillingCreditResponseData.from_dict(d.pop("data"))

        params = GetSingleBillingCreditResponseParams.from_dict(d.pop("params"))

        get_single_billing_credit_response = cls(
            data=data,
            params=params,
        )

        get_single_billing_credit_response.additional_properties = d
        return get_single_billing_credit_response

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
