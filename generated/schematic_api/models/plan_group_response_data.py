from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.checkout_settings_response_data import CheckoutSettingsResponseData
    from ..models.compatible_plans_response_data import CompatiblePlansResponseData
    from ..models.component_settings_response_data import ComponentSettingsResponseData
    from ..models.ordered_plans_in_group import OrderedPlansInGroup


T = TypeVar("T", bound="PlanGroupResponseData")


def _convert_add_on_compatibilities(
    value: list[CompatiblePlansResponseData] | Sequence[CompatiblePlansResponseData | Mapping[str, Any]],
) -> list[CompatiblePlansResponseData]:
    return cast(
        "list[CompatiblePlansResponseData]",
        as_model_list(value, ".compatible_plans_response_data", "CompatiblePlansResponseData", __package__),
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


def _convert_ordered_add_on_ids(
    value: list[OrderedPlansInGroup] | Sequence[OrderedPlansInGroup | Mapping[str, Any]],
) -> list[OrderedPlansInGroup]:
    return cast(
        "list[OrderedPlansInGroup]", as_model_list(value, ".ordered_plans_in_group", "OrderedPlansInGroup", __package__)
    )


def _convert_plan_ids(
    value: list[OrderedPlansInGroup] | Sequence[OrderedPlansInGroup | Mapping[str, Any]],
) -> list[OrderedPlansInGroup]:
    return cast(
        "list[OrderedPlansInGroup]", as_model_list(value, ".ordered_plans_in_group", "OrderedPlansInGroup", __package__)
    )


@_attrs_define
class PlanGroupResponseData:
    """The `PlanGroupResponseData` object of the API.

    Attributes:
        add_on_compatibilities (list[CompatiblePlansResponseData])
        add_on_ids (list[str])
        checkout_settings (CheckoutSettingsResponseData)
        component_settings (ComponentSettingsResponseData)
        id (str)
        ordered_add_on_ids (list[OrderedPlansInGroup])
        plan_ids (list[OrderedPlansInGroup])
        prevent_downgrades_when_over_limit (bool)
        prevent_self_service_downgrade (bool)
        proration_behavior (str)
        show_as_monthly_prices (bool)
        show_credits (bool)
        show_period_toggle (bool)
        show_zero_price_as_free (bool)
        sync_customer_billing_details (bool)
        tax_collection_enabled (bool)
        default_plan_id (None | str | Unset)
        fallback_plan_id (None | str | Unset)
        initial_plan_id (None | str | Unset)
        initial_plan_price_id (None | str | Unset)
        prevent_self_service_downgrade_button_text (None | str | Unset)
        prevent_self_service_downgrade_url (None | str | Unset)
        scheduled_downgrade_behavior (None | str | Unset)
        scheduled_downgrade_prevent_when_over_limit (bool | None | Unset)
        trial_days (int | None | Unset)
        trial_expiry_plan_id (None | str | Unset)
        trial_expiry_plan_price_id (None | str | Unset)
        trial_payment_method_required (bool | None | Unset)
        trial_eligibility_per_plan (bool | Unset)
    """

    add_on_compatibilities: list[CompatiblePlansResponseData] = _attrs_field(converter=_convert_add_on_compatibilities)

    add_on_ids: list[str]

    checkout_settings: CheckoutSettingsResponseData = _attrs_field(converter=_convert_checkout_settings)

    component_settings: ComponentSettingsResponseData = _attrs_field(converter=_convert_component_settings)

    id: str

    ordered_add_on_ids: list[OrderedPlansInGroup] = _attrs_field(converter=_convert_ordered_add_on_ids)

    plan_ids: list[OrderedPlansInGroup] = _attrs_field(converter=_convert_plan_ids)

    prevent_downgrades_when_over_limit: bool

    prevent_self_service_downgrade: bool

    proration_behavior: str

    show_as_monthly_prices: bool

    show_credits: bool

    show_period_toggle: bool

    show_zero_price_as_free: bool

    sync_customer_billing_details: bool

    tax_collection_enabled: bool

    default_plan_id: None | str | Unset = UNSET

    fallback_plan_id: None | str | Unset = UNSET

    initial_plan_id: None | str | Unset = UNSET

    initial_plan_price_id: None | str | Unset = UNSET

    prevent_self_service_downgrade_button_text: None | str | Unset = UNSET

    prevent_self_service_downgrade_url: None | str | Unset = UNSET

    scheduled_downgrade_behavior: None | str | Unset = UNSET

    scheduled_downgrade_prevent_when_over_limit: bool | None | Unset = UNSET

    trial_days: int | None | Unset = UNSET

    trial_expiry_plan_id: None | str | Unset = UNSET

    trial_expiry_plan_price_id: None | str | Unset = UNSET

    trial_payment_method_required: bool | None | Unset = UNSET

    trial_eligibility_per_plan: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_on_compatibilities = []
        for add_on_compatibilities_item_data in self.add_on_compatibilities:
            add_on_compatibilities_item = add_on_compatibilities_item_data.to_dict()
            add_on_compatibilities.append(add_on_compatibilities_item)

        add_on_ids = self.add_on_ids

        checkout_settings = self.checkout_settings.to_dict()

        component_settings = self.component_settings.to_dict()

        id = self.id

        ordered_add_on_ids = []
        for ordered_add_on_ids_item_data in self.ordered_add_on_ids:
            ordered_add_on_ids_item = ordered_add_on_ids_item_data.to_dict()
            ordered_add_on_ids.append(ordered_add_on_ids_item)

        plan_ids = []
        for plan_ids_item_data in self.plan_ids:
            plan_ids_item = plan_ids_item_data.to_dict()
            plan_ids.append(plan_ids_item)

        prevent_downgrades_when_over_limit = self.prevent_downgrades_when_over_limit

        prevent_self_service_downgrade = self.prevent_self_service_downgrade

        proration_behavior = self.proration_behavior

        show_as_monthly_prices = self.show_as_monthly_prices

        show_credits = self.show_credits

        show_period_toggle = self.show_period_toggle

        show_zero_price_as_free = self.show_zero_price_as_free

        sync_customer_billing_details = self.sync_customer_billing_details

        tax_collection_enabled = self.tax_collection_enabled

        default_plan_id: None | str | Unset
        if isinstance(self.default_plan_id, Unset):
            default_plan_id = UNSET
        else:
            default_plan_id = self.default_plan_id

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

        trial_eligibility_per_plan = self.trial_eligibility_per_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_on_compatibilities": add_on_compatibilities,
                "add_on_ids": add_on_ids,
                "checkout_settings": checkout_settings,
                "component_settings": component_settings,
                "id": id,
                "ordered_add_on_ids": ordered_add_on_ids,
                "plan_ids": plan_ids,
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
        if default_plan_id is not UNSET:
            field_dict["default_plan_id"] = default_plan_id
        if fallback_plan_id is not UNSET:
            field_dict["fallback_plan_id"] = fallback_plan_id
        if initial_plan_id is not UNSET:
            field_dict["initial_plan_id"] = initial_plan_id
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
        if trial_expiry_plan_id is not UNSET:
            field_dict["trial_expiry_plan_id"] = trial_expiry_plan_id
        if trial_expiry_plan_price_id is not UNSET:
            field_dict["trial_expiry_plan_price_id"] = trial_expiry_plan_price_id
        if trial_payment_method_required is not UNSET:
            field_dict["trial_payment_method_required"] = trial_payment_method_required
        if trial_eligibility_per_plan is not UNSET:
            field_dict["trial_eligibility_per_plan"] = trial_eligibility_per_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_settings_response_data import CheckoutSettingsResponseData  # noqa: PLC0415
        from ..models.compatible_plans_response_data import CompatiblePlansResponseData  # noqa: PLC0415
        from ..models.component_settings_response_data import ComponentSettingsResponseData  # noqa: PLC0415
        from ..models.ordered_plans_in_group import OrderedPlansInGroup  # noqa: PLC0415

        d = dict(src_dict)
        add_on_compatibilities = []
        _add_on_compatibilities = d.pop("add_on_compatibilities")
        for add_on_compatibilities_item_data in _add_on_compatibilities:
            add_on_compatibilities_item = CompatiblePlansResponseData.from_dict(add_on_compatibilities_item_data)

            add_on_compatibilities.append(add_on_compatibilities_item)

        add_on_ids = cast(list[str], d.pop("add_on_ids"))

        checkout_settings = CheckoutSettingsResponseData.from_dict(d.pop("checkout_settings"))

        component_settings = ComponentSettingsResponseData.from_dict(d.pop("component_settings"))

        id = d.pop("id")

        ordered_add_on_ids = []
        _ordered_add_on_ids = d.pop("ordered_add_on_ids")
        for ordered_add_on_ids_item_data in _ordered_add_on_ids:
            ordered_add_on_ids_item = OrderedPlansInGroup.from_dict(ordered_add_on_ids_item_data)

            ordered_add_on_ids.append(ordered_add_on_ids_item)

        plan_ids = []
        _plan_ids = d.pop("plan_ids")
        for plan_ids_item_data in _plan_ids:
            plan_ids_item = OrderedPlansInGroup.from_dict(plan_ids_item_data)

            plan_ids.append(plan_ids_item)

        prevent_downgrades_when_over_limit = d.pop("prevent_downgrades_when_over_limit")

        prevent_self_service_downgrade = d.pop("prevent_self_service_downgrade")

        proration_behavior = d.pop("proration_behavior")

        show_as_monthly_prices = d.pop("show_as_monthly_prices")

        show_credits = d.pop("show_credits")

        show_period_toggle = d.pop("show_period_toggle")

        show_zero_price_as_free = d.pop("show_zero_price_as_free")

        sync_customer_billing_details = d.pop("sync_customer_billing_details")

        tax_collection_enabled = d.pop("tax_collection_enabled")

        def _parse_default_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_plan_id = _parse_default_plan_id(d.pop("default_plan_id", UNSET))

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

        trial_eligibility_per_plan = d.pop("trial_eligibility_per_plan", UNSET)

        plan_group_response_data = cls(
            add_on_compatibilities=add_on_compatibilities,
            add_on_ids=add_on_ids,
            checkout_settings=checkout_settings,
            component_settings=component_settings,
            id=id,
            ordered_add_on_ids=ordered_add_on_ids,
            plan_ids=plan_ids,
            prevent_downgrades_when_over_limit=prevent_downgrades_when_over_limit,
            prevent_self_service_downgrade=prevent_self_service_downgrade,
            proration_behavior=proration_behavior,
            show_as_monthly_prices=show_as_monthly_prices,
            show_credits=show_credits,
            show_period_toggle=show_period_toggle,
            show_zero_price_as_free=show_zero_price_as_free,
            sync_customer_billing_details=sync_customer_billing_details,
            tax_collection_enabled=tax_collection_enabled,
            default_plan_id=default_plan_id,
            fallback_plan_id=fallback_plan_id,
            initial_plan_id=initial_plan_id,
            initial_plan_price_id=initial_plan_price_id,
            prevent_self_service_downgrade_button_text=prevent_self_service_downgrade_button_text,
            prevent_self_service_downgrade_url=prevent_self_service_downgrade_url,
            scheduled_downgrade_behavior=scheduled_downgrade_behavior,
            scheduled_downgrade_prevent_when_over_limit=scheduled_downgrade_prevent_when_over_limit,
            trial_days=trial_days,
            trial_expiry_plan_id=trial_expiry_plan_id,
            trial_expiry_plan_price_id=trial_expiry_plan_price_id,
            trial_payment_method_required=trial_payment_method_required,
            trial_eligibility_per_plan=trial_eligibility_per_plan,
        )

        plan_group_response_data.additional_properties = d
        return plan_group_response_data

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
