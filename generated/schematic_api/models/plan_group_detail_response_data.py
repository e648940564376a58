from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.billing_price_view import BillingPriceView
    from ..models.checkout_field_response_data import CheckoutFieldResponseData
    from ..models.checkout_settings_response_data import CheckoutSettingsResponseData
    from ..models.component_settings_response_data import ComponentSettingsResponseData
    from ..models.custom_plan_view_config_response_data import CustomPlanViewConfigResponseData
    from ..models.plan_group_bundle_order import PlanGroupBundleOrder
    from ..models.plan_group_plan_detail_response_data import PlanGroupPlanDetailResponseData
    from ..models.plan_group_plan_entitlements_order import PlanGroupPlanEntitlementsOrder


T = TypeVar("T", bound="PlanGroupDetailResponseData")


def _convert_add_ons(
    value: list[PlanGroupPlanDetailResponseData] | Sequence[PlanGroupPlanDetailResponseData | Mapping[str, Any]],
) -> list[PlanGroupPlanDetailResponseData]:
    return cast(
        "list[PlanGroupPlanDetailResponseData]",
        as_model_list(value, ".plan_group_plan_detail_response_data", "PlanGroupPlanDetailResponseData", __package__),
    )


def _convert_checkout_settings(value: CheckoutSettingsResponseData | Mapping[str, Any]) -> CheckoutSettingsResponseData:
    return cast(
        "CheckoutSettingsResponseData",
        as_model(value, ".checkout_settings_response_data", "CheckoutSettingsResponseData", __package__),
    )


def _convert_component_settings(
    value: ComponentSettingsResponseData | Mapping[str, Any],
) -> ComponentSettingsResponseData:
    return cast(
        "ComponentSettingsResponseData",
        as_model(value, ".component_settings_response_data", "ComponentSettingsResponseData", __package__),
    )


def _convert_custom_checkout_fields(
    value: list[CheckoutFieldResponseData] | Sequence[CheckoutFieldResponseData | Mapping[str, Any]],
) -> list[CheckoutFieldResponseData]:
    return cast(
        "list[CheckoutFieldResponseData]",
        as_model_list(value, ".checkout_field_response_data", "CheckoutFieldResponseData", __package__),
    )


def _convert_ordered_add_on_list(
    value: list[PlanGroupPlanEntitlementsOrder] | Sequence[PlanGroupPlanEntitlementsOrder | Mapping[str, Any]],
) -> list[PlanGroupPlanEntitlementsOrder]:
    return cast(
        "list[PlanGroupPlanEntitlementsOrder]",
        as_model_list(value, ".plan_group_plan_entitlements_order", "PlanGroupPlanEntitlementsOrder", __package__),
    )


def _convert_ordered_bundle_list(
    value: list[PlanGroupBundleOrder] | Sequence[PlanGroupBundleOrder | Mapping[str, Any]],
) -> list[PlanGroupBundleOrder]:
    return cast(
        "list[PlanGroupBundleOrder]",
        as_model_list(value, ".plan_group_bundle_order", "PlanGroupBundleOrder", __package__),
    )


def _convert_ordered_plan_list(
    value: list[PlanGroupPlanEntitlementsOrder] | Sequence[PlanGroupPlanEntitlementsOrder | Mapping[str, Any]],
) -> list[PlanGroupPlanEntitlementsOrder]:
    return cast(
        "list[PlanGroupPlanEntitlementsOrder]",
        as_model_list(value, ".plan_group_plan_entitlements_order", "PlanGroupPlanEntitlementsOrder", __package__),
    )


def _convert_plans(
    value: list[PlanGroupPlanDetailResponseData] | Sequence[PlanGroupPlanDetailResponseData | Mapping[str, Any]],
) -> list[PlanGroupPlanDetailResponseData]:
    return cast(
        "list[PlanGroupPlanDetailResponseData]",
        as_model_list(value, ".plan_group_plan_detail_response_data", "PlanGroupPlanDetailResponseData", __package__),
    )


