from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_config_ordered_entitlement import CatalogConfigOrderedEntitlement


T = TypeVar("T", bound="CatalogConfigOrderedPlan")


@_attrs_define
class CatalogConfigOrderedPlan:
    """The `CatalogConfigOrderedPlan` object of the API.

    Attributes:
        plan_id (str)
        entitlements (list[CatalogConfigOrderedEntitlement] | None | Unset)
    """

    plan_id: str

    entitlements: list[CatalogConfigOrderedEntitlement] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        entitlements: list[dict[str, Any]] | None | Unset
        if isinstance(self.entitlements, Unset):
            entitlements = UNSET
        elif isinstance(self.entitlements, list):
            entitlements = []
            for entitlements_type_0_item_data in self.entitlements:
                entitlements_type_0_item = entitlements_type_0_item_data.to_dict()
                entitlements.append(entitlements_type_0_item)

        else:
            entitlements = self.entitlements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
            }
        )
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_config_ordered_entitlement import CatalogConfigOrderedEntitlement  # noqa: PLC0415

        d = dict(src_dict)
        plan_id = d.pop("plan_id")

        def _parse_entitlements(data: object) -> list[CatalogConfigOrderedEntitlement] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entitlements_type_0 = []
                _entitlements_type_0 = data
                for entitlements_type_0_item_data in _entitlements_type_0:
                    entitlements_type_0_item = CatalogConfigOrderedEntitlement.from_dict(entitlements_type_0_item_data)

                    entitlements_type_0.append(entitlements_type_0_item)

                return entitlements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CatalogConfigOrderedEntitlement] | None | Unset, data)

        entitlements = _parse_entitlements(d.pop("entitlements", UNSET))

        catalog_config_ordered_plan = cls(
            plan_id=plan_id,
            entitlements=entitlements,
        )

        catalog_config_ordered_plan.additional_properties = d
        return catalog_config_ordered_plan

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
