from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.get_feature_usage_by_company_params_keys import GetFeatureUsageByCompanyParamsKeys


T = TypeVar("T", bound="GetFeatureUsageByCompanyParams")


def _convert_keys(
    value: GetFeatureUsageByCompanyParamsKeys | Unset | Mapping[str, Any],
) -> GetFeatureUsageByCompanyParamsKeys | Unset:
    return cast(
        "GetFeatureUsageByCompanyParamsKeys | Unset",
        as_model(value, ".get_feature_usage_by_company_params_keys", "GetFeatureUsageByCompanyParamsKeys", __package__),
    )


@_attrs_define
class GetFeatureUsageByCompanyParams:
    """The parameters getFeatureUsageByCompany was called with

    Attributes:
        keys (GetFeatureUsageByCompanyParamsKeys | Unset)
    """

    keys: GetFeatureUsageByCompanyParamsKeys | Unset = _attrs_field(default=UNSET, converter=_convert_keys)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_feature_usage_by_company_params_keys import GetFeatureUsageByCompanyParamsKeys  # noqa: PLC0415

        d = dict(src_dict)
        _keys = d.pop("keys", UNSET)
        keys: GetFeatureUsageByCompanyParamsKeys | Unset
        if isinstance(_keys, Unset):
            keys = UNSET
        else:
            keys = GetFeatureUsageByCompanyParamsKeys.from_dict(_keys)

        get_feature_usage_by_company_params = cls(
            keys=keys,
        )

        get_feature_usage_by_company_params.additional_properties = d
        return get_feature_usage_by_company_params

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
