from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.billing_credit_bundle_view import BillingCreditBundleView
    from ..models.checkout_field_with_value import CheckoutFieldWithValue
    from ..models.company_detail_response_data import CompanyDetailResponseData
    from ..models.company_plan_detail_response_data import CompanyPlanDetailResponseData
    from ..models.company_subscription_response_data import CompanySubscriptionResponseData
    from ..models.compatible_plans import CompatiblePlans
    from ..models.component_capabilities import ComponentCapabilities
    from ..models.component_checkout_settings import ComponentCheckoutSettings
    from ..models.component_display_settings import ComponentDisplaySettings
    from ..models.component_response_data import ComponentResponseData
    from ..models.credit_company_grant_view import CreditCompanyGrantView
    from ..models.feature_usage_detail_response_data import FeatureUsageDetailResponseData
    from ..models.invoice_response_data import InvoiceResponseData
    from ..models.plan_detail_response_data import PlanDetailResponseData
    from ..models.scheduled_downgrade_response_data import ScheduledDowngradeResponseData
    from ..models.stripe_embed_info import StripeEmbedInfo
    from ..models.upcoming_invoice_response_data import UpcomingInvoiceResponseData
    from ..models.usage_based_entitlement_response_data import UsageBasedEntitlementResponseData


T = TypeVar("T", bound="ComponentPreviewResponseData")


def _convert_active_add_ons(
    value: list[CompanyPlanDetailResponseData] | Sequence[CompanyPlanDetailResponseData | Mapping[str, Any]],
) -> list[CompanyPlanDetailResponseData]:
    return cast(
        "list[CompanyPlanDetailResponseData]",
        as_model_list(value, ".company_plan_detail_response_data", "CompanyPlanDetailResponseData", __package__),
    )


def _convert_active_plans(
    value: list[CompanyPlanDetailResponseData] | Sequence[CompanyPlanDetailResponseData | Mapping[str, Any]],
) -> list[CompanyPlanDetailResponseData]:
    return cast(
        "list[CompanyPlanDetailResponseData]",
        as_model_list(value, ".company_plan_detail_response_data", "CompanyPlanDetailResponseData", __package__),
    )


def _convert_active_usage_based_entitlements(
    value: list[UsageBasedEntitlementResponseData] | Sequence[UsageBasedEntitlementResponseData | Mapping[str, Any]],
) -> list[UsageBasedEntitlementResponseData]:
    return cast(
        "list[UsageBasedEntitlementResponseData]",
        as_model_list(
            value, ".usage_based_entitlement_response_data", "UsageBasedEntitlementResponseData", __package__
        ),
    )


def _convert_add_on_compatibilities(
    value: list[CompatiblePlans] | Sequence[CompatiblePlans | Mapping[str, Any]],
) -> list[CompatiblePlans]:
    return cast("list[CompatiblePlans]", as_model_list(value, ".compatible_plans", "CompatiblePlans", __package__))


def _convert_checkout_settings(value: ComponentCheckoutSettings | Mapping[str, Any]) -> ComponentCheckoutSettings:
    return cast(
        "ComponentCheckoutSettings",
        as_model(value, ".component_checkout_settings", "ComponentCheckoutSettings", __package__),
    )


def _convert_credit_bundles(
    value: list[BillingCreditBundleView] | Sequence[BillingCreditBundleView | Mapping[str, Any]],
) -> list[BillingCreditBundleView]:
    return cast(
        "list[BillingCreditBundleView]",
        as_model_list(value, ".billing_credit_bundle_view", "BillingCreditBundleView", __package__),
    )


def _convert_credit_grants(
    value: list[CreditCompanyGrantView] | Sequence[CreditCompanyGrantView | Mapping[str, Any]],
) -> list[CreditCompanyGrantView]:
    return cast(
        "list[CreditCompanyGrantView]",
        as_model_list(value, ".credit_company_grant_view", "CreditCompanyGrantView", __package__),
    )


def _convert_custom_checkout_fields(
    value: list[CheckoutFieldWithValue] | Sequence[CheckoutFieldWithValue | Mapping[str, Any]],
) -> list[CheckoutFieldWithValue]:
    return cast(
        "list[CheckoutFieldWithValue]",
        as_model_list(value, ".checkout_field_with_value", "CheckoutFieldWithValue", __package__),
    )