def _convert_custom_plan_config(
    value: CustomPlanViewConfigResponseData | Unset | Mapping[str, Any],
) -> CustomPlanViewConfigResponseData | Unset:
    return cast(
        "CustomPlanViewConfigResponseData | Unset",
        as_model(value, ".custom_plan_view_config_response_data", "CustomPlanViewConfigResponseData", __package__),
    )


def _convert_default_plan(
    value: PlanGroupPlanDetailResponseData | Unset | Mapping[str, Any],
) -> PlanGroupPlanDetailResponseData | Unset:
    return cast(
        "PlanGroupPlanDetailResponseData | Unset",
        as_model(value, ".plan_group_plan_detail_response_data", "PlanGroupPlanDetailResponseData", __package__),
    )


def _convert_fallback_plan(
    value: PlanGroupPlanDetailResponseData | Unset | Mapping[str, Any],
) -> PlanGroupPlanDetailResponseData | Unset:
    return cast(
        "PlanGroupPlanDetailResponseData | Unset",
        as_model(value, ".plan_group_plan_detail_response_data", "PlanGroupPlanDetailResponseData", __package__),
    )


def _convert_initial_plan(
    value: PlanGroupPlanDetailResponseData | Unset | Mapping[str, Any],
) -> PlanGroupPlanDetailResponseData | Unset:
    return cast(
        "PlanGroupPlanDetailResponseData | Unset",
        as_model(value, ".plan_group_plan_detail_response_data", "PlanGroupPlanDetailResponseData", __package__),
    )


def _convert_initial_plan_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


def _convert_trial_expiry_plan(
    value: PlanGroupPlanDetailResponseData | Unset | Mapping[str, Any],
) -> PlanGroupPlanDetailResponseData | Unset:
    return cast(
        "PlanGroupPlanDetailResponseData | Unset",
        as_model(value, ".plan_group_plan_detail_response_data", "PlanGroupPlanDetailResponseData", __package__),
    )


def _convert_trial_expiry_plan_price(value: BillingPriceView | Unset | Mapping[str, Any]) -> BillingPriceView | Unset:
    return cast("BillingPriceView | Unset", as_model(value, ".billing_price_view", "BillingPriceView", __package__))


