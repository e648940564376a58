from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlanSnapshotView")


@_attrs_define
class PlanSnapshotView:
    """The `PlanSnapshotView` object of the API.

    Attributes:
        deleted (bool)
        description (str)
        icon (str)
        id (str)
        name (str)
    """

    deleted: bool

    description: str

    icon: str

    id: str

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        description = self.description

        icon = self.icon

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
                "description": description,
                "icon": icon,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted = d.pop("deleted")

        description = d.pop("description")

        icon = d.pop("icon")

        id = d.pop("id")

        name = d.pop("name")

        plan_snapshot_view = cls(
            deleted=deleted,
            description=description,
            icon=icon,
            id=id,
            name=name,
        )

        plan_snapshot_view.additional_properties = d
        return plan_snapshot_view

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
