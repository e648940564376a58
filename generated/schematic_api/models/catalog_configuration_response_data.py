from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model_list

if TYPE_CHECKING:
    from ..models.catalog_config_ordered_bundle_response_data import CatalogConfigOrderedBundleResponseData
    from ..models.catalog_config_ordered_plan_response_data import CatalogConfigOrderedPlanResponseData
    from ..models.plan_group_plan_detail_response_data import PlanGroupPlanDetailResponseData


T = TypeVar("T", bound="CatalogConfigurationResponseData")


def _convert_add_ons(
    value: list[PlanGroupPlanDetailResponseData] | Sequence[PlanGroupPlanDetailResponseData | Mapping[str, Any]],
) -> list[PlanGroupPlanDetailResponseData]:
    return cast(
        "list[PlanGroupPlanDetailResponseData]",
        as_model_list(value, ".plan_group_plan_detail_response_data", "PlanGroupPlanDetailResponseData", __package__),
    )


def _convert_ordered_add_ons(
    value: list[CatalogConfigOrderedPlanResponseData]
    | Sequence[CatalogConfigOrderedPlanResponseData | Mapping[str, Any]],
) -> list[CatalogConfigOrderedPlanResponseData]:
    return cast(
        "list[CatalogConfigOrderedPlanResponseData]",
        as_model_list(
            value, ".catalog_config_ordered_plan_response_data", "CatalogConfigOrderedPlanResponseData", __package__
        ),
    )


def _convert_ordered_bundles(
    value: list[CatalogConfigOrderedBundleResponseData]
    | Sequence[CatalogConfigOrderedBundleResponseData | Mapping[str, Any]],
) -> list[CatalogConfigOrderedBundleResponseData]:
    return cast(
        "list[CatalogConfigOrderedBundleResponseData]",
        as_model_list(
            value, ".catalog_config_ordered_bundle_response_data", "CatalogConfigOrderedBundleResponseData", __package__
        ),
    )


def _convert_ordered_plans(
    value: list[CatalogConfigOrderedPlanResponseData]
    | Sequence[CatalogConfigOrderedPlanResponseData | Mapping[str, Any]],
) -> list[CatalogConfigOrderedPlanResponseData]:
    return cast(
        "list[CatalogConfigOrderedPlanResponseData]",
        as_model_list(
            value, ".catalog_config_ordered_plan_response_data", "CatalogConfigOrderedPlanResponseData", __package__
        ),
    )


def _convert_plans(
    value: list[PlanGroupPlanDetailResponseData] | Sequence[PlanGroupPlanDetailResponseData | Mapping[str, Any]],
) -> list[PlanGroupPlanDetailResponseData]:
    return cast(
        "list[PlanGroupPlanDetailResponseData]",
        as_model_list(value, ".plan_group_plan_detail_response_data", "PlanGroupPlanDetailResponseData", __package__),
    )


