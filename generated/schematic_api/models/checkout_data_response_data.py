from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_model_list

if TYPE_CHECKING:
    from ..models.billing_credit_bundle_response_data import BillingCreditBundleResponseData
    from ..models.checkout_field_with_value import CheckoutFieldWithValue
    from ..models.company_detail_response_data import CompanyDetailResponseData
    from ..models.company_subscription_response_data import CompanySubscriptionResponseData
    from ..models.credit_bundle_purchase_response_data import CreditBundlePurchaseResponseData
    from ..models.feature_usage_detail_response_data import FeatureUsageDetailResponseData
    from ..models.plan_detail_response_data import PlanDetailResponseData
    from ..models.usage_based_entitlement_response_data import UsageBasedEntitlementResponseData


T = TypeVar("T", bound="CheckoutDataResponseData")


def _convert_active_add_ons(
    value: list[PlanDetailResponseData] | Sequence[PlanDetailResponseData | Mapping[str, Any]],
) -> list[PlanDetailResponseData]:
    return cast(
        "list[PlanDetailResponseData]",
        as_model_list(value, ".plan_detail_response_data", "PlanDetailResponseData", __package__),
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


def _convert_available_credit_bundles(
    value: list[BillingCreditBundleResponseData] | Sequence[BillingCreditBundleResponseData | Mapping[str, Any]],
) -> list[BillingCreditBundleResponseData]:
    return cast(
        "list[BillingCreditBundleResponseData]",
        as_model_list(value, ".billing_credit_bundle_response_data", "BillingCreditBundleResponseData", __package__),
    )


def _convert_custom_checkout_fields(
    value: list[CheckoutFieldWithValue] | Sequence[CheckoutFieldWithValue | Mapping[str, Any]],
) -> list[CheckoutFieldWithValue]:
    return cast(
        "list[CheckoutFieldWithValue]",
        as_model_list(value, ".checkout_field_with_value", "CheckoutFieldWithValue", __package__),
    )


def _convert_selected_credit_bundles(
    value: list[CreditBundlePurchaseResponseData] | Sequence[CreditBundlePurchaseResponseData | Mapping[str, Any]],
) -> list[CreditBundlePurchaseResponseData]:
    return cast(
        "list[CreditBundlePurchaseResponseData]",
        as_model_list(value, ".credit_bundle_purchase_response_data", "CreditBundlePurchaseResponseData", __package__),
    )


def _convert_selected_usage_based_entitlements(
    value: list[UsageBasedEntitlementResponseData] | Sequence[UsageBasedEntitlementResponseData | Mapping[str, Any]],
) -> list[UsageBasedEntitlementResponseData]:
    return cast(
        "list[UsageBasedEntitlementResponseData]",
        as_model_list(
            value, ".usage_based_entitlement_response_data", "UsageBasedEntitlementResponseData", __package__
        ),
    )


def _convert_active_plan(value: PlanDetailResponseData | Unset | Mapping[str, Any]) -> PlanDetailResponseData | Unset:
    return cast(
        "PlanDetailResponseData | Unset",
        as_model(value, ".plan_detail_response_data", "PlanDetailResponseData", __package__),
    )


def _convert_company(value: CompanyDetailResponseData | Unset | Mapping[str, Any]) -> CompanyDetailResponseData | Unset:
    return cast(
        "CompanyDetailResponseData | Unset",
        as_model(value, ".company_detail_response_data", "CompanyDetailResponseData", __package__),
    )


def _convert_feature_usage(
    value: FeatureUsageDetailResponseData | Unset | Mapping[str, Any],
) -> FeatureUsageDetailResponseData | Unset:
    return cast(
        "FeatureUsageDetailResponseData | Unset",
        as_model(value, ".feature_usage_detail_response_data", "FeatureUsageDetailResponseData", __package__),
    )


def _convert_selected_plan(value: PlanDetailResponseData | Unset | Mapping[str, Any]) -> PlanDetailResponseData | Unset:
    return cast(
        "PlanDetailResponseData | Unset",
        as_model(value, ".plan_detail_response_data", "PlanDetailResponseData", __package__),
    )


def _convert_subscription(
    value: CompanySubscriptionResponseData | Unset | Mapping[str, Any],
) -> CompanySubscriptionResponseData | Unset:
    return cast(
        "CompanySubscriptionResponseData | Unset",
        as_model(value, ".company_subscription_response_data", "CompanySubscriptionResponseData", __package__),
    )


@_attrs_define
class CheckoutDataResponseData:
    """The `CheckoutDataResponseData` object of the API.

    Attributes:
        active_add_ons (list[PlanDetailResponseData])
        active_usage_based_entitlements (list[UsageBasedEntitlementResponseData])
        available_credit_bundles (list[BillingCreditBundleResponseData])
        custom_checkout_fields (list[CheckoutFieldWithValue])
        selected_credit_bundles (list[CreditBundlePurchaseResponseData])
        selected_usage_based_entitlements (list[UsageBasedEntitlementResponseData])
        active_plan (PlanDetailResponseData | Unset): A plan with its features, versions, prices and billing
        company (CompanyDetailResponseData | Unset): A company with its keys, traits, entitlements, metrics, plans and billing
        feature_usage (FeatureUsageDetailResponseData | Unset)
        selected_plan (PlanDetailResponseData | Unset): A plan with its features, versions, prices and billing
        subscription (CompanySubscriptionResponseData | Unset)
        company_can_trial_selected_plan (bool | Unset)
        selected_plan_already_trialed (bool | Unset)
    """

    active_add_ons: list[PlanDetailResponseData] = _attrs_field(converter=_convert_active_add_ons)

    active_usage_based_entitlements: list[UsageBasedEntitlementResponseData] = _attrs_field(
        converter=_convert_active_usage_based_entitlements
    )

    available_credit_bundles: list[BillingCreditBundleResponseData] = _attrs_field(
        converter=_convert_available_credit_bundles
    )

    custom_checkout_fields: list[CheckoutFieldWithValue] = _attrs_field(converter=_convert_custom_checkout_fields)

    selected_credit_bundles: list[CreditBundlePurchaseResponseData] = _attrs_field(
        converter=_convert_selected_credit_bundles
    )

    selected_usage_based_entitlements: list[UsageBasedEntitlementResponseData] = _attrs_field(
        converter=_convert_selected_usage_based_entitlements
    )

    active_plan: PlanDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_active_plan)

    company: CompanyDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_company)

    feature_usage: FeatureUsageDetailResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_feature_usage
    )

    selected_plan: PlanDetailResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_selected_plan)

    subscription: CompanySubscriptionResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_subscription)

    company_can_trial_selected_plan: bool | Unset = UNSET

    selected_plan_already_trialed: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_add_ons = []
        for active_add_ons_item_data in self.active_add_ons:
            active_add_ons_item = active_add_ons_item_data.to_dict()
            active_add_ons.append(active_add_ons_item)

        active_usage_based_entitlements = []
        for active_usage_based_entitlements_item_data in self.active_usage_based_entitlements:
            active_usage_based_entitlements_item = active_usage_based_entitlements_item_data.to_dict()
            active_usage_based_entitlements.append(active_usage_based_entitlements_item)

        available_credit_bundles = []
        for available_credit_bundles_item_data in self.available_credit_bundles:
            available_credit_bundles_item = available_credit_bundles_item_data.to_dict()
            available_credit_bundles.append(available_credit_bundles_item)

        custom_checkout_fields = []
        for custom_checkout_fields_item_data in self.custom_checkout_fields:
            custom_checkout_fields_item = custom_checkout_fields_item_data.to_dict()
            custom_checkout_fields.append(custom_checkout_fields_item)

        selected_credit_bundles = []
        for selected_credit_bundles_item_data in self.selected_credit_bundles:
            selected_credit_bundles_item = selected_credit_bundles_item_data.to_dict()
            selected_credit_bundles.append(selected_credit_bundles_item)

        selected_usage_based_entitlements = []
        for selected_usage_based_entitlements_item_data in self.selected_usage_based_entitlements:
            selected_usage_based_entitlements_item = selected_usage_based_entitlements_item_data.to_dict()
            selected_usage_based_entitlements.append(selected_usage_based_entitlements_item)

        active_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_plan, Unset):
            active_plan = self.active_plan.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        feature_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature_usage, Unset):
            feature_usage = self.feature_usage.to_dict()

        selected_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_plan, Unset):
            selected_plan = self.selected_plan.to_dict()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        company_can_trial_selected_plan = self.company_can_trial_selected_plan

        selected_plan_already_trialed = self.selected_plan_already_trialed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_add_ons": active_add_ons,
                "active_usage_based_entitlements": active_usage_based_entitlements,
                "available_credit_bundles": available_credit_bundles,
                "custom_checkout_fields": custom_checkout_fields,
                "selected_credit_bundles": selected_credit_bundles,
                "selected_usage_based_entitlements": selected_usage_based_entitlements,
            }
        )
        if active_plan is not UNSET:
            field_dict["active_plan"] = active_plan
        if company is not UNSET:
            field_dict["company"] = company
        if feature_usage is not UNSET:
            field_dict["feature_usage"] = feature_usage
        if selected_plan is not UNSET:
            field_dict["selected_plan"] = selected_plan
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if company_can_trial_selected_plan is not UNSET:
            field_dict["company_can_trial_selected_plan"] = company_can_trial_selected_plan
        if selected_plan_already_trialed is not UNSET:
            field_dict["selected_plan_already_trialed"] = selected_plan_already_trialed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_credit_bundle_response_data import BillingCreditBundleResponseData  # noqa: PLC0415
        from ..models.checkout_field_with_value import CheckoutFieldWithValue  # noqa: PLC0415
        from ..models.company_detail_response_data import CompanyDetailResponseData  # noqa: PLC0415
        from ..models.company_subscription_response_data import CompanySubscriptionResponseData  # noqa: PLC0415
        from ..models.credit_bundle_purchase_response_data import CreditBundlePurchaseResponseData  # noqa: PLC0415
        from ..models.feature_usage_detail_response_data import FeatureUsageDetailResponseData  # noqa: PLC0415
        from ..models.plan_detail_response_data import PlanDetailResponseData  # noqa: PLC0415
        from ..models.usage_based_entitlement_response_data import UsageBasedEntitlementResponseData  # noqa: PLC0415

        d = dict(src_dict)
        active_add_ons = []
        _active_add_ons = d.pop("active_add_ons")
        for active_add_ons_item_data in _active_add_ons:
            active_add_ons_item = PlanDetailResponseData.from_dict(active_add_ons_item_data)

            active_add_ons.append(active_add_ons_item)

        active_usage_based_entitlements = []
        _active_usage_based_entitlements = d.pop("active_usage_based_entitlements")
        for active_usage_based_entitlements_item_data in _active_usage_based_entitlements:
            active_usage_based_entitlements_item = UsageBasedEntitlementResponseData.from_dict(
                active_usage_based_entitlements_item_data
            )

            active_usage_based_entitlements.append(active_usage_based_entitlements_item)

        available_credit_bundles = []
        _available_credit_bundles = d.pop("available_credit_bundles")
        for available_credit_bundles_item_data in _available_credit_bundles:
            available_credit_bundles_item = BillingCreditBundleResponseData.from_dict(
                available_credit_bundles_item_data
            )

            available_credit_bundles.append(available_credit_bundles_item)

        custom_checkout_fields = []
        _custom_checkout_fields = d.pop("custom_checkout_fields")
        for custom_checkout_fields_item_data in _custom_checkout_fields:
            custom_checkout_fields_item = CheckoutFieldWithValue.from_dict(custom_checkout_fields_item_data)

            custom_checkout_fields.append(custom_checkout_fields_item)

        selected_credit_bundles = []
        _selected_credit_bundles = d.pop("selected_credit_bundles")
        for selected_credit_bundles_item_data in _selected_credit_bundles:
            selected_credit_bundles_item = CreditBundlePurchaseResponseData.from_dict(selected_credit_bundles_item_data)

            selected_credit_bundles.append(selected_credit_bundles_item)

        selected_usage_based_entitlements = []
        _selected_usage_based_entitlements = d.pop("selected_usage_based_entitlements")
        for selected_usage_based_entitlements_item_data in _selected_usage_based_entitlements:
            selected_usage_based_entitlements_item = UsageBasedEntitlementResponseData.from_dict(
                selected_usage_based_entitlements_item_data
            )

            selected_usage_based_entitlements.append(selected_usage_based_entitlements_item)

        _active_plan = d.pop("active_plan", UNSET)
        active_plan: PlanDetailResponseData | Unset
        if isinstance(_active_plan, Unset):
            active_plan = UNSET
        else:
            active_plan = PlanDetailResponseData.from_dict(_active_plan)

        _company = d.pop("company", UNSET)
        company: CompanyDetailResponseData | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyDetailResponseData.from_dict(_company)

        _feature_usage = d.pop("feature_usage", UNSET)
        feature_usage: FeatureUsageDetailResponseData | Unset
        if isinstance(_feature_usage, Unset):
            feature_usage = UNSET
        else:
            feature_usage = FeatureUsageDetailResponseData.from_dict(_feature_usage)

        _selected_plan = d.pop("selected_plan", UNSET)
        selected_plan: PlanDetailResponseData | Unset
        if isinstance(_selected_plan, Unset):
            selected_plan = UNSET
        else:
            selected_plan = PlanDetailResponseData.from_dict(_selected_plan)

        _subscription = d.pop("subscription", UNSET)
        subscription: CompanySubscriptionResponseData | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = CompanySubscriptionResponseData.from_dict(_subscription)

        company_can_trial_selected_plan = d.pop("company_can_trial_selected_plan", UNSET)

        selected_plan_already_trialed = d.pop("selected_plan_already_trialed", UNSET)

        checkout_data_response_data = cls(
            active_add_ons=active_add_ons,
            active_usage_based_entitlements=active_usage_based_entitlements,
            available_credit_bundles=available_credit_bundles,
            custom_checkout_fields=custom_checkout_fields,
            selected_credit_bundles=selected_credit_bundles,
            selected_usage_based_entitlements=selected_usage_based_entitlements,
            active_plan=active_plan,
            company=company,
            feature_usage=feature_usage,
            selected_plan=selected_plan,
            subscription=subscription,
            company_can_trial_selected_plan=company_can_trial_selected_plan,
            selected_plan_already_trialed=selected_plan_already_trialed,
        )

        checkout_data_response_data.additional_properties = d
        return checkout_data_response_data

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
