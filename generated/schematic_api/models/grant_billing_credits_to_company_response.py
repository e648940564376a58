from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.billing_credit_grant_response_data import BillingCreditGrantResponseData
    from ..models.grant_billing_credits_to_company_response_params import GrantBillingCreditsToCompanyResponseParams


T = TypeVar("T", bound="GrantBillingCreditsToCompanyResponse")


def _convert_data(value: BillingCreditGrantResponseData | Mapping[str, Any]) -> BillingCreditGrantResponseData:
    return cast(
        "BillingCreditGrantResponseData",
        as_model(value, ".billing_credit_grant_response_data", "BillingCreditGrantResponseData", __package__),
    )


def _convert_params(
    value: GrantBillingCreditsToCompanyResponseParams | Mapping[str, Any],
) -> GrantBillingCreditsToCompanyResponseParams:
    return cast(
        "GrantBillingCreditsToCompanyResponseParams",
        as_model(
            value,
            ".grant_billing_credits_to_company_response_params",
            "GrantBillingCreditsToCompanyResponseParams",
            __package__,
        ),
    )


@_attrs_define
class GrantBillingCreditsToCompanyResponse:
    """What grantBillingCreditsToCompany returns

    Attributes:
        data (BillingCreditGrantResponseData)
        params (GrantBillingCreditsToCompanyResponseParams)
    """

    data: BillingCreditGrantResponseData = _attrs_field(converter=_convert_data)

    params: GrantBillingCreditsToCompanyResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.billing_credit_grant_response_data import BillingCreditGrantResponseData  # noqa: PLC0415
        from ..models.grant_billing_credits_to_company_response_params import GrantBillingCreditsToCompanyResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = BillingCreditGrantResponseData.from_dict(d.pop("data"))

        params = GrantBillingCreditsToCompanyResponseParams.from_dict(d.pop("params"))

        grant_billing_credits_to_company_response = cls(
            data=data,
            params=params,
        )

        grant_billing_credits_to_company_response.additional_properties = d
        return grant_billing_credits_to_company_response

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
