from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_provider_type import BillingProviderType, check_billing_provider_type
from ..models.billing_strategy import BillingStrategy, check_billing_strategy
from ..models.charge_type import ChargeType, check_charge_type
from ..models.company_plan_invalid_reason import CompanyPlanInvalidReason, check_company_plan_invalid_reason
from ..models.plan_icon import PlanIcon, check_plan_icon
from ..models.plan_price_cadence import PlanPriceCadence, check_plan_price_cadence
from ..models.plan_type import PlanType, check_plan_type
from ..types import UNSET, Unset, as_model, as_model_list, parse_datetime

if TYPE_CHECKING:
    from ..models.billing_credit_response_data import BillingCreditResponseData
    from ..models.billing_linked_resource_response_data import BillingLinkedResourceResponseData
    from ..models.billing_price_response_data import BillingPriceResponseData
    from ..models.billing_product_detail_response_data import BillingProductDetailResponseData
    from ..models.custom_plan_config import CustomPlanConfig
    from ..models.feature_in_plan_response_data import FeatureInPlanResponseData
    from ..models.feature_usage_response_data import FeatureUsageResponseData
    from ..models.plan_catalog_membership_response_data import PlanCatalogMembershipResponseData
    from ..models.plan_credit_grant_view import PlanCreditGrantView
    from ..models.plan_currency_prices_response_data import PlanCurrencyPricesResponseData
    from ..models.plan_entitlement_response_data import PlanEntitlementResponseData
    from ..models.plan_version_response_data import PlanVersionResponseData


T = TypeVar("T", bound="CompanyPlanDetailResponseData")


def _convert_credits_(
    value: list[BillingCreditResponseData] | Sequence[BillingCreditResponseData | Mapping[str, Any]],
) -> list[BillingCreditResponseData]:
    return cast(
        "list[BillingCreditResponseData]",
        as_model_list(value, ".billing_credit_response_data", "BillingCreditResponseData", __package__),
    )


def _convert_currency_prices(
    value: list[PlanCurrencyPricesResponseData] | Sequence[PlanCurrencyPricesResponseData | Mapping[str, Any]],
) -> list[PlanCurrencyPricesResponseData]:
    return cast(
        "list[PlanCurrencyPricesResponseData]",
        as_model_list(value, ".plan_currency_prices_response_data", "PlanCurrencyPricesResponseData", __package__),
    )


def _convert_features(
    value: list[FeatureInPlanResponseData] | Sequence[FeatureInPlanResponseData | Mapping[str, Any]],
) -> list[FeatureInPlanResponseData]:
    return cast(
        "list[FeatureInPlanResponseData]",
        as_model_list(value, ".feature_in_plan_response_data", "FeatureInPlanResponseData", __package__),
    )


def _convert_included_credit_grants(
    value: list[PlanCreditGrantView] | Sequence[PlanCreditGrantView | Mapping[str, Any]],
) -> list[PlanCreditGrantView]:
    return cast(
        "list[PlanCreditGrantView]", as_model_list(value, ".plan_credit_grant_view", "PlanCreditGrantView", __package__)
    )


def _convert_usage_violations(
    value: list[FeatureUsageResponseData] | Sequence[FeatureUsageResponseData | Mapping[str, Any]],
) -> list[FeatureUsageResponseData]:
    return cast(
        "list[FeatureUsageResponseData]",
        as_model_list(value, ".feature_usage_response_data", "FeatureUsageResponseData", __package__),
    )


def _convert_versions(
    value: list[PlanVersionResponseData] | Sequence[PlanVersionResponseData | Mapping[str, Any]],
) -> list[PlanVersionResponseData]:
    return cast(
        "list[PlanVersionResponseData]",
        as_model_list(value, ".plan_version_response_data", "PlanVersionResponseData", __package__),
    )


def _convert_active_version(
    value: PlanVersionResponseData | Unset | Mapping[str, Any],
) -> PlanVersionResponseData | Unset:
    return cast(
        "PlanVersionResponseData | Unset",
        as_model(value, ".plan_version_response_data", "PlanVersionResponseData", __package__),
    )


def _convert_billing_linked_resource(
    value: BillingLinkedResourceResponseData | Unset | Mapping[str, Any],
) -> BillingLinkedResourceResponseData | Unset:
    return cast(
        "BillingLinkedResourceResponseData | Unset",
        as_model(value, ".billing_linked_resource_response_data", "BillingLinkedResourceResponseData", __package__),
    )


