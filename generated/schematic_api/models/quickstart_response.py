from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.quickstart_resp import QuickstartResp
    from ..models.quickstart_response_params import QuickstartResponseParams


T = TypeVar("T", bound="QuickstartResponse")


def _convert_data(value: QuickstartResp | Mapping[str, Any]) -> QuickstartResp:
    return cast("QuickstartResp", as_model(value, ".quickstart_resp", "QuickstartResp", __package__))


def _convert_params(value: QuickstartResponseParams | Mapping[str, Any]) -> QuickstartResponseParams:
    return cast(
        "QuickstartResponseParams",
        as_model(value, ".quickstart_response_params", "QuickstartResponseParams", __package__),
    )


@_attrs_define
class QuickstartResponse:
    """What quickstart returns

    Attributes:
        data (QuickstartResp)
        params (QuickstartResponseParams)
    """

    data: QuickstartResp = _attrs_field(converter=_convert_data)

    params: QuickstartResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.quickstart_resp import QuickstartResp  # noqa: PLC0415
        from ..models.quickstart_response_params import QuickstartResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = QuickstartResp.from_dict(d.pop("data"))

        params = QuickstartResponseParams.from_dict(d.pop("params"))

        quickstart_response = cls(
            data=data,
            params=params,
        )

        quickstart_response.additional_properties = d
        return quickstart_response

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
