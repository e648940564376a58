from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.duplicate_plan_entitlements_response_params import DuplicatePlanEntitlementsResponseParams
    from ..models.duplicate_plan_entitlements_response_response_data import (
        DuplicatePlanEntitlementsResponseResponseData,
    )


T = TypeVar("T", bound="DuplicatePlanEntitlementsResponse")


def _convert_data(
    value: DuplicatePlanEntitlementsResponseResponseData | Mapping[str, Any],
) -> DuplicatePlanEntitlementsResponseResponseData:
    return cast(
        "DuplicatePlanEntitlementsResponseResponseData",
        as_model(
            value,
            ".duplicate_plan_entitlements_response_response_data",
            "DuplicatePlanEntitlementsResponseResponseData",
            __package__,
        ),
    )


def _convert_params(
    value: DuplicatePlanEntitlementsResponseParams | Mapping[str, Any],
) -> DuplicatePlanEntitlementsResponseParams:
    return cast(
        "DuplicatePlanEntitlementsResponseParams",
        as_model(
            value,
            ".duplicate_plan_entitlements_response_params",
            "DuplicatePlanEntitlementsResponseParams",
            __package__,
        ),
    )


@_attrs_define
class DuplicatePlanEntitlementsResponse:
    """What duplicatePlanEntitlements returns

    Attributes:
        data (DuplicatePlanEntitlementsResponseResponseData)
        params (DuplicatePlanEntitlementsResponseParams)
    """

    data: DuplicatePlanEntitlementsResponseResponseData = _attrs_field(converter=_convert_data)

    params: DuplicatePlanEntitlementsResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.duplicate_plan_entitlements_response_params import DuplicatePlanEntitlementsResponseParams  # noqa: PLC0415
        from ..models.duplicate_plan_entitlements_response_response_data import (
            DuplicatePlanEntitlementsResponseResponseData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data = DuplicatePlanEntitlementsResponseResponseData.from_dict(d.pop("data"))

        params = DuplicatePlanEntitlementsResponseParams.from_dict(d.pop("params"))

        duplicate_plan_entitlements_response = cls(
            data=data,
            params=params,
        )

        duplicate_plan_entitlements_response.additional_properties = d
        return duplicate_plan_entitlements_response

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
