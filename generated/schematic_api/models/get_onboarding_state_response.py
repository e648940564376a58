from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.get_onboarding_state_resp import GetOnboardingStateResp
    from ..models.get_onboarding_state_response_params import GetOnboardingStateResponseParams


T = TypeVar("T", bound="GetOnboardingStateResponse")


def _convert_data(value: GetOnboardingStateResp | Mapping[str, Any]) -> GetOnboardingStateResp:
    return cast(
        "GetOnboardingStateResp", as_model(value, ".get_onboarding_state_resp", "GetOnboardingStateResp", __package__)
    )


def _convert_params(value: GetOnboardingStateResponseParams | Mapping[str, Any]) -> GetOnboardingStateResponseParams:
    return cast(
        "GetOnboardingStateResponseParams",
        as_model(value, ".get_onboarding_state_response_params", "GetOnboardingStateResponseParams", __package__),
    )


@_attrs_define
class GetOnboardingStateResponse:
    """What getOnboardingState returns

    Attributes:
        data (GetOnboardingStateResp)
        params (GetOnboardingStateResponseParams)
    """

    data: GetOnboardingStateResp = _attrs_field(converter=_convert_data)

    params: GetOnboardingStateResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.get_onboarding_state_resp import GetOnboardingStateResp  # noqa: PLC0415
        from ..models.get_onboarding_state_response_params import GetOnboardingStateResponseParams  # noqa: PLC0415

        d = dict(src_dict)
        data = GetOnboardingStateResp.from_dict(d.pop("data"))

        params = GetOnboardingStateResponseParams.from_dict(d.pop("params"))

        get_onboarding_state_response = cls(
            data=data,
            params=params,
        )

        get_onboarding_state_response.additional_properties = d
        return get_onboarding_state_response

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
