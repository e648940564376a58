from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model_list

if TYPE_CHECKING:
    from ..models.catalog_config_ordered_entitlement_response_data import CatalogConfigOrderedEntitlementResponseData


T = TypeVar("T", bound="CatalogConfigOrderedPlanResponseData")


def _convert_entitlements(
    value: list[CatalogConfigOrderedEntitlementResponseData]
    | Sequence[CatalogConfigOrderedEntitlementResponseData | Mapping[str, Any]],
) -> list[CatalogConfigOrderedEntitlementResponseData]:
    return cast(
        "list[CatalogConfigOrderedEntitlementResponseData]",
        as_model_list(
            value,
            ".catalog_config_ordered_entitlement_response_data",
            "CatalogConfigOrderedEntitlementResponseData",
            __package__,
        ),
    )


@_attrs_define
class CatalogConfigOrderedPlanResponseData:
    """The `CatalogConfigOrderedPlanResponseData` object of the API.

    Attributes:
        entitlements (list[CatalogConfigOrderedEntitlementResponseData])
        plan_id (str)
    """

    entitlements: list[CatalogConfigOrderedEntitlementResponseData] = _attrs_field(converter=_convert_entitlements)

    plan_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        plan_id = self.plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entitlements": entitlements,
                "plan_id": plan_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_config_ordered_entitlement_response_data import (
            CatalogConfigOrderedEntitlementResponseData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = CatalogConfigOrderedEntitlementResponseData.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        plan_id = d.pop("plan_id")

        catalog_config_ordered_plan_response_data = cls(
            entitlements=entitlements,
            plan_id=plan_id,
        )

        catalog_config_ordered_plan_response_data.additional_properties = d
        return catalog_config_ordered_plan_response_data

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
