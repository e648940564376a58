from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_segment_integration_status_response_params import GetSegmentIntegrationStatusResponseParams
    from ..models.segment_status_resp import SegmentStatusResp


T = TypeVar("T", bound="GetSegmentIntegrationStatusResponse")


def _convert_data(value: SegmentStatusResp | Mapping[str, Any]) -> SegmentStatusResp:
    return cast("SegmentStatusResp", as_model(value, ".segment_status_resp", "SegmentStatusResp", __package__))


def _convert_params(
    value: GetSegmentIntegrationStatusResponseParams | Mapping[str, Any],
) -> GetSegmentIntegrationStatusResponseParams:
    return cast(
        "GetSegmentIntegrationStatusResponseParams",
        as_model(
            value,
            ".get_segment_integration_status_response_params",
            "GetSegmentIntegrationStatusResponseParams",
            __package__,
        ),
    )


@_attrs_define
class GetSegmentIntegrationStatusResponse:
    """What getSegmentIntegrationStatus returns

    Attributes:
        data (SegmentStatusResp)
        params (GetSegmentIntegrationStatusResponseParams)
    """

    data: SegmentStatusResp = _attrs_field(converter=_convert_data)

    params: GetSegmentIntegrationStatusResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.get_segment_integration_status_response_params import GetSegmentIntegrationStatusResponseParams  # noqa: PLC0415
        from ..models.segment_status_resp import SegmentStatusResp  # noqa: PLC0415

        d = dict(src_dict)
        data = SegmentStatusResp.from_dict(d.pop("data"))

        params = GetSegmentIntegrationStatusResponseParams.from_dict(d.pop("params"))

        get_segment_integration_status_response = cls(
            data=data,
            params=params,
        )

        get_segment_integration_status_response.additional_properties = d
        return get_segment_integration_status_response

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
