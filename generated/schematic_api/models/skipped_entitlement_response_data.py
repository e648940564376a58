from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.skipped_entitlement_error_response_data import SkippedEntitlementErrorResponseData


T = TypeVar("T", bound="SkippedEntitlementResponseData")


def _convert_errors(
    value: list[SkippedEntitlementErrorResponseData]
    | Sequence[SkippedEntitlementErrorResponseData | Mapping[str, Any]],
) -> list[SkippedEntitlementErrorResponseData]:
    return cast(
        "list[SkippedEntitlementErrorResponseData]",
        as_model_list(
            value, ".skipped_entitlement_error_response_data", "SkippedEntitlementErrorResponseData", __package__
        ),
    )


@_attrs_define
class SkippedEntitlementResponseData:
    """The `SkippedEntitlementResponseData` object of the API.

    Attributes:
        entitlement_id (str)
        errors (list[SkippedEntitlementErrorResponseData])
        feature_id (str)
        feature_name (str)
    """

    entitlement_id: str

    errors: list[SkippedEntitlementErrorResponseData] = _attrs_field(converter=_convert_errors)

    feature_id: str

    feature_name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entitlement_id = self.entitlement_id

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        feature_id = self.feature_id

        feature_name = self.feature_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entitlement_id": entitlement_id,
                "errors": errors,
                "feature_id": feature_id,
                "feature_name": feature_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skipped_entitlement_error_response_data import SkippedEntitlementErrorResponseData  # noqa: PLC0415

        d = dict(src_dict)
        entitlement_id = d.pop("entitlement_id")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = SkippedEntitlementErrorResponseData.from_dict(errors_item_data)

            errors.append(errors_item)

        feature_id = d.pop("feature_id")

        feature_name = d.pop("feature_name")

        skipped_entitlement_response_data = cls(
            entitlement_id=entitlement_id,
            errors=errors,
            feature_id=feature_id,
            feature_name=feature_name,
        )

        skipped_entitlement_response_data.additional_properties = d
        return skipped_entitlement_response_data

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
