from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_matching_criteria import CompanyMatchingCriteria, check_company_matching_criteria
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartDataImportRequestBody")


@_attrs_define
class StartDataImportRequestBody:
    """The `StartDataImportRequestBody` object of the API.

    Attributes:
        integration_id (str)
        company_matching_criteria (CompanyMatchingCriteria | None | Unset)
        company_matching_field (None | str | Unset)
    """

    integration_id: str

    company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET

    company_matching_field: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        company_matching_criteria: None | str | Unset
        if isinstance(self.company_matching_criteria, Unset):
            company_matching_criteria = UNSET
        elif isinstance(self.company_matching_criteria, str):
            company_matching_criteria = self.company_matching_criteria
        else:
            company_matching_criteria = self.company_matching_criteria

        company_matching_field: None | str | Unset
        if isinstance(self.company_matching_field, Unset):
            company_matching_field = UNSET
        else:
            company_matching_field = self.company_matching_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if company_matching_criteria is not UNSET:
            field_dict["company_matching_criteria"] = company_matching_criteria
        if company_matching_field is not UNSET:
            field_dict["company_matching_field"] = company_matching_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        integration_id = d.pop("integration_id")

        def _parse_company_matching_criteria(data: object) -> CompanyMatchingCriteria | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_company_matching_criteria(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyMatchingCriteria | None | Unset, data)

        company_matching_criteria = _parse_company_matching_criteria(d.pop("company_matching_criteria", UNSET))

        def _parse_company_matching_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_matching_field = _parse_company_matching_field(d.pop("company_matching_field", UNSET))

        start_data_import_request_body = cls(
            integration_id=integration_id,
            company_matching_criteria=company_matching_criteria,
            company_matching_field=company_matching_field,
        )

        start_data_import_request_body.additional_properties = d
        return start_data_import_request_body

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
