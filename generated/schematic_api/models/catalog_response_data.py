from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CatalogResponseData")


@_attrs_define
class CatalogResponseData:
    """The `CatalogResponseData` object of the API.

    Attributes:
        account_id (str)
        created_at (datetime.datetime)
        custom_plans_visible (bool)
        id (str)
        is_default (bool)
        name (str)
        updated_at (datetime.datetime)
        custom_plan_cta_text (None | str | Unset)
        custom_plan_cta_url (None | str | Unset)
        custom_plan_price_text (None | str | Unset)
        description (None | str | Unset)
        pricing_model (None | str | Unset)
        pricing_url (None | str | Unset)
    """

    account_id: str

    created_at: datetime.datetime

    custom_plans_visible: bool

    id: str

    is_default: bool

    name: str

    updated_at: datetime.datetime

    custom_plan_cta_text: None | str | Unset = UNSET

    custom_plan_cta_url: None | str | Unset = UNSET

    custom_plan_price_text: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    pricing_model: None | str | Unset = UNSET

    pricing_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        created_at = self.created_at.isoformat()

        custom_plans_visible = self.custom_plans_visible

        id = self.id

        is_default = self.is_default

        name = self.name

        updated_at = self.updated_at.isoformat()

        custom_plan_cta_text: None | str | Unset
        if isinstance(self.custom_plan_cta_text, Unset):
            custom_plan_cta_text = UNSET
        else:
            custom_plan_cta_text = self.custom_plan_cta_text

        custom_plan_cta_url: None | str | Unset
        if isinstance(self.custom_plan_cta_url, Unset):
            custom_plan_cta_url = UNSET
        else:
            custom_plan_cta_url = self.custom_plan_cta_url

        custom_plan_price_text: None | str | Unset
        if isinstance(self.custom_plan_price_text, Unset):
            custom_plan_price_text = UNSET
        else:
            custom_plan_price_text = self.custom_plan_price_text

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        pricing_model: None | str | Unset
        if isinstance(self.pricing_model, Unset):
            pricing_model = UNSET
        else:
            pricing_model = self.pricing_model

        pricing_url: None | str | Unset
        if isinstance(self.pricing_url, Unset):
            pricing_url = UNSET
        else:
            pricing_url = self.pricing_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "created_at": created_at,
                "custom_plans_visible": custom_plans_visible,
                "id": id,
                "is_default": is_default,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if custom_plan_cta_text is not UNSET:
            field_dict["custom_plan_cta_text"] = custom_plan_cta_text
        if custom_plan_cta_url is not UNSET:
            field_dict["custom_plan_cta_url"] = custom_plan_cta_url
        if custom_plan_price_text is not UNSET:
            field_dict["custom_plan_price_text"] = custom_plan_price_text
        if description is not UNSET:
            field_dict["description"] = description
        if pricing_model is not UNSET:
            field_dict["pricing_model"] = pricing_model
        if pricing_url is not UNSET:
            field_dict["pricing_url"] = pricing_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        created_at = parse_datetime(d.pop("created_at"))

        custom_plans_visible = d.pop("custom_plans_visible")

        id = d.pop("id")

        is_default = d.pop("is_default")

        name = d.pop("name")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_custom_plan_cta_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_plan_cta_text = _parse_custom_plan_cta_text(d.pop("custom_plan_cta_text", UNSET))

        def _parse_custom_plan_cta_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_plan_cta_url = _parse_custom_plan_cta_url(d.pop("custom_plan_cta_url", UNSET))

        def _parse_custom_plan_price_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_plan_price_text = _parse_custom_plan_price_text(d.pop("custom_plan_price_text", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_pricing_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_model = _parse_pricing_model(d.pop("pricing_model", UNSET))

        def _parse_pricing_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_url = _parse_pricing_url(d.pop("pricing_url", UNSET))

        catalog_response_data = cls(
            account_id=account_id,
            created_at=created_at,
            custom_plans_visible=custom_plans_visible,
            id=id,
            is_default=is_default,
            name=name,
            updated_at=updated_at,
            custom_plan_cta_text=custom_plan_cta_text,
            custom_plan_cta_url=custom_plan_cta_url,
            custom_plan_price_text=custom_plan_price_text,
            description=description,
            pricing_model=pricing_model,
            pricing_url=pricing_url,
        )

        catalog_response_data.additional_properties = d
        return catalog_response_data

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
