from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.check_flags_response_data import CheckFlagsResponseData
    from ..models.check_flags_response_params import CheckFlagsResponseParams


T = TypeVar("T", bound="CheckFlagsResponse")


def _convert_data(value: CheckFlagsResponseData | Mapping[str, Any]) -> CheckFlagsResponseData:
    return cast(
        "CheckFlagsResponseData", as_model(value, ".check_flags_response_data", "CheckFlagsResponseData", __package__)
    )


def _convert_params(value: CheckFlagsResponseParams | Mapping[str, Any]) -> CheckFlagsResponseParams:
    return cast(
        "CheckFlagsResponseParams",
        as_model(value, ".check_flags_response_params", "CheckFlagsResponseParams", __package__),
    )


@_attrs_define
class CheckFlagsResponse:
    """What checkFlags returns

    Attributes:
        data (CheckFlagsResponseData): Results of checking all flags for one context
        params (CheckFlagsResponseParams)
    """

    data: CheckFlagsResponseData = _attrs_field(converter=_convert_data)

    params: CheckFlagsResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.check_flags_response_data import CheckFlagsResponseData  # noqa: PLC0415
        from ..models.check_flags_response_params import CheckFlagsResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CheckFlagsResponseData.from_dict(d.pop("data"))

        params = CheckFlagsResponseParams.from_dict(d.pop("params"))

        check_flags_response = cls(
            data=data,
            params=params,
        )

        check_flags_response.additional_properties = d
        return check_flags_response

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
