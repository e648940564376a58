from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_summary_response_params import GetSummaryResponseParams
    from ..models.insights_summary_response_data import InsightsSummaryResponseData


T = TypeVar("T", bound="GetSummaryResponse")


def _convert_data(value: InsightsSummaryResponseData | Mapping[str, Any]) -> InsightsSummaryResponseData:
    return cast(
        "InsightsSummaryResponseData",
        as_model(value, ".insights_summary_response_data", "InsightsSummaryResponseData", __package__),
    )


def _convert_params(value: GetSummaryResponseParams | Mapping[str, Any]) -> GetSummaryResponseParams:
    return cast(
        "GetSummaryResponseParams",
        as_model(value, ".get_summary_response_params", "GetSummaryResponseParams", __package__),
    )


@_attrs_define
class GetSummaryResponse:
    """What getSummary returns

    Attributes:
        data (InsightsSummaryResponseData)
        params (GetSummaryResponseParams)
    """

    data: InsightsSummaryResponseData = _attrs_field(converter=_convert_data)

    params: GetSummaryResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.get_summary_response_params import GetSummaryResponseParams  # noqa: PLC0415
        from ..models.insights_summary_response_data import InsightsSummaryResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = InsightsSummaryResponseData.from_dict(d.pop("data"))

        params = GetSummaryResponseParams.from_dict(d.pop("params"))

        get_summary_response = cls(
            data=data,
            params=params,
        )

        get_summary_response.additional_properties = d
        return get_summary_response

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
