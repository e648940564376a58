from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.list_feature_usage_params_company_keys import ListFeatureUsageParamsCompanyKeys


T = TypeVar("T", bound="ListFeatureUsageParams")


def _convert_company_keys(
    value: ListFeatureUsageParamsCompanyKeys | Unset | Mapping[str, Any],
) -> ListFeatureUsageParamsCompanyKeys | Unset:
    return cast(
        "ListFeatureUsageParamsCompanyKeys | Unset",
        as_model(value, ".list_feature_usage_params_company_keys", "ListFeatureUsageParamsCompanyKeys", __package__),
    )


@_attrs_define
class ListFeatureUsageParams:
    """The parameters listFeatureUsage was called with

    Attributes:
        company_id (str | Unset)
        company_keys (ListFeatureUsageParamsCompanyKeys | Unset)
        feature_ids (list[str] | Unset)
        include_usage_aggregation (bool | Unset)
        limit (int | Unset)
        managed_by (BillingProviderType | Unset)
        offset (int | Unset)
        q (str | Unset)
        without_negative_entitlements (bool | Unset)
    """

    company_id: str | Unset = UNSET

    company_keys: ListFeatureUsageParamsCompanyKeys | Unset = _attrs_field(
        default=UNSET, converter=_convert_company_keys
    )

    feature_ids: list[str] | Unset = UNSET

    include_usage_aggregation: bool | Unset = UNSET

    limit: int | Unset = UNSET

    managed_by: BillingProviderType | Unset = UNSET

    offset: int | Unset = UNSET

    q: str | Unset = UNSET

    without_negative_entitlements: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        company_keys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_keys, Unset):
            company_keys = self.company_keys.to_dict()

        feature_ids: list[str] | Unset = UNSET
        if not isinstance(self.feature_ids, Unset):
            feature_ids = self.feature_ids

        include_usage_aggregation = self.include_usage_aggregation

        limit = self.limit

        managed_by: str | Unset = UNSET
        if not isinstance(self.managed_by, Unset):
            managed_by = self.managed_by

        offset = self.offset

        q = self.q

        without_negative_entitlements = self.without_negative_entitlements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if company_keys is not UNSET:
            field_dict["company_keys"] = company_keys
        if feature_ids is not UNSET:
            field_dict["feature_ids"] = feature_ids
        if include_usage_aggregation is not UNSET:
            field_dict["include_usage_aggregation"] = include_usage_aggregation
        if limit is not UNSET:
            field_dict["limit"] = limit
        if managed_by is not UNSET:
            field_dict["managed_by"] = managed_by
        if offset is not UNSET:
            field_dict["offset"] = offset
        if q is not UNSET:
            field_dict["q"] = q
        if without_negative_entitlements is not UNSET:
            field_dict["without_negative_entitlements"] = without_negative_entitlements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_feature_usage_params_company_keys import ListFeatureUsageParamsCompanyKeys  # noqa: PLC0415

        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        _company_keys = d.pop("company_keys", UNSET)
        company_keys: ListFeatureUsageParamsCompanyKeys | Unset
        if isinstance(_company_keys, Unset):
            company_keys = UNSET
        else:
            company_keys = ListFeatureUsageParamsCompanyKeys.from_dict(_company_keys)

        feature_ids = cast(list[str], d.pop("feature_ids", UNSET))

        include_usage_aggregation = d.pop("include_usage_aggregation", UNSET)

        limit = d.pop("limit", UNSET)

        _managed_by = d.pop("managed_by", UNSET)
        managed_by: BillingProviderType | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = check_billing_provider_type(_managed_by)

        offset = d.pop("offset", UNSET)

        q = d.pop("q", UNSET)

        without_negative_entitlements = d.pop("without_negative_entitlements", UNSET)

        list_feature_usage_params = cls(
            company_id=company_id,
            company_keys=company_keys,
            feature_ids=feature_ids,
            include_usage_aggregation=include_usage_aggregation,
            limit=limit,
            managed_by=managed_by,
            offset=offset,
            q=q,
            without_negative_entitlements=without_negative_entitlements,
        )

        list_feature_usage_params.additional_properties = d
        return list_feature_usage_params

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
