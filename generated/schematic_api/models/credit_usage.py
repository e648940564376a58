from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.credit_grant_detail import CreditGrantDetail
    from ..models.credit_usage_aggregation import CreditUsageAggregation
    from ..models.credit_usage_credit_grant_counts import CreditUsageCreditGrantCounts


T = TypeVar("T", bound="CreditUsage")


def _convert_credit_grant_counts(
    value: CreditUsageCreditGrantCounts | Unset | Mapping[str, Any],
) -> CreditUsageCreditGrantCounts | Unset:
    return cast(
        "CreditUsageCreditGrantCounts | Unset",
        as_model(value, ".credit_usage_credit_grant_counts", "CreditUsageCreditGrantCounts", __package__),
    )


def _convert_credit_grant_details(
    value: list[CreditGrantDetail] | Unset | Sequence[CreditGrantDetail | Mapping[str, Any]],
) -> list[CreditGrantDetail] | Unset:
    return cast(
        "list[CreditGrantDetail] | Unset",
        as_model_list(value, ".credit_grant_detail", "CreditGrantDetail", __package__),
    )


def _convert_usage_aggregation(
    value: CreditUsageAggregation | Unset | Mapping[str, Any],
) -> CreditUsageAggregation | Unset:
    return cast(
        "CreditUsageAggregation | Unset",
        as_model(value, ".credit_usage_aggregation", "CreditUsageAggregation", __package__),
    )