def _convert_billing_product(
    value: BillingProductDetailResponseData | Unset | Mapping[str, Any],
) -> BillingProductDetailResponseData | Unset:
    return cast(
        "BillingProductDetailResponseData | Unset",
        as_model(value, ".billing_product_detail_response_data", "BillingProductDetailResponseData", __package__),
    )


def _convert_catalogs(
    value: list[PlanCatalogMembershipResponseData]
    | Unset
    | Sequence[PlanCatalogMembershipResponseData | Mapping[str, Any]],
) -> list[PlanCatalogMembershipResponseData] | Unset:
    return cast(
        "list[PlanCatalogMembershipResponseData] | Unset",
        as_model_list(
            value, ".plan_catalog_membership_response_data", "PlanCatalogMembershipResponseData", __package__
        ),
    )


def _convert_custom_plan_config(value: CustomPlanConfig | Unset | Mapping[str, Any]) -> CustomPlanConfig | Unset:
    return cast("CustomPlanConfig | Unset", as_model(value, ".custom_plan_config", "CustomPlanConfig", __package__))


def _convert_draft_version(
    value: PlanVersionResponseData | Unset | Mapping[str, Any],
) -> PlanVersionResponseData | Unset:
    return cast(
        "PlanVersionResponseData | Unset",
        as_model(value, ".plan_version_response_data", "PlanVersionResponseData", __package__),
    )


def _convert_monthly_price(
    value: BillingPriceResponseData | Unset | Mapping[str, Any],
) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


def _convert_one_time_price(
    value: BillingPriceResponseData | Unset | Mapping[str, Any],
) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


def _convert_quarterly_price(
    value: BillingPriceResponseData | Unset | Mapping[str, Any],
) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


def _convert_yearly_price(
    value: BillingPriceResponseData | Unset | Mapping[str, Any],
) -> BillingPriceResponseData | Unset:
    return cast(
        "BillingPriceResponseData | Unset",
        as_model(value, ".billing_price_response_data", "BillingPriceResponseData", __package__),
    )


