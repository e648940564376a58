from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_bundle_purchase_behavior import (
    CheckoutBundlePurchaseBehavior,
    check_checkout_bundle_purchase_behavior,
)
from ..models.proration_behavior import ProrationBehavior, check_proration_behavior
from ..models.scheduled_downgrade_config_behavior import (
    ScheduledDowngradeConfigBehavior,
    check_scheduled_downgrade_config_behavior,
)
from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.checkout_field_input import CheckoutFieldInput
    from ..models.compatible_plans import CompatiblePlans
    from ..models.custom_plan_config import CustomPlanConfig
    from ..models.ordered_plans_in_group import OrderedPlansInGroup
    from ..models.plan_group_bundle_order import PlanGroupBundleOrder


T = TypeVar("T", bound="UpdatePlanGroupRequestBody")


def _convert_ordered_add_ons(
    value: list[OrderedPlansInGroup] | Sequence[OrderedPlansInGroup | Mapping[str, Any]],
) -> list[OrderedPlansInGroup]:
    return cast(
        "list[OrderedPlansInGroup]", as_model_list(value, ".ordered_plans_in_group", "OrderedPlansInGroup", __package__)
    )


def _convert_ordered_bundle_list(
    value: list[PlanGroupBundleOrder] | Sequence[PlanGroupBundleOrder | Mapping[str, Any]],
) -> list[PlanGroupBundleOrder]:
    return cast(
        "list[PlanGroupBundleOrder]",
        as_model_list(value, ".plan_group_bundle_order", "PlanGroupBundleOrder", __package__),
    )


def _convert_ordered_plans(
    value: list[OrderedPlansInGroup] | Sequence[OrderedPlansInGroup | Mapping[str, Any]],
) -> list[OrderedPlansInGroup]:
    return cast(
        "list[OrderedPlansInGroup]", as_model_list(value, ".ordered_plans_in_group", "OrderedPlansInGroup", __package__)
    )


def _convert_custom_plan_config(value: CustomPlanConfig | Unset | Mapping[str, Any]) -> CustomPlanConfig | Unset:
    return cast("CustomPlanConfig | Unset", as_model(value, ".custom_plan_config", "CustomPlanConfig", __package__))


