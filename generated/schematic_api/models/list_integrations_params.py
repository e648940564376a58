from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_state import IntegrationState, check_integration_state
from ..models.integration_type import IntegrationType, check_integration_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListIntegrationsParams")


@_attrs_define
class ListIntegrationsParams:
    """The parameters listIntegrations was called with

    Attributes:
        billing_only (bool | Unset)
        exclude_ids (list[str] | Unset)
        id (str | Unset)
        limit (int | Unset)
        offset (int | Unset)
        state (IntegrationState | Unset)
        type_ (IntegrationType | Unset)
    """

    billing_only: bool | Unset = UNSET

    exclude_ids: list[str] | Unset = UNSET

    id: str | Unset = UNSET

    limit: int | Unset = UNSET

    offset: int | Unset = UNSET

    state: IntegrationState | Unset = UNSET

    type_: IntegrationType | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_only = self.billing_only

        exclude_ids: list[str] | Unset = UNSET
        if not isinstance(self.exclude_ids, Unset):
            exclude_ids = self.exclude_ids

        id = self.id

        limit = self.limit

        offset = self.offset

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_only is not UNSET:
            field_dict["billing_only"] = billing_only
        if exclude_ids is not UNSET:
            field_dict["exclude_ids"] = exclude_ids
        if id is not UNSET:
            field_dict["id"] = id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billing_only = d.pop("billing_only", UNSET)

        exclude_ids = cast(list[str], d.pop("exclude_ids", UNSET))

        id = d.pop("id", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _state = d.pop("state", UNSET)
        state: IntegrationState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_integration_state(_state)

        _type_ = d.pop("type", UNSET)
        type_: IntegrationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_integration_type(_type_)

        list_integrations_params = cls(
            billing_only=billing_only,
            exclude_ids=exclude_ids,
            id=id,
            limit=limit,
            offset=offset,
            state=state,
            type_=type_,
        )

        list_integrations_params.additional_properties = d
        return list_integrations_params

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
