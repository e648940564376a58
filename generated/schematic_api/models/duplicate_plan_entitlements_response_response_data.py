from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.plan_entitlement_response_data import PlanEntitlementResponseData
    from ..models.plan_issue_response_data import PlanIssueResponseData
    from ..models.skipped_entitlement_response_data import SkippedEntitlementResponseData


T = TypeVar("T", bound="DuplicatePlanEntitlementsResponseResponseData")


def _convert_data(
    value: list[PlanEntitlementResponseData] | Sequence[PlanEntitlementResponseData | Mapping[str, Any]],
) -> list[PlanEntitlementResponseData]:
    return cast(
        "list[PlanEntitlementResponseData]",
        as_model_list(value, ".plan_entitlement_response_data", "PlanEntitlementResponseData", __package__),
    )


def _convert_issues(
    value: list[PlanIssueResponseData] | Sequence[PlanIssueResponseData | Mapping[str, Any]],
) -> list[PlanIssueResponseData]:
    return cast(
        "list[PlanIssueResponseData]",
        as_model_list(value, ".plan_issue_response_data", "PlanIssueResponseData", __package__),
    )


def _convert_skipped(
    value: list[SkippedEntitlementResponseData] | Sequence[SkippedEntitlementResponseData | Mapping[str, Any]],
) -> list[SkippedEntitlementResponseData]:
    return cast(
        "list[SkippedEntitlementResponseData]",
        as_model_list(value, ".skipped_entitlement_response_data", "SkippedEntitlementResponseData", __package__),
    )


@_attrs_define
class DuplicatePlanEntitlementsResponseResponseData:
    """The `DuplicatePlanEntitlementsResponseResponseData` object of the API.

    Attributes:
        data (list[PlanEntitlementResponseData])
        issues (list[PlanIssueResponseData])
        skipped (list[SkippedEntitlementResponseData])
    """

    data: list[PlanEntitlementResponseData] = _attrs_field(converter=_convert_data)

    issues: list[PlanIssueResponseData] = _attrs_field(converter=_convert_issues)

    skipped: list[SkippedEntitlementResponseData] = _attrs_field(converter=_convert_skipped)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        issues = []
        for issues_item_data in self.issues:
            issues_item = issues_item_data.to_dict()
            issues.append(issues_item)

        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "issues": issues,
                "skipped": skipped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_entitlement_response_data import PlanEntitlementResponseData  # noqa: PLC0415
        from ..models.plan_issue_response_data import PlanIssueResponseData  # noqa: PLC0415
        from ..models.skipped_entitlement_response_data import SkippedEntitlementResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PlanEntitlementResponseData.from_dict(data_item_data)

            data.append(data_item)

        issues = []
        _issues = d.pop("issues")
        for issues_item_data in _issues:
            issues_item = PlanIssueResponseData.from_dict(issues_item_data)

            issues.append(issues_item)

        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in _skipped:
            skipped_item = SkippedEntitlementResponseData.from_dict(skipped_item_data)

            skipped.append(skipped_item)

        duplicate_plan_entitlements_response_response_data = cls(
            data=data,
            issues=issues,
            skipped=skipped,
        )

        duplicate_plan_entitlements_response_response_data.additional_properties = d
        return duplicate_plan_entitlements_response_response_data

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