@_attrs_define
class PlanGroupDetailResponseData:
    """The `PlanGroupDetailResponseData` object of the API.

    Attributes:
        add_ons (list[PlanGroupPlanDetailResponseData])
        checkout_settings (CheckoutSettingsResponseData)
        component_settings (ComponentSettingsResponseData)
        custom_checkout_fields (list[CheckoutFieldResponseData])
        id (str)
        ordered_add_on_list (list[PlanGroupPlanEntitlementsOrder])
        ordered_bundle_list (list[PlanGroupBundleOrder])
        ordered_plan_list (list[PlanGroupPlanEntitlementsOrder])
        plans (list[PlanGroupPlanDetailResponseData])
        prevent_downgrades_when_over_limit (bool)
        prevent_self_service_downgrade (bool)
        proration_behavior (str)
        show_as_monthly_prices (bool)
        show_credits (bool)
        show_period_toggle (bool)
        show_zero_price_as_free (bool)
        sync_customer_billing_details (bool)
        tax_collection_enabled (bool)
        custom_plan_config (CustomPlanViewConfigResponseData | Unset)
        custom_plan_id (None | str | Unset)
        default_plan (PlanGroupPlanDetailResponseData | Unset)
        default_plan_id (None | str | Unset)
        fallback_plan (PlanGroupPlanDetailResponseData | Unset)
        fallback_plan_id (None | str | Unset)
        initial_plan (PlanGroupPlanDetailResponseData | Unset)
        initial_plan_id (None | str | Unset)
        initial_plan_price (BillingPriceView | Unset)
        initial_plan_price_id (None | str | Unset)
        prevent_self_service_downgrade_button_text (None | str | Unset)
        prevent_self_service_downgrade_url (None | str | Unset)
        scheduled_downgrade_behavior (None | str | Unset)
        scheduled_downgrade_prevent_when_over_limit (bool | None | Unset)
        trial_days (int | None | Unset)
        trial_expiry_plan (PlanGroupPlanDetailResponseData | Unset)
        trial_expiry_plan_id (None | str | Unset)
        trial_expiry_plan_price (BillingPriceView | Unset)
        trial_expiry_plan_price_id (None | str | Unset)
        trial_payment_method_required (bool | None | Unset)
        trial_eligibility_per_plan (bool | Unset)
    """

    add_ons: list[PlanGroupPlanDetailResponseData] = _attrs_field(converter=_convert_add_ons)

    checkout_settings: CheckoutSettingsResponseData = _attrs_field(converter=_convert_checkout_settings)

    component_settings: ComponentSettingsResponseData = _attrs_field(converter=_convert_component_settings)

    custom_checkout_fields: list[CheckoutFieldResponseData] = _attrs_field(converter=_convert_custom_checkout_fields)

    id: str

    ordered_add_on_list: list[PlanGroupPlanEntitlementsOrder] = _attrs_field(converter=_convert_ordered_add_on_list)

    ordered_bundle_list: list[PlanGroupBundleOrder] = _attrs_field(converter=_convert_ordered_bundle_list)

    ordered_plan_list: list[PlanGroupPlanEntitlementsOrder] = _attrs_field(converter=_convert_ordered_plan_list)

    plans: list[PlanGroupPlanDetailResponseData] = _attrs_field(converter=_convert_plans)

    prevent_downgrades_when_over_limit: bool

    prevent_self_service_downgrade: bool

    proration_behavior: str

    show_as_monthly_prices: bool

    show_credits: bool

    show_period_toggle: bool

    show_zero_price_as_free: bool

    sync_customer_billing_details: bool

    tax_collection_enabled: bool

    custom_plan_config: CustomPlanViewConfigResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_custom_plan_config
    )

    custom_plan_id: None | str | Unset = UNSET

    default_plan: PlanGroupPlanDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_default_plan)

    default_plan_id: None | str | Unset = UNSET

    fallback_plan: PlanGroupPlanDetailResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_fallback_plan
    )

    fallback_plan_id: None | str | Unset = UNSET

    initial_plan: PlanGroupPlanDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_initial_plan)

    initial_plan_id: None | str | Unset = UNSET

    initial_plan_price: BillingPriceView | Unset = _attrs_field(default=UNSET, converter=_convert_initial_plan_price)

    initial_plan_price_id: None | str | Unset = UNSET

    prevent_self_service_downgrade_button_text: None | str | Unset = UNSET

    prevent_self_service_downgrade_url: None | str | Unset = UNSET

    scheduled_downgrade_behavior: None | str | Unset = UNSET

    scheduled_downgrade_prevent_when_over_limit: bool | None | Unset = UNSET

    trial_days: int | None | Unset = UNSET

    trial_expiry_plan: PlanGroupPlanDetailResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_trial_expiry_plan
    )

    trial_expiry_plan_id: None | str | Unset = UNSET

    trial_expiry_plan_price: BillingPriceView | Unset = _attrs_field(
        default=UNSET, converter=_convert_trial_expiry_plan_price
    )

    trial_expiry_plan_price_id: None | str | Unset = UNSET

    trial_payment_method_required: bool | None | Unset = UNSET

    trial_eligibility_per_plan: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_ons = []
        for add_ons_item_data in self.add_ons:
            add_ons_item = add_ons_item_data.to_dict()
            add_ons.append(add_ons_item)

        checkout_settings = self.checkout_settings.to_dict()

        component_settings = self.component_settings.to_dict()

        custom_checkout_fields = []
        for custom_checkout_fields_item_data in self.custom_checkout_fields:
            custom_checkout_fields_item = custom_checkout_fields_item_data.to_dict()
            custom_checkout_fields.append(custom_checkout_fields_item)

        id = self.id

        ordered_add_on_list = []
        for ordered_add_on_list_item_data in self.ordered_add_on_list:
            ordered_add_on_list_item = ordered_add_on_list_item_data.to_dict()
            ordered_add_on_list.append(ordered_add_on_list_item)

        ordered_bundle_list = []
        for ordered_bundle_list_item_data in self.ordered_bundle_list:
            ordered_bundle_list_item = ordered_bundle_list_item_data.to_dict()
            ordered_bundle_list.append(ordered_bundle_list_item)

        ordered_plan_list = []
        for ordered_plan_list_item_data in self.ordered_plan_list:
            ordered_plan_list_item = ordered_plan_list_item_data.to_dict()
            ordered_plan_list.append(ordered_plan_list_item)

        plans = []
        for plans_item_data in self.plans:
            plans_item = plans_item_data.to_dict()
            plans.append(plans_item)

        prevent_downgrades_when_over_limit = self.prevent_downgrades_when_over_limit

        prevent_self_service_downgrade = self.prevent_self_service_downgrade

        proration_behavior = self.proration_behavior

        show_as_monthly_prices = self.show_as_monthly_prices

        show_credits = self.show_credits

        show_period_toggle = self.show_period_toggle

        show_zero_price_as_free = self.show_zero_price_as_free

        sync_customer_billing_details = self.sync_customer_billing_details

        tax_collection_enabled = self.tax_collection_enabled

        custom_plan_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_plan_config, Unset):
            custom_plan_config = self.custom_plan_config.to_dict()

        custom_plan_id: None | str | Unset
        if isinstance(self.custom_plan_id, Unset):
            custom_plan_id = UNSET
        else:
            custom_plan_id = self.custom_plan_id

        default_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_plan, Unset):
            default_plan = self.default_plan.to_dict()

        default_plan_id: None | str | Unset
        if isinstance(self.default_plan_id, Unset):
            default_plan_id = UNSET
        else:
            default_plan_id = self.default_plan_id

        fallback_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fallback_plan, Unset):
            fallback_plan = self.fallback_plan.to_dict()

        fallback_plan_id: None | str | Unset
        if isinstance(self.fallback_plan_id, Unset):
            fallback_plan_id = UNSET
        else:
            fallback_plan_id = self.fallback_plan_id

        initial_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_plan, Unset):
            initial_plan = self.initial_plan.to_dict()

        initial_plan_id: None | str | Unset
        if isinstance(self.initial_plan_id, Unset):
            initial_plan_id = UNSET
        else:
            initial_plan_id = self.initial_plan_id

        initial_plan_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_plan_price, Unset):
            initial_plan_price = self.initial_plan_price.to_dict()

        initial_plan_price_id: None | str | Unset
        if isinstance(self.initial_plan_price_id, Unset):
            initial_plan_price_id = UNSET
        else:
            initial_plan_price_id = self.initial_plan_price_id

        prevent_self_service_downgrade_button_text: None | str | Unset
        if isinstance(self.prevent_self_service_downgrade_button_text, Unset):
            prevent_self_service_downgrade_button_text = UNSET
        else:
            prevent_self_service_downgrade_button_text = self.prevent_self_service_downgrade_button_text

        prevent_self_service_downgrade_url: None | str | Unset
        if isinstance(self.prevent_self_service_downgrade_url, Unset):
            prevent_self_service_downgrade_url = UNSET
        else:
            prevent_self_service_downgrade_url = self.prevent_self_service_downgrade_url

        scheduled_downgrade_behavior: None | str | Unset
        if isinstance(self.scheduled_downgrade_behavior, Unset):
            scheduled_downgrade_behavior = UNSET
        else:
            scheduled_downgrade_behavior = self.scheduled_downgrade_behavior

        scheduled_downgrade_prevent_when_over_limit: bool | None | Unset
        if isinstance(self.scheduled_downgrade_prevent_when_over_limit, Unset):
            scheduled_downgrade_prevent_when_over_limit = UNSET
        else:
            scheduled_downgrade_prevent_when_over_limit = self.scheduled_downgrade_prevent_when_over_limit

        trial_days: int | None | Unset
        if isinstance(self.trial_days, Unset):
            trial_days = UNSET
        else:
            trial_days = self.trial_days

        trial_expiry_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_expiry_plan, Unset):
            trial_expiry_plan = self.trial_expiry_plan.to_dict()

        trial_expiry_plan_id: None | str | Unset
        if isinstance(self.trial_expiry_plan_id, Unset):
            trial_expiry_plan_id = UNSET
        else:
            trial_expiry_plan_id = self.trial_expiry_plan_id

        trial_expiry_plan_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_expiry_plan_price, Unset):
            trial_expiry_plan_price = self.trial_expiry_plan_price.to_dict()

        trial_expiry_plan_price_id: None | str | Unset
        if isinstance(self.trial_expiry_plan_price_id, Unset):
            trial_expiry_plan_price_id = UNSET
        else:
            trial_expiry_plan_price_id = self.trial_expiry_plan_price_id

        trial_payment_method_required: bool | None | Unset
        if isinstance(self.trial_payment_method_required, Unset):
            trial_payment_method_required = UNSET
        else:
            trial_payment_method_required = self.trial_payment_method_required

        trial_eligibility_per_plan = self.trial_eligibility_per_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_ons": add_ons,
                "checkout_settings": checkout_settings,
                "component_settings": component_settings,
                "custom_checkout_fields": custom_checkout_fields,
                "id": id,
                "ordered_add_on_list": ordered_add_on_list,
                "ordered_bundle_list": ordered_bundle_list,
                "ordered_plan_list": ordered_plan_list,
                "plans": plans,
                "prevent_downgrades_when_over_limit": prevent_downgrades_when_over_limit,
                "prevent_self_service_downgrade": prevent_self_service_downgrade,
                "proration_behavior": proration_behavior,
                "show_as_monthly_prices": show_as_monthly_prices,
                "show_credits": show_credits,
                "show_period_toggle": show_period_toggle,
                "show_zero_price_as_free": show_zero_price_as_free,
                "sync_customer_billing_details": sync_customer_billing_details,
                "tax_collection_enabled": tax_collection_enabled,
            }
        )
        if custom_plan_config is not UNSET:
            field_dict["custom_plan_config"] = custom_plan_config
        if custom_plan_id is not UNSET:
            field_dict["custom_plan_id"] = custom_plan_id
        if default_plan is not UNSET:
            field_dict["default_plan"] = default_plan
        if default_plan_id is not UNSET:
            field_dict["default_plan_id"] = default_plan_id
        if fallback_plan is not UNSET:
            field_dict["fallback_plan"] = fallback_plan
        if fallback_plan_id is not UNSET:
            field_dict["fallback_plan_id"] = fallback_plan_id
        if initial_plan is not UNSET:
            field_dict["initial_plan"] = initial_plan
        if initial_plan_id is not UNSET:
            field_dict["initial_plan_id"] = initial_plan_id
        if initial_plan_price is not UNSET:
            field_dict["initial_plan_price"] = initial_plan_price
        if initial_plan_price_id is not UNSET:
            field_dict["initial_plan_price_id"] = initial_plan_price_id
        if prevent_self_service_downgrade_button_text is not UNSET:
            field_dict["prevent_self_service_downgrade_button_text"] = prevent_self_service_downgrade_button_text
        if prevent_self_service_downgrade_url is not UNSET:
            field_dict["prevent_self_service_downgrade_url"] = prevent_self_service_downgrade_url
        if scheduled_downgrade_behavior is not UNSET:
            field_dict["scheduled_downgrade_behavior"] = scheduled_downgrade_behavior
        if scheduled_downgrade_prevent_when_over_limit is not UNSET:
            field_dict["scheduled_downgrade_prevent_when_over_limit"] = scheduled_downgrade_prevent_when_over_limit
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days
        if trial_expiry_plan is not UNSET:
            field_dict["trial_expiry_plan"] = trial_expiry_plan
        if trial_expiry_plan_id is not UNSET:
            field_dict["trial_expiry_plan_id"] = trial_expiry_plan_id
        if trial_expiry_plan_price is not UNSET:
            field_dict["trial_expiry_plan_price"] = trial_expiry_plan_price
        if trial_expiry_plan_price_id is not UNSET:
            field_dict["trial_expiry_plan_price_id"] = trial_expiry_plan_price_id
        if trial_payment_method_required is not UNSET:
            field_dict["trial_payment_method_required"] = trial_payment_method_required
        if trial_eligibility_per_plan is not UNSET:
            field_dict["trial_eligibility_per_plan"] = trial_eligibility_per_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_price_view import BillingPriceView  # noqa: PLC0415
        from ..models.checkout_field_response_data import CheckoutFieldResponseData  # noqa: PLC0415
        from ..models.checkout_settings_response_data import CheckoutSettingsResponseData  # noqa: PLC0415
        from ..models.component_settings_response_data import ComponentSettingsResponseData  # noqa: PLC0415
        from ..models.custom_plan_view_config_response_data import CustomPlanViewConfigResponseData  # noqa: PLC0415
        from ..models.plan_group_bundle_order import PlanGroupBundleOrder  # noqa: PLC0415
        from ..models.plan_group_plan_detail_response_data import PlanGroupPlanDetailResponseData  # noqa: PLC0415
        from ..models.plan_group_plan_entitlements_order import PlanGroupPlanEntitlementsOrder  # noqa: PLC0415

        d = dict(src_dict)
        add_ons = []
        _add_ons = d.pop("add_ons")
        for add_ons_item_data in _add_ons:
            add_ons_item = PlanGroupPlanDetailResponseData.from_dict(add_ons_item_data)

            add_ons.append(add_ons_item)

        checkout_settings = CheckoutSettingsResponseData.from_dict(d.pop("checkout_settings"))

        component_settings = ComponentSettingsResponseData.from_dict(d.pop("component_settings"))

        custom_checkout_fields = []
        _custom_checkout_fields = d.pop("custom_checkout_fields")
        for custom_checkout_fields_item_data in _custom_checkout_fields:
            custom_checkout_fields_item = CheckoutFieldResponseData.from_dict(custom_checkout_fields_item_data)

            custom_checkout_fields.append(custom_checkout_fields_item)

        id = d.pop("id")

        ordered_add_on_list = []
        _ordered_add_on_list = d.pop("ordered_add_on_list")
        for ordered_add_on_list_item_data in _ordered_add_on_list:
            ordered_add_on_list_item = PlanGroupPlanEntitlementsOrder.from_dict(ordered_add_on_list_item_data)

            ordered_add_on_list.append(ordered_add_on_list_item)

        ordered_bundle_list = []
        _ordered_bundle_list = d.pop("ordered_bundle_list")
        for ordered_bundle_list_item_data in _ordered_bundle_list:
            ordered_bundle_list_item = PlanGroupBundleOrder.from_dict(ordered_bundle_list_item_data)

            ordered_bundle_list.append(ordered_bundle_list_item)

        ordered_plan_list = []
        _ordered_plan_list = d.pop("ordered_plan_list")
        for ordered_plan_list_item_data in _ordered_plan_list:
            ordered_plan_list_item = PlanGroupPlanEntitlementsOrder.from_dict(ordered_plan_list_item_data)

            ordered_plan_list.append(ordered_plan_list_item)

        plans = []
        _plans = d.pop("plans")
        for plans_item_data in _plans:
            plans_item = PlanGroupPlanDetailResponseData.from_dict(plans_item_data)

            plans.append(plans_item)

        prevent_downgrades_when_over_limit = d.pop("prevent_downgrades_when_over_limit")

        prevent_self_service_downgrade = d.pop("prevent_self_service_downgrade")

        proration_behavior = d.pop("proration_behavior")

        show_as_monthly_prices = d.pop("show_as_monthly_prices")

        show_credits = d.pop("show_credits")

        show_period_toggle = d.pop("show_period_toggle")

        show_zero_price_as_free = d.pop("show_zero_price_as_free")

        sync_customer_billing_details = d.pop("sync_customer_billing_details")

        tax_collection_enabled = d.pop("tax_collection_enabled")

        _custom_plan_config = d.pop("custom_plan_config", UNSET)
        custom_plan_config: CustomPlanViewConfigResponseData | Unset
        if isinstance(_custom_plan_config, Unset):
            custom_plan_config = UNSET
        else:
            custom_plan_config = CustomPlanViewConfigResponseData.from_dict(_custom_plan_config)

        def _parse_custom_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_plan_id = _parse_custom_plan_id(d.pop("custom_plan_id", UNSET))

        _default_plan = d.pop("default_plan", UNSET)
        default_plan: PlanGroupPlanDetailResponseData | Unset
        if isinstance(_default_plan, Unset):
            default_plan = UNSET
        else:
            default_plan = PlanGroupPlanDetailResponseData.from_dict(_default_plan)

        def _parse_default_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_plan_id = _parse_default_plan_id(d.pop("default_plan_id", UNSET))

        _fallback_plan = d.pop("fallback_plan", UNSET)
        fallback_plan: PlanGroupPlanDetailResponseData | Unset
        if isinstance(_fallback_plan, Unset):
            fallback_plan = UNSET
        else:
            fallback_plan = PlanGroupPlanDetailResponseData.from_dict(_fallback_plan)

        def _parse_fallback_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_plan_id = _parse_fallback_plan_id(d.pop("fallback_plan_id", UNSET))

        _initial_plan = d.pop("initial_plan", UNSET)
        initial_plan: PlanGroupPlanDetailResponseData | Unset
        if isinstance(_initial_plan, Unset):
            initial_plan = UNSET
        else:
            initial_plan = PlanGroupPlanDetailResponseData.from_dict(_initial_plan)

        def _parse_initial_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_plan_id = _parse_initial_plan_id(d.pop("initial_plan_id", UNSET))

        _initial_plan_price = d.pop("initial_plan_price", UNSET)
        initial_plan_price: BillingPriceView | Unset
        if isinstance(_initial_plan_price, Unset):
            initial_plan_price = UNSET
        else:
            initial_plan_price = BillingPriceView.from_dict(_initial_plan_price)

        def _parse_initial_plan_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_plan_price_id = _parse_initial_plan_price_id(d.pop("initial_plan_price_id", UNSET))

        def _parse_prevent_self_service_downgrade_button_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prevent_self_service_downgrade_button_text = _parse_prevent_self_service_downgrade_button_text(
            d.pop("prevent_self_service_downgrade_button_text", UNSET)
        )

        def _parse_prevent_self_service_downgrade_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prevent_self_service_downgrade_url = _parse_prevent_self_service_downgrade_url(
            d.pop("prevent_self_service_downgrade_url", UNSET)
        )

        def _parse_scheduled_downgrade_behavior(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_downgrade_behavior = _parse_scheduled_downgrade_behavior(d.pop("scheduled_downgrade_behavior", UNSET))

        def _parse_scheduled_downgrade_prevent_when_over_limit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scheduled_downgrade_prevent_when_over_limit = _parse_scheduled_downgrade_prevent_when_over_limit(
            d.pop("scheduled_downgrade_prevent_when_over_limit", UNSET)
        )

        def _parse_trial_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_days = _parse_trial_days(d.pop("trial_days", UNSET))

        _trial_expiry_plan = d.pop("trial_expiry_plan", UNSET)
        trial_expiry_plan: PlanGroupPlanDetailResponseData | Unset
        if isinstance(_trial_expiry_plan, Unset):
            trial_expiry_plan = UNSET
        else:
            trial_expiry_plan = PlanGroupPlanDetailResponseData.from_dict(_trial_expiry_plan)

        def _parse_trial_expiry_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trial_expiry_plan_id = _parse_trial_expiry_plan_id(d.pop("trial_expiry_plan_id", UNSET))

        _trial_expiry_plan_price = d.pop("trial_expiry_plan_price", UNSET)
        trial_expiry_plan_price: BillingPriceView | Unset
        if isinstance(_trial_expiry_plan_price, Unset):
            trial_expiry_plan_price = UNSET
        else:
            trial_expiry_plan_price = BillingPriceView.from_dict(_trial_expiry_plan_price)

        def _parse_trial_expiry_plan_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trial_expiry_plan_price_id = _parse_trial_expiry_plan_price_id(d.pop("trial_expiry_plan_price_id", UNSET))

        def _parse_trial_payment_method_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        trial_payment_method_required = _parse_trial_payment_method_required(
            d.pop("trial_payment_method_required", UNSET)
        )

        trial_eligibility_per_plan = d.pop("trial_eligibility_per_plan", UNSET)

        plan_group_detail_response_data = cls(
            add_ons=add_ons,
            checkout_settings=checkout_settings,
            component_settings=component_settings,
            custom_checkout_fields=custom_checkout_fields,
            id=id,
            ordered_add_on_list=ordered_add_on_list,
            ordered_bundle_list=ordered_bundle_list,
            ordered_plan_list=ordered_plan_list,
            plans=plans,
            prevent_downgrades_when_over_limit=prevent_downgrades_when_over_limit,
            prevent_self_service_downgrade=prevent_self_service_downgrade,
            proration_behavior=proration_behavior,
            show_as_monthly_prices=show_as_monthly_prices,
            show_credits=show_credits,
            show_period_toggle=show_period_toggle,
            show_zero_price_as_free=show_zero_price_as_free,
            sync_customer_billing_details=sync_customer_billing_details,
            tax_collection_enabled=tax_collection_enabled,
            custom_plan_config=custom_plan_config,
            custom_plan_id=custom_plan_id,
            default_plan=default_plan,
            default_plan_id=default_plan_id,
            fallback_plan=fallback_plan,
            fallback_plan_id=fallback_plan_id,
            initial_plan=initial_plan,
            initial_plan_id=initial_plan_id,
            initial_plan_price=initial_plan_price,
            initial_plan_price_id=initial_plan_price_id,
            prevent_self_service_downgrade_button_text=prevent_self_service_downgrade_button_text,
            prevent_self_service_downgrade_url=prevent_self_service_downgrade_url,
            scheduled_downgrade_behavior=scheduled_downgrade_behavior,
            scheduled_downgrade_prevent_when_over_limit=scheduled_downgrade_prevent_when_over_limit,
            trial_days=trial_days,
            trial_expiry_plan=trial_expiry_plan,
            trial_expiry_plan_id=trial_expiry_plan_id,
            trial_expiry_plan_price=trial_expiry_plan_price,
            trial_expiry_plan_price_id=trial_expiry_plan_price_id,
            trial_payment_method_required=trial_payment_method_required,
            trial_eligibility_per_plan=trial_eligibility_per_plan,
        )

        plan_group_detail_response_data.additional_properties = d
        return plan_group_detail_response_data

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
