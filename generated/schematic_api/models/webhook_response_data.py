from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_request_type import WebhookRequestType, check_webhook_request_type
from ..models.webhook_status import WebhookStatus, check_webhook_status
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.credit_trigger_config import CreditTriggerConfig
    from ..models.entitlement_trigger_config import EntitlementTriggerConfig


T = TypeVar("T", bound="WebhookResponseData")


@_attrs_define
class WebhookResponseData:
    """The `WebhookResponseData` object of the API.

    Attributes:
        created_at (datetime.datetime)
        id (str)
        name (str)
        request_types (list[WebhookRequestType])
        secret (str)
        status (WebhookStatus)
        updated_at (datetime.datetime)
        url (str)
        credit_trigger_configs (list[CreditTriggerConfig] | None | Unset)
        entitlement_trigger_configs (list[EntitlementTriggerConfig] | None | Unset)
    """

    created_at: datetime.datetime

    id: str

    name: str

    request_types: list[WebhookRequestType]

    secret: str

    status: WebhookStatus

    updated_at: datetime.datetime

    url: str

    credit_trigger_configs: list[CreditTriggerConfig] | None | Unset = UNSET

    entitlement_trigger_configs: list[EntitlementTriggerConfig] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        request_types = []
        for request_types_item_data in self.request_types:
            request_types_item: str = request_types_item_data
            request_types.append(request_types_item)

        secret = self.secret

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        url = self.url

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "request_types": request_types,
                "secret": secret,
                "status": status,
                "updated_at": updated_at,
                "url": url,
            }
        )
        if credit_trigger_configs is not UNSET:
            field_dict["credit_trigger_configs"] = credit_trigger_configs
        if entitlement_trigger_configs is not UNSET:
            field_dict["entitlement_trigger_configs"] = entitlement_trigger_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_trigger_config import CreditTriggerConfig  # noqa: PLC0415
        from ..models.entitlement_trigger_config import EntitlementTriggerConfig  # noqa: PLC0415

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        name = d.pop("name")

        request_types = []
        _request_types = d.pop("request_types")
        for request_types_item_data in _request_types:
            request_types_item = check_webhook_request_type(request_types_item_data)

            request_types.append(request_types_item)

        secret = d.pop("secret")

        status = check_webhook_status(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        url = d.pop("url")

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

        webhook_response_data = cls(
            created_at=created_at,
            id=id,
            name=name,
            request_types=request_types,
            secret=secret,
            status=status,
            updated_at=updated_at,
            url=url,
            credit_trigger_configs=credit_trigger_configs,
            entitlement_trigger_configs=entitlement_trigger_configs,
        )

        webhook_response_data.additional_properties = d
        return webhook_response_data

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
