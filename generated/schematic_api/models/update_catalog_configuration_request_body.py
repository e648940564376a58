from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_config_ordered_bundle import CatalogConfigOrderedBundle
    from ..models.catalog_config_ordered_plan import CatalogConfigOrderedPlan


T = TypeVar("T", bound="UpdateCatalogConfigurationRequestBody")


@_attrs_define
class UpdateCatalogConfigurationRequestBody:
    """The `UpdateCatalogConfigurationRequestBody` object of the API.

    Attributes:
        custom_plan_cta_text (None | str | Unset)
        custom_plan_cta_url (None | str | Unset)
        custom_plan_price_text (None | str | Unset)
        custom_plans_visible (bool | None | Unset)
        ordered_add_ons (list[CatalogConfigOrderedPlan] | None | Unset)
        ordered_bundles (list[CatalogConfigOrderedBundle] | None | Unset)
        ordered_plans (list[CatalogConfigOrderedPlan] | None | Unset)
        pricing_model (None | str | Unset)
        pricing_url (None | str | Unset)
    """

    custom_plan_cta_text: None | str | Unset = UNSET

    custom_plan_cta_url: None | str | Unset = UNSET

    custom_plan_price_text: None | str | Unset = UNSET

    custom_plans_visible: bool | None | Unset = UNSET

    ordered_add_ons: list[CatalogConfigOrderedPlan] | None | Unset = UNSET

    ordered_bundles: list[CatalogConfigOrderedBundle] | None | Unset = UNSET

    ordered_plans: list[CatalogConfigOrderedPlan] | None | Unset = UNSET

    pricing_model: None | str | Unset = UNSET

    pricing_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        custom_plans_visible: bool | None | Unset
        if isinstance(self.custom_plans_visible, Unset):
            custom_plans_visible = UNSET
        else:
            custom_plans_visible = self.custom_plans_visible

        ordered_add_ons: list[dict[str, Any]] | None | Unset
        if isinstance(self.ordered_add_ons, Unset):
            ordered_add_ons = UNSET
        elif isinstance(self.ordered_add_ons, list):
            ordered_add_ons = []
            for ordered_add_ons_type_0_item_data in self.ordered_add_ons:
                ordered_add_ons_type_0_item = ordered_add_ons_type_0_item_data.to_dict()
                ordered_add_ons.append(ordered_add_ons_type_0_item)

        else:
            ordered_add_ons = self.ordered_add_ons

        ordered_bundles: list[dict[str, Any]] | None | Unset
        if isinstance(self.ordered_bundles, Unset):
            ordered_bundles = UNSET
        elif isinstance(self.ordered_bundles, list):
            ordered_bundles = []
            for ordered_bundles_type_0_item_data in self.ordered_bundles:
                ordered_bundles_type_0_item = ordered_bundles_type_0_item_data.to_dict()
                ordered_bundles.append(ordered_bundles_type_0_item)

        else:
            ordered_bundles = self.ordered_bundles

        ordered_plans: list[dict[str, Any]] | None | Unset
        if isinstance(self.ordered_plans, Unset):
            ordered_plans = UNSET
        elif isinstance(self.ordered_plans, list):
            ordered_plans = []
            for ordered_plans_type_0_item_data in self.ordered_plans:
                ordered_plans_type_0_item = ordered_plans_type_0_item_data.to_dict()
                ordered_plans.append(ordered_plans_type_0_item)

        else:
            ordered_plans = self.ordered_plans

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
        field_dict.update({})
        if custom_plan_cta_text is not UNSET:
            field_dict["custom_plan_cta_text"] = custom_plan_cta_text
        if custom_plan_cta_url is not UNSET:
            field_dict["custom_plan_cta_url"] = custom_plan_cta_url
        if custom_plan_price_text is not UNSET:
            field_dict["custom_plan_price_text"] = custom_plan_price_text
        if custom_plans_visible is not UNSET:
            field_dict["custom_plans_visible"] = custom_plans_visible
        if ordered_add_ons is not UNSET:
            field_dict["ordered_add_ons"] = ordered_add_ons
        if ordered_bundles is not UNSET:
            field_dict["ordered_bundles"] = ordered_bundles
        if ordered_plans is not UNSET:
            field_dict["ordered_plans"] = ordered_plans
        if pricing_model is not UNSET:
            field_dict["pricing_model"] = pricing_model
        if pricing_url is not UNSET:
            field_dict["pricing_url"] = pricing_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_config_ordered_bundle import CatalogConfigOrderedBundle  # noqa: PLC0415
        from ..models.catalog_config_ordered_plan import CatalogConfigOrderedPlan  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_custom_plans_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        custom_plans_visible = _parse_custom_plans_visible(d.pop("custom_plans_visible", UNSET))

        def _parse_ordered_add_ons(data: object) -> list[CatalogConfigOrderedPlan] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ordered_add_ons_type_0 = []
                _ordered_add_ons_type_0 = data
                for ordered_add_ons_type_0_item_data in _ordered_add_ons_type_0:
                    ordered_add_ons_type_0_item = CatalogConfigOrderedPlan.from_dict(ordered_add_ons_type_0_item_data)

                    ordered_add_ons_type_0.append(ordered_add_ons_type_0_item)

                return ordered_add_ons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CatalogConfigOrderedPlan] | None | Unset, data)

        ordered_add_ons = _parse_ordered_add_ons(d.pop("ordered_add_ons", UNSET))

        def _parse_ordered_bundles(data: object) -> list[CatalogConfigOrderedBundle] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ordered_bundles_type_0 = []
                _ordered_bundles_type_0 = data
                for ordered_bundles_type_0_item_data in _ordered_bundles_type_0:
                    ordered_bundles_type_0_item = CatalogConfigOrderedBundle.from_dict(ordered_bundles_type_0_item_data)

                    ordered_bundles_type_0.append(ordered_bundles_type_0_item)

                return ordered_bundles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CatalogConfigOrderedBundle] | None | Unset, data)

        ordered_bundles = _parse_ordered_bundles(d.pop("ordered_bundles", UNSET))

        def _parse_ordered_plans(data: object) -> list[CatalogConfigOrderedPlan] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ordered_plans_type_0 = []
                _ordered_plans_type_0 = data
                for ordered_plans_type_0_item_data in _ordered_plans_type_0:
                    ordered_plans_type_0_item = CatalogConfigOrderedPlan.from_dict(ordered_plans_type_0_item_data)

                    ordered_plans_type_0.append(ordered_plans_type_0_item)

                return ordered_plans_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CatalogConfigOrderedPlan] | None | Unset, data)

        ordered_plans = _parse_ordered_plans(d.pop("ordered_plans", UNSET))

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

        update_catalog_configuration_request_body = cls(
            custom_plan_cta_text=custom_plan_cta_text,
            custom_plan_cta_url=custom_plan_cta_url,
            custom_plan_price_text=custom_plan_price_text,
            custom_plans_visible=custom_plans_visible,
            ordered_add_ons=ordered_add_ons,
            ordered_bundles=ordered_bundles,
            ordered_plans=ordered_plans,
            pricing_model=pricing_model,
            pricing_url=pricing_url,
        )

        update_catalog_configuration_request_body.additional_properties = d
        return update_catalog_configuration_request_body

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
