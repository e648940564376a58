from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_public_plans_response_params import GetPublicPlansResponseParams
    from ..models.public_plans_response_data import PublicPlansResponseData


T = TypeVar("T", bound="GetPublicPlansResponse")


def _convert_data(value: PublicPlansResponseData | Mapping[str, Any]) -> PublicPlansResponseData:
    return cast(
        "PublicPlansResponseData",
        as_model(value, ".public_plans_response_data", "PublicPlansResponseData", __package__),
    )


def _convert_params(value: GetPublicPlansResponseParams | Mapping[str, Any]) -> GetPublicPlansResponseParams:
    return cast(
        "GetPublicPlansResponseParams",
        as_model(value, ".get_public_plans_response_params", "GetPublicPlansResponseParams", __package__),
    )


@_attrs_define
class GetPublicPlansResponse:
    """What getPublicPlans returns

    Attributes:
        data (PublicPlansResponseData)
        params (GetPublicPlansResponseParams)
    """

    data: PublicPlansResponseData = _attrs_field(converter=_convert_data)

    params: GetPublicPlansResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.get_public_plans_response_params import GetPublicPlansResponseParams  # noqa: PLC0415
        from ..models.public_plans_response_data import PublicPlansResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = PublicPlansResponseData.from_dict(d.pop("data"))

        params = GetPublicPlansResponseParams.from_dict(d.pop("params"))

        get_public_plans_response = cls(
            data=data,
            params=params,
        )

        get_public_plans_response.additional_properties = d
        return get_public_plans_response

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
