from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.delete_billing_plan_credit_grant_params import DeleteBillingPlanCreditGrantParams
    from ..models.delete_response import DeleteResponse


T = TypeVar("T", bound="DeleteBillingPlanCreditGrantResponse")


def _convert_data(value: DeleteResponse | Mapping[str, Any]) -> DeleteResponse:
    return cast("DeleteResponse", as_model(value, ".delete_response", "DeleteResponse", __package__))


def _convert_params(
    value: DeleteBillingPlanCreditGrantParams | Mapping[str, Any],
) -> DeleteBillingPlanCreditGrantParams:
    return cast(
        "DeleteBillingPlanCreditGrantParams",
        as_model(value, ".delete_billing_plan_credit_grant_params", "DeleteBillingPlanCreditGrantParams", __package__),
    )


@_attrs_define
class DeleteBillingPlanCreditGrantResponse:
    """What deleteBillingPlanCreditGrant returns

    Attributes:
        data (DeleteResponse)
        params (DeleteBillingPlanCreditGrantParams): The parameters deleteBillingPlanCreditGrant was called with
    """

    data: DeleteResponse = _attrs_field(converter=_convert_data)

    params: DeleteBillingPlanCreditGrantParams = _attrs_field(converter=_convert_params)

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
        from ..models.delete_billing_plan_credit_grant_params import DeleteBillingPlanCreditGrantParams  # noqa: PLC0415
        from ..models.delete_response import DeleteResponse  # noqa: PLC0415

        d = dict(src_dict)
        data = DeleteResponse.from_dict(d.pop("data"))

        params = DeleteBillingPlanCreditGrantParams.from_dict(d.pop("params"))

        delete_billing_plan_credit_grant_response = cls(
            data=data,
            params=params,
        )

        delete_billing_plan_credit_grant_response.additional_properties = d
        return delete_billing_plan_credit_grant_response

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
