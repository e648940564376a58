from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_export_status import DataExportStatus, check_data_export_status
from ..models.data_export_type import DataExportType, check_data_export_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDataExportsParams")


@_attrs_define
class ListDataExportsParams:
    """The parameters listDataExports was called with

    Attributes:
        export_type (DataExportType | Unset)
        limit (int | Unset)
        offset (int | Unset)
        status (DataExportStatus | Unset)
    """

    export_type: DataExportType | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    status: DataExportStatus | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_type: str | Unset = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type

        limit = self.limit

        offset = self.offset

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_type is not UNSET:
            field_dict["export_type"] = export_type
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _export_type = d.pop("export_type", UNSET)
        export_type: DataExportType | Unset
        if isinstance(_export_type, Unset):
            export_type = UNSET
        else:
            export_type = check_data_export_type(_export_type)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _status = d.pop("status", UNSET)
        status: DataExportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_data_export_status(_status)

        list_data_exports_params = cls(
            export_type=export_type,
            limit=limit,
            offset=offset,
            status=status,
        )

        list_data_exports_params.additional_properties = d
        return list_data_exports_params

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
