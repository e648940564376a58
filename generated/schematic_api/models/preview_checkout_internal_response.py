from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model

if TYPE_CHECKING:
    from ..models.preview_checkout_internal_response_params import PreviewCheckoutInternalResponseParams
    from ..models.preview_subscription_change_response_data import PreviewSubscriptionChangeResponseData


T = TypeVar("T", bound="PreviewCheckoutInternalResponse")


def _convert_data(
    value: PreviewSubscriptionChangeResponseData | Mapping[str, Any],
) -> PreviewSubscriptionChangeResponseData:
    return cast(
        "PreviewSubscriptionChangeResponseData",
        as_model(
            value, ".preview_subscription_change_response_data", "PreviewSubscriptionChangeResponseData", __package__
        ),
    )


def _convert_params(
    value: PreviewCheckoutInternalResponseParams | Mapping[str, Any],
) -> PreviewCheckoutInternalResponseParams:
    return cast(
        "PreviewCheckoutInternalResponseParams",
        as_model(
            value, ".preview_checkout_internal_response_params", "PreviewCheckoutInternalResponseParams", __package__
        ),
    )


@_attrs_define
class PreviewCheckoutInternalResponse:
    """What previewCheckoutInternal returns

    Attributes:
        data (PreviewSubscriptionChangeResponseData)
        params (PreviewCheckoutInternalResponseParams)
    """

    data: PreviewSubscriptionChangeResponseData = _attrs_field(converter=_convert_data)

    params: PreviewCheckoutInternalResponseParams = _attrs_field(converter=_convert_params)

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
        from ..models.preview_checkout_internal_response_params import PreviewCheckoutInternalResponseParams  # noqa: PLC0415
        from ..models.preview_subscription_change_response_data import PreviewSubscriptionChangeResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = PreviewSubscriptionChangeResponseData.from_dict(d.pop("data"))

        params = PreviewCheckoutInternalResponseParams.from_dict(d.pop("params"))

        preview_checkout_internal_response = cls(
            data=data,
            params=params,
        )

        preview_checkout_internal_response.additional_properties = d
        return preview_checkout_internal_response

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
