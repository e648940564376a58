from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migration_error_code import MigrationErrorCode, check_migration_error_code

T = TypeVar("T", bound="RetryMigrationRequestBody")


@_attrs_define
class RetryMigrationRequestBody:
    """The `RetryMigrationRequestBody` object of the API.

    Attributes:
        error_codes (list[MigrationErrorCode])
    """

    error_codes: list[MigrationErrorCode]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_codes = []
        for error_codes_item_data in self.error_codes:
            error_codes_item: str = error_codes_item_data
            error_codes.append(error_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_codes": error_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_codes = []
        _error_codes = d.pop("error_codes")
        for error_codes_item_data in _error_codes:
            error_codes_item = check_migration_error_code(error_codes_item_data)

            error_codes.append(error_codes_item)

        retry_migration_request_body = cls(
            error_codes=error_codes,
        )

        retry_migration_request_body.additional_properties = d
        return retry_migration_request_body

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
