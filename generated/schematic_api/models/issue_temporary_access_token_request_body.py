from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.temporary_access_token_resource_type import (
    TemporaryAccessTokenResourceType,
    check_temporary_access_token_resource_type,
)
from ..types import as_model

if TYPE_CHECKING:
    from ..models.issue_temporary_access_token_request_body_lookup import IssueTemporaryAccessTokenRequestBodyLookup


T = TypeVar("T", bound="IssueTemporaryAccessTokenRequestBody")


def _convert_lookup(
    value: IssueTemporaryAccessTokenRequestBodyLookup | Mapping[str, Any],
) -> IssueTemporaryAccessTokenRequestBodyLookup:
    return cast(
        "IssueTemporaryAccessTokenRequestBodyLookup",
        as_model(
            value,
            ".issue_temporary_access_token_request_body_lookup",
            "IssueTemporaryAccessTokenRequestBodyLookup",
            __package__,
        ),
    )


@_attrs_define
class IssueTemporaryAccessTokenRequestBody:
    """The `IssueTemporaryAccessTokenRequestBody` object of the API.

    Attributes:
        lookup (IssueTemporaryAccessTokenRequestBodyLookup)
        resource_type (TemporaryAccessTokenResourceType)
    """

    lookup: IssueTemporaryAccessTokenRequestBodyLookup = _attrs_field(converter=_convert_lookup)

    resource_type: TemporaryAccessTokenResourceType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lookup = self.lookup.to_dict()

        resource_type: str = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lookup": lookup,
                "resource_type": resource_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_temporary_access_token_request_body_lookup import IssueTemporaryAccessTokenRequestBodyLookup  # noqa: PLC0415

        d = dict(src_dict)
        lookup = IssueTemporaryAccessTokenRequestBodyLookup.from_dict(d.pop("lookup"))

        resource_type = check_temporary_access_token_resource_type(d.pop("resource_type"))

        issue_temporary_access_token_request_body = cls(
            lookup=lookup,
            resource_type=resource_type,
        )

        issue_temporary_access_token_request_body.additional_properties = d
        return issue_temporary_access_token_request_body

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
