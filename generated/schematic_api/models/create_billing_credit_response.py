from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.billing_credit_response_data import BillingCreditResponseData
    from ..models.create_billing_credit_response_params import CreateBillingCreditResponseParams


T = TypeVar("T", bound="CreateBillingCreditResponse")


def _convert_data(value: BillingCreditResponseData | Mapping[str, Any]) -> BillingCreditResponseData:
    return cast(
        "BillingCreditResponseData",
        as_model(value, ".billing_credit_response_data", "BillingCreditResponseData", __package__),
    )


def _convert_params(value: CreateBillingCreditResponseParams | Mapping[str, Any]) -> CreateBillingCreditResponseParams:
    return cast(
        "CreateBillingCreditResponseParams",
        as_model(value, ".create_billing_credit_response_params", "CreateBillingCreditResponseParams", __package__),
    )


@_attrs_define
class CreateBillingCreditResponse:
    """What createBillingCredit returns

    Attributes:
        data (BillingCreditResponseData)
        params (CreateBillingCreditResponseParams)
    """

    data: BillingCreditResponseData = _attrs_field(converter=_convert_data)

    params: CreateBillingCreditResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.create_billing_credit_response_params import CreateBillingCreditResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = BillingCreditResponseData.from_dict(d.pop("data"))

        params = CreateBillingCreditResponseParams.from_dict(d.pop("params"))

        create_billing_credit_response = cls(
            data=data,
            params=params,
        )

        create_billing_credit_response.additional_properties = d
        return create_billing_credit_response

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
