from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_integration_config_type import StripeIntegrationConfigType, check_stripe_integration_config_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeIntegrationConfig")


@_attrs_define
class StripeIntegrationConfig:
    """The `StripeIntegrationConfig` object of the API.

    Attributes:
        is_sandbox (bool)
        live_mode (bool)
        type_ (StripeIntegrationConfigType)
        account_id (None | str | Unset)
        account_name (None | str | Unset)
        company_update_only (bool | Unset)
        onboard_url (None | str | Unset)
        return_to (None | str | Unset)
    """

    is_sandbox: bool

    live_mode: bool

    type_: StripeIntegrationConfigType

    account_id: None | str | Unset = UNSET

    account_name: None | str | Unset = UNSET

    company_update_only: bool | Unset = UNSET

    onboard_url: None | str | Unset = UNSET

    return_to: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_sandbox = self.is_sandbox

        live_mode = self.live_mode

        type_: str = self.type_

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        company_update_only = self.company_update_only

        onboard_url: None | str | Unset
        if isinstance(self.onboard_url, Unset):
            onboard_url = UNSET
        else:
            onboard_url = self.onboard_url

        return_to: None | str | Unset
        if isinstance(self.return_to, Unset):
            return_to = UNSET
        else:
            return_to = self.return_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_sandbox": is_sandbox,
                "live_mode": live_mode,
                "type": type_,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if company_update_only is not UNSET:
            field_dict["company_update_only"] = company_update_only
        if onboard_url is not UNSET:
            field_dict["onboard_url"] = onboard_url
        if return_to is not UNSET:
            field_dict["return_to"] = return_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_sandbox = d.pop("is_sandbox")

        live_mode = d.pop("live_mode")

        type_ = check_stripe_integration_config_type(d.pop("type"))

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("account_name", UNSET))

        company_update_only = d.pop("company_update_only", UNSET)

        def _parse_onboard_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        onboard_url = _parse_onboard_url(d.pop("onboard_url", UNSET))

        def _parse_return_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_to = _parse_return_to(d.pop("return_to", UNSET))

        stripe_integration_config = cls(
            is_sandbox=is_sandbox,
            live_mode=live_mode,
            type_=type_,
            account_id=account_id,
            account_name=account_name,
            company_update_only=company_update_only,
            onboard_url=onboard_url,
            return_to=return_to,
        )

        stripe_integration_config.additional_properties = d
        return stripe_integration_config

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
