from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.credit_lease_response_data import CreditLeaseResponseData
    from ..models.extend_credit_lease_response_params import ExtendCreditLeaseResponseParams


T = TypeVar("T", bound="ExtendCreditLeaseResponse")


def _convert_data(value: CreditLeaseResponseData | Mapping[str, Any]) -> CreditLeaseResponseData:
    return cast(
        "CreditLeaseResponseData",
        as_model(value, ".credit_lease_response_data", "CreditLeaseResponseData", __package__),
    )


def _convert_params(value: ExtendCreditLeaseResponseParams | Mapping[str, Any]) -> ExtendCreditLeaseResponseParams:
    return cast(
        "ExtendCreditLeaseResponseParams",
        as_model(value, ".extend_credit_lease_response_params", "ExtendCreditLeaseResponseParams", __package__),
    )


@_attrs_define
class ExtendCreditLeaseResponse:
    """What extendCreditLease returns

    Attributes:
        data (CreditLeaseResponseData)
        params (ExtendCreditLeaseResponseParams)
    """

    data: CreditLeaseResponseData = _attrs_field(converter=_convert_data)

    params: ExtendCreditLeaseResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.credit_lease_response_data import CreditLeaseResponseData  # noqa: PLC0415
        from ..models.extend_credit_lease_response_params import ExtendCreditLeaseResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CreditLeaseResponseData.from_dict(d.pop("data"))

        params = ExtendCreditLeaseResponseParams.from_dict(d.pop("params"))

        extend_credit_lease_response = cls(
            data=data,
            params=params,
        )

        extend_credit_lease_response.additional_properties = d
        return extend_credit_lease_response

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
