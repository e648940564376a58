from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.check_flags_bulk_response_data import CheckFlagsBulkResponseData
    from ..models.check_flags_bulk_response_params import CheckFlagsBulkResponseParams


T = TypeVar("T", bound="CheckFlagsBulkResponse")


def _convert_data(value: CheckFlagsBulkResponseData | Mapping[str, Any]) -> CheckFlagsBulkResponseData:
    return cast(
        "CheckFlagsBulkResponseData",
        as_model(value, ".check_flags_bulk_response_data", "CheckFlagsBulkResponseData", __package__),
    )


def _convert_params(value: CheckFlagsBulkResponseParams | Mapping[str, Any]) -> CheckFlagsBulkResponseParams:
    return cast(
        "CheckFlagsBulkResponseParams",
        as_model(value, ".check_flags_bulk_response_params", "CheckFlagsBulkResponseParams", __package__),
    )


@_attrs_define
class CheckFlagsBulkResponse:
    """What checkFlagsBulk returns

    Attributes:
        data (CheckFlagsBulkResponseData)
        params (CheckFlagsBulkResponseParams)
    """

    data: CheckFlagsBulkResponseData = _attrs_field(converter=_convert_data)

    params: CheckFlagsBulkResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.check_flags_bulk_response_data import CheckFlagsBulkResponseData  # noqa: PLC0415
        from ..models.check_flags_bulk_response_params import CheckFlagsBulkResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = CheckFlagsBulkResponseData.from_dict(d.pop("data"))

        params = CheckFlagsBulkResponseParams.from_dict(d.pop("params"))

        check_flags_bulk_response = cls(
            data=data,
            params=params,
        )

        check_flags_bulk_response.additional_properties = d
        return check_flags_bulk_response

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
