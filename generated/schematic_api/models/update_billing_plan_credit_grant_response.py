from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.billing_plan_credit_grant_response_data import BillingPlanCreditGrantResponseData
    from ..models.update_billing_plan_credit_grant_response_params import UpdateBillingPlanCreditGrantResponseParams


T = TypeVar("T", bound="UpdateBillingPlanCreditGrantResponse")


def _convert_data(value: BillingPlanCreditGrantResponseData | Mapping[str, Any]) -> BillingPlanCreditGrantResponseData:
    return cast(
        "BillingPlanCreditGrantResponseData",
        as_model(value, ".billing_plan_credit_grant_response_data", "BillingPlanCreditGrantResponseData", __package__),
    )


def _convert_params(
    value: UpdateBillingPlanCreditGrantResponseParams | Mapping[str, Any],
) -> UpdateBillingPlanCreditGrantResponseParams:
    return cast(
        "UpdateBillingPlanCreditGrantResponseParams",
        as_model(
            value,
            ".update_billing_plan_credit_grant_response_params",
            "UpdateBillingPlanCreditGrantResponseParams",
            __package__,
        ),
    )


@_attrs_define
class UpdateBillingPlanCreditGrantResponse:
    """What updateBillingPlanCreditGrant returns

    Attributes:
        data (BillingPlanCreditGrantResponseData)
        params (UpdateBillingPlanCreditGrantResponseParams)
    """

    data: BillingPlanCreditGrantResponseData = _attrs_field(converter=_convert_data)

    params: UpdateBillingPlanCreditGrantResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.billing_plan_credit_grant_response_data import BillingPlanCreditGrantResponseData  # noqa: PLC0415
        from ..models.update_billing_plan_credit_grant_response_params import UpdateBillingPlanCreditGrantResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = BillingPlanCreditGrantResponseData.from_dict(d.pop("data"))

        params = UpdateBillingPlanCreditGrantResponseParams.from_dict(d.pop("params"))

        update_billing_plan_credit_grant_response = cls(
            data=data,
            params=params,
        )

        update_billing_plan_credit_grant_response.additional_properties = d
        return update_billing_plan_credit_grant_response

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