@_attrs_define
class CatalogConfigurationResponseData:
    """The `CatalogConfigurationResponseData` object of the API.

    Attributes:
        add_ons (list[PlanGroupPlanDetailResponseData])
        custom_plans_visible (bool)
        ordered_add_ons (list[CatalogConfigOrderedPlanResponseData])
        ordered_bundles (list[CatalogConfigOrderedBundleResponseData])
        ordered_plans (list[CatalogConfigOrderedPlanResponseData])
        plans (list[PlanGroupPlanDetailResponseData])
        custom_plan_cta_text (None | str | Unset)
        custom_plan_cta_url (None | str | Unset)
        custom_plan_price_text (None | str | Unset)
        pricing_model (None | str | Unset)
        pricing_url (None | str | Unset)
    """

    add_ons: list[PlanGroupPlanDetailResponseData] = _attrs_field(converter=_convert_add_ons)

    custom_plans_visible: bool

    ordered_add_ons: list[CatalogConfigOrderedPlanResponseData] = _attrs_field(converter=_convert_ordered_add_ons)

    ordered_bundles: list[CatalogConfigOrderedBundleResponseData] = _attrs_field(converter=_convert_ordered_bundles)

    ordered_plans: list[CatalogConfigOrderedPlanResponseData] = _attrs_field(converter=_convert_ordered_plans)

    plans: list[PlanGroupPlanDetailResponseData] = _attrs_field(converter=_convert_plans)

    custom_plan_cta_text: None | str | Unset = UNSET

    custom_plan_cta_url: None | str | Unset = UNSET

    custom_plan_price_text: None | str | Unset = UNSET

    pricing_model: None | str | Unset = UNSET

    pricing_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_ons = []
        for add_ons_item_data in self.add_ons:
            add_ons_item = add_ons_item_data.to_dict()
            add_ons.append(add_ons_item)

        custom_plans_visible = self.custom_plans_visible

        ordered_add_ons = []
        for ordered_add_ons_item_data in self.ordered_add_ons:
            ordered_add_ons_item = ordered_add_ons_item_data.to_dict()
            ordered_add_ons.append(ordered_add_ons_item)

        ordered_bundles = []
        for ordered_bundles_item_data in self.ordered_bundles:
            ordered_bundles_item = ordered_bundles_item_data.to_dict()
            ordered_bundles.append(ordered_bundles_item)

        ordered_plans = []
        for ordered_plans_item_data in self.ordered_plans:
            ordered_plans_item = ordered_plans_item_data.to_dict()
            ordered_plans.append(ordered_plans_item)

        plans = []
        for plans_item_data in self.plans:
            plans_item = plans_item_data.to_dict()
            plans.append(plans_item)

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
                "add_ons": add_ons,
                "custom_plans_visible": custom_plans_visible,
                "ordered_add_ons": ordered_add_ons,
                "ordered_bundles": ordered_bundles,
                "ordered_plans": ordered_plans,
                "plans": plans,
            }
        )
        if custom_plan_cta_text is not UNSET:
            field_dict["custom_plan_cta_text"] = custom_plan_cta_text
        if custom_plan_cta_url is not UNSET:
            field_dict["custom_plan_cta_url"] = custom_plan_cta_url
        if custom_plan_price_text is not UNSET:
            field_dict["custom_plan_price_text"] = custom_plan_price_text
        if pricing_model is not UNSET:
            field_dict["pricing_model"] = pricing_model
        if pricing_url is not UNSET:
            field_dict["pricing_url"] = pricing_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_config_ordered_bundle_response_data import CatalogConfigOrderedBundleResponseData  # noqa: PLC0415
        from ..models.catalog_config_ordered_plan_response_data import CatalogConfigOrderedPlanResponseData  # noqa: PLC0415
        from ..models.plan_group_plan_detail_response_data import PlanGroupPlanDetailResponseData  # noqa: PLC0415

        d = dict(src_dict)
        add_ons = []
        _add_ons = d.pop("add_ons")
        for add_ons_item_data in _add_ons:
            add_ons_item = PlanGroupPlanDetailResponseData.from_dict(add_ons_item_data)

            add_ons.append(add_ons_item)

        custom_plans_visible = d.pop("custom_plans_visible")

        ordered_add_ons = []
        _ordered_add_ons = d.pop("ordered_add_ons")
        for ordered_add_ons_item_data in _ordered_add_ons:
            ordered_add_ons_item = CatalogConfigOrderedPlanResponseData.from_dict(ordered_add_ons_item_data)

            ordered_add_ons.append(ordered_add_ons_item)

        ordered_bundles = []
        _ordered_bundles = d.pop("ordered_bundles")
        for ordered_bundles_item_data in _ordered_bundles:
            ordered_bundles_item = CatalogConfigOrderedBundleResponseData.from_dict(ordered_bundles_item_data)

            ordered_bundles.append(ordered_bundles_item)

        ordered_plans = []
        _ordered_plans = d.pop("ordered_plans")
        for ordered_plans_item_data in _ordered_plans:
            ordered_plans_item = CatalogConfigOrderedPlanResponseData.from_dict(ordered_plans_item_data)

            ordered_plans.append(ordered_plans_item)

        plans = []
        _plans = d.pop("plans")
        for plans_item_data in _plans:
            plans_item = PlanGroupPlanDetailResponseData.from_dict(plans_item_data)

            plans.append(plans_item)

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

        catalog_configuration_response_data = cls(
            add_ons=add_ons,
            custom_plans_visible=custom_plans_visible,
            ordered_add_ons=ordered_add_ons,
            ordered_bundles=ordered_bundles,
            ordered_plans=ordered_plans,
            plans=plans,
            custom_plan_cta_text=custom_plan_cta_text,
            custom_plan_cta_url=custom_plan_cta_url,
            custom_plan_price_text=custom_plan_price_text,
            pricing_model=pricing_model,
            pricing_url=pricing_url,
        )

        catalog_configuration_response_data.additional_properties = d
        return catalog_configuration_response_data

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
