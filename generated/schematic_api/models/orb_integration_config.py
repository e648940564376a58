from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.orb_integration_config_type import OrbIntegrationConfigType, check_orb_integration_config_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrbIntegrationConfig")


@_attrs_define
class OrbIntegrationConfig:
    """The `OrbIntegrationConfig` object of the API.

    Attributes:
        type_ (OrbIntegrationConfigType)
        external_customer_id_key (None | str | Unset)
    """

    type_: OrbIntegrationConfigType

    external_customer_id_key: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        external_customer_id_key: None | str | Unset
        if isinstance(self.external_customer_id_key, Unset):
            external_customer_id_key = UNSET
        else:
            external_customer_id_key = self.external_customer_id_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if external_customer_id_key is not UNSET:
            field_dict["external_customer_id_key"] = external_customer_id_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_orb_integration_config_type(d.pop("type"))

        def _parse_external_customer_id_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_customer_id_key = _parse_external_customer_id_key(d.pop("external_customer_id_key", UNSET))

        orb_integration_config = cls(
            type_=type_,
            external_customer_id_key=external_customer_id_key,
        )

        orb_integration_config.additional_properties = d
        return orb_integration_config

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
