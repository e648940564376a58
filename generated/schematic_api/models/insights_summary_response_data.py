from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.mrr_response_data import MrrResponseData


T = TypeVar("T", bound="InsightsSummaryResponseData")


def _convert_mrr(value: list[MrrResponseData] | Sequence[MrrResponseData | Mapping[str, Any]]) -> list[MrrResponseData]:
    return cast("list[MrrResponseData]", as_model_list(value, ".mrr_response_data", "MrrResponseData", __package__))


@_attrs_define
class InsightsSummaryResponseData:
    """The `InsightsSummaryResponseData` object of the API.

    Attributes:
        active_credits (float)
        mrr (list[MrrResponseData])
        paid_companies (int)
        total_companies (int)
        total_features (int)
        total_plans (int)
    """

    active_credits: float

    mrr: list[MrrResponseData] = _attrs_field(converter=_convert_mrr)

    paid_companies: int

    total_companies: int

    total_features: int

    total_plans: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_credits = self.active_credits

        mrr = []
        for mrr_item_data in self.mrr:
            mrr_item = mrr_item_data.to_dict()
            mrr.append(mrr_item)

        paid_companies = self.paid_companies

        total_companies = self.total_companies

        total_features = self.total_features

        total_plans = self.total_plans

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_credits": active_credits,
                "mrr": mrr,
                "paid_companies": paid_companies,
                "total_companies": total_companies,
                "total_features": total_features,
                "total_plans": total_plans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mrr_response_data import MrrResponseData  # noqa: PLC0415

        d = dict(src_dict)
        active_credits = d.pop("active_credits")

        mrr = []
        _mrr = d.pop("mrr")
        for mrr_item_data in _mrr:
            mrr_item = MrrResponseData.from_dict(mrr_item_data)

            mrr.append(mrr_item)

        paid_companies = d.pop("paid_companies")

        total_companies = d.pop("total_companies")

        total_features = d.pop("total_features")

        total_plans = d.pop("total_plans")

        insights_summary_response_data = cls(
            active_credits=active_credits,
            mrr=mrr,
            paid_companies=paid_companies,
            total_companies=total_companies,
            total_features=total_features,
            total_plans=total_plans,
        )

        insights_summary_response_data.additional_properties = d
        return insights_summary_response_data

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
