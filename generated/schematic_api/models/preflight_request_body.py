from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.preflight_event_usage_request_body import PreflightEventUsageRequestBody
    from ..models.preflight_request_body_credit_cost import PreflightRequestBodyCreditCost


T = TypeVar("T", bound="PreflightRequestBody")


def _convert_credit_cost(
    value: PreflightRequestBodyCreditCost | Unset | Mapping[str, Any],
) -> PreflightRequestBodyCreditCost | Unset:
    return cast(
        "PreflightRequestBodyCreditCost | Unset",
        as_model(value, ".preflight_request_body_credit_cost", "PreflightRequestBodyCreditCost", __package__),
    )


def _convert_event_usage(
    value: PreflightEventUsageRequestBody | Unset | Mapping[str, Any],
) -> PreflightEventUsageRequestBody | Unset:
    return cast(
        "PreflightEventUsageRequestBody | Unset",
        as_model(value, ".preflight_event_usage_request_body", "PreflightEventUsageRequestBody", __package__),
    )


@_attrs_define
class PreflightRequestBody:
    """The `PreflightRequestBody` object of the API.

    Attributes:
        credit_cost (PreflightRequestBodyCreditCost | Unset)
        event_usage (PreflightEventUsageRequestBody | Unset)
        usage (int | None | Unset)
    """

    credit_cost: PreflightRequestBodyCreditCost | Unset = _attrs_field(default=UNSET, converter=_convert_credit_cost)

    event_usage: PreflightEventUsageRequestBody | Unset = _attrs_field(default=UNSET, converter=_convert_event_usage)

    usage: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_cost, Unset):
            credit_cost = self.credit_cost.to_dict()

        event_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_usage, Unset):
            event_usage = self.event_usage.to_dict()

        usage: int | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_cost is not UNSET:
            field_dict["credit_cost"] = credit_cost
        if event_usage is not UNSET:
            field_dict["event_usage"] = event_usage
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preflight_event_usage_request_body import PreflightEventUsageRequestBody  # noqa: PLC0415
        from ..models.preflight_request_body_credit_cost import PreflightRequestBodyCreditCost  # noqa: PLC0415

        d = dict(src_dict)
        _credit_cost = d.pop("credit_cost", UNSET)
        credit_cost: PreflightRequestBodyCreditCost | Unset
        if isinstance(_credit_cost, Unset):
            credit_cost = UNSET
        else:
            credit_cost = PreflightRequestBodyCreditCost.from_dict(_credit_cost)

        _event_usage = d.pop("event_usage", UNSET)
        event_usage: PreflightEventUsageRequestBody | Unset
        if isinstance(_event_usage, Unset):
            event_usage = UNSET
        else:
            event_usage = PreflightEventUsageRequestBody.from_dict(_event_usage)

        def _parse_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        preflight_request_body = cls(
            credit_cost=credit_cost,
            event_usage=event_usage,
            usage=usage,
        )

        preflight_request_body.additional_properties = d
        return preflight_request_body

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
