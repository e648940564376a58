from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_request_type import WebhookRequestType, check_webhook_request_type
from ..models.webhook_status import WebhookStatus, check_webhook_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_trigger_config import CreditTriggerConfig
    from ..models.entitlement_trigger_config import EntitlementTriggerConfig


T = TypeVar("T", bound="UpdateWebhookRequestBody")


@_attrs_define
class UpdateWebhookRequestBody:
    """The `UpdateWebhookRequestBody` object of the API.

    Attributes:
        credit_trigger_configs (list[CreditTriggerConfig] | None | Unset)
        entitlement_trigger_configs (list[EntitlementTriggerConfig] | None | Unset)
        name (None | str | Unset)
        request_types (list[WebhookRequestType] | None | Unset)
        status (None | Unset | WebhookStatus)
        url (None | str | Unset)
    """

    credit_trigger_configs: list[CreditTriggerConfig] | None | Unset = UNSET

    entitlement_trigger_configs: list[EntitlementTriggerConfig] | None | Unset = UNSET

    name: None | str | Unset = UNSET

    request_types: list[WebhookRequestType] | None | Unset = UNSET

    status: None | Unset | WebhookStatus = UNSET

    url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_trigger_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.credit_trigger_configs, Unset):
            credit_trigger_configs = UNSET
        elif isinstance(self.credit_trigger_configs, list):
            credit_trigger_configs = []
            for credit_trigger_configs_type_0_item_data in self.credit_trigger_configs:
                credit_trigger_configs_type_0_item = credit_trigger_configs_type_0_item_data.to_dict()
                credit_trigger_configs.append(credit_trigger_configs_type_0_item)

        else:
            credit_trigger_configs = self.credit_trigger_configs

        entitlement_trigger_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.entitlement_trigger_configs, Unset):
            entitlement_trigger_configs = UNSET
        elif isinstance(self.entitlement_trigger_configs, list):
            entitlement_trigger_configs = []
            for entitlement_trigger_configs_type_0_item_data in self.entitlement_trigger_configs:
                entitlement_trigger_configs_type_0_item = entitlement_trigger_configs_type_0_item_data.to_dict()
                entitlement_trigger_configs.append(entitlement_trigger_configs_type_0_item)

        else:
            entitlement_trigger_configs = self.entitlement_trigger_configs

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        request_types: list[str] | None | Unset
        if isinstance(self.request_types, Unset):
            request_types = UNSET
        elif isinstance(self.request_types, list):
            request_types = []
            for request_types_type_0_item_data in self.request_types:
                request_types_type_0_item: str = request_types_type_0_item_data
                request_types.append(request_types_type_0_item)

        else:
            request_types = self.request_types

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_trigger_configs is not UNSET:
            field_dict["credit_trigger_configs"] = credit_trigger_configs
        if entitlement_trigger_configs is not UNSET:
            field_dict["entitlement_trigger_configs"] = entitlement_trigger_configs
        if name is not UNSET:
            field_dict["name"] = name
        if request_types is not UNSET:
            field_dict["request_types"] = request_types
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_trigger_config import CreditTriggerConfig  # noqa: PLC0415
        from ..models.entitlement_trigger_config import EntitlementTriggerConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_credit_trigger_configs(data: object) -> list[CreditTriggerConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                credit_trigger_configs_type_0 = []
                _credit_trigger_configs_type_0 = data
                for credit_trigger_configs_type_0_item_data in _credit_trigger_configs_type_0:
                    credit_trigger_configs_type_0_item = CreditTriggerConfig.from_dict(
                        credit_trigger_configs_type_0_item_data
                    )

                    credit_trigger_configs_type_0.append(credit_trigger_configs_type_0_item)

                return credit_trigger_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreditTriggerConfig] | None | Unset, data)

        credit_trigger_configs = _parse_credit_trigger_configs(d.pop("credit_trigger_configs", UNSET))

        def _parse_entitlement_trigger_configs(data: object) -> list[EntitlementTriggerConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entitlement_trigger_configs_type_0 = []
                _entitlement_trigger_configs_type_0 = data
                for entitlement_trigger_configs_type_0_item_data in _entitlement_trigger_configs_type_0:
                    entitlement_trigger_configs_type_0_item = EntitlementTriggerConfig.from_dict(
                        entitlement_trigger_configs_type_0_item_data
                    )

                    entitlement_trigger_configs_type_0.append(entitlement_trigger_configs_type_0_item)

                return entitlement_trigger_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EntitlementTriggerConfig] | None | Unset, data)

        entitlement_trigger_configs = _parse_entitlement_trigger_configs(d.pop("entitlement_trigger_configs", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_request_types(data: object) -> list[WebhookRequestType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                request_types_type_0 = []
                _request_types_type_0 = data
                for request_types_type_0_item_data in _request_types_type_0:
                    request_types_type_0_item = check_webhook_request_type(request_types_type_0_item_data)

                    request_types_type_0.append(request_types_type_0_item)

                return request_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WebhookRequestType] | None | Unset, data)

        request_types = _parse_request_types(d.pop("request_types", UNSET))

        def _parse_status(data: object) -> None | Unset | WebhookStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_webhook_status(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        update_webhook_request_body = cls(
            credit_trigger_configs=credit_trigger_configs,
            entitlement_trigger_configs=entitlement_trigger_configs,
            name=name,
            request_types=request_types,
            status=status,
            url=url,
        )

        update_webhook_request_body.additional_properties = d
        return update_webhook_request_body

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