@_attrs_define
class CompanyPlanDetailResponseData:
    """The `CompanyPlanDetailResponseData` object of the API.

    Attributes:
        available_periods (list[PlanPriceCadence])
        billing_strategy (BillingStrategy)
        charge_type (ChargeType)
        company_can_trial (bool)
        company_count (int)
        compatible_plan_ids (list[str])
        controlled_by (BillingProviderType)
        created_at (datetime.datetime)
        credits_ (list[BillingCreditResponseData])
        currency_prices (list[PlanCurrencyPricesResponseData])
        current (bool)
        custom (bool)
        description (str)
        features (list[FeatureInPlanResponseData])
        icon (PlanIcon)
        id (str)
        included_credit_grants (list[PlanCreditGrantView])
        is_custom (bool)
        is_default (bool)
        is_trialable (bool)
        name (str)
        plan_type (PlanType)
        updated_at (datetime.datetime)
        usage_violations (list[FeatureUsageResponseData])
        valid (bool)
        versions (list[PlanVersionResponseData])
        active_version (PlanVersionResponseData | Unset)
        audience_type (None | str | Unset)
        billing_linked_resource (BillingLinkedResourceResponseData | Unset)
        billing_product (BillingProductDetailResponseData | Unset)
        catalogs (list[PlanCatalogMembershipResponseData] | Unset)
        company_id (None | str | Unset)
        company_logo_url (None | str | Unset)
        company_name (None | str | Unset)
        copied_from_plan_id (None | str | Unset)
        custom_plan_config (CustomPlanConfig | Unset)
        draft_version (PlanVersionResponseData | Unset)
        entitlements (list[PlanEntitlementResponseData] | None | Unset)
        invalid_reason (CompanyPlanInvalidReason | None | Unset)
        is_free (bool | None | Unset)
        monthly_price (BillingPriceResponseData | Unset)
        one_time_price (BillingPriceResponseData | Unset)
        quarterly_price (BillingPriceResponseData | Unset)
        trial_days (int | None | Unset)
        yearly_price (BillingPriceResponseData | Unset)
    """

    available_periods: list[PlanPriceCadence]

    billing_strategy: BillingStrategy

    charge_type: ChargeType

    company_can_trial: bool

    company_count: int

    compatible_plan_ids: list[str]

    controlled_by: BillingProviderType

    created_at: datetime.datetime

    credits_: list[BillingCreditResponseData] = _attrs_field(converter=_convert_credits_)

    currency_prices: list[PlanCurrencyPricesResponseData] = _attrs_field(converter=_convert_currency_prices)

    current: bool

    custom: bool

    description: str

    features: list[FeatureInPlanResponseData] = _attrs_field(converter=_convert_features)

    icon: PlanIcon

    id: str

    included_credit_grants: list[PlanCreditGrantView] = _attrs_field(converter=_convert_included_credit_grants)

    is_custom: bool

    is_default: bool

    is_trialable: bool

    name: str

    plan_type: PlanType

    updated_at: datetime.datetime

    usage_violations: list[FeatureUsageResponseData] = _attrs_field(converter=_convert_usage_violations)

    valid: bool

    versions: list[PlanVersionResponseData] = _attrs_field(converter=_convert_versions)

    active_version: PlanVersionResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_active_version)

    audience_type: None | str | Unset = UNSET

    billing_linked_resource: BillingLinkedResourceResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_billing_linked_resource
    )

    billing_product: BillingProductDetailResponseData | Unset = _attrs_field(
        default=UNSET, converter=_convert_billing_product
    )

    catalogs: list[PlanCatalogMembershipResponseData] | Unset = _attrs_field(default=UNSET, converter=_convert_catalogs)

    company_id: None | str | Unset = UNSET

    company_logo_url: None | str | Unset = UNSET

    company_name: None | str | Unset = UNSET

    copied_from_plan_id: None | str | Unset = UNSET

    custom_plan_config: CustomPlanConfig | Unset = _attrs_field(default=UNSET, converter=_convert_custom_plan_config)

    draft_version: PlanVersionResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_draft_version)

    entitlements: list[PlanEntitlementResponseData] | None | Unset = UNSET

    invalid_reason: CompanyPlanInvalidReason | None | Unset = UNSET

    is_free: bool | None | Unset = UNSET

    monthly_price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_monthly_price)

    one_time_price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_one_time_price)

    quarterly_price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_quarterly_price)

    trial_days: int | None | Unset = UNSET

    yearly_price: BillingPriceResponseData | Unset = _attrs_field(default=UNSET, converter=_convert_yearly_price)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_periods = []
        for available_periods_item_data in self.available_periods:
            available_periods_item: str = available_periods_item_data
            available_periods.append(available_periods_item)

        billing_strategy: str = self.billing_strategy

        charge_type: str = self.charge_type

        company_can_trial = self.company_can_trial

        company_count = self.company_count

        compatible_plan_ids = self.compatible_plan_ids

        controlled_by: str = self.controlled_by

        created_at = self.created_at.isoformat()

        credits_ = []
        for credits_item_data in self.credits_:
            credits_item = credits_item_data.to_dict()
            credits_.append(credits_item)

        currency_prices = []
        for currency_prices_item_data in self.currency_prices:
            currency_prices_item = currency_prices_item_data.to_dict()
            currency_prices.append(currency_prices_item)

        current = self.current

        custom = self.custom

        description = self.description

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)

        icon: str = self.icon

        id = self.id

        included_credit_grants = []
        for included_credit_grants_item_data in self.included_credit_grants:
            included_credit_grants_item = included_credit_grants_item_data.to_dict()
            included_credit_grants.append(included_credit_grants_item)

        is_custom = self.is_custom

        is_default = self.is_default

        is_trialable = self.is_trialable

        name = self.name

        plan_type: str = self.plan_type

        updated_at = self.updated_at.isoformat()

        usage_violations = []
        for usage_violations_item_data in self.usage_violations:
            usage_violations_item = usage_violations_item_data.to_dict()
            usage_violations.append(usage_violations_item)

        valid = self.valid

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        active_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_version, Unset):
            active_version = self.active_version.to_dict()

        audience_type: None | str | Unset
        if isinstance(self.audience_type, Unset):
            audience_type = UNSET
        else:
            audience_type = self.audience_type

        billing_linked_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_linked_resource, Unset):
            billing_linked_resource = self.billing_linked_resource.to_dict()

        billing_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_product, Unset):
            billing_product = self.billing_product.to_dict()

        catalogs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalogs, Unset):
            catalogs = []
            for catalogs_item_data in self.catalogs:
                catalogs_item = catalogs_item_data.to_dict()
                catalogs.append(catalogs_item)

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        company_logo_url: None | str | Unset
        if isinstance(self.company_logo_url, Unset):
            company_logo_url = UNSET
        else:
            company_logo_url = self.company_logo_url

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        copied_from_plan_id: None | str | Unset
        if isinstance(self.copied_from_plan_id, Unset):
            copied_from_plan_id = UNSET
        else:
            copied_from_plan_id = self.copied_from_plan_id

        custom_plan_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_plan_config, Unset):
            custom_plan_config = self.custom_plan_config.to_dict()

        draft_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_version, Unset):
            draft_version = self.draft_version.to_dict()

        entitlements: list[dict[str, Any]] | None | Unset
        if isinstance(self.entitlements, Unset):
            entitlements = UNSET
        elif isinstance(self.entitlements, list):
            entitlements = []
            for entitlements_type_0_item_data in self.entitlements:
                entitlements_type_0_item = entitlements_type_0_item_data.to_dict()
                entitlements.append(entitlements_type_0_item)

        else:
            entitlements = self.entitlements

        invalid_reason: None | str | Unset
        if isinstance(self.invalid_reason, Unset):
            invalid_reason = UNSET
        elif isinstance(self.invalid_reason, str):
            invalid_reason = self.invalid_reason
        else:
            invalid_reason = self.invalid_reason

        is_free: bool | None | Unset
        if isinstance(self.is_free, Unset):
            is_free = UNSET
        else:
            is_free = self.is_free

        monthly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_price, Unset):
            monthly_price = self.monthly_price.to_dict()

        one_time_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.one_time_price, Unset):
            one_time_price = self.one_time_price.to_dict()

        quarterly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quarterly_price, Unset):
            quarterly_price = self.quarterly_price.to_dict()

        trial_days: int | None | Unset
        if isinstance(self.trial_days, Unset):
            trial_days = UNSET
        else:
            trial_days = self.trial_days

        yearly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.yearly_price, Unset):
            yearly_price = self.yearly_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_periods": available_periods,
                "billing_strategy": billing_strategy,
                "charge_type": charge_type,
                "company_can_trial": company_can_trial,
                "company_count": company_count,
                "compatible_plan_ids": compatible_plan_ids,
                "controlled_by": controlled_by,
                "created_at": created_at,
                "credits": credits_,
                "currency_prices": currency_prices,
                "current": current,
                "custom": custom,
                "description": description,
                "features": features,
                "icon": icon,
                "id": id,
                "included_credit_grants": included_credit_grants,
                "is_custom": is_custom,
                "is_default": is_default,
                "is_trialable": is_trialable,
                "name": name,
                "plan_type": plan_type,
                "updated_at": updated_at,
                "usage_violations": usage_violations,
                "valid": valid,
                "versions": versions,
            }
        )
        if active_version is not UNSET:
            field_dict["active_version"] = active_version
        if audience_type is not UNSET:
            field_dict["audience_type"] = audience_type
        if billing_linked_resource is not UNSET:
            field_dict["billing_linked_resource"] = billing_linked_resource
        if billing_product is not UNSET:
            field_dict["billing_product"] = billing_product
        if catalogs is not UNSET:
            field_dict["catalogs"] = catalogs
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if company_logo_url is not UNSET:
            field_dict["company_logo_url"] = company_logo_url
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if copied_from_plan_id is not UNSET:
            field_dict["copied_from_plan_id"] = copied_from_plan_id
        if custom_plan_config is not UNSET:
            field_dict["custom_plan_config"] = custom_plan_config
        if draft_version is not UNSET:
            field_dict["draft_version"] = draft_version
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if invalid_reason is not UNSET:
            field_dict["invalid_reason"] = invalid_reason
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if monthly_price is not UNSET:
            field_dict["monthly_price"] = monthly_price
        if one_time_price is not UNSET:
            field_dict["one_time_price"] = one_time_price
        if quarterly_price is not UNSET:
            field_dict["quarterly_price"] = quarterly_price
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days
        if yearly_price is not UNSET:
            field_dict["yearly_price"] = yearly_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_credit_response_data import BillingCreditResponseData  # noqa: PLC0415
        from ..models.billing_linked_resource_response_data import BillingLinkedResourceResponseData  # noqa: PLC0415
        from ..models.billing_price_response_data import BillingPriceResponseData  # noqa: PLC0415
        from ..models.billing_product_detail_response_data import BillingProductDetailResponseData  # noqa: PLC0415
        from ..models.custom_plan_config import CustomPlanConfig  # noqa: PLC0415
        from ..models.feature_in_plan_response_data import FeatureInPlanResponseData  # noqa: PLC0415
        from ..models.feature_usage_response_data import FeatureUsageResponseData  # noqa: PLC0415
        from ..models.plan_catalog_membership_response_data import PlanCatalogMembershipResponseData  # noqa: PLC0415
        from ..models.plan_credit_grant_view import PlanCreditGrantView  # noqa: PLC0415
        from ..models.plan_currency_prices_response_data import PlanCurrencyPricesResponseData  # noqa: PLC0415
        from ..models.plan_entitlement_response_data import PlanEntitlementResponseData  # noqa: PLC0415
        from ..models.plan_version_response_data import PlanVersionResponseData  # noqa: PLC0415

        d = dict(src_dict)
        available_periods = []
        _available_periods = d.pop("available_periods")
        for available_periods_item_data in _available_periods:
            available_periods_item = check_plan_price_cadence(available_periods_item_data)

            available_periods.append(available_periods_item)

        billing_strategy = check_billing_strategy(d.pop("billing_strategy"))

        charge_type = check_charge_type(d.pop("charge_type"))

        company_can_trial = d.pop("company_can_trial")

        company_count = d.pop("company_count")

        compatible_plan_ids = cast(list[str], d.pop("compatible_plan_ids"))

        controlled_by = check_billing_provider_type(d.pop("controlled_by"))

        created_at = parse_datetime(d.pop("created_at"))

        credits_ = []
        _credits_ = d.pop("credits")
        for credits_item_data in _credits_:
            credits_item = BillingCreditResponseData.from_dict(credits_item_data)

            credits_.append(credits_item)

        currency_prices = []
        _currency_prices = d.pop("currency_prices")
        for currency_prices_item_data in _currency_prices:
            currency_prices_item = PlanCurrencyPricesResponseData.from_dict(currency_prices_item_data)

            currency_prices.append(currency_prices_item)

        current = d.pop("current")

        custom = d.pop("custom")

        description = d.pop("description")

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = FeatureInPlanResponseData.from_dict(features_item_data)

            features.append(features_item)

        icon = check_plan_icon(d.pop("icon"))

        id = d.pop("id")

        included_credit_grants = []
        _included_credit_grants = d.pop("included_credit_grants")
        for included_credit_grants_item_data in _included_credit_grants:
            included_credit_grants_item = PlanCreditGrantView.from_dict(included_credit_grants_item_data)

            included_credit_grants.append(included_credit_grants_item)

        is_custom = d.pop("is_custom")

        is_default = d.pop("is_default")

        is_trialable = d.pop("is_trialable")

        name = d.pop("name")

        plan_type = check_plan_type(d.pop("plan_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        usage_violations = []
        _usage_violations = d.pop("usage_violations")
        for usage_violations_item_data in _usage_violations:
            usage_violations_item = FeatureUsageResponseData.from_dict(usage_violations_item_data)

            usage_violations.append(usage_violations_item)

        valid = d.pop("valid")

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = PlanVersionResponseData.from_dict(versions_item_data)

            versions.append(versions_item)

        _active_version = d.pop("active_version", UNSET)
        active_version: PlanVersionResponseData | Unset
        if isinstance(_active_version, Unset):
            active_version = UNSET
        else:
            active_version = PlanVersionResponseData.from_dict(_active_version)

        def _parse_audience_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audience_type = _parse_audience_type(d.pop("audience_type", UNSET))

        _billing_linked_resource = d.pop("billing_linked_resource", UNSET)
        billing_linked_resource: BillingLinkedResourceResponseData | Unset
        if isinstance(_billing_linked_resource, Unset):
            billing_linked_resource = UNSET
        else:
            billing_linked_resource = BillingLinkedResourceResponseData.from_dict(_billing_linked_resource)

        _billing_product = d.pop("billing_product", UNSET)
        billing_product: BillingProductDetailResponseData | Unset
        if isinstance(_billing_product, Unset):
            billing_product = UNSET
        else:
            billing_product = BillingProductDetailResponseData.from_dict(_billing_product)

        _catalogs = d.pop("catalogs", UNSET)
        catalogs: list[PlanCatalogMembershipResponseData] | Unset = UNSET
        if _catalogs is not UNSET:
            catalogs = []
            for catalogs_item_data in _catalogs:
                catalogs_item = PlanCatalogMembershipResponseData.from_dict(catalogs_item_data)

                catalogs.append(catalogs_item)

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_company_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_logo_url = _parse_company_logo_url(d.pop("company_logo_url", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_copied_from_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copied_from_plan_id = _parse_copied_from_plan_id(d.pop("copied_from_plan_id", UNSET))

        _custom_plan_config = d.pop("custom_plan_config", UNSET)
        custom_plan_config: CustomPlanConfig | Unset
        if isinstance(_custom_plan_config, Unset):
            custom_plan_config = UNSET
        else:
            custom_plan_config = CustomPlanConfig.from_dict(_custom_plan_config)

        _draft_version = d.pop("draft_version", UNSET)
        draft_version: PlanVersionResponseData | Unset
        if isinstance(_draft_version, Unset):
            draft_version = UNSET
        else:
            draft_version = PlanVersionResponseData.from_dict(_draft_version)

        def _parse_entitlements(data: object) -> list[PlanEntitlementResponseData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entitlements_type_0 = []
                _entitlements_type_0 = data
                for entitlements_type_0_item_data in _entitlements_type_0:
                    entitlements_type_0_item = PlanEntitlementResponseData.from_dict(entitlements_type_0_item_data)

                    entitlements_type_0.append(entitlements_type_0_item)

                return entitlements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PlanEntitlementResponseData] | None | Unset, data)

        entitlements = _parse_entitlements(d.pop("entitlements", UNSET))

        def _parse_invalid_reason(data: object) -> CompanyPlanInvalidReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return check_company_plan_invalid_reason(data)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyPlanInvalidReason | None | Unset, data)

        invalid_reason = _parse_invalid_reason(d.pop("invalid_reason", UNSET))

        def _parse_is_free(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_free = _parse_is_free(d.pop("is_free", UNSET))

        _monthly_price = d.pop("monthly_price", UNSET)
        monthly_price: BillingPriceResponseData | Unset
        if isinstance(_monthly_price, Unset):
            monthly_price = UNSET
        else:
            monthly_price = BillingPriceResponseData.from_dict(_monthly_price)

        _one_time_price = d.pop("one_time_price", UNSET)
        one_time_price: BillingPriceResponseData | Unset
        if isinstance(_one_time_price, Unset):
            one_time_price = UNSET
        else:
            one_time_price = BillingPriceResponseData.from_dict(_one_time_price)

        _quarterly_price = d.pop("quarterly_price", UNSET)
        quarterly_price: BillingPriceResponseData | Unset
        if isinstance(_quarterly_price, Unset):
            quarterly_price = UNSET
        else:
            quarterly_price = BillingPriceResponseData.from_dict(_quarterly_price)

        def _parse_trial_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_days = _parse_trial_days(d.pop("trial_days", UNSET))

        _yearly_price = d.pop("yearly_price", UNSET)
        yearly_price: BillingPriceResponseData | Unset
        if isinstance(_yearly_price, Unset):
            yearly_price = UNSET
        else:
            yearly_price = BillingPriceResponseData.from_dict(_yearly_price)

        company_plan_detail_response_data = cls(
            available_periods=available_periods,
            billing_strategy=billing_strategy,
            charge_type=charge_type,
            company_can_trial=company_can_trial,
            company_count=company_count,
            compatible_plan_ids=compatible_plan_ids,
            controlled_by=controlled_by,
            created_at=created_at,
            credits_=credits_,
            currency_prices=currency_prices,
            current=current,
            custom=custom,
            description=description,
            features=features,
            icon=icon,
            id=id,
            included_credit_grants=included_credit_grants,
            is_custom=is_custom,
            is_default=is_default,
            is_trialable=is_trialable,
            name=name,
            plan_type=plan_type,
            updated_at=updated_at,
            usage_violations=usage_violations,
            valid=valid,
            versions=versions,
            active_version=active_version,
            audience_type=audience_type,
            billing_linked_resource=billing_linked_resource,
            billing_product=billing_product,
            catalogs=catalogs,
            company_id=company_id,
            company_logo_url=company_logo_url,
            company_name=company_name,
            copied_from_plan_id=copied_from_plan_id,
            custom_plan_config=custom_plan_config,
            draft_version=draft_version,
            entitlements=entitlements,
            invalid_reason=invalid_reason,
            is_free=is_free,
            monthly_price=monthly_price,
            one_time_price=one_time_price,
            quarterly_price=quarterly_price,
            trial_days=trial_days,
            yearly_price=yearly_price,
        )

        company_plan_detail_response_data.additional_properties = d
        return company_plan_detail_response_data

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