@_attrs_define
class CreditUsage:
    """The `CreditUsage` object of the API.

    Attributes:
        credit_consumption_rate (float | None | Unset)
        credit_grant_counts (CreditUsageCreditGrantCounts | Unset)
        credit_grant_details (list[CreditGrantDetail] | Unset)
        credit_remaining (float | None | Unset)
        credit_total (float | None | Unset)
        credit_type_icon (None | str | Unset)
        credit_type_name (None | str | Unset)
        credit_used (float | None | Unset)
        usage_aggregation (CreditUsageAggregation | Unset)
    """

    credit_consumption_rate: float | None | Unset = UNSET

    credit_grant_counts: CreditUsageCreditGrantCounts | Unset = _attrs_field(
        default=UNSET, converter=_convert_credit_grant_counts
    )

    credit_grant_details: list[CreditGrantDetail] | Unset = _attrs_field(
        default=UNSET, converter=_convert_credit_grant_details
    )

    credit_remaining: float | None | Unset = UNSET

    credit_total: float | None | Unset = UNSET

    credit_type_icon: None | str | Unset = UNSET

    credit_type_name: None | str | Unset = UNSET

    credit_used: float | None | Unset = UNSET

    usage_aggregation: CreditUsageAggregation | Unset = _attrs_field(
        default=UNSET, converter=_convert_usage_aggregation
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_consumption_rate: float | None | Unset
        if isinstance(self.credit_consumption_rate, Unset):
            credit_consumption_rate = UNSET
        else:
            credit_consumption_rate = self.credit_consumption_rate

        credit_grant_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_grant_counts, Unset):
            credit_grant_counts = self.credit_grant_counts.to_dict()

        credit_grant_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_grant_details, Unset):
            credit_grant_details = []
            for credit_grant_details_item_data in self.credit_grant_details:
                credit_grant_details_item = credit_grant_details_item_data.to_dict()
                credit_grant_details.append(credit_grant_details_item)

        credit_remaining: float | None | Unset
        if isinstance(self.credit_remaining, Unset):
            credit_remaining = UNSET
        else:
            credit_remaining = self.credit_remaining

        credit_total: float | None | Unset
        if isinstance(self.credit_total, Unset):
            credit_total = UNSET
        else:
            credit_total = self.credit_total

        credit_type_icon: None | str | Unset
        if isinstance(self.credit_type_icon, Unset):
            credit_type_icon = UNSET
        else:
            credit_type_icon = self.credit_type_icon

        credit_type_name: None | str | Unset
        if isinstance(self.credit_type_name, Unset):
            credit_type_name = UNSET
        else:
            credit_type_name = self.credit_type_name

        credit_used: float | None | Unset
        if isinstance(self.credit_used, Unset):
            credit_used = UNSET
        else:
            credit_used = self.credit_used

        usage_aggregation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_aggregation, Unset):
            usage_aggregation = self.usage_aggregation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_consumption_rate is not UNSET:
            field_dict["credit_consumption_rate"] = credit_consumption_rate
        if credit_grant_counts is not UNSET:
            field_dict["credit_grant_counts"] = credit_grant_counts
        if credit_grant_details is not UNSET:
            field_dict["credit_grant_details"] = credit_grant_details
        if credit_remaining is not UNSET:
            field_dict["credit_remaining"] = credit_remaining
        if credit_total is not UNSET:
            field_dict["credit_total"] = credit_total
        if credit_type_icon is not UNSET:
            field_dict["credit_type_icon"] = credit_type_icon
        if credit_type_name is not UNSET:
            field_dict["credit_type_name"] = credit_type_name
        if credit_used is not UNSET:
            field_dict["credit_used"] = credit_used
        if usage_aggregation is not UNSET:
            field_dict["usage_aggregation"] = usage_aggregation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_grant_detail import CreditGrantDetail  # noqa: PLC0415
        from ..models.credit_usage_aggregation import CreditUsageAggregation  # noqa: PLC0415
        from ..models.credit_usage_credit_grant_counts import CreditUsageCreditGrantCounts  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_credit_consumption_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_consumption_rate = _parse_credit_consumption_rate(d.pop("credit_consumption_rate", UNSET))

        _credit_grant_counts = d.pop("credit_grant_counts", UNSET)
        credit_grant_counts: CreditUsageCreditGrantCounts | Unset
        if isinstance(_credit_grant_counts, Unset):
            credit_grant_counts = UNSET
        else:
            credit_grant_counts = CreditUsageCreditGrantCounts.from_dict(_credit_grant_counts)

        _credit_grant_details = d.pop("credit_grant_details", UNSET)
        credit_grant_details: list[CreditGrantDetail] | Unset = UNSET
        if _credit_grant_details is not UNSET:
            credit_grant_details = []
            for credit_grant_details_item_data in _credit_grant_details:
                credit_grant_details_item = CreditGrantDetail.from_dict(credit_grant_details_item_data)

                credit_grant_details.append(credit_grant_details_item)

        def _parse_credit_remaining(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_remaining = _parse_credit_remaining(d.pop("credit_remaining", UNSET))

        def _parse_credit_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_total = _parse_credit_total(d.pop("credit_total", UNSET))

        def _parse_credit_type_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_type_icon = _parse_credit_type_icon(d.pop("credit_type_icon", UNSET))

        def _parse_credit_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_type_name = _parse_credit_type_name(d.pop("credit_type_name", UNSET))

        def _parse_credit_used(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_used = _parse_credit_used(d.pop("credit_used", UNSET))

        _usage_aggregation = d.pop("usage_aggregation", UNSET)
        usage_aggregation: CreditUsageAggregation | Unset
        if isinstance(_usage_aggregation, Unset):
            usage_aggregation = UNSET
        else:
            usage_aggregation = CreditUsageAggregation.from_dict(_usage_aggregation)

        credit_usage = cls(
            credit_consumption_rate=credit_consumption_rate,
            credit_grant_counts=credit_grant_counts,
            credit_grant_details=credit_grant_details,
            credit_remaining=credit_remaining,
            credit_total=credit_total,
            credit_type_icon=credit_type_icon,
            credit_type_name=credit_type_name,
            credit_used=credit_used,
            usage_aggregation=usage_aggregation,
        )

        credit_usage.additional_properties = d
        return credit_usage

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