@_attrs_define
class UpdatePlanGroupRequestBody:
    """The `UpdatePlanGroupRequestBody` object of the API.

    Attributes:
        add_on_ids (list[str])
        checkout_collect_address (bool)
        checkout_collect_email (bool)
        checkout_collect_phone (bool)
        checkout_collect_tax_id (bool)
        enable_tax_collection (bool)
        opt_in_enabled (bool)
        ordered_add_ons (list[OrderedPlansInGroup])
        ordered_bundle_list (list[PlanGroupBundleOrder])
        ordered_plans (list[OrderedPlansInGroup])
        prevent_downgrades_when_over_limit (bool)
        prevent_self_service_downgrade (bool)
        proration_behavior (ProrationBehavior)
        show_as_monthly_prices (bool)
        show_credits (bool)
        show_feature_description (bool)
        show_hard_limit (bool)
        show_period_toggle (bool)
        show_zero_price_as_free (bool)
        sync_customer_billing_details (bool)
        add_on_compatibilities (list[CompatiblePlans] | None | Unset)
        checkout_bundle_purchase_behavior (CheckoutBundlePurchaseBehavior | Unset)
        custom_checkout_fields (list[CheckoutFieldInput] | None | Unset)
        custom_plan_config (CustomPlanConfig | Unset)
        custom_plan_id (None | str | Unset)
        fallback_plan_id (None | str | Unset)
        initial_plan_id (None | str | Unset)
        initial_plan_price_id (None | str | Unset)
        opt_in_text (None | str | Unset)
        opt_in_title (None | str | Unset)
        prevent_self_service_downgrade_button_text (None | str | Unset)
        prevent_self_service_downgrade_url (None | str | Unset)
        scheduled_downgrade_behavior (None | ScheduledDowngradeConfigBehavior | Unset)
        scheduled_downgrade_prevent_when_over_limit (bool | None | Unset)
        trial_days (int | None | Unset)
        trial_expiry_plan_id (None | str | Unset)
        trial_expiry_plan_price_id (None | str | Unset)
        trial_payment_method_required (bool | None | Unset)
    """

    add_on_ids: list[str]

    checkout_collect_address: bool

    checkout_collect_email: bool

    checkout_collect_phone: bool

    checkout_collect_tax_id: bool

    enable_tax_collection: bool

    opt_in_enabled: bool

    ordered_add_ons: list[OrderedPlansInGroup] = _attrs_field(converter=_convert_ordered_add_ons)

    ordered_bundle_list: list[PlanGroupBundleOrder] = _attrs_field(converter=_convert_ordered_bundle_list)

    ordered_plans: list[OrderedPlansInGroup] = _attrs_field(converter=_convert_ordered_plans)

    prevent_downgrades_when_over_limit: bool

    prevent_self_service_downgrade: bool

    proration_behavior: ProrationBehavior

    show_as_monthly_prices: bool

    show_credits: bool

    show_feature_description: bool

    show_hard_limit: bool

    show_period_toggle: bool

    show_zero_price_as_free: bool

    sync_customer_billing_details: bool

    add_on_compatibilities: list[CompatiblePlans] | None | Unset = UNSET

    checkout_bundle_purchase_behavior: CheckoutBundlePurchaseBehavior | Unset = UNSET

    custom_checkout_fields: list[CheckoutFieldInput] | None | Unset = UNSET

    custom_plan_config: CustomPlanConfig | Unset = _attrs_field(default=UNSET, converter=_convert_custom_plan_config)

    custom_plan_id: None | str | Unset = UNSET

    fallback_plan_id: None | str | Unset = UNSET

    initial_plan_id: None | str | Unset = UNSET

    initial_plan_price_id: None | str | Unset = UNSET

    opt_in_text: None | str | Unset = UNSET

    opt_in_title: None | str | Unset = UNSET

    prevent_self_service_downgrade_button_text: None | str | Unset = UNSET

    prevent_self_service_downgrade_url: None | str | Unset = UNSET

    scheduled_downgrade_behavior: None | ScheduledDowngradeConfigBehavior | Unset = UNSET

    scheduled_downgrade_prevent_when_over_limit: bool | None | Unset = UNSET

    trial_days: int | None | Unset = UNSET

    trial_expiry_plan_id: None | str | Unset = UNSET

    trial_expiry_plan_price_id: None | str | Unset = UNSET

    trial_payment_method_required: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_on_ids = self.add_on_ids

        checkout_collect_address = self.checkout_collect_address

        checkout_collect_email = self.checkout_collect_email

        checkout_collect_phone = self.checkout_collect_phone

        checkout_collect_tax_id = self.checkout_collect_tax_id

        enable_tax_collection = self.enable_tax_collection

        opt_in_enabled = self.opt_in_enabled

        ordered_add_ons = []
        for ordered_add_ons_item_data in self.ordered_add_ons:
            ordered_add_ons_item = ordered_add_ons_item_data.to_dict()
            ordered_add_ons.append(ordered_add_ons_item)

        ordered_bundle_list = []
        for ordered_bundle_list_item_data in self.ordered_bundle_list:
            ordered_bundle_list_item = ordered_bundle_list_item_data.to_dict()
            ordered_bundle_list.append(ordered_bundle_list_item)

        ordered_plans = []
        for ordered_plans_item_data in self.ordered_plans:
            ordered_plans_item = ordered_plans_item_data.to_dict()
            ordered_plans.append(ordered_plans_item)

        prevent_downgrades_when_over_limit = self.prevent_downgrades_when_over_limit

        prevent_self_service_downgrade = self.prevent_self_service_downgrade

        proration_behavior: str = self.proration_behavior

        show_as_monthly_prices = self.show_as_monthly_prices

        show_credits = self.show_credits

        show_feature_description = self.show_feature_description

        show_hard_limit = self.show_hard_limit

        show_period_toggle = self.show_period_toggle

        show_zero_price_as_free = self.show_zero_price_as_free

        sync_customer_billing_details = self.sync_customer_billing_details

        add_on_compatibilities: list[dict[str, Any]] | None | Unset
        if isinstance(self.add_on_compatibilities, Unset):
            add_on_compatibilities = UNSET
        elif isinstance(self.add_on_compatibilities, list):
            add_on_compatibilities = []
            for add_on_compatibilities_type_0_item_data in self.add_on_compatibilities:
                add_on_compatibilities_type_0_item = add_on_compatibilities_type_0_item_data.to_dict()
                add_on_compatibilities.append(add_on_compatibilities_type_0_item)

        else:
            add_on_compatibilities = self.add_on_compatibilities

        checkout_bundle_purchase_behavior: str | Unset = UNSET
        if not isinstance(self.checkout_bundle_purchase_behavior, Unset):
            checkout_bundle_purchase_behavior = self.checkout_bundle_purchase_behavior

        custom_checkout_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_checkout_fields, Unset):
            custom_checkout_fields = UNSET
        elif isinstance(self.custom_checkout_fields, list):
            custom_checkout_fields = []
            for custom_checkout_fields_type_0_item_data in self.custom_checkout_fields:
                custom_checkout_fields_type_0_item = custom_checkout_fields_type_0_item_data.to_dict()
                custom_checkout_fields.append(custom_checkout_fields_type_0_item)

        else:
            custom_checkout_fields = self.custom_checkout_fields

        custom_plan_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_plan_config, Unset):
            custom_plan_config = self.custom_plan_config.to_dict()

        custom_plan_id: None | str | Unset
        if isinstance(self.custom_plan_id, Unset):
            custom_plan_id = UNSET
        else:
            custom_plan_id = self.custom_plan_id

        fallback_plan_id: None | str | Unset
        if isinstance(self.fallback_plan_id, Unset):
            fallback_plan_id = UNSET
        else:
            fallback_plan_id = self.fallback_plan_id

        initial_plan_id: None | str | Unset
        if isinstance(self.initial_plan_id, Unset):
            initial_plan_id = UNSET
        else:
            initial_plan_id = self.initial_plan_id

        initial_plan_price_id: None | str | Unset
        if isinstance(self.initial_plan_price_id, Unset):
            initial_plan_price_id = UNSET
        else:
            initial_plan_price_id = self.initial_plan_price_id

        opt_in_text: None | str | Unset
        if isinstance(self.opt_in_text, Unset):
            opt_in_text = UNSET
        else:
            opt_in_text = self.opt_in_text

        opt_in_title: None | str | Unset
        if isinstance(self.opt_in_title, Unset):
            opt_in_title = UNSET
        else:
            opt_in_title = self.opt_in_title

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
        elif isinstance(self.scheduled_downgrade_behavior, str):
            scheduled_downgrade_behavior = self.scheduled_downgrade_behavior
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

        trial_expiry_plan_id: None | str | Unset
        if isinstance(self.trial_expiry_plan_id, Unset):
            trial_expiry_plan_id = UNSET
        else:
            trial_expiry_plan_id = self.trial_expiry_plan_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_on_ids": add_on_ids,
                "checkout_collect_address": checkout_collect_address,
                "checkout_collect_email": checkout_collect_email,
                "checkout_collect_phone": checkout_collect_phone,
                "checkout_collect_tax_id": checkout_collect_tax_id,
                "enable_tax_collection": enable_tax_collection,
                "opt_in_enabled": opt_in_enabled,
                "ordered_add_ons": ordered_add_ons,
                "ordered_bundle_list": ordered_bundle_list,
                "ordered_plans": ordered_plans,
                "prevent_downgrades_when_over_limit": prevent_downgrades_when_over_limit,
                "prevent_self_service_downgrade": prevent_self_service_downgrade,
                "proration_behavior": proration_behavior,
                "show_as_monthly_prices": show_as_monthly_prices,
                "show_credits": show_credits,
                "show_feature_description": show_feature_description,
                "show_hard_limit": show_hard_limit,
                "show_period_toggle": show_period_toggle,
                "show_zero_price_as_free": show_zero_price_as_free,
                "sync_customer_billing_details": sync_customer_billing_details,
            }
        )
        if add_on_compatibilities is not UNSET:
            field_dict["add_on_compatibilities"] = add_on_compatibilities
        if checkout_bundle_purchase_behavior is not UNSET:
            field_dict["checkout_bundle_purchase_behavior"] = checkout_bundle_purchase_behavior
        if custom_checkout_fields is not UNSET:
            field_dict["custom_checkout_fields"] = custom_checkout_fields
        if custom_plan_config is not UNSET:
            field_dict["custom_plan_config"] = custom_plan_config
        if custom_plan_id is not UNSET:
            field_dict["custom_plan_id"] = custom_plan_id
        if fallback_plan_id is not UNSET:
            field_dict["fallback_plan_id"] = fallback_plan_id
        if initial_plan_id is not UNSET:
            field_dict["initial_plan_id"] = initial_plan_id
        if initial_plan_price_id is not UNSET:
            field_dict["initial_plan_price_id"] = initial_plan_price_id
        if opt_in_text is not UNSET:
            field_dict["opt_in_text"] = opt_in_text
        if opt_in_title is not UNSET:
            field_dict["opt_in_title"] = opt_in_title
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
        if trial_expiry_plan_id is not UNSET:
            field_dict["trial_expiry_plan_id"] = trial_expiry_plan_id
        if trial_expiry_plan_price_id is not UNSET:
            field_dict["trial_expiry_plan_price_id"] = trial_expiry_plan_price_id
        if trial_payment_method_required is not UNSET:
            field_dict["trial_payment_method_required"] = trial_payment_method_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_field_input import CheckoutFieldInput  # noqa: PLC0415
        from ..models.compatible_plans import CompatiblePlans  # noqa: PLC0415
        from ..models.custom_plan_config import CustomPlanConfig  # noqa: PLC0415
        from ..models.ordered_plans_in_group import OrderedPlansInGroup  # noqa: PLC0415
        from ..models.plan_group_bundle_order import PlanGroupBundleOrder  # noqa: PLC0415

        d = dict(src_dict)
        add_on_ids = cast(list[str], d.pop("add_on_ids"))

        checkout_collect_address = d.pop("checkout_collect_address")

        checkout_collect_email = d.pop("checkout_collect_email")

        checkout_collect_phone = d.pop("checkout_collect_phone")

        checkout_collect_tax_id = d.pop("checkout_collect_tax_id")

        enable_tax_collection = d.pop("enable_tax_collection")

        opt_in_enabled = d.pop("opt_in_enabled")

        ordered_add_ons = []
        _ordered_add_ons = d.pop("ordered_add_ons")
        for ordered_add_ons_item_data in _ordered_add_ons:
            ordered_add_ons_item = OrderedPlansInGroup.from_dict(ordered_add_ons_item_data)

            ordered_add_ons.append(ordered_add_ons_item)

        ordered_bundle_list = []
        _ordered_bundle_list = d.pop("ordered_bundle_list")
        for ordered_bundle_list_item_data in _ordered_bundle_list:
            ordered_bundle_list_item = PlanGroupBundleOrder.from_dict(ordered_bundle_list_item_data)

            ordered_bundle_list.append(ordered_bundle_list_item)

        ordered_plans = []
        _ordered_plans = d.pop("ordered_plans")
        for ordered_plans_item_data in _ordered_plans:
            ordered_plans_item = OrderedPlansInGroup.from_dict(ordered_plans_item_data)

            ordered_plans.append(ordered_plans_item)

        prevent_downgrades_when_over_limit = d.pop("prevent_downgrades_when_over_limit")

        prevent_self_service_downgrade = d.pop("prevent_self_service_downgrade")

        proration_behavior = check_proration_behavior(d.pop("proration_behavior"))

        show_as_monthly_prices = d.pop("show_as_monthly_prices")

        show_credits = d.pop("show_credits")

        show_feature_description = d.pop("show_feature_description")

        show_hard_limit = d.pop("show_hard_limit")

        show_period_toggle = d.pop("show_period_toggle")

        show_zero_price_as_free = d.pop("show_zero_price_as_free")

        sync_customer_billing_details = d.pop("sync_customer_billing_details")

        def _parse_add_on_compatibilities(data: object) -> list[CompatiblePlans] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                add_on_compatibilities_type_0 = []
                _add_on_compatibilities_type_0 = data
                for add_on_compatibilities_type_0_item_data in _add_on_compatibilities_type_0:
                    add_on_compatibilities_type_0_item = CompatiblePlans.from_dict(
                        add_on_compatibilities_type_0_item_data
                    )

                    add_on_compatibilities_type_0.append(add_on_compatibilities_type_0_item)

                return add_on_compatibilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CompatiblePlans] | None | Unset, data)

        add_on_compatibilities = _parse_add_on_compatibilities(d.pop("add_on_compatibilities", UNSET))

        _checkout_bundle_purchase_behavior = d.pop("checkout_bundle_purchase_behavior", UNSET)
        checkout_bundle_purchase_behavior: CheckoutBundlePurchaseBehavior | Unset
        if isinstance(_checkout_bundle_purchase_behavior, Unset):
            checkout_bundle_purchase_behavior = UNSET
        else:
            checkout_bundle_purchase_behavior = check_checkout_bundle_purchase_behavior(
                _checkout_bundle_purchase_behavior
            )

        def _parse_custom_checkout_fields(data: object) -> list[CheckoutFieldInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_checkout_fields_type_0 = []
                _custom_checkout_fields_type_0 = data
                for custom_checkout_fields_type_0_item_data in _custom_checkout_fields_type_0:
                    custom_checkout_fields_type_0_item = CheckoutFieldInput.from_dict(
                        custom_checkout_fields_type_0_item_data
                    )

                    custom_checkout_fields_type_0.append(custom_checkout_fields_type_0_item)

                return custom_checkout_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CheckoutFieldInput] | None | Unset, data)

        custom_checkout_fields = _parse_custom_checkout_fields(d.pop("custom_checkout_fields", UNSET))

        _custom_plan_config = d.pop("custom_plan_config", UNSET)
        custom_plan_config: CustomPlanConfig | Unset
        if isinstance(_custom_plan_config, Unset):
            custom_plan_config = UNSET
        else:
            custom_plan_config = CustomPlanConfig.from_dict(_custom_plan_config)

        def _parse_custom_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_plan_id = _parse_custom_plan_id(d.pop("custom_plan_id", UNSET))

        def _parse_fallback_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_plan_id = _parse_fallback_plan_id(d.pop("fallback_plan_id", UNSET))

        def _parse_initial_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_plan_id = _parse_initial_plan_id(d.pop("initial_plan_id", UNSET))

        def _parse_initial_plan_price_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_plan_price_id = _parse_initial_plan_price_id(d.pop("initial_plan_price_id", UNSET))

        def _parse_opt_in_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_in_text = _parse_opt_in_text(d.pop("opt_in_text", UNSET))

        def _parse_opt_in_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_in_title = _parse_opt_in_title(d.pop("opt_in_title", UNSET))

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

        def _parse_scheduled_downgrade_behavior(data: object) -> None | ScheduledDowngradeConfigBehavior | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_scheduled_downgrade_config_behavior(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduledDowngradeConfigBehavior | Unset, data)

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

        def _parse_trial_expiry_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trial_expiry_plan_id = _parse_trial_expiry_plan_id(d.pop("trial_expiry_plan_id", UNSET))

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

        update_plan_group_request_body = cls(
            add_on_ids=add_on_ids,
            checkout_collect_address=checkout_collect_address,
            checkout_collect_email=checkout_collect_email,
            checkout_collect_phone=checkout_collect_phone,
            checkout_collect_tax_id=checkout_collect_tax_id,
            enable_tax_collection=enable_tax_collection,
            opt_in_enabled=opt_in_enabled,
            ordered_add_ons=ordered_add_ons,
            ordered_bundle_list=ordered_bundle_list,
            ordered_plans=ordered_plans,
            prevent_downgrades_when_over_limit=prevent_downgrades_when_over_limit,
            prevent_self_service_downgrade=prevent_self_service_downgrade,
            proration_behavior=proration_behavior,
            show_as_monthly_prices=show_as_monthly_prices,
            show_credits=show_credits,
            show_feature_description=show_feature_description,
            show_hard_limit=show_hard_limit,
            show_period_toggle=show_period_toggle,
            show_zero_price_as_free=show_zero_price_as_free,
            sync_customer_billing_details=sync_customer_billing_details,
            add_on_compatibilities=add_on_compatibilities,
            checkout_bundle_purchase_behavior=checkout_bundle_purchase_behavior,
            custom_checkout_fields=custom_checkout_fields,
            custom_plan_config=custom_plan_config,
            custom_plan_id=custom_plan_id,
            fallback_plan_id=fallback_plan_id,
            initial_plan_id=initial_plan_id,
            initial_plan_price_id=initial_plan_price_id,
            opt_in_text=opt_in_text,
            opt_in_title=opt_in_title,
            prevent_self_service_downgrade_button_text=prevent_self_service_downgrade_button_text,
            prevent_self_service_downgrade_url=prevent_self_service_downgrade_url,
            scheduled_downgrade_behavior=scheduled_downgrade_behavior,
            scheduled_downgrade_prevent_when_over_limit=scheduled_downgrade_prevent_when_over_limit,
            trial_days=trial_days,
            trial_expiry_plan_id=trial_expiry_plan_id,
            trial_expiry_plan_price_id=trial_expiry_plan_price_id,
            trial_payment_method_required=trial_payment_method_required,
        )

        update_plan_group_request_body.additional_properties = d
        return update_plan_group_request_body

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
