from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.preview_subscription_change_response_data import PreviewSubscriptionChangeResponseData


T = TypeVar("T", bound="ManagePlanPreviewResponseResponseData")


def _convert_subscription_change_preview(
    value: PreviewSubscriptionChangeResponseData | Unset | Mapping[str, Any],
) -> PreviewSubscriptionChangeResponseData | Unset:
    return cast(
        "PreviewSubscriptionChangeResponseData | Unset",
        as_model(
            value, ".preview_subscription_change_response_data", "PreviewSubscriptionChangeResponseData", __package__
        ),
    )


@_attrs_define
class ManagePlanPreviewResponseResponseData:
    """The `ManagePlanPreviewResponseResponseData` object of the API.

    Attributes:
        subscription_change_preview (PreviewSubscriptionChangeResponseData | Unset)
    """

    subscription_change_preview: PreviewSubscriptionChangeResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_subscription_change_preview
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_change_preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_change_preview, Unset):
            subscription_change_preview = self.subscription_change_preview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_change_preview is not UNSET:
            field_dict["subscription_change_preview"] = subscription_change_preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preview_subscription_change_response_data import PreviewSubscriptionChangeResponseData  # noqa: PLC0415

        d = dict(src_dict)
        _subscription_change_preview = d.pop("subscription_change_preview", UNSET)
        subscription_change_preview: PreviewSubscriptionChangeResponseData | Unset
        if isinstance(_subscription_change_preview, Unset):
            subscription_change_preview = UNSET
        else:
            subscription_change_preview = PreviewSubscriptionChangeResponseData.from_dict(_subscription_change_preview)

        manage_plan_preview_response_response_data = cls(
            subscription_change_preview=subscription_change_preview,
        )

        manage_plan_preview_response_response_data.additional_properties = d
        return manage_plan_preview_response_response_data

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
