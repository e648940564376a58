from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.flag_detail_response_data import FlagDetailResponseData
    from ..models.update_flag_response_params import UpdateFlagResponseParams


T = TypeVar("T", bound="UpdateFlagResponse")


def _convert_data(value: FlagDetailResponseData | Mapping[str, Any]) -> FlagDetailResponseData:
    return cast(
        "FlagDetailResponseData", as_model(value, ".flag_detail_response_data", "FlagDetailResponseData", __package__)
    )


def _convert_params(value: UpdateFlagResponseParams | Mapping[str, Any]) -> UpdateFlagResponseParams:
    return cast(
        "UpdateFlagResponseParams",
        as_model(value, ".update_flag_response_params", "UpdateFlagResponseParams", __package__),
    )


@_attrs_define
class UpdateFlagResponse:
    """What updateFlag returns

    Attributes:
        data (FlagDetailResponseData): A flag with its feature, maintainer and rules
        params (UpdateFlagResponseParams)
    """

    data: FlagDetailResponseData = _attrs_field(converter=_convert_data)

    params: UpdateFlagResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.flag_detail_response_data import FlagDetailResponseData  # noqa: PLC0415
        from ..models.update_flag_response_params import UpdateFlagResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = FlagDetailResponseData.from_dict(d.pop("data"))

        params = UpdateFlagResponseParams.from_dict(d.pop("params"))

        update_flag_response = cls(
            data=data,
            params=params,
        )

        update_flag_response.additional_properties = d
        return update_flag_response

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