def _convert_display_settings(value: ComponentDisplaySettings | Mapping[str, Any]) -> ComponentDisplaySettings:
    return cast(
        "ComponentDisplaySettings",
        as_model(value, ".component_display_settings", "ComponentDisplaySettings", __package__),
    )


def _convert_invoices(
    value: list[InvoiceResponseData] | Sequence[InvoiceResponseData | Mapping[str, Any]],
) -> list[InvoiceResponseData]:
    return cast(
        "list[InvoiceResponseData]", as_model_list(value, ".invoice_response_data", "InvoiceResponseData", __package__)
    )


def _convert_capabilities(value: ComponentCapabilities | Unset | Mapping[str, Any]) -> ComponentCapabilities | Unset:
    return cast(
        "ComponentCapabilities | Unset",
        as_model(value, ".component_capabilities", "ComponentCapabilities", __package__),
    )


def _convert_company(value: CompanyDetailResponseData | Unset | Mapping[str, Any]) -> CompanyDetailResponseData | Unset:
    return cast(
        "CompanyDetailResponseData | Unset",
        as_model(value, ".company_detail_response_data", "CompanyDetailResponseData", __package__),
    )


def _convert_component(value: ComponentResponseData | Unset | Mapping[str, Any]) -> ComponentResponseData | Unset:
    return cast(
        "ComponentResponseData | Unset",
        as_model(value, ".component_response_data", "ComponentResponseData", __package__),
    )


def _convert_default_plan(value: PlanDetailResponseData | Unset | Mapping[str, Any]) -> PlanDetailResponseData | Unset:
    return cast(
        "PlanDetailResponseData | Unset",
        as_model(value, ".plan_detail_response_data", "PlanDetailResponseData", __package__),
    )


def _convert_feature_usage(
    value: FeatureUsageDetailResponseData | Unset | Mapping[str, Any],
) -> FeatureUsageDetailResponseData | Unset:
    return cast(
        "FeatureUsageDetailResponseData | Unset",
        as_model(value, ".feature_usage_detail_response_data", "FeatureUsageDetailResponseData", __package__),
    )


def _convert_post_trial_plan(
    value: PlanDetailResponseData | Unset | Mapping[str, Any],
) -> PlanDetailResponseData | Unset:
    return cast(
        "PlanDetailResponseData | Unset",
        as_model(value, ".plan_detail_response_data", "PlanDetailResponseData", __package__),
    )


def _convert_scheduled_downgrade(
    value: ScheduledDowngradeResponseData | Unset | Mapping[str, Any],
) -> ScheduledDowngradeResponseData | Unset:
    return cast(
        "ScheduledDowngradeResponseData | Unset",
        as_model(value, ".scheduled_downgrade_response_data", "ScheduledDowngradeResponseData", __package__),
    )


def _convert_stripe_embed(value: StripeEmbedInfo | Unset | Mapping[str, Any]) -> StripeEmbedInfo | Unset:
    return cast("StripeEmbedInfo | Unset", as_model(value, ".stripe_embed_info", "StripeEmbedInfo", __package__))


def _convert_subscription(
    value: CompanySubscriptionResponseData | Unset | Mapping[str, Any],
) -> CompanySubscriptionResponseData | Unset:
    return cast(
        "CompanySubscriptionResponseData | Unset",
        as_model(value, ".company_subscription_response_data", "CompanySubscriptionResponseData", __package__),
    )


def _convert_upcoming_invoice(
    value: UpcomingInvoiceResponseData | Unset | Mapping[str, Any],
) -> UpcomingInvoiceResponseData | Unset:
    return cast(
        "UpcomingInvoiceResponseData | Unset",
        as_model(value, ".upcoming_invoice_response_data", "UpcomingInvoiceResponseData", __package__),
    )


