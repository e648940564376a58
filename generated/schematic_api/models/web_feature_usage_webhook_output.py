from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, parse_datetime

if TYPE_CHECKING:
    from ..models.company_detail_response_data import CompanyDetailResponseData
    from ..models.credit_usage import CreditUsage
    from ..models.feature_view import FeatureView


T = TypeVar("T", bound="WebFeatureUsageWebhookOutput")


def _convert_credit_usage(value: CreditUsage | Unset | Mapping[str, Any]) -> CreditUsage | Unset:
    return cast("CreditUsage | Unset", as_model(value, ".credit_usage", "CreditUsage", __package__))


def _convert_feature(value: FeatureView | Unset | Mapping[str, Any]) -> FeatureView | Unset:
    return cast("FeatureView | Unset", as_model(value, ".feature_view", "FeatureView", __package__))


def _convert_company(value: CompanyDetailResponseData | Unset | Mapping[str, Any]) -> CompanyDetailResponseData | Unset:
    return cast(
        "CompanyDetailResponseData | Unset",
        as_model(value, ".company_detail_response_data", "CompanyDetailResponseData", __package__),
    )


@_attrs_define
class WebFeatureUsageWebhookOutput:
    """The `WebFeatureUsageWebhookOutput` object of the API.

    Attributes:
        entitlement (str)
        allocation (int | None | Unset)
        credit_usage (CreditUsage | Unset)
        feature (FeatureView | Unset)
        metric_reset_at (datetime.datetime | None | Unset)
        usage (int | None | Unset)
        company (CompanyDetailResponseData | Unset): A company with its keys, traits, entitlements, metrics, plans and billing
    """

    entitlement: str

    allocation: int | None | Unset = UNSET

    credit_usage: CreditUsage | Unset = _attrs_field(default=UNSET, converter=_convert_credit_usage)

    feature: FeatureView | Unset = _attrs_field(default=UNSET, converter=_convert_feature)

    metric_reset_at: datetime.datetime | None | Unset = UNSET

    usage: int | None | Unset = UNSET

    company: CompanyDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entitlement = self.entitlement

        allocation: int | None | Unset
        if isinstance(self.allocation, Unset):
            allocation = UNSET
        else:
            allocation = self.allocation

        credit_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_usage, Unset):
            credit_usage = self.credit_usage.to_dict()

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        metric_reset_at: None | str | Unset
        if isinstance(self.metric_reset_at, Unset):
            metric_reset_at = UNSET
        elif isinstance(self.metric_reset_at, datetime.datetime):
            metric_reset_at = self.metric_reset_at.isoformat()
        else:
            metric_reset_at = self.metric_reset_at

        usage: int | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Entitlement": entitlement,
            }
        )
        if allocation is not UNSET:
            field_dict["Allocation"] = allocation
        if credit_usage is not UNSET:
            field_dict["CreditUsage"] = credit_usage
        if feature is not UNSET:
            field_dict["Feature"] = feature
        if metric_reset_at is not UNSET:
            field_dict["MetricResetAt"] = metric_reset_at
        if usage is not UNSET:
            field_dict["Usage"] = usage
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_detail_response_data import CompanyDetailResponseData  # noqa: PLC0415
        from ..models.credit_usage import CreditUsage  # noqa: PLC0415
        from ..models.feature_view import FeatureView  # noqa: PLC0415

        d = dict(src_dict)
        entitlement = d.pop("Entitlement")

        def _parse_allocation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        allocation = _parse_allocation(d.pop("Allocation", UNSET))

        _credit_usage = d.pop("CreditUsage", UNSET)
        credit_usage: CreditUsage | Unset
        if isinstance(_credit_usage, Unset):
            credit_usage = UNSET
        else:
            credit_usage = CreditUsage.from_dict(_credit_usage)

        _feature = d.pop("Feature", UNSET)
        feature: FeatureView | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = FeatureView.from_dict(_feature)

        def _parse_metric_reset_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return parse_datetime(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        metric_reset_at = _parse_metric_reset_at(d.pop("MetricResetAt", UNSET))

        def _parse_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage = _parse_usage(d.pop("Usage", UNSET))

        _company = d.pop("company", UNSET)
        company: CompanyDetailResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyDetailResponseData.from_dict(_company)

        web_feature_usage_webhook_output = cls(
            entitlement=entitlement,
            allocation=allocation,
            credit_usage=credit_usage,
            feature=feature,
            metric_reset_at=metric_reset_at,
            usage=usage,
            company=company,
        )

        web_feature_usage_webhook_output.additional_properties = d
        return web_feature_usage_webhook_output

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