@_attrs_define
class ComponentPreviewResponseData:
    """The `ComponentPreviewResponseData` object of the API.

    Attributes:
        active_add_ons (list[CompanyPlanDetailResponseData])
        active_plans (list[CompanyPlanDetailResponseData])
        active_usage_based_entitlements (list[UsageBasedEntitlementResponseData])
        add_on_compatibilities (list[CompatiblePlans])
        checkout_settings (ComponentCheckoutSettings)
        credit_bundles (list[BillingCreditBundleView])
        credit_grants (list[CreditCompanyGrantView])
        custom_checkout_fields (list[CheckoutFieldWithValue])
        display_settings (ComponentDisplaySettings)
        invoices (list[InvoiceResponseData])
        prevent_self_service_downgrade (bool)
        show_as_monthly_prices (bool)
        show_credits (bool)
        show_period_toggle (bool)
        show_zero_price_as_free (bool)
        capabilities (ComponentCapabilities | Unset)
        company (CompanyDetailResponseData | Unset): A company with its keys, traits, entitlements, metrics, plans and billing
        component (ComponentResponseData | Unset)
        default_plan (PlanDetailResponseData | Unset): A plan with its features, versions, prices and billing
        feature_usage (FeatureUsageDetailResponseData | Unset)
        post_trial_plan (PlanDetailResponseData | Unset): A plan with its features, versions, prices and billing
        prevent_self_service_downgrade_button_text (None | str | Unset)
        prevent_self_service_downgrade_url (None | str | Unset)
        scheduled_downgrade (ScheduledDowngradeResponseData | Unset)
        stripe_embed (StripeEmbedInfo | Unset)
        subscription (CompanySubscriptionResponseData | Unset)
        trial_payment_method_required (bool | None | Unset)
        upcoming_invoice (UpcomingInvoiceResponseData | Unset)
    """

    active_add_ons: list[CompanyPlanDetailResponseData] = _attrs_field(converter=_convert_active_add_ons)

    active_plans: list[CompanyPlanDetailResponseData] = _attrs_field(converter=_convert_active_plans)

    active_usage_based_entitlements: list[UsageBasedEntitlementResponseData] = _attrs_field(
        converter=_convert_active_usage_based_entitlements
    )

    add_on_compatibilities: list[CompatiblePlans] = _attrs_field(converter=_convert_add_on_compatibilities)

    checkout_settings: ComponentCheckoutSettings = _attrs_field(converter=_convert_checkout_settings)

    credit_bundles: list[BillingCreditBundleView] = _attrs_field(converter=_convert_credit_bundles)

    credit_grants: list[CreditCompanyGrantView] = _attrs_field(converter=_convert_credit_grants)

    custom_checkout_fields: list[CheckoutFieldWithValue] = _attrs_field(converter=_convert_custom_checkout_fields)

    display_settings: ComponentDisplaySettings = _attrs_field(converter=_convert_display_settings)

    invoices: list[InvoiceResponseData] = _attrs_field(converter=_convert_invoices)

    prevent_self_service_downgrade: bool

    show_as_monthly_prices: bool

    show_credits: bool

    show_period_toggle: bool

    show_zero_price_as_free: bool

    capabilities: ComponentCapabilities | Unset = _attrs_field(default=UNSET, converter=_convert_capabilities)

    company: CompanyDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    component: ComponentResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_component)

    default_plan: PlanDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_default_plan)

    feature_usage: FeatureUsageDetailResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_feature_usage
    )

    post_trial_plan: PlanDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_post_trial_plan)

    prevent_self_service_downgrade_button_text: None | str | Unset = UNSET

    prevent_self_service_downgrade_url: None | str | Unset = UNSET

    scheduled_downgrade: ScheduledDowngradeResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_scheduled_downgrade
    )

    stripe_embed: StripeEmbedInfo | Unset = _attrs_field(default=UNSET, converter=_convert_stripe_embed)

    subscription: CompanySubscriptionResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_subscription)

    trial_payment_method_required: bool | None | Unset = UNSET

    upcoming_invoice: UpcomingInvoiceResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_upcoming_invoice
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_add_ons = []
        for active_add_ons_item_data in self.active_add_ons:
            active_add_ons_item = active_add_ons_item_data.to_dict()
            active_add_ons.append(active_add_ons_item)

        active_plans = []
        for active_plans_item_data in self.active_plans:
            active_plans_item = active_plans_item_data.to_dict()
            active_plans.append(active_plans_item)

        active_usage_based_entitlements = []
        for active_usage_based_entitlements_item_data in self.active_usage_based_entitlements:
            active_usage_based_entitlements_item = active_usage_based_entitlements_item_data.to_dict()
            active_usage_based_entitlements.append(active_usage_based_entitlements_item)

        add_on_compatibilities = []
        for add_on_compatibilities_item_data in self.add_on_compatibilities:
            add_on_compatibilities_item = add_on_compatibilities_item_data.to_dict()
            add_on_compatibilities.append(add_on_compatibilities_item)

        checkout_settings = self.checkout_settings.to_dict()

        credit_bundles = []
        for credit_bundles_item_data in self.credit_bundles:
            credit_bundles_item = credit_bundles_item_data.to_dict()
            credit_bundles.append(credit_bundles_item)

        credit_grants = []
        for credit_grants_item_data in self.credit_grants:
            credit_grants_item = credit_grants_item_data.to_dict()
            credit_grants.append(credit_grants_item)

        custom_checkout_fields = []
        for custom_checkout_fields_item_data in self.custom_checkout_fields:
            custom_checkout_fields_item = custom_checkout_fields_item_data.to_dict()
            custom_checkout_fields.append(custom_checkout_fields_item)

        display_settings = self.display_settings.to_dict()

        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        prevent_self_service_downgrade = self.prevent_self_service_downgrade

        show_as_monthly_prices = self.show_as_monthly_prices

        show_credits = self.show_credits

        show_period_toggle = self.show_period_toggle

        show_zero_price_as_free = self.show_zero_price_as_free

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.component, Unset):
            component = self.component.to_dict()

        default_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_plan, Unset):
            default_plan = self.default_plan.to_dict()

        feature_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature_usage, Unset):
            feature_usage = self.feature_usage.to_dict()

        post_trial_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_trial_plan, Unset):
            post_trial_plan = self.post_trial_plan.to_dict()

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

        scheduled_downgrade: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_downgrade, Unset):
            scheduled_downgrade = self.scheduled_downgrade.to_dict()

        stripe_embed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe_embed, Unset):
            stripe_embed = self.stripe_embed.to_dict()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        trial_payment_method_required: bool | None | Unset
        if isinstance(self.trial_payment_method_required, Unset):
            trial_payment_method_required = UNSET
        else:
            trial_payment_method_required = self.trial_payment_method_required

        upcoming_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upcoming_invoice, Unset):
            upcoming_invoice = self.upcoming_invoice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_add_ons": active_add_ons,
                "active_plans": active_plans,
                "active_usage_based_entitlements": active_usage_based_entitlements,
                "add_on_compatibilities": add_on_compatibilities,
                "checkout_settings": checkout_settings,
                "credit_bundles": credit_bundles,
                "credit_grants": credit_grants,
                "custom_checkout_fields": custom_checkout_fields,
                "display_settings": display_settings,
                "invoices": invoices,
                "prevent_self_service_downgrade": prevent_self_service_downgrade,
                "show_as_monthly_prices": show_as_monthly_prices,
                "show_credits": show_credits,
                "show_period_toggle": show_period_toggle,
                "show_zero_price_as_free": show_zero_price_as_free,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if company is not UNSET:
            field_dict["company"] = company
        if component is not UNSET:
            field_dict["component"] = component
        if default_plan is not UNSET:
            field_dict["default_plan"] = default_plan
        if feature_usage is not UNSET:
            field_dict["feature_usage"] = feature_usage
        if post_trial_plan is not UNSET:
            field_dict["post_trial_plan"] = post_trial_plan
        if prevent_self_service_downgrade_button_text is not UNSET:
            field_dict["prevent_self_service_downgrade_button_text"] = prevent_self_service_downgrade_button_text
        if prevent_self_service_downgrade_url is not UNSET:
            field_dict["prevent_self_service_downgrade_url"] = prevent_self_service_downgrade_url
        if scheduled_downgrade is not UNSET:
            field_dict["scheduled_downgrade"] = scheduled_downgrade
        if stripe_embed is not UNSET:
            field_dict["stripe_embed"] = stripe_embed
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if trial_payment_method_required is not UNSET:
            field_dict["trial_payment_method_required"] = trial_payment_method_required
        if upcoming_invoice is not UNSET:
            field_dict["upcoming_invoice"] = upcoming_invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_credit_bundle_view import BillingCreditBundleView  # noqa: PLC0415
        from ..models.checkout_field_with_value import CheckoutFieldWithValue  # noqa: PLC0415
        from ..models.company_detail_response_data import CompanyDetailResponseData  # noqa: PLC0415
        from ..models.company_plan_detail_response_data import CompanyPlanDetailResponseData  # noqa: PLC0415
        from ..models.company_subscription_response_data import CompanySubscriptionResponseData  # noqa: PLC0415
        from ..models.compatible_plans import CompatiblePlans  # noqa: PLC0415
        from ..models.component_capabilities import ComponentCapabilities  # noqa: PLC0415
        from ..models.component_checkout_settings import ComponentCheckoutSettings  # noqa: PLC0415
        from ..models.component_display_settings import ComponentDisplaySettings  # noqa: PLC0415
        from ..models.component_response_data import ComponentResponseData  # noqa: PLC0415
        from ..models.credit_company_grant_view import CreditCompanyGrantView  # noqa: PLC0415
        from ..models.feature_usage_detail_response_data import FeatureUsageDetailResponseData  # noqa: PLC0415
        from ..models.invoice_response_data import InvoiceResponseData  # noqa: PLC0415
        from ..models.plan_detail_response_data import PlanDetailResponseData  # noqa: PLC0415
        from ..models.scheduled_downgrade_response_data import ScheduledDowngradeResponseData  # noqa: PLC0415
        from ..models.stripe_embed_info import StripeEmbedInfo  # noqa: PLC0415
        from ..models.upcoming_invoice_response_data import UpcomingInvoiceResponseData  # noqa: PLC0415
        from ..models.usage_based_entitlement_response_data import UsageBasedEntitlementResponseData  # noqa: PLC0415

        d = dict(src_dict)
        active_add_ons = []
        _active_add_ons = d.pop("active_add_ons")
        for active_add_ons_item_data in _active_add_ons:
            active_add_ons_item = CompanyPlanDetailResponseData.from_dict(active_add_ons_item_data)

            active_add_ons.append(active_add_ons_item)

        active_plans = []
        _active_plans = d.pop("active_plans")
        for active_plans_item_data in _active_plans:
            active_plans_item = CompanyPlanDetailResponseData.from_dict(active_plans_item_data)

            active_plans.append(active_plans_item)

        active_usage_based_entitlements = []
        _active_usage_based_entitlements = d.pop("active_usage_based_entitlements")
        for active_usage_based_entitlements_item_data in _active_usage_based_entitlements:
            active_usage_based_entitlements_item = UsageBasedEntitlementResponseData.from_dict(
                active_usage_based_entitlements_item_data
            )

            active_usage_based_entitlements.append(active_usage_based_entitlements_item)

        add_on_compatibilities = []
        _add_on_compatibilities = d.pop("add_on_compatibilities")
        for add_on_compatibilities_item_data in _add_on_compatibilities:
            add_on_compatibilities_item = CompatiblePlans.from_dict(add_on_compatibilities_item_data)

            add_on_compatibilities.append(add_on_compatibilities_item)

        checkout_settings = ComponentCheckoutSettings.from_dict(d.pop("checkout_settings"))

        credit_bundles = []
        _credit_bundles = d.pop("credit_bundles")
        for credit_bundles_item_data in _credit_bundles:
            credit_bundles_item = BillingCreditBundleView.from_dict(credit_bundles_item_data)

            credit_bundles.append(credit_bundles_item)

        credit_grants = []
        _credit_grants = d.pop("credit_grants")
        for credit_grants_item_data in _credit_grants:
            credit_grants_item = CreditCompanyGrantView.from_dict(credit_grants_item_data)

            credit_grants.append(credit_grants_item)

        custom_checkout_fields = []
        _custom_checkout_fields = d.pop("custom_checkout_fields")
        for custom_checkout_fields_item_data in _custom_checkout_fields:
            custom_checkout_fields_item = CheckoutFieldWithValue.from_dict(custom_checkout_fields_item_data)

            custom_checkout_fields.append(custom_checkout_fields_item)

        display_settings = ComponentDisplaySettings.from_dict(d.pop("display_settings"))

        invoices = []
        _invoices = d.pop("invoices")
        for invoices_item_data in _invoices:
            invoices_item = InvoiceResponseData.from_dict(invoices_item_data)

            invoices.append(invoices_item)

        prevent_self_service_downgrade = d.pop("prevent_self_service_downgrade")

        show_as_monthly_prices = d.pop("show_as_monthly_prices")

        show_credits = d.pop("show_credits")

        show_period_toggle = d.pop("show_period_toggle")

        show_zero_price_as_free = d.pop("show_zero_price_as_free")

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: ComponentCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = ComponentCapabilities.from_dict(_capabilities)

        _company = d.pop("company", UNSET)
        company: CompanyDetailResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyDetailResponseData.from_dict(_company)

        _component = d.pop("component", UNSET)
        component: ComponentResponseData | Unset
        if isinstance(_component, Unset):
            component = UNSET
        else:
            component = ComponentResponseData.from_dict(_component)

        _default_plan = d.pop("default_plan", UNSET)
        default_plan: PlanDetailResponseData | Unset
        if isinstance(_default_plan, Unset):
            default_plan = UNSET
        else:
            default_plan = PlanDetailResponseData.from_dict(_default_plan)

        _feature_usage = d.pop("feature_usage", UNSET)
        feature_usage: FeatureUsageDetailResponseData | Unset
        if isinstance(_feature_usage, Unset):
            feature_usage = UNSET
        else:
            feature_usage = FeatureUsageDetailResponseData.from_dict(_feature_usage)

        _post_trial_plan = d.pop("post_trial_plan", UNSET)
        post_trial_plan: PlanDetailResponseData | Unset
        if isinstance(_post_trial_plan, Unset):
            post_trial_plan = UNSET
        else:
            post_trial_plan = PlanDetailResponseData.from_dict(_post_trial_plan)

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

        _scheduled_downgrade = d.pop("scheduled_downgrade", UNSET)
        scheduled_downgrade: ScheduledDowngradeResponseData | Unset
        if isinstance(_scheduled_downgrade, Unset):
            scheduled_downgrade = UNSET
        else:
            scheduled_downgrade = ScheduledDowngradeResponseData.from_dict(_scheduled_downgrade)

        _stripe_embed = d.pop("stripe_embed", UNSET)
        stripe_embed: StripeEmbedInfo | Unset
        if isinstance(_stripe_embed, Unset):
            stripe_embed = UNSET
        else:
            stripe_embed = StripeEmbedInfo.from_dict(_stripe_embed)

        _subscription = d.pop("subscription", UNSET)
        subscription: CompanySubscriptionResponseData | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = CompanySubscriptionResponseData.from_dict(_subscription)

        def _parse_trial_payment_method_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        trial_payment_method_required = _parse_trial_payment_method_required(
            d.pop("trial_payment_method_required", UNSET)
        )

        _upcoming_invoice = d.pop("upcoming_invoice", UNSET)
        upcoming_invoice: UpcomingInvoiceResponseData | Unset
        if isinstance(_upcoming_invoice, Unset):
            upcoming_invoice = UNSET
        else:
            upcoming_invoice = UpcomingInvoiceResponseData.from_dict(_upcoming_invoice)

        component_preview_response_data = cls(
            active_add_ons=active_add_ons,
            active_plans=active_plans,
            active_usage_based_entitlements=active_usage_based_entitlements,
            add_on_compatibilities=add_on_compatibilities,
            checkout_settings=checkout_settings,
            credit_bundles=credit_bundles,
            credit_grants=credit_grants,
            custom_checkout_fields=custom_checkout_fields,
            display_settings=display_settings,
            invoices=invoices,
            prevent_self_service_downgrade=prevent_self_service_downgrade,
            show_as_monthly_prices=show_as_monthly_prices,
            show_credits=show_credits,
            show_period_toggle=show_period_toggle,
            show_zero_price_as_free=show_zero_price_as_free,
            capabilities=capabilities,
            company=company,
            component=component,
            default_plan=default_plan,
            feature_usage=feature_usage,
            post_trial_plan=post_trial_plan,
            prevent_self_service_downgrade_button_text=prevent_self_service_downgrade_button_text,
            prevent_self_service_downgrade_url=prevent_self_service_downgrade_url,
            scheduled_downgrade=scheduled_downgrade,
            stripe_embed=stripe_embed,
            subscription=subscription,
            trial_payment_method_required=trial_payment_method_required,
            upcoming_invoice=upcoming_invoice,
        )

        component_preview_response_data.additional_properties = d
        return component_preview_response_data

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
