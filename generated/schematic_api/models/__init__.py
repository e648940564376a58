"""All the data models used in requests and responses, loaded on first access (PEP 562).

Error bodies (``ApiError``) are importable by name but kept out of ``__all__``: the SDK raises API errors
as exceptions, and ``from schematic_api.models import *`` must not shadow its ``ApiError`` exception.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_member_permission import AccountMemberPermission as AccountMemberPermission
    from .account_member_response_data import AccountMemberResponseData as AccountMemberResponseData
    from .account_member_response_data_permissions import (
        AccountMemberResponseDataPermissions as AccountMemberResponseDataPermissions,
    )
    from .account_member_role import AccountMemberRole as AccountMemberRole
    from .acquire_credit_lease_request_body import AcquireCreditLeaseRequestBody as AcquireCreditLeaseRequestBody
    from .acquire_credit_lease_response import AcquireCreditLeaseResponse as AcquireCreditLeaseResponse
    from .acquire_credit_lease_response_params import (
        AcquireCreditLeaseResponseParams as AcquireCreditLeaseResponseParams,
    )
    from .activity_entry_response_data import ActivityEntryResponseData as ActivityEntryResponseData
    from .activity_response_response_data import ActivityResponseResponseData as ActivityResponseResponseData
    from .actor_type import ActorType as ActorType
    from .api_error import ApiError as ApiError
    from .api_key_create_response_data import ApiKeyCreateResponseData as ApiKeyCreateResponseData
    from .api_key_integration_response_data import ApiKeyIntegrationResponseData as ApiKeyIntegrationResponseData
    from .api_key_response_data import ApiKeyResponseData as ApiKeyResponseData
    from .api_key_scope import ApiKeyScope as ApiKeyScope
    from .assume_stripe_installed_response import AssumeStripeInstalledResponse as AssumeStripeInstalledResponse
    from .assume_stripe_installed_response_params import (
        AssumeStripeInstalledResponseParams as AssumeStripeInstalledResponseParams,
    )
    from .audit_log_export_metadata import AuditLogExportMetadata as AuditLogExportMetadata
    from .audit_log_export_metadata_export_type import (
        AuditLogExportMetadataExportType as AuditLogExportMetadataExportType,
    )
    from .audit_log_list_response_data import AuditLogListResponseData as AuditLogListResponseData
    from .audit_log_response_data import AuditLogResponseData as AuditLogResponseData
    from .billing_collection_method import BillingCollectionMethod as BillingCollectionMethod
    from .billing_coupon_response_data import BillingCouponResponseData as BillingCouponResponseData
    from .billing_coupon_response_data_metadata import (
        BillingCouponResponseDataMetadata as BillingCouponResponseDataMetadata,
    )
    from .billing_credit_auto_topup_availability import (
        BillingCreditAutoTopupAvailability as BillingCreditAutoTopupAvailability,
    )
    from .billing_credit_bundle_response_data import BillingCreditBundleResponseData as BillingCreditBundleResponseData
    from .billing_credit_bundle_status import BillingCreditBundleStatus as BillingCreditBundleStatus
    from .billing_credit_bundle_type import BillingCreditBundleType as BillingCreditBundleType
    from .billing_credit_bundle_view import BillingCreditBundleView as BillingCreditBundleView
    from .billing_credit_burn_strategy import BillingCreditBurnStrategy as BillingCreditBurnStrategy
    from .billing_credit_expiry_type import BillingCreditExpiryType as BillingCreditExpiryType
    from .billing_credit_expiry_unit import BillingCreditExpiryUnit as BillingCreditExpiryUnit
    from .billing_credit_grant_reason import BillingCreditGrantReason as BillingCreditGrantReason
    from .billing_credit_grant_response_data import BillingCreditGrantResponseData as BillingCreditGrantResponseData
    from .billing_credit_grant_zeroed_out_reason import (
        BillingCreditGrantZeroedOutReason as BillingCreditGrantZeroedOutReason,
    )
    from .billing_credit_ledger_authority import BillingCreditLedgerAuthority as BillingCreditLedgerAuthority
    from .billing_credit_ledger_response_data import BillingCreditLedgerResponseData as BillingCreditLedgerResponseData
    from .billing_credit_response_data import BillingCreditResponseData as BillingCreditResponseData
    from .billing_credit_rollover_policy import BillingCreditRolloverPolicy as BillingCreditRolloverPolicy
    from .billing_credit_view import BillingCreditView as BillingCreditView
    from .billing_customer_response_data import BillingCustomerResponseData as BillingCustomerResponseData
    from .billing_customer_subscription import BillingCustomerSubscription as BillingCustomerSubscription
    from .billing_customer_with_subscriptions_response_data import (
        BillingCustomerWithSubscriptionsResponseData as BillingCustomerWithSubscriptionsResponseData,
    )
    from .billing_linked_resource_response_data import (
        BillingLinkedResourceResponseData as BillingLinkedResourceResponseData,
    )
    from .billing_meter_response_data import BillingMeterResponseData as BillingMeterResponseData
    from .billing_plan_credit_grant_reset_cadence import (
        BillingPlanCreditGrantResetCadence as BillingPlanCreditGrantResetCadence,
    )
    from .billing_plan_credit_grant_reset_start import (
        BillingPlanCreditGrantResetStart as BillingPlanCreditGrantResetStart,
    )
    from .billing_plan_credit_grant_reset_type import BillingPlanCreditGrantResetType as BillingPlanCreditGrantResetType
    from .billing_plan_credit_grant_response_data import (
        BillingPlanCreditGrantResponseData as BillingPlanCreditGrantResponseData,
    )
    from .billing_price_response_data import BillingPriceResponseData as BillingPriceResponseData
    from .billing_price_scheme import BillingPriceScheme as BillingPriceScheme
    from .billing_price_usage_type import BillingPriceUsageType as BillingPriceUsageType
    from .billing_price_view import BillingPriceView as BillingPriceView
    from .billing_product_detail_response_data import (
        BillingProductDetailResponseData as BillingProductDetailResponseData,
    )
    from .billing_product_for_subscription_response_data import (
        BillingProductForSubscriptionResponseData as BillingProductForSubscriptionResponseData,
    )
    from .billing_product_plan_response_data import BillingProductPlanResponseData as BillingProductPlanResponseData
    from .billing_product_price_interval import BillingProductPriceInterval as BillingProductPriceInterval
    from .billing_product_price_response_data import BillingProductPriceResponseData as BillingProductPriceResponseData
    from .billing_product_price_tier_response_data import (
        BillingProductPriceTierResponseData as BillingProductPriceTierResponseData,
    )
    from .billing_product_pricing import BillingProductPricing as BillingProductPricing
    from .billing_product_record_response_data import (
        BillingProductRecordResponseData as BillingProductRecordResponseData,
    )
    from .billing_product_response_data import BillingProductResponseData as BillingProductResponseData
    from .billing_provider_type import BillingProviderType as BillingProviderType
    from .billing_strategy import BillingStrategy as BillingStrategy
    from .billing_subscription_discount import BillingSubscriptionDiscount as BillingSubscriptionDiscount
    from .billing_subscription_discount_view import BillingSubscriptionDiscountView as BillingSubscriptionDiscountView
    from .billing_subscription_response_data import BillingSubscriptionResponseData as BillingSubscriptionResponseData
    from .billing_subscription_response_data_metadata import (
        BillingSubscriptionResponseDataMetadata as BillingSubscriptionResponseDataMetadata,
    )
    from .billing_subscription_trial_end_setting import (
        BillingSubscriptionTrialEndSetting as BillingSubscriptionTrialEndSetting,
    )
    from .billing_subscription_view import BillingSubscriptionView as BillingSubscriptionView
    from .billing_subscription_view_metadata import BillingSubscriptionViewMetadata as BillingSubscriptionViewMetadata
    from .billing_tiers_mode import BillingTiersMode as BillingTiersMode
    from .bind_catalog_request_body import BindCatalogRequestBody as BindCatalogRequestBody
    from .bind_catalog_response import BindCatalogResponse as BindCatalogResponse
    from .bind_catalog_response_params import BindCatalogResponseParams as BindCatalogResponseParams
    from .cancel_subscription_request import CancelSubscriptionRequest as CancelSubscriptionRequest
    from .cancel_subscription_response import CancelSubscriptionResponse as CancelSubscriptionResponse
    from .cancel_subscription_response_params import (
        CancelSubscriptionResponseParams as CancelSubscriptionResponseParams,
    )
    from .capture_event import CaptureEvent as CaptureEvent
    from .capture_event_batch_request_body import CaptureEventBatchRequestBody as CaptureEventBatchRequestBody
    from .capture_event_batch_response import CaptureEventBatchResponse as CaptureEventBatchResponse
    from .capture_event_batch_response_params import CaptureEventBatchResponseParams as CaptureEventBatchResponseParams
    from .capture_event_body import CaptureEventBody as CaptureEventBody
    from .capture_raw_event import CaptureRawEvent as CaptureRawEvent
    from .capture_raw_event_batch import CaptureRawEventBatch as CaptureRawEventBatch
    from .catalog_config_ordered_bundle import CatalogConfigOrderedBundle as CatalogConfigOrderedBundle
    from .catalog_config_ordered_bundle_response_data import (
        CatalogConfigOrderedBundleResponseData as CatalogConfigOrderedBundleResponseData,
    )
    from .catalog_config_ordered_entitlement import CatalogConfigOrderedEntitlement as CatalogConfigOrderedEntitlement
    from .catalog_config_ordered_entitlement_response_data import (
        CatalogConfigOrderedEntitlementResponseData as CatalogConfigOrderedEntitlementResponseData,
    )
    from .catalog_config_ordered_plan import CatalogConfigOrderedPlan as CatalogConfigOrderedPlan
    from .catalog_config_ordered_plan_response_data import (
        CatalogConfigOrderedPlanResponseData as CatalogConfigOrderedPlanResponseData,
    )
    from .catalog_configuration_response_data import (
        CatalogConfigurationResponseData as CatalogConfigurationResponseData,
    )
    from .catalog_credit_bundle_i_ds_response_data import (
        CatalogCreditBundleIDsResponseData as CatalogCreditBundleIDsResponseData,
    )
    from .catalog_derived_feature_response_data import (
        CatalogDerivedFeatureResponseData as CatalogDerivedFeatureResponseData,
    )
    from .catalog_derived_features_response_data import (
        CatalogDerivedFeaturesResponseData as CatalogDerivedFeaturesResponseData,
    )
    from .catalog_plan_i_ds_response_data import CatalogPlanIDsResponseData as CatalogPlanIDsResponseData
    from .catalog_response_data import CatalogResponseData as CatalogResponseData
    from .change_subscription_internal_request_body import (
        ChangeSubscriptionInternalRequestBody as ChangeSubscriptionInternalRequestBody,
    )
    from .change_subscription_request_body import ChangeSubscriptionRequestBody as ChangeSubscriptionRequestBody
    from .charge_type import ChargeType as ChargeType
    from .check_flag_request_body import CheckFlagRequestBody as CheckFlagRequestBody
    from .check_flag_request_body_company_type_0 import (
        CheckFlagRequestBodyCompanyType0 as CheckFlagRequestBodyCompanyType0,
    )
    from .check_flag_request_body_user_type_0 import CheckFlagRequestBodyUserType0 as CheckFlagRequestBodyUserType0
    from .check_flag_response import CheckFlagResponse as CheckFlagResponse
    from .check_flag_response_data import CheckFlagResponseData as CheckFlagResponseData
    from .check_flag_response_params import CheckFlagResponseParams as CheckFlagResponseParams
    from .check_flags_bulk_request_body import CheckFlagsBulkRequestBody as CheckFlagsBulkRequestBody
    from .check_flags_bulk_response import CheckFlagsBulkResponse as CheckFlagsBulkResponse
    from .check_flags_bulk_response_data import CheckFlagsBulkResponseData as CheckFlagsBulkResponseData
    from .check_flags_bulk_response_params import CheckFlagsBulkResponseParams as CheckFlagsBulkResponseParams
    from .check_flags_response import CheckFlagsResponse as CheckFlagsResponse
    from .check_flags_response_data import CheckFlagsResponseData as CheckFlagsResponseData
    from .check_flags_response_data_credit_balances import (
        CheckFlagsResponseDataCreditBalances as CheckFlagsResponseDataCreditBalances,
    )
    from .check_flags_response_params import CheckFlagsResponseParams as CheckFlagsResponseParams
    from .checkout_bundle_purchase_behavior import CheckoutBundlePurchaseBehavior as CheckoutBundlePurchaseBehavior
    from .checkout_data_request_body import CheckoutDataRequestBody as CheckoutDataRequestBody
    from .checkout_data_response_data import CheckoutDataResponseData as CheckoutDataResponseData
    from .checkout_field_input import CheckoutFieldInput as CheckoutFieldInput
    from .checkout_field_response_data import CheckoutFieldResponseData as CheckoutFieldResponseData
    from .checkout_field_value import CheckoutFieldValue as CheckoutFieldValue
    from .checkout_field_with_value import CheckoutFieldWithValue as CheckoutFieldWithValue
    from .checkout_internal_response import CheckoutInternalResponse as CheckoutInternalResponse
    from .checkout_internal_response_params import CheckoutInternalResponseParams as CheckoutInternalResponseParams
    from .checkout_settings_response_data import CheckoutSettingsResponseData as CheckoutSettingsResponseData
    from .checkout_subscription import CheckoutSubscription as CheckoutSubscription
    from .checkout_subscription_metadata import CheckoutSubscriptionMetadata as CheckoutSubscriptionMetadata
    from .clerk_integration_config import ClerkIntegrationConfig as ClerkIntegrationConfig
    from .clerk_integration_config_type import ClerkIntegrationConfigType as ClerkIntegrationConfigType
    from .company_billing_address_view import CompanyBillingAddressView as CompanyBillingAddressView
    from .company_billing_checkout_settings import CompanyBillingCheckoutSettings as CompanyBillingCheckoutSettings
    from .company_billing_details_response_data import (
        CompanyBillingDetailsResponseData as CompanyBillingDetailsResponseData,
    )
    from .company_billing_details_view import CompanyBillingDetailsView as CompanyBillingDetailsView
    from .company_billing_entity_response_data import (
        CompanyBillingEntityResponseData as CompanyBillingEntityResponseData,
    )
    from .company_billing_entity_subscription_response_data import (
        CompanyBillingEntitySubscriptionResponseData as CompanyBillingEntitySubscriptionResponseData,
    )
    from .company_credit_balance import CompanyCreditBalance as CompanyCreditBalance
    from .company_credit_balance_response_data import (
        CompanyCreditBalanceResponseData as CompanyCreditBalanceResponseData,
    )
    from .company_detail_response_data import CompanyDetailResponseData as CompanyDetailResponseData
    from .company_detail_response_data_billing_credit_balances_type_0 import (
        CompanyDetailResponseDataBillingCreditBalancesType0 as CompanyDetailResponseDataBillingCreditBalancesType0,
    )
    from .company_detail_response_data_traits import CompanyDetailResponseDataTraits as CompanyDetailResponseDataTraits
    from .company_event_period_metrics_response_data import (
        CompanyEventPeriodMetricsResponseData as CompanyEventPeriodMetricsResponseData,
    )
    from .company_feature_usage_export_metadata import (
        CompanyFeatureUsageExportMetadata as CompanyFeatureUsageExportMetadata,
    )
    from .company_feature_usage_export_metadata_export_type import (
        CompanyFeatureUsageExportMetadataExportType as CompanyFeatureUsageExportMetadataExportType,
    )
    from .company_feature_usage_export_metadata_sort_order_direction import (
        CompanyFeatureUsageExportMetadataSortOrderDirection as CompanyFeatureUsageExportMetadataSortOrderDirection,
    )
    from .company_feature_usage_export_metadata_visible_columns_type_0_item import (
        CompanyFeatureUsageExportMetadataVisibleColumnsType0Item as CompanyFeatureUsageExportMetadataVisibleColumnsType0Item,
    )
    from .company_ledger_response_data import CompanyLedgerResponseData as CompanyLedgerResponseData
    from .company_matching_criteria import CompanyMatchingCriteria as CompanyMatchingCriteria
    from .company_membership_detail_response_data import (
        CompanyMembershipDetailResponseData as CompanyMembershipDetailResponseData,
    )
    from .company_membership_response_data import CompanyMembershipResponseData as CompanyMembershipResponseData
    from .company_override_note_response_data import CompanyOverrideNoteResponseData as CompanyOverrideNoteResponseData
    from .company_override_response_data import CompanyOverrideResponseData as CompanyOverrideResponseData
    from .company_plan_credit_grant_view import CompanyPlanCreditGrantView as CompanyPlanCreditGrantView
    from .company_plan_detail_response_data import CompanyPlanDetailResponseData as CompanyPlanDetailResponseData
    from .company_plan_invalid_reason import CompanyPlanInvalidReason as CompanyPlanInvalidReason
    from .company_plan_with_billing_sub_view import CompanyPlanWithBillingSubView as CompanyPlanWithBillingSubView
    from .company_response_data import CompanyResponseData as CompanyResponseData
    from .company_subscription_response_data import CompanySubscriptionResponseData as CompanySubscriptionResponseData
    from .company_tax_id_view import CompanyTaxIDView as CompanyTaxIDView
    from .comparable_operator import ComparableOperator as ComparableOperator
    from .compatible_plans import CompatiblePlans as CompatiblePlans
    from .compatible_plans_response_data import CompatiblePlansResponseData as CompatiblePlansResponseData
    from .component_capabilities import ComponentCapabilities as ComponentCapabilities
    from .component_checkout_settings import ComponentCheckoutSettings as ComponentCheckoutSettings
    from .component_display_settings import ComponentDisplaySettings as ComponentDisplaySettings
    from .component_entity_type import ComponentEntityType as ComponentEntityType
    from .component_hydrate_response_data import ComponentHydrateResponseData as ComponentHydrateResponseData
    from .component_preview_response_data import ComponentPreviewResponseData as ComponentPreviewResponseData
    from .component_response_data import ComponentResponseData as ComponentResponseData
    from .component_response_data_ast import ComponentResponseDataAst as ComponentResponseDataAst
    from .component_settings_response_data import ComponentSettingsResponseData as ComponentSettingsResponseData
    from .component_state import ComponentState as ComponentState
    from .condition import Condition as Condition
    from .condition_group import ConditionGroup as ConditionGroup
    from .condition_group_response_data import ConditionGroupResponseData as ConditionGroupResponseData
    from .condition_group_view import ConditionGroupView as ConditionGroupView
    from .condition_response_data import ConditionResponseData as ConditionResponseData
    from .condition_type import ConditionType as ConditionType
    from .condition_view import ConditionView as ConditionView
    from .count_account_members_params import CountAccountMembersParams as CountAccountMembersParams
    from .count_account_members_response import CountAccountMembersResponse as CountAccountMembersResponse
    from .count_api_keys_params import CountApiKeysParams as CountApiKeysParams
    from .count_api_keys_response import CountApiKeysResponse as CountApiKeysResponse
    from .count_audit_logs_params import CountAuditLogsParams as CountAuditLogsParams
    from .count_audit_logs_response import CountAuditLogsResponse as CountAuditLogsResponse
    from .count_billing_credits_grants_params import CountBillingCreditsGrantsParams as CountBillingCreditsGrantsParams
    from .count_billing_credits_grants_response import (
        CountBillingCreditsGrantsResponse as CountBillingCreditsGrantsResponse,
    )
    from .count_billing_credits_params import CountBillingCreditsParams as CountBillingCreditsParams
    from .count_billing_credits_response import CountBillingCreditsResponse as CountBillingCreditsResponse
    from .count_billing_plan_credit_grants_params import (
        CountBillingPlanCreditGrantsParams as CountBillingPlanCreditGrantsParams,
    )
    from .count_billing_plan_credit_grants_response import (
        CountBillingPlanCreditGrantsResponse as CountBillingPlanCreditGrantsResponse,
    )
    from .count_billing_product_match_companies_params import (
        CountBillingProductMatchCompaniesParams as CountBillingProductMatchCompaniesParams,
    )
    from .count_billing_product_match_companies_response import (
        CountBillingProductMatchCompaniesResponse as CountBillingProductMatchCompaniesResponse,
    )
    from .count_billing_products_params import CountBillingProductsParams as CountBillingProductsParams
    from .count_billing_products_response import CountBillingProductsResponse as CountBillingProductsResponse
    from .count_companies_params import CountCompaniesParams as CountCompaniesParams
    from .count_companies_response import CountCompaniesResponse as CountCompaniesResponse
    from .count_company_grants_params import CountCompanyGrantsParams as CountCompanyGrantsParams
    from .count_company_grants_response import CountCompanyGrantsResponse as CountCompanyGrantsResponse
    from .count_company_migrations_params import CountCompanyMigrationsParams as CountCompanyMigrationsParams
    from .count_company_migrations_response import CountCompanyMigrationsResponse as CountCompanyMigrationsResponse
    from .count_company_overrides_params import CountCompanyOverridesParams as CountCompanyOverridesParams
    from .count_company_overrides_response import CountCompanyOverridesResponse as CountCompanyOverridesResponse
    from .count_components_params import CountComponentsParams as CountComponentsParams
    from .count_components_response import CountComponentsResponse as CountComponentsResponse
    from .count_credit_bundles_params import CountCreditBundlesParams as CountCreditBundlesParams
    from .count_credit_bundles_response import CountCreditBundlesResponse as CountCreditBundlesResponse
    from .count_credit_event_ledger_params import CountCreditEventLedgerParams as CountCreditEventLedgerParams
    from .count_credit_event_ledger_response import CountCreditEventLedgerResponse as CountCreditEventLedgerResponse
    from .count_customers_params import CountCustomersParams as CountCustomersParams
    from .count_customers_response import CountCustomersResponse as CountCustomersResponse
    from .count_entity_key_definitions_params import CountEntityKeyDefinitionsParams as CountEntityKeyDefinitionsParams
    from .count_entity_key_definitions_response import (
        CountEntityKeyDefinitionsResponse as CountEntityKeyDefinitionsResponse,
    )
    from .count_entity_keys_params import CountEntityKeysParams as CountEntityKeysParams
    from .count_entity_keys_response import CountEntityKeysResponse as CountEntityKeysResponse
    from .count_entity_trait_definitions_params import (
        CountEntityTraitDefinitionsParams as CountEntityTraitDefinitionsParams,
    )
    from .count_entity_trait_definitions_response import (
        CountEntityTraitDefinitionsResponse as CountEntityTraitDefinitionsResponse,
    )
    from .count_entity_traits_params import CountEntityTraitsParams as CountEntityTraitsParams
    from .count_entity_traits_response import CountEntityTraitsResponse as CountEntityTraitsResponse
    from .count_feature_companies_params import CountFeatureCompaniesParams as CountFeatureCompaniesParams
    from .count_feature_companies_response import CountFeatureCompaniesResponse as CountFeatureCompaniesResponse
    from .count_feature_usage_params import CountFeatureUsageParams as CountFeatureUsageParams
    from .count_feature_usage_params_company_keys import (
        CountFeatureUsageParamsCompanyKeys as CountFeatureUsageParamsCompanyKeys,
    )
    from .count_feature_usage_response import CountFeatureUsageResponse as CountFeatureUsageResponse
    from .count_feature_users_params import CountFeatureUsersParams as CountFeatureUsersParams
    from .count_feature_users_response import CountFeatureUsersResponse as CountFeatureUsersResponse
    from .count_features_params import CountFeaturesParams as CountFeaturesParams
    from .count_features_response import CountFeaturesResponse as CountFeaturesResponse
    from .count_flags_params import CountFlagsParams as CountFlagsParams
    from .count_flags_response import CountFlagsResponse as CountFlagsResponse
    from .count_licenses_params import CountLicensesParams as CountLicensesParams
    from .count_licenses_response import CountLicensesResponse as CountLicensesResponse
    from .count_migrations_params import CountMigrationsParams as CountMigrationsParams
    from .count_migrations_response import CountMigrationsResponse as CountMigrationsResponse
    from .count_plan_entitlements_params import CountPlanEntitlementsParams as CountPlanEntitlementsParams
    from .count_plan_entitlements_response import CountPlanEntitlementsResponse as CountPlanEntitlementsResponse
    from .count_plan_traits_params import CountPlanTraitsParams as CountPlanTraitsParams
    from .count_plan_traits_response import CountPlanTraitsResponse as CountPlanTraitsResponse
    from .count_plans_params import CountPlansParams as CountPlansParams
    from .count_plans_response import CountPlansResponse as CountPlansResponse
    from .count_response import CountResponse as CountResponse
    from .count_users_params import CountUsersParams as CountUsersParams
    from .count_users_response import CountUsersResponse as CountUsersResponse
    from .count_webhook_events_params import CountWebhookEventsParams as CountWebhookEventsParams
    from .count_webhook_events_response import CountWebhookEventsResponse as CountWebhookEventsResponse
    from .count_webhooks_params import CountWebhooksParams as CountWebhooksParams
    from .count_webhooks_response import CountWebhooksResponse as CountWebhooksResponse
    from .coupon_request_body import CouponRequestBody as CouponRequestBody
    from .create_api_key_request_body import CreateApiKeyRequestBody as CreateApiKeyRequestBody
    from .create_api_key_response import CreateApiKeyResponse as CreateApiKeyResponse
    from .create_api_key_response_params import CreateApiKeyResponseParams as CreateApiKeyResponseParams
    from .create_billing_credit_request_body import CreateBillingCreditRequestBody as CreateBillingCreditRequestBody
    from .create_billing_credit_response import CreateBillingCreditResponse as CreateBillingCreditResponse
    from .create_billing_credit_response_params import (
        CreateBillingCreditResponseParams as CreateBillingCreditResponseParams,
    )
    from .create_billing_customer_request_body import (
        CreateBillingCustomerRequestBody as CreateBillingCustomerRequestBody,
    )
    from .create_billing_customer_request_body_meta import (
        CreateBillingCustomerRequestBodyMeta as CreateBillingCustomerRequestBodyMeta,
    )
    from .create_billing_linked_feature_request_body import (
        CreateBillingLinkedFeatureRequestBody as CreateBillingLinkedFeatureRequestBody,
    )
    from .create_billing_linked_plan_entitlement_request_body import (
        CreateBillingLinkedPlanEntitlementRequestBody as CreateBillingLinkedPlanEntitlementRequestBody,
    )
    from .create_billing_linked_plan_request_body import (
        CreateBillingLinkedPlanRequestBody as CreateBillingLinkedPlanRequestBody,
    )
    from .create_billing_plan_credit_grant_request_body import (
        CreateBillingPlanCreditGrantRequestBody as CreateBillingPlanCreditGrantRequestBody,
    )
    from .create_billing_plan_credit_grant_response import (
        CreateBillingPlanCreditGrantResponse as CreateBillingPlanCreditGrantResponse,
    )
    from .create_billing_plan_credit_grant_response_params import (
        CreateBillingPlanCreditGrantResponseParams as CreateBillingPlanCreditGrantResponseParams,
    )
    from .create_billing_price_request_body import CreateBillingPriceRequestBody as CreateBillingPriceRequestBody
    from .create_billing_price_tier_request_body import (
        CreateBillingPriceTierRequestBody as CreateBillingPriceTierRequestBody,
    )
    from .create_billing_product_request_body import CreateBillingProductRequestBody as CreateBillingProductRequestBody
    from .create_billing_subscription_request_body import (
        CreateBillingSubscriptionRequestBody as CreateBillingSubscriptionRequestBody,
    )
    from .create_billing_subscription_request_body_metadata_type_0 import (
        CreateBillingSubscriptionRequestBodyMetadataType0 as CreateBillingSubscriptionRequestBodyMetadataType0,
    )
    from .create_catalog_request_body import CreateCatalogRequestBody as CreateCatalogRequestBody
    from .create_catalog_response import CreateCatalogResponse as CreateCatalogResponse
    from .create_catalog_response_params import CreateCatalogResponseParams as CreateCatalogResponseParams
    from .create_company_credit_grant import CreateCompanyCreditGrant as CreateCompanyCreditGrant
    from .create_company_override_request_body import (
        CreateCompanyOverrideRequestBody as CreateCompanyOverrideRequestBody,
    )
    from .create_company_override_response import CreateCompanyOverrideResponse as CreateCompanyOverrideResponse
    from .create_company_override_response_params import (
        CreateCompanyOverrideResponseParams as CreateCompanyOverrideResponseParams,
    )
    from .create_company_response import CreateCompanyResponse as CreateCompanyResponse
    from .create_company_response_params import CreateCompanyResponseParams as CreateCompanyResponseParams
    from .create_component_request_body import CreateComponentRequestBody as CreateComponentRequestBody
    from .create_component_request_body_ast import CreateComponentRequestBodyAst as CreateComponentRequestBodyAst
    from .create_component_response import CreateComponentResponse as CreateComponentResponse
    from .create_component_response_params import CreateComponentResponseParams as CreateComponentResponseParams
    from .create_coupon_request_body import CreateCouponRequestBody as CreateCouponRequestBody
    from .create_credit_bundle_request_body import CreateCreditBundleRequestBody as CreateCreditBundleRequestBody
    from .create_credit_bundle_response import CreateCreditBundleResponse as CreateCreditBundleResponse
    from .create_credit_bundle_response_params import (
        CreateCreditBundleResponseParams as CreateCreditBundleResponseParams,
    )
    from .create_custom_plan_bundle_plan_request_body import (
        CreateCustomPlanBundlePlanRequestBody as CreateCustomPlanBundlePlanRequestBody,
    )
    from .create_custom_plan_bundle_request_body import (
        CreateCustomPlanBundleRequestBody as CreateCustomPlanBundleRequestBody,
    )
    from .create_custom_plan_bundle_response import CreateCustomPlanBundleResponse as CreateCustomPlanBundleResponse
    from .create_custom_plan_bundle_response_params import (
        CreateCustomPlanBundleResponseParams as CreateCustomPlanBundleResponseParams,
    )
    from .create_custom_plan_request_body import CreateCustomPlanRequestBody as CreateCustomPlanRequestBody
    from .create_custom_plan_response import CreateCustomPlanResponse as CreateCustomPlanResponse
    from .create_custom_plan_response_params import CreateCustomPlanResponseParams as CreateCustomPlanResponseParams
    from .create_data_export_request_body import CreateDataExportRequestBody as CreateDataExportRequestBody
    from .create_data_export_response import CreateDataExportResponse as CreateDataExportResponse
    from .create_data_export_response_params import CreateDataExportResponseParams as CreateDataExportResponseParams
    from .create_entitlement_in_bundle_request_body import (
        CreateEntitlementInBundleRequestBody as CreateEntitlementInBundleRequestBody,
    )
    from .create_entitlement_req_common import CreateEntitlementReqCommon as CreateEntitlementReqCommon
    from .create_entity_trait_definition_request_body import (
        CreateEntityTraitDefinitionRequestBody as CreateEntityTraitDefinitionRequestBody,
    )
    from .create_environment_request_body import CreateEnvironmentRequestBody as CreateEnvironmentRequestBody
    from .create_environment_response import CreateEnvironmentResponse as CreateEnvironmentResponse
    from .create_environment_response_params import CreateEnvironmentResponseParams as CreateEnvironmentResponseParams
    from .create_event_batch_request_body import CreateEventBatchRequestBody as CreateEventBatchRequestBody
    from .create_event_batch_response import CreateEventBatchResponse as CreateEventBatchResponse
    from .create_event_batch_response_params import CreateEventBatchResponseParams as CreateEventBatchResponseParams
    from .create_event_request_body import CreateEventRequestBody as CreateEventRequestBody
    from .create_event_response import CreateEventResponse as CreateEventResponse
    from .create_event_response_params import CreateEventResponseParams as CreateEventResponseParams
    from .create_feature_request_body import CreateFeatureRequestBody as CreateFeatureRequestBody
    from .create_feature_response import CreateFeatureResponse as CreateFeatureResponse
    from .create_feature_response_params import CreateFeatureResponseParams as CreateFeatureResponseParams
    from .create_flag_request_body import CreateFlagRequestBody as CreateFlagRequestBody
    from .create_flag_response import CreateFlagResponse as CreateFlagResponse
    from .create_flag_response_params import CreateFlagResponseParams as CreateFlagResponseParams
    from .create_invoice_request_body import CreateInvoiceRequestBody as CreateInvoiceRequestBody
    from .create_meter_request_body import CreateMeterRequestBody as CreateMeterRequestBody
    from .create_migration_input import CreateMigrationInput as CreateMigrationInput
    from .create_migration_response import CreateMigrationResponse as CreateMigrationResponse
    from .create_migration_response_params import CreateMigrationResponseParams as CreateMigrationResponseParams
    from .create_or_update_condition_group_request_body import (
        CreateOrUpdateConditionGroupRequestBody as CreateOrUpdateConditionGroupRequestBody,
    )
    from .create_or_update_condition_request_body import (
        CreateOrUpdateConditionRequestBody as CreateOrUpdateConditionRequestBody,
    )
    from .create_or_update_flag_request_body import CreateOrUpdateFlagRequestBody as CreateOrUpdateFlagRequestBody
    from .create_or_update_rule_request_body import CreateOrUpdateRuleRequestBody as CreateOrUpdateRuleRequestBody
    from .create_payment_method_request_body import CreatePaymentMethodRequestBody as CreatePaymentMethodRequestBody
    from .create_plan_bundle_request_body import CreatePlanBundleRequestBody as CreatePlanBundleRequestBody
    from .create_plan_bundle_response import CreatePlanBundleResponse as CreatePlanBundleResponse
    from .create_plan_bundle_response_params import CreatePlanBundleResponseParams as CreatePlanBundleResponseParams
    from .create_plan_entitlement_request_body import (
        CreatePlanEntitlementRequestBody as CreatePlanEntitlementRequestBody,
    )
    from .create_plan_entitlement_response import CreatePlanEntitlementResponse as CreatePlanEntitlementResponse
    from .create_plan_entitlement_response_params import (
        CreatePlanEntitlementResponseParams as CreatePlanEntitlementResponseParams,
    )
    from .create_plan_group_request_body import CreatePlanGroupRequestBody as CreatePlanGroupRequestBody
    from .create_plan_group_response import CreatePlanGroupResponse as CreatePlanGroupResponse
    from .create_plan_group_response_params import CreatePlanGroupResponseParams as CreatePlanGroupResponseParams
    from .create_plan_request_body import CreatePlanRequestBody as CreatePlanRequestBody
    from .create_plan_response import CreatePlanResponse as CreatePlanResponse
    from .create_plan_response_params import CreatePlanResponseParams as CreatePlanResponseParams
    from .create_price_tier_request_body import CreatePriceTierRequestBody as CreatePriceTierRequestBody
    from .create_scheduled_checkout_request import CreateScheduledCheckoutRequest as CreateScheduledCheckoutRequest
    from .create_scheduled_checkout_response import CreateScheduledCheckoutResponse as CreateScheduledCheckoutResponse
    from .create_scheduled_checkout_response_params import (
        CreateScheduledCheckoutResponseParams as CreateScheduledCheckoutResponseParams,
    )
    from .create_session_request_body import CreateSessionRequestBody as CreateSessionRequestBody
    from .create_session_response import CreateSessionResponse as CreateSessionResponse
    from .create_user_response import CreateUserResponse as CreateUserResponse
    from .create_user_response_params import CreateUserResponseParams as CreateUserResponseParams
    from .create_webhook_request_body import CreateWebhookRequestBody as CreateWebhookRequestBody
    from .create_webhook_response import CreateWebhookResponse as CreateWebhookResponse
    from .create_webhook_response_params import CreateWebhookResponseParams as CreateWebhookResponseParams
    from .credit_auto_topup_amount_type import CreditAutoTopupAmountType as CreditAutoTopupAmountType
    from .credit_bundle_currency_price import CreditBundleCurrencyPrice as CreditBundleCurrencyPrice
    from .credit_bundle_currency_price_request_body import (
        CreditBundleCurrencyPriceRequestBody as CreditBundleCurrencyPriceRequestBody,
    )
    from .credit_bundle_currency_price_response_data import (
        CreditBundleCurrencyPriceResponseData as CreditBundleCurrencyPriceResponseData,
    )
    from .credit_bundle_purchase_response_data import (
        CreditBundlePurchaseResponseData as CreditBundlePurchaseResponseData,
    )
    from .credit_company_grant_view import CreditCompanyGrantView as CreditCompanyGrantView
    from .credit_currency_price import CreditCurrencyPrice as CreditCurrencyPrice
    from .credit_currency_price_request_body import CreditCurrencyPriceRequestBody as CreditCurrencyPriceRequestBody
    from .credit_currency_price_response_data import CreditCurrencyPriceResponseData as CreditCurrencyPriceResponseData
    from .credit_event_ledger_response_data import CreditEventLedgerResponseData as CreditEventLedgerResponseData
    from .credit_event_type import CreditEventType as CreditEventType
    from .credit_grant_detail import CreditGrantDetail as CreditGrantDetail
    from .credit_grant_expiry_request_body import CreditGrantExpiryRequestBody as CreditGrantExpiryRequestBody
    from .credit_grant_sort_order import CreditGrantSortOrder as CreditGrantSortOrder
    from .credit_lease_response_data import CreditLeaseResponseData as CreditLeaseResponseData
    from .credit_transfer_response_data import CreditTransferResponseData as CreditTransferResponseData
    from .credit_transfer_view import CreditTransferView as CreditTransferView
    from .credit_trigger_config import CreditTriggerConfig as CreditTriggerConfig
    from .credit_usage import CreditUsage as CreditUsage
    from .credit_usage_aggregation import CreditUsageAggregation as CreditUsageAggregation
    from .credit_usage_credit_grant_counts import CreditUsageCreditGrantCounts as CreditUsageCreditGrantCounts
    from .credit_usage_reason import CreditUsageReason as CreditUsageReason
    from .credits_auto_topup_company_summary import CreditsAutoTopupCompanySummary as CreditsAutoTopupCompanySummary
    from .credits_auto_topup_credit_summary import CreditsAutoTopupCreditSummary as CreditsAutoTopupCreditSummary
    from .credits_auto_topup_hard_failure import CreditsAutoTopupHardFailure as CreditsAutoTopupHardFailure
    from .credits_auto_topup_retry_failure import CreditsAutoTopupRetryFailure as CreditsAutoTopupRetryFailure
    from .credits_auto_topup_success import CreditsAutoTopupSuccess as CreditsAutoTopupSuccess
    from .credits_credit_purchase_success import CreditsCreditPurchaseSuccess as CreditsCreditPurchaseSuccess
    from .credits_webhook_company_summary import CreditsWebhookCompanySummary as CreditsWebhookCompanySummary
    from .credits_webhook_credit_summary import CreditsWebhookCreditSummary as CreditsWebhookCreditSummary
    from .currency_price_request_body import CurrencyPriceRequestBody as CurrencyPriceRequestBody
    from .custom_plan_activation_strategy import CustomPlanActivationStrategy as CustomPlanActivationStrategy
    from .custom_plan_billing_response_data import CustomPlanBillingResponseData as CustomPlanBillingResponseData
    from .custom_plan_billing_status import CustomPlanBillingStatus as CustomPlanBillingStatus
    from .custom_plan_config import CustomPlanConfig as CustomPlanConfig
    from .custom_plan_view_config_response_data import (
        CustomPlanViewConfigResponseData as CustomPlanViewConfigResponseData,
    )
    from .customer_billing_address import CustomerBillingAddress as CustomerBillingAddress
    from .data_event_payload import DataEventPayload as DataEventPayload
    from .data_event_payload_body import DataEventPayloadBody as DataEventPayloadBody
    from .data_export_metadata import DataExportMetadata as DataExportMetadata
    from .data_export_output_file_type import DataExportOutputFileType as DataExportOutputFileType
    from .data_export_response_data import DataExportResponseData as DataExportResponseData
    from .data_export_status import DataExportStatus as DataExportStatus
    from .data_export_type import DataExportType as DataExportType
    from .datastream_company_plan import DatastreamCompanyPlan as DatastreamCompanyPlan
    from .delete_api_key_response import DeleteApiKeyResponse as DeleteApiKeyResponse
    from .delete_api_key_response_params import DeleteApiKeyResponseParams as DeleteApiKeyResponseParams
    from .delete_billing_coupon_response import DeleteBillingCouponResponse as DeleteBillingCouponResponse
    from .delete_billing_coupon_response_params import (
        DeleteBillingCouponResponseParams as DeleteBillingCouponResponseParams,
    )
    from .delete_billing_customer_response import DeleteBillingCustomerResponse as DeleteBillingCustomerResponse
    from .delete_billing_customer_response_params import (
        DeleteBillingCustomerResponseParams as DeleteBillingCustomerResponseParams,
    )
    from .delete_billing_invoice_response import DeleteBillingInvoiceResponse as DeleteBillingInvoiceResponse
    from .delete_billing_invoice_response_params import (
        DeleteBillingInvoiceResponseParams as DeleteBillingInvoiceResponseParams,
    )
    from .delete_billing_plan_credit_grant_params import (
        DeleteBillingPlanCreditGrantParams as DeleteBillingPlanCreditGrantParams,
    )
    from .delete_billing_plan_credit_grant_request_body import (
        DeleteBillingPlanCreditGrantRequestBody as DeleteBillingPlanCreditGrantRequestBody,
    )
    from .delete_billing_plan_credit_grant_response import (
        DeleteBillingPlanCreditGrantResponse as DeleteBillingPlanCreditGrantResponse,
    )
    from .delete_billing_product_response import DeleteBillingProductResponse as DeleteBillingProductResponse
    from .delete_billing_product_response_params import (
        DeleteBillingProductResponseParams as DeleteBillingProductResponseParams,
    )
    from .delete_catalog_response import DeleteCatalogResponse as DeleteCatalogResponse
    from .delete_catalog_response_params import DeleteCatalogResponseParams as DeleteCatalogResponseParams
    from .delete_company_by_keys_response import DeleteCompanyByKeysResponse as DeleteCompanyByKeysResponse
    from .delete_company_by_keys_response_params import (
        DeleteCompanyByKeysResponseParams as DeleteCompanyByKeysResponseParams,
    )
    from .delete_company_membership_response import DeleteCompanyMembershipResponse as DeleteCompanyMembershipResponse
    from .delete_company_membership_response_params import (
        DeleteCompanyMembershipResponseParams as DeleteCompanyMembershipResponseParams,
    )
    from .delete_company_override_response import DeleteCompanyOverrideResponse as DeleteCompanyOverrideResponse
    from .delete_company_override_response_params import (
        DeleteCompanyOverrideResponseParams as DeleteCompanyOverrideResponseParams,
    )
    from .delete_company_params import DeleteCompanyParams as DeleteCompanyParams
    from .delete_company_response import DeleteCompanyResponse as DeleteCompanyResponse
    from .delete_component_response import DeleteComponentResponse as DeleteComponentResponse
    from .delete_component_response_params import DeleteComponentResponseParams as DeleteComponentResponseParams
    from .delete_credit_bundle_response import DeleteCreditBundleResponse as DeleteCreditBundleResponse
    from .delete_credit_bundle_response_params import (
        DeleteCreditBundleResponseParams as DeleteCreditBundleResponseParams,
    )
    from .delete_entity_key_definition_response import (
        DeleteEntityKeyDefinitionResponse as DeleteEntityKeyDefinitionResponse,
    )
    from .delete_entity_key_definition_response_params import (
        DeleteEntityKeyDefinitionResponseParams as DeleteEntityKeyDefinitionResponseParams,
    )
    from .delete_entity_trait_definition_response import (
        DeleteEntityTraitDefinitionResponse as DeleteEntityTraitDefinitionResponse,
    )
    from .delete_entity_trait_definition_response_params import (
        DeleteEntityTraitDefinitionResponseParams as DeleteEntityTraitDefinitionResponseParams,
    )
    from .delete_environment_response import DeleteEnvironmentResponse as DeleteEnvironmentResponse
    from .delete_environment_response_params import DeleteEnvironmentResponseParams as DeleteEnvironmentResponseParams
    from .delete_feature_response import DeleteFeatureResponse as DeleteFeatureResponse
    from .delete_feature_response_params import DeleteFeatureResponseParams as DeleteFeatureResponseParams
    from .delete_flag_response import DeleteFlagResponse as DeleteFlagResponse
    from .delete_flag_response_params import DeleteFlagResponseParams as DeleteFlagResponseParams
    from .delete_payment_method_by_external_id_response import (
        DeletePaymentMethodByExternalIDResponse as DeletePaymentMethodByExternalIDResponse,
    )
    from .delete_payment_method_by_external_id_response_params import (
        DeletePaymentMethodByExternalIDResponseParams as DeletePaymentMethodByExternalIDResponseParams,
    )
    from .delete_plan_entitlement_response import DeletePlanEntitlementResponse as DeletePlanEntitlementResponse
    from .delete_plan_entitlement_response_params import (
        DeletePlanEntitlementResponseParams as DeletePlanEntitlementResponseParams,
    )
    from .delete_plan_response import DeletePlanResponse as DeletePlanResponse
    from .delete_plan_response_params import DeletePlanResponseParams as DeletePlanResponseParams
    from .delete_plan_version_params import DeletePlanVersionParams as DeletePlanVersionParams
    from .delete_plan_version_response import DeletePlanVersionResponse as DeletePlanVersionResponse
    from .delete_product_price_response import DeleteProductPriceResponse as DeleteProductPriceResponse
    from .delete_product_price_response_params import (
        DeleteProductPriceResponseParams as DeleteProductPriceResponseParams,
    )
    from .delete_response import DeleteResponse as DeleteResponse
    from .delete_user_by_keys_response import DeleteUserByKeysResponse as DeleteUserByKeysResponse
    from .delete_user_by_keys_response_params import DeleteUserByKeysResponseParams as DeleteUserByKeysResponseParams
    from .delete_user_response import DeleteUserResponse as DeleteUserResponse
    from .delete_user_response_params import DeleteUserResponseParams as DeleteUserResponseParams
    from .delete_webhook_response import DeleteWebhookResponse as DeleteWebhookResponse
    from .delete_webhook_response_params import DeleteWebhookResponseParams as DeleteWebhookResponseParams
    from .duplicate_plan_entitlements_request_body import (
        DuplicatePlanEntitlementsRequestBody as DuplicatePlanEntitlementsRequestBody,
    )
    from .duplicate_plan_entitlements_response import (
        DuplicatePlanEntitlementsResponse as DuplicatePlanEntitlementsResponse,
    )
    from .duplicate_plan_entitlements_response_params import (
        DuplicatePlanEntitlementsResponseParams as DuplicatePlanEntitlementsResponseParams,
    )
    from .duplicate_plan_entitlements_response_response_data import (
        DuplicatePlanEntitlementsResponseResponseData as DuplicatePlanEntitlementsResponseResponseData,
    )
    from .entitlement_currency_prices_response_data import (
        EntitlementCurrencyPricesResponseData as EntitlementCurrencyPricesResponseData,
    )
    from .entitlement_price_behavior import EntitlementPriceBehavior as EntitlementPriceBehavior
    from .entitlement_trigger_config import EntitlementTriggerConfig as EntitlementTriggerConfig
    from .entitlement_type import EntitlementType as EntitlementType
    from .entitlement_value_type import EntitlementValueType as EntitlementValueType
    from .entitlements_in_plan import EntitlementsInPlan as EntitlementsInPlan
    from .entity_key_definition_response_data import EntityKeyDefinitionResponseData as EntityKeyDefinitionResponseData
    from .entity_key_detail_response_data import EntityKeyDetailResponseData as EntityKeyDetailResponseData
    from .entity_key_response_data import EntityKeyResponseData as EntityKeyResponseData
    from .entity_trait_definition_response_data import (
        EntityTraitDefinitionResponseData as EntityTraitDefinitionResponseData,
    )
    from .entity_trait_definition_usage import EntityTraitDefinitionUsage as EntityTraitDefinitionUsage
    from .entity_trait_detail_response_data import EntityTraitDetailResponseData as EntityTraitDetailResponseData
    from .entity_trait_response_data import EntityTraitResponseData as EntityTraitResponseData
    from .entity_trait_value import EntityTraitValue as EntityTraitValue
    from .entity_type import EntityType as EntityType
    from .environment_detail_response_data import EnvironmentDetailResponseData as EnvironmentDetailResponseData
    from .environment_feature_usage_time_series_response_data import (
        EnvironmentFeatureUsageTimeSeriesResponseData as EnvironmentFeatureUsageTimeSeriesResponseData,
    )
    from .environment_response_data import EnvironmentResponseData as EnvironmentResponseData
    from .environment_trait_usage_time_series_response_data import (
        EnvironmentTraitUsageTimeSeriesResponseData as EnvironmentTraitUsageTimeSeriesResponseData,
    )
    from .environment_type import EnvironmentType as EnvironmentType
    from .environment_usage_point_response_data import (
        EnvironmentUsagePointResponseData as EnvironmentUsagePointResponseData,
    )
    from .error_response import ErrorResponse as ErrorResponse
    from .event_body import EventBody as EventBody
    from .event_body_flag_check import EventBodyFlagCheck as EventBodyFlagCheck
    from .event_body_flag_check_req_company_type_0 import (
        EventBodyFlagCheckReqCompanyType0 as EventBodyFlagCheckReqCompanyType0,
    )
    from .event_body_flag_check_req_user_type_0 import EventBodyFlagCheckReqUserType0 as EventBodyFlagCheckReqUserType0
    from .event_body_identify import EventBodyIdentify as EventBodyIdentify
    from .event_body_identify_company import EventBodyIdentifyCompany as EventBodyIdentifyCompany
    from .event_body_identify_company_keys import EventBodyIdentifyCompanyKeys as EventBodyIdentifyCompanyKeys
    from .event_body_identify_company_traits import EventBodyIdentifyCompanyTraits as EventBodyIdentifyCompanyTraits
    from .event_body_identify_keys import EventBodyIdentifyKeys as EventBodyIdentifyKeys
    from .event_body_identify_traits import EventBodyIdentifyTraits as EventBodyIdentifyTraits
    from .event_body_inference import EventBodyInference as EventBodyInference
    from .event_body_inference_company import EventBodyInferenceCompany as EventBodyInferenceCompany
    from .event_body_inference_user import EventBodyInferenceUser as EventBodyInferenceUser
    from .event_body_track import EventBodyTrack as EventBodyTrack
    from .event_body_track_company import EventBodyTrackCompany as EventBodyTrackCompany
    from .event_body_track_traits import EventBodyTrackTraits as EventBodyTrackTraits
    from .event_body_track_user import EventBodyTrackUser as EventBodyTrackUser
    from .event_detail_response_data import EventDetailResponseData as EventDetailResponseData
    from .event_detail_response_data_body import EventDetailResponseDataBody as EventDetailResponseDataBody
    from .event_export_metadata import EventExportMetadata as EventExportMetadata
    from .event_export_metadata_event_types_type_0_item import (
        EventExportMetadataEventTypesType0Item as EventExportMetadataEventTypesType0Item,
    )
    from .event_export_metadata_export_type import EventExportMetadataExportType as EventExportMetadataExportType
    from .event_response_data import EventResponseData as EventResponseData
    from .event_response_data_body import EventResponseDataBody as EventResponseDataBody
    from .event_status import EventStatus as EventStatus
    from .event_summary_response_data import EventSummaryResponseData as EventSummaryResponseData
    from .event_type import EventType as EventType
    from .extend_credit_lease_request_body import ExtendCreditLeaseRequestBody as ExtendCreditLeaseRequestBody
    from .extend_credit_lease_response import ExtendCreditLeaseResponse as ExtendCreditLeaseResponse
    from .extend_credit_lease_response_params import ExtendCreditLeaseResponseParams as ExtendCreditLeaseResponseParams
    from .feature_company_response_data import FeatureCompanyResponseData as FeatureCompanyResponseData
    from .feature_company_response_data_credit_grant_counts import (
        FeatureCompanyResponseDataCreditGrantCounts as FeatureCompanyResponseDataCreditGrantCounts,
    )
    from .feature_company_user_response_data import FeatureCompanyUserResponseData as FeatureCompanyUserResponseData
    from .feature_detail_response_data import FeatureDetailResponseData as FeatureDetailResponseData
    from .feature_entitlement import FeatureEntitlement as FeatureEntitlement
    from .feature_in_plan_response_data import FeatureInPlanResponseData as FeatureInPlanResponseData
    from .feature_ledger_response_data import FeatureLedgerResponseData as FeatureLedgerResponseData
    from .feature_lifecycle_phase import FeatureLifecyclePhase as FeatureLifecyclePhase
    from .feature_response_data import FeatureResponseData as FeatureResponseData
    from .feature_type import FeatureType as FeatureType
    from .feature_usage_detail_response_data import FeatureUsageDetailResponseData as FeatureUsageDetailResponseData
    from .feature_usage_history_response_data import FeatureUsageHistoryResponseData as FeatureUsageHistoryResponseData
    from .feature_usage_legacy_response_data import FeatureUsageLegacyResponseData as FeatureUsageLegacyResponseData
    from .feature_usage_response_data import FeatureUsageResponseData as FeatureUsageResponseData
    from .feature_usage_response_data_credit_grant_counts import (
        FeatureUsageResponseDataCreditGrantCounts as FeatureUsageResponseDataCreditGrantCounts,
    )
    from .feature_usage_time_series_response_data import (
        FeatureUsageTimeSeriesResponseData as FeatureUsageTimeSeriesResponseData,
    )
    from .feature_view import FeatureView as FeatureView
    from .flag_detail_response_data import FlagDetailResponseData as FlagDetailResponseData
    from .flag_in_plan_response_data import FlagInPlanResponseData as FlagInPlanResponseData
    from .flag_response_data import FlagResponseData as FlagResponseData
    from .flag_type import FlagType as FlagType
    from .flag_view import FlagView as FlagView
    from .generic_preview_object import GenericPreviewObject as GenericPreviewObject
    from .get_account_member_response import GetAccountMemberResponse as GetAccountMemberResponse
    from .get_account_member_response_params import GetAccountMemberResponseParams as GetAccountMemberResponseParams
    from .get_active_company_subscription_params import (
        GetActiveCompanySubscriptionParams as GetActiveCompanySubscriptionParams,
    )
    from .get_active_company_subscription_response import (
        GetActiveCompanySubscriptionResponse as GetActiveCompanySubscriptionResponse,
    )
    from .get_activity_params import GetActivityParams as GetActivityParams
    from .get_activity_response import GetActivityResponse as GetActivityResponse
    from .get_api_key_response import GetApiKeyResponse as GetApiKeyResponse
    from .get_api_key_response_params import GetApiKeyResponseParams as GetApiKeyResponseParams
    from .get_audit_log_response import GetAuditLogResponse as GetAuditLogResponse
    from .get_audit_log_response_params import GetAuditLogResponseParams as GetAuditLogResponseParams
    from .get_billing_entity_child_subscriptions_params import (
        GetBillingEntityChildSubscriptionsParams as GetBillingEntityChildSubscriptionsParams,
    )
    from .get_billing_entity_child_subscriptions_response import (
        GetBillingEntityChildSubscriptionsResponse as GetBillingEntityChildSubscriptionsResponse,
    )
    from .get_catalog_response import GetCatalogResponse as GetCatalogResponse
    from .get_catalog_response_params import GetCatalogResponseParams as GetCatalogResponseParams
    from .get_checkout_data_response import GetCheckoutDataResponse as GetCheckoutDataResponse
    from .get_checkout_data_response_params import GetCheckoutDataResponseParams as GetCheckoutDataResponseParams
    from .get_company_billing_details_response import (
        GetCompanyBillingDetailsResponse as GetCompanyBillingDetailsResponse,
    )
    from .get_company_billing_details_response_params import (
        GetCompanyBillingDetailsResponseParams as GetCompanyBillingDetailsResponseParams,
    )
    from .get_company_billing_entity_params import GetCompanyBillingEntityParams as GetCompanyBillingEntityParams
    from .get_company_billing_entity_response import GetCompanyBillingEntityResponse as GetCompanyBillingEntityResponse
    from .get_company_override_response import GetCompanyOverrideResponse as GetCompanyOverrideResponse
    from .get_company_override_response_params import (
        GetCompanyOverrideResponseParams as GetCompanyOverrideResponseParams,
    )
    from .get_company_response import GetCompanyResponse as GetCompanyResponse
    from .get_company_response_params import GetCompanyResponseParams as GetCompanyResponseParams
    from .get_component_response import GetComponentResponse as GetComponentResponse
    from .get_component_response_params import GetComponentResponseParams as GetComponentResponseParams
    from .get_configuration_response import GetConfigurationResponse as GetConfigurationResponse
    from .get_configuration_response_params import GetConfigurationResponseParams as GetConfigurationResponseParams
    from .get_credit_bundle_response import GetCreditBundleResponse as GetCreditBundleResponse
    from .get_credit_bundle_response_params import GetCreditBundleResponseParams as GetCreditBundleResponseParams
    from .get_credit_bundles_in_catalog_response import (
        GetCreditBundlesInCatalogResponse as GetCreditBundlesInCatalogResponse,
    )
    from .get_credit_bundles_in_catalog_response_params import (
        GetCreditBundlesInCatalogResponseParams as GetCreditBundlesInCatalogResponseParams,
    )
    from .get_data_export_response import GetDataExportResponse as GetDataExportResponse
    from .get_data_export_response_params import GetDataExportResponseParams as GetDataExportResponseParams
    from .get_derived_features_response import GetDerivedFeaturesResponse as GetDerivedFeaturesResponse
    from .get_derived_features_response_params import (
        GetDerivedFeaturesResponseParams as GetDerivedFeaturesResponseParams,
    )
    from .get_entity_trait_definition_response import (
        GetEntityTraitDefinitionResponse as GetEntityTraitDefinitionResponse,
    )
    from .get_entity_trait_definition_response_params import (
        GetEntityTraitDefinitionResponseParams as GetEntityTraitDefinitionResponseParams,
    )
    from .get_entity_trait_definition_usage_response import (
        GetEntityTraitDefinitionUsageResponse as GetEntityTraitDefinitionUsageResponse,
    )
    from .get_entity_trait_definition_usage_response_params import (
        GetEntityTraitDefinitionUsageResponseParams as GetEntityTraitDefinitionUsageResponseParams,
    )
    from .get_entity_trait_values_params import GetEntityTraitValuesParams as GetEntityTraitValuesParams
    from .get_entity_trait_values_response import GetEntityTraitValuesResponse as GetEntityTraitValuesResponse
    from .get_environment_feature_usage_time_series_params import (
        GetEnvironmentFeatureUsageTimeSeriesParams as GetEnvironmentFeatureUsageTimeSeriesParams,
    )
    from .get_environment_feature_usage_time_series_response import (
        GetEnvironmentFeatureUsageTimeSeriesResponse as GetEnvironmentFeatureUsageTimeSeriesResponse,
    )
    from .get_environment_response import GetEnvironmentResponse as GetEnvironmentResponse
    from .get_environment_response_params import GetEnvironmentResponseParams as GetEnvironmentResponseParams
    from .get_environment_trait_usage_time_series_params import (
        GetEnvironmentTraitUsageTimeSeriesParams as GetEnvironmentTraitUsageTimeSeriesParams,
    )
    from .get_environment_trait_usage_time_series_response import (
        GetEnvironmentTraitUsageTimeSeriesResponse as GetEnvironmentTraitUsageTimeSeriesResponse,
    )
    from .get_event_response import GetEventResponse as GetEventResponse
    from .get_event_response_params import GetEventResponseParams as GetEventResponseParams
    from .get_event_summaries_params import GetEventSummariesParams as GetEventSummariesParams
    from .get_event_summaries_response import GetEventSummariesResponse as GetEventSummariesResponse
    from .get_feature_response import GetFeatureResponse as GetFeatureResponse
    from .get_feature_response_params import GetFeatureResponseParams as GetFeatureResponseParams
    from .get_feature_usage_by_company_params import GetFeatureUsageByCompanyParams as GetFeatureUsageByCompanyParams
    from .get_feature_usage_by_company_params_keys import (
        GetFeatureUsageByCompanyParamsKeys as GetFeatureUsageByCompanyParamsKeys,
    )
    from .get_feature_usage_by_company_response import (
        GetFeatureUsageByCompanyResponse as GetFeatureUsageByCompanyResponse,
    )
    from .get_feature_usage_time_series_params import GetFeatureUsageTimeSeriesParams as GetFeatureUsageTimeSeriesParams
    from .get_feature_usage_time_series_response import (
        GetFeatureUsageTimeSeriesResponse as GetFeatureUsageTimeSeriesResponse,
    )
    from .get_flag_response import GetFlagResponse as GetFlagResponse
    from .get_flag_response_params import GetFlagResponseParams as GetFlagResponseParams
    from .get_integration_webhook_url_response import (
        GetIntegrationWebhookUrlResponse as GetIntegrationWebhookUrlResponse,
    )
    from .get_integration_webhook_url_response_params import (
        GetIntegrationWebhookUrlResponseParams as GetIntegrationWebhookUrlResponseParams,
    )
    from .get_migration_response import GetMigrationResponse as GetMigrationResponse
    from .get_migration_response_params import GetMigrationResponseParams as GetMigrationResponseParams
    from .get_onboarding_state_resp import GetOnboardingStateResp as GetOnboardingStateResp
    from .get_onboarding_state_response import GetOnboardingStateResponse as GetOnboardingStateResponse
    from .get_onboarding_state_response_params import (
        GetOnboardingStateResponseParams as GetOnboardingStateResponseParams,
    )
    from .get_or_create_company_membership_request_body import (
        GetOrCreateCompanyMembershipRequestBody as GetOrCreateCompanyMembershipRequestBody,
    )
    from .get_or_create_company_membership_response import (
        GetOrCreateCompanyMembershipResponse as GetOrCreateCompanyMembershipResponse,
    )
    from .get_or_create_company_membership_response_params import (
        GetOrCreateCompanyMembershipResponseParams as GetOrCreateCompanyMembershipResponseParams,
    )
    from .get_or_create_entity_trait_definition_response import (
        GetOrCreateEntityTraitDefinitionResponse as GetOrCreateEntityTraitDefinitionResponse,
    )
    from .get_or_create_entity_trait_definition_response_params import (
        GetOrCreateEntityTraitDefinitionResponseParams as GetOrCreateEntityTraitDefinitionResponseParams,
    )
    from .get_plan_change_response import GetPlanChangeResponse as GetPlanChangeResponse
    from .get_plan_change_response_params import GetPlanChangeResponseParams as GetPlanChangeResponseParams
    from .get_plan_entitlement_response import GetPlanEntitlementResponse as GetPlanEntitlementResponse
    from .get_plan_entitlement_response_params import (
        GetPlanEntitlementResponseParams as GetPlanEntitlementResponseParams,
    )
    from .get_plan_group_params import GetPlanGroupParams as GetPlanGroupParams
    from .get_plan_group_response import GetPlanGroupResponse as GetPlanGroupResponse
    from .get_plan_growth_params import GetPlanGrowthParams as GetPlanGrowthParams
    from .get_plan_growth_response import GetPlanGrowthResponse as GetPlanGrowthResponse
    from .get_plan_params import GetPlanParams as GetPlanParams
    from .get_plan_response import GetPlanResponse as GetPlanResponse
    from .get_plan_trait_response import GetPlanTraitResponse as GetPlanTraitResponse
    from .get_plan_trait_response_params import GetPlanTraitResponseParams as GetPlanTraitResponseParams
    from .get_plans_in_catalog_response import GetPlansInCatalogResponse as GetPlansInCatalogResponse
    from .get_plans_in_catalog_response_params import GetPlansInCatalogResponseParams as GetPlansInCatalogResponseParams
    from .get_public_plans_response import GetPublicPlansResponse as GetPublicPlansResponse
    from .get_public_plans_response_params import GetPublicPlansResponseParams as GetPublicPlansResponseParams
    from .get_scheduled_checkout_response import GetScheduledCheckoutResponse as GetScheduledCheckoutResponse
    from .get_scheduled_checkout_response_params import (
        GetScheduledCheckoutResponseParams as GetScheduledCheckoutResponseParams,
    )
    from .get_segment_integration_status_response import (
        GetSegmentIntegrationStatusResponse as GetSegmentIntegrationStatusResponse,
    )
    from .get_segment_integration_status_response_params import (
        GetSegmentIntegrationStatusResponseParams as GetSegmentIntegrationStatusResponseParams,
    )
    from .get_single_billing_credit_response import GetSingleBillingCreditResponse as GetSingleBillingCreditResponse
    from .get_single_billing_credit_response_params import (
        GetSingleBillingCreditResponseParams as GetSingleBillingCreditResponseParams,
    )
    from .get_single_billing_plan_credit_grant_response import (
        GetSingleBillingPlanCreditGrantResponse as GetSingleBillingPlanCreditGrantResponse,
    )
    from .get_single_billing_plan_credit_grant_response_params import (
        GetSingleBillingPlanCreditGrantResponseParams as GetSingleBillingPlanCreditGrantResponseParams,
    )
    from .get_single_license_response import GetSingleLicenseResponse as GetSingleLicenseResponse
    from .get_single_license_response_params import GetSingleLicenseResponseParams as GetSingleLicenseResponseParams
    from .get_summary_response import GetSummaryResponse as GetSummaryResponse
    from .get_summary_response_params import GetSummaryResponseParams as GetSummaryResponseParams
    from .get_top_features_by_usage_params import GetTopFeaturesByUsageParams as GetTopFeaturesByUsageParams
    from .get_top_features_by_usage_response import GetTopFeaturesByUsageResponse as GetTopFeaturesByUsageResponse
    from .get_user_response import GetUserResponse as GetUserResponse
    from .get_user_response_params import GetUserResponseParams as GetUserResponseParams
    from .get_user_usage_by_company_params import GetUserUsageByCompanyParams as GetUserUsageByCompanyParams
    from .get_user_usage_by_company_response import GetUserUsageByCompanyResponse as GetUserUsageByCompanyResponse
    from .get_user_usage_detail_params import GetUserUsageDetailParams as GetUserUsageDetailParams
    from .get_user_usage_detail_response import GetUserUsageDetailResponse as GetUserUsageDetailResponse
    from .get_webhook_event_response import GetWebhookEventResponse as GetWebhookEventResponse
    from .get_webhook_event_response_params import GetWebhookEventResponseParams as GetWebhookEventResponseParams
    from .get_webhook_response import GetWebhookResponse as GetWebhookResponse
    from .get_webhook_response_params import GetWebhookResponseParams as GetWebhookResponseParams
    from .get_who_am_i_response import GetWhoAmIResponse as GetWhoAmIResponse
    from .get_who_am_i_response_params import GetWhoAmIResponseParams as GetWhoAmIResponseParams
    from .grant_billing_credits_to_company_response import (
        GrantBillingCreditsToCompanyResponse as GrantBillingCreditsToCompanyResponse,
    )
    from .grant_billing_credits_to_company_response_params import (
        GrantBillingCreditsToCompanyResponseParams as GrantBillingCreditsToCompanyResponseParams,
    )
    from .insights_summary_response_data import InsightsSummaryResponseData as InsightsSummaryResponseData
    from .install_integration_request_body import InstallIntegrationRequestBody as InstallIntegrationRequestBody
    from .install_integration_request_body_config import (
        InstallIntegrationRequestBodyConfig as InstallIntegrationRequestBodyConfig,
    )
    from .install_integration_response import InstallIntegrationResponse as InstallIntegrationResponse
    from .install_integration_response_params import (
        InstallIntegrationResponseParams as InstallIntegrationResponseParams,
    )
    from .install_stripe_response import InstallStripeResponse as InstallStripeResponse
    from .install_stripe_response_params import InstallStripeResponseParams as InstallStripeResponseParams
    from .integration_capabilities import IntegrationCapabilities as IntegrationCapabilities
    from .integration_config import IntegrationConfig as IntegrationConfig
    from .integration_install_config import IntegrationInstallConfig as IntegrationInstallConfig
    from .integration_install_response_data import IntegrationInstallResponseData as IntegrationInstallResponseData
    from .integration_response_data import IntegrationResponseData as IntegrationResponseData
    from .integration_state import IntegrationState as IntegrationState
    from .integration_type import IntegrationType as IntegrationType
    from .integration_webhook_url_response_data import (
        IntegrationWebhookUrlResponseData as IntegrationWebhookUrlResponseData,
    )
    from .integrations_data_set_response_data import IntegrationsDataSetResponseData as IntegrationsDataSetResponseData
    from .integrations_list_response_data import IntegrationsListResponseData as IntegrationsListResponseData
    from .integrations_response_data import IntegrationsResponseData as IntegrationsResponseData
    from .invoice_request_body import InvoiceRequestBody as InvoiceRequestBody
    from .invoice_response_data import InvoiceResponseData as InvoiceResponseData
    from .invoice_status import InvoiceStatus as InvoiceStatus
    from .issue_temporary_access_token_request_body import (
        IssueTemporaryAccessTokenRequestBody as IssueTemporaryAccessTokenRequestBody,
    )
    from .issue_temporary_access_token_request_body_lookup import (
        IssueTemporaryAccessTokenRequestBodyLookup as IssueTemporaryAccessTokenRequestBodyLookup,
    )
    from .issue_temporary_access_token_response import (
        IssueTemporaryAccessTokenResponse as IssueTemporaryAccessTokenResponse,
    )
    from .issue_temporary_access_token_response_data import (
        IssueTemporaryAccessTokenResponseData as IssueTemporaryAccessTokenResponseData,
    )
    from .issue_temporary_access_token_response_params import (
        IssueTemporaryAccessTokenResponseParams as IssueTemporaryAccessTokenResponseParams,
    )
    from .keys_request_body import KeysRequestBody as KeysRequestBody
    from .keys_request_body_keys import KeysRequestBodyKeys as KeysRequestBodyKeys
    from .license_response_data import LicenseResponseData as LicenseResponseData
    from .limit_time_series_point_response_data import (
        LimitTimeSeriesPointResponseData as LimitTimeSeriesPointResponseData,
    )
    from .list_account_members_params import ListAccountMembersParams as ListAccountMembersParams
    from .list_account_members_response import ListAccountMembersResponse as ListAccountMembersResponse
    from .list_api_keys_params import ListApiKeysParams as ListApiKeysParams
    from .list_api_keys_response import ListApiKeysResponse as ListApiKeysResponse
    from .list_audit_logs_params import ListAuditLogsParams as ListAuditLogsParams
    from .list_audit_logs_response import ListAuditLogsResponse as ListAuditLogsResponse
    from .list_billing_credits_params import ListBillingCreditsParams as ListBillingCreditsParams
    from .list_billing_credits_response import ListBillingCreditsResponse as ListBillingCreditsResponse
    from .list_billing_plan_credit_grants_params import (
        ListBillingPlanCreditGrantsParams as ListBillingPlanCreditGrantsParams,
    )
    from .list_billing_plan_credit_grants_response import (
        ListBillingPlanCreditGrantsResponse as ListBillingPlanCreditGrantsResponse,
    )
    from .list_billing_prices_params import ListBillingPricesParams as ListBillingPricesParams
    from .list_billing_prices_response import ListBillingPricesResponse as ListBillingPricesResponse
    from .list_billing_product_match_companies_params import (
        ListBillingProductMatchCompaniesParams as ListBillingProductMatchCompaniesParams,
    )
    from .list_billing_product_match_companies_response import (
        ListBillingProductMatchCompaniesResponse as ListBillingProductMatchCompaniesResponse,
    )
    from .list_billing_product_prices_params import ListBillingProductPricesParams as ListBillingProductPricesParams
    from .list_billing_product_prices_response import (
        ListBillingProductPricesResponse as ListBillingProductPricesResponse,
    )
    from .list_billing_products_params import ListBillingProductsParams as ListBillingProductsParams
    from .list_billing_products_response import ListBillingProductsResponse as ListBillingProductsResponse
    from .list_catalogs_params import ListCatalogsParams as ListCatalogsParams
    from .list_catalogs_response import ListCatalogsResponse as ListCatalogsResponse
    from .list_companies_params import ListCompaniesParams as ListCompaniesParams
    from .list_companies_response import ListCompaniesResponse as ListCompaniesResponse
    from .list_company_credit_balances_params import ListCompanyCreditBalancesParams as ListCompanyCreditBalancesParams
    from .list_company_credit_balances_response import (
        ListCompanyCreditBalancesResponse as ListCompanyCreditBalancesResponse,
    )
    from .list_company_grants_params import ListCompanyGrantsParams as ListCompanyGrantsParams
    from .list_company_grants_response import ListCompanyGrantsResponse as ListCompanyGrantsResponse
    from .list_company_memberships_params import ListCompanyMembershipsParams as ListCompanyMembershipsParams
    from .list_company_memberships_response import ListCompanyMembershipsResponse as ListCompanyMembershipsResponse
    from .list_company_migrations_params import ListCompanyMigrationsParams as ListCompanyMigrationsParams
    from .list_company_migrations_response import ListCompanyMigrationsResponse as ListCompanyMigrationsResponse
    from .list_company_overrides_params import ListCompanyOverridesParams as ListCompanyOverridesParams
    from .list_company_overrides_response import ListCompanyOverridesResponse as ListCompanyOverridesResponse
    from .list_components_params import ListComponentsParams as ListComponentsParams
    from .list_components_response import ListComponentsResponse as ListComponentsResponse
    from .list_coupons_params import ListCouponsParams as ListCouponsParams
    from .list_coupons_response import ListCouponsResponse as ListCouponsResponse
    from .list_credit_bundles_params import ListCreditBundlesParams as ListCreditBundlesParams
    from .list_credit_bundles_response import ListCreditBundlesResponse as ListCreditBundlesResponse
    from .list_credit_event_ledger_params import ListCreditEventLedgerParams as ListCreditEventLedgerParams
    from .list_credit_event_ledger_response import ListCreditEventLedgerResponse as ListCreditEventLedgerResponse
    from .list_custom_plan_billings_params import ListCustomPlanBillingsParams as ListCustomPlanBillingsParams
    from .list_custom_plan_billings_response import ListCustomPlanBillingsResponse as ListCustomPlanBillingsResponse
    from .list_customers_with_subscriptions_params import (
        ListCustomersWithSubscriptionsParams as ListCustomersWithSubscriptionsParams,
    )
    from .list_customers_with_subscriptions_response import (
        ListCustomersWithSubscriptionsResponse as ListCustomersWithSubscriptionsResponse,
    )
    from .list_data_exports_params import ListDataExportsParams as ListDataExportsParams
    from .list_data_exports_response import ListDataExportsResponse as ListDataExportsResponse
    from .list_entity_key_definitions_params import ListEntityKeyDefinitionsParams as ListEntityKeyDefinitionsParams
    from .list_entity_key_definitions_response import (
        ListEntityKeyDefinitionsResponse as ListEntityKeyDefinitionsResponse,
    )
    from .list_entity_trait_definitions_params import (
        ListEntityTraitDefinitionsParams as ListEntityTraitDefinitionsParams,
    )
    from .list_entity_trait_definitions_response import (
        ListEntityTraitDefinitionsResponse as ListEntityTraitDefinitionsResponse,
    )
    from .list_environments_params import ListEnvironmentsParams as ListEnvironmentsParams
    from .list_environments_response import ListEnvironmentsResponse as ListEnvironmentsResponse
    from .list_events_params import ListEventsParams as ListEventsParams
    from .list_events_response import ListEventsResponse as ListEventsResponse
    from .list_feature_companies_params import ListFeatureCompaniesParams as ListFeatureCompaniesParams
    from .list_feature_companies_response import ListFeatureCompaniesResponse as ListFeatureCompaniesResponse
    from .list_feature_usage_history_params import ListFeatureUsageHistoryParams as ListFeatureUsageHistoryParams
    from .list_feature_usage_history_response import ListFeatureUsageHistoryResponse as ListFeatureUsageHistoryResponse
    from .list_feature_usage_params import ListFeatureUsageParams as ListFeatureUsageParams
    from .list_feature_usage_params_company_keys import (
        ListFeatureUsageParamsCompanyKeys as ListFeatureUsageParamsCompanyKeys,
    )
    from .list_feature_usage_response import ListFeatureUsageResponse as ListFeatureUsageResponse
    from .list_feature_users_params import ListFeatureUsersParams as ListFeatureUsersParams
    from .list_feature_users_response import ListFeatureUsersResponse as ListFeatureUsersResponse
    from .list_features_params import ListFeaturesParams as ListFeaturesParams
    from .list_features_response import ListFeaturesResponse as ListFeaturesResponse
    from .list_flags_params import ListFlagsParams as ListFlagsParams
    from .list_flags_response import ListFlagsResponse as ListFlagsResponse
    from .list_grants_for_credit_params import ListGrantsForCreditParams as ListGrantsForCreditParams
    from .list_grants_for_credit_response import ListGrantsForCreditResponse as ListGrantsForCreditResponse
    from .list_integrations_params import ListIntegrationsParams as ListIntegrationsParams
    from .list_integrations_response import ListIntegrationsResponse as ListIntegrationsResponse
    from .list_invoices_params import ListInvoicesParams as ListInvoicesParams
    from .list_invoices_response import ListInvoicesResponse as ListInvoicesResponse
    from .list_licenses_params import ListLicensesParams as ListLicensesParams
    from .list_licenses_response import ListLicensesResponse as ListLicensesResponse
    from .list_meters_params import ListMetersParams as ListMetersParams
    from .list_meters_response import ListMetersResponse as ListMetersResponse
    from .list_migrations_params import ListMigrationsParams as ListMigrationsParams
    from .list_migrations_response import ListMigrationsResponse as ListMigrationsResponse
    from .list_payment_methods_params import ListPaymentMethodsParams as ListPaymentMethodsParams
    from .list_payment_methods_response import ListPaymentMethodsResponse as ListPaymentMethodsResponse
    from .list_plan_changes_params import ListPlanChangesParams as ListPlanChangesParams
    from .list_plan_changes_response import ListPlanChangesResponse as ListPlanChangesResponse
    from .list_plan_entitlements_params import ListPlanEntitlementsParams as ListPlanEntitlementsParams
    from .list_plan_entitlements_response import ListPlanEntitlementsResponse as ListPlanEntitlementsResponse
    from .list_plan_issues_params import ListPlanIssuesParams as ListPlanIssuesParams
    from .list_plan_issues_response import ListPlanIssuesResponse as ListPlanIssuesResponse
    from .list_plan_traits_params import ListPlanTraitsParams as ListPlanTraitsParams
    from .list_plan_traits_response import ListPlanTraitsResponse as ListPlanTraitsResponse
    from .list_plans_params import ListPlansParams as ListPlansParams
    from .list_plans_response import ListPlansResponse as ListPlansResponse
    from .list_scheduled_checkouts_params import ListScheduledCheckoutsParams as ListScheduledCheckoutsParams
    from .list_scheduled_checkouts_response import ListScheduledCheckoutsResponse as ListScheduledCheckoutsResponse
    from .list_users_params import ListUsersParams as ListUsersParams
    from .list_users_response import ListUsersResponse as ListUsersResponse
    from .list_webhook_events_params import ListWebhookEventsParams as ListWebhookEventsParams
    from .list_webhook_events_response import ListWebhookEventsResponse as ListWebhookEventsResponse
    from .list_webhooks_params import ListWebhooksParams as ListWebhooksParams
    from .list_webhooks_response import ListWebhooksResponse as ListWebhooksResponse
    from .load_sample_data_set_response import LoadSampleDataSetResponse as LoadSampleDataSetResponse
    from .load_sample_data_set_response_params import LoadSampleDataSetResponseParams as LoadSampleDataSetResponseParams
    from .lookup_company_params import LookupCompanyParams as LookupCompanyParams
    from .lookup_company_params_keys import LookupCompanyParamsKeys as LookupCompanyParamsKeys
    from .lookup_company_response import LookupCompanyResponse as LookupCompanyResponse
    from .lookup_user_params import LookupUserParams as LookupUserParams
    from .lookup_user_params_keys import LookupUserParamsKeys as LookupUserParamsKeys
    from .lookup_user_response import LookupUserResponse as LookupUserResponse
    from .manage_plan_preview_response_response_data import (
        ManagePlanPreviewResponseResponseData as ManagePlanPreviewResponseResponseData,
    )
    from .manage_plan_request import ManagePlanRequest as ManagePlanRequest
    from .manage_plan_response import ManagePlanResponse as ManagePlanResponse
    from .manage_plan_response_params import ManagePlanResponseParams as ManagePlanResponseParams
    from .manage_plan_response_response_data import ManagePlanResponseResponseData as ManagePlanResponseResponseData
    from .mark_custom_plan_billing_paid_request_body import (
        MarkCustomPlanBillingPaidRequestBody as MarkCustomPlanBillingPaidRequestBody,
    )
    from .mark_custom_plan_billing_paid_response import (
        MarkCustomPlanBillingPaidResponse as MarkCustomPlanBillingPaidResponse,
    )
    from .mark_custom_plan_billing_paid_response_params import (
        MarkCustomPlanBillingPaidResponseParams as MarkCustomPlanBillingPaidResponseParams,
    )
    from .meter_request_body import MeterRequestBody as MeterRequestBody
    from .metric_period import MetricPeriod as MetricPeriod
    from .metric_period_month_reset import MetricPeriodMonthReset as MetricPeriodMonthReset
    from .metronome_integration_config import MetronomeIntegrationConfig as MetronomeIntegrationConfig
    from .metronome_integration_config_type import MetronomeIntegrationConfigType as MetronomeIntegrationConfigType
    from .migration_error_code import MigrationErrorCode as MigrationErrorCode
    from .migration_proration_behavior import MigrationProrationBehavior as MigrationProrationBehavior
    from .mrr_response_data import MrrResponseData as MrrResponseData
    from .onboarding_milestone import OnboardingMilestone as OnboardingMilestone
    from .onboarding_milestone_view import OnboardingMilestoneView as OnboardingMilestoneView
    from .onboarding_path import OnboardingPath as OnboardingPath
    from .onboarding_requirement import OnboardingRequirement as OnboardingRequirement
    from .onboarding_requirement_status import OnboardingRequirementStatus as OnboardingRequirementStatus
    from .onboarding_requirement_view import OnboardingRequirementView as OnboardingRequirementView
    from .onboarding_track import OnboardingTrack as OnboardingTrack
    from .orb_integration_config import OrbIntegrationConfig as OrbIntegrationConfig
    from .orb_integration_config_type import OrbIntegrationConfigType as OrbIntegrationConfigType
    from .ordered_plans_in_group import OrderedPlansInGroup as OrderedPlansInGroup
    from .payment_method_request_body import PaymentMethodRequestBody as PaymentMethodRequestBody
    from .payment_method_response_data import PaymentMethodResponseData as PaymentMethodResponseData
    from .plan_billing_source import PlanBillingSource as PlanBillingSource
    from .plan_bundle_action import PlanBundleAction as PlanBundleAction
    from .plan_bundle_credit_grant_request_body import (
        PlanBundleCreditGrantRequestBody as PlanBundleCreditGrantRequestBody,
    )
    from .plan_bundle_entitlement_request_body import (
        PlanBundleEntitlementRequestBody as PlanBundleEntitlementRequestBody,
    )
    from .plan_bundle_response_data import PlanBundleResponseData as PlanBundleResponseData
    from .plan_catalog_membership_response_data import (
        PlanCatalogMembershipResponseData as PlanCatalogMembershipResponseData,
    )
    from .plan_change_action import PlanChangeAction as PlanChangeAction
    from .plan_change_base_plan_action import PlanChangeBasePlanAction as PlanChangeBasePlanAction
    from .plan_change_response_data import PlanChangeResponseData as PlanChangeResponseData
    from .plan_change_subscription_action import PlanChangeSubscriptionAction as PlanChangeSubscriptionAction
    from .plan_credit_grant_scaling import PlanCreditGrantScaling as PlanCreditGrantScaling
    from .plan_credit_grant_view import PlanCreditGrantView as PlanCreditGrantView
    from .plan_currency_price_request_body import PlanCurrencyPriceRequestBody as PlanCurrencyPriceRequestBody
    from .plan_currency_prices_response_data import PlanCurrencyPricesResponseData as PlanCurrencyPricesResponseData
    from .plan_detail_response_data import PlanDetailResponseData as PlanDetailResponseData
    from .plan_entitlement_response_data import PlanEntitlementResponseData as PlanEntitlementResponseData
    from .plan_entitlements_order import PlanEntitlementsOrder as PlanEntitlementsOrder
    from .plan_group_bundle_order import PlanGroupBundleOrder as PlanGroupBundleOrder
    from .plan_group_detail_response_data import PlanGroupDetailResponseData as PlanGroupDetailResponseData
    from .plan_group_plan_detail_response_data import PlanGroupPlanDetailResponseData as PlanGroupPlanDetailResponseData
    from .plan_group_plan_entitlements_order import PlanGroupPlanEntitlementsOrder as PlanGroupPlanEntitlementsOrder
    from .plan_group_response_data import PlanGroupResponseData as PlanGroupResponseData
    from .plan_growth_point_response_data import PlanGrowthPointResponseData as PlanGrowthPointResponseData
    from .plan_growth_response_data import PlanGrowthResponseData as PlanGrowthResponseData
    from .plan_icon import PlanIcon as PlanIcon
    from .plan_issue_response_data import PlanIssueResponseData as PlanIssueResponseData
    from .plan_price_cadence import PlanPriceCadence as PlanPriceCadence
    from .plan_response_data import PlanResponseData as PlanResponseData
    from .plan_selection import PlanSelection as PlanSelection
    from .plan_snapshot_view import PlanSnapshotView as PlanSnapshotView
    from .plan_trait_response_data import PlanTraitResponseData as PlanTraitResponseData
    from .plan_type import PlanType as PlanType
    from .plan_version_company_migration_response_data import (
        PlanVersionCompanyMigrationResponseData as PlanVersionCompanyMigrationResponseData,
    )
    from .plan_version_company_migration_status import (
        PlanVersionCompanyMigrationStatus as PlanVersionCompanyMigrationStatus,
    )
    from .plan_version_migration_preview_company_response_data import (
        PlanVersionMigrationPreviewCompanyResponseData as PlanVersionMigrationPreviewCompanyResponseData,
    )
    from .plan_version_migration_preview_response_data import (
        PlanVersionMigrationPreviewResponseData as PlanVersionMigrationPreviewResponseData,
    )
    from .plan_version_migration_response_data import (
        PlanVersionMigrationResponseData as PlanVersionMigrationResponseData,
    )
    from .plan_version_migration_status import PlanVersionMigrationStatus as PlanVersionMigrationStatus
    from .plan_version_migration_strategy import PlanVersionMigrationStrategy as PlanVersionMigrationStrategy
    from .plan_version_response_data import PlanVersionResponseData as PlanVersionResponseData
    from .plan_version_snapshot_view import PlanVersionSnapshotView as PlanVersionSnapshotView
    from .plan_version_status import PlanVersionStatus as PlanVersionStatus
    from .plan_view_public_response_data import PlanViewPublicResponseData as PlanViewPublicResponseData
    from .preflight_event_usage_request_body import PreflightEventUsageRequestBody as PreflightEventUsageRequestBody
    from .preflight_request_body import PreflightRequestBody as PreflightRequestBody
    from .preflight_request_body_credit_cost import PreflightRequestBodyCreditCost as PreflightRequestBodyCreditCost
    from .preview_checkout_internal_response import PreviewCheckoutInternalResponse as PreviewCheckoutInternalResponse
    from .preview_checkout_internal_response_params import (
        PreviewCheckoutInternalResponseParams as PreviewCheckoutInternalResponseParams,
    )
    from .preview_component_data_params import PreviewComponentDataParams as PreviewComponentDataParams
    from .preview_component_data_response import PreviewComponentDataResponse as PreviewComponentDataResponse
    from .preview_manage_plan_response import PreviewManagePlanResponse as PreviewManagePlanResponse
    from .preview_manage_plan_response_params import PreviewManagePlanResponseParams as PreviewManagePlanResponseParams
    from .preview_migration_request_body import PreviewMigrationRequestBody as PreviewMigrationRequestBody
    from .preview_migration_response import PreviewMigrationResponse as PreviewMigrationResponse
    from .preview_migration_response_params import PreviewMigrationResponseParams as PreviewMigrationResponseParams
    from .preview_object import PreviewObject as PreviewObject
    from .preview_object_response_data import PreviewObjectResponseData as PreviewObjectResponseData
    from .preview_subscription_change_response_data import (
        PreviewSubscriptionChangeResponseData as PreviewSubscriptionChangeResponseData,
    )
    from .preview_subscription_discount_response_data import (
        PreviewSubscriptionDiscountResponseData as PreviewSubscriptionDiscountResponseData,
    )
    from .preview_subscription_finance_response_data import (
        PreviewSubscriptionFinanceResponseData as PreviewSubscriptionFinanceResponseData,
    )
    from .preview_subscription_upcoming_invoice_line_items import (
        PreviewSubscriptionUpcomingInvoiceLineItems as PreviewSubscriptionUpcomingInvoiceLineItems,
    )
    from .proration_behavior import ProrationBehavior as ProrationBehavior
    from .public_plans_response_data import PublicPlansResponseData as PublicPlansResponseData
    from .publish_plan_version_request_body import PublishPlanVersionRequestBody as PublishPlanVersionRequestBody
    from .publish_plan_version_response import PublishPlanVersionResponse as PublishPlanVersionResponse
    from .publish_plan_version_response_params import (
        PublishPlanVersionResponseParams as PublishPlanVersionResponseParams,
    )
    from .quickstart_resp import QuickstartResp as QuickstartResp
    from .quickstart_response import QuickstartResponse as QuickstartResponse
    from .quickstart_response_params import QuickstartResponseParams as QuickstartResponseParams
    from .raw_event_batch_response_data import RawEventBatchResponseData as RawEventBatchResponseData
    from .raw_event_response_data import RawEventResponseData as RawEventResponseData
    from .release_credit_lease_request_body import ReleaseCreditLeaseRequestBody as ReleaseCreditLeaseRequestBody
    from .release_credit_lease_response import ReleaseCreditLeaseResponse as ReleaseCreditLeaseResponse
    from .release_credit_lease_response_params import (
        ReleaseCreditLeaseResponseParams as ReleaseCreditLeaseResponseParams,
    )
    from .retry_company_migration_response import RetryCompanyMigrationResponse as RetryCompanyMigrationResponse
    from .retry_company_migration_response_params import (
        RetryCompanyMigrationResponseParams as RetryCompanyMigrationResponseParams,
    )
    from .retry_custom_plan_billing_request_body import (
        RetryCustomPlanBillingRequestBody as RetryCustomPlanBillingRequestBody,
    )
    from .retry_custom_plan_billing_response import RetryCustomPlanBillingResponse as RetryCustomPlanBillingResponse
    from .retry_custom_plan_billing_response_params import (
        RetryCustomPlanBillingResponseParams as RetryCustomPlanBillingResponseParams,
    )
    from .retry_migration_request_body import RetryMigrationRequestBody as RetryMigrationRequestBody
    from .retry_migration_response import RetryMigrationResponse as RetryMigrationResponse
    from .retry_migration_response_params import RetryMigrationResponseParams as RetryMigrationResponseParams
    from .rule import Rule as Rule
    from .rule_condition_detail_response_data import RuleConditionDetailResponseData as RuleConditionDetailResponseData
    from .rule_condition_group_detail_response_data import (
        RuleConditionGroupDetailResponseData as RuleConditionGroupDetailResponseData,
    )
    from .rule_condition_group_response_data import RuleConditionGroupResponseData as RuleConditionGroupResponseData
    from .rule_condition_response_data import RuleConditionResponseData as RuleConditionResponseData
    from .rule_detail_response_data import RuleDetailResponseData as RuleDetailResponseData
    from .rule_response_data import RuleResponseData as RuleResponseData
    from .rule_type import RuleType as RuleType
    from .rule_view import RuleView as RuleView
    from .rules_detail_response_data import RulesDetailResponseData as RulesDetailResponseData
    from .rules_engine_schema_version import RulesEngineSchemaVersion as RulesEngineSchemaVersion
    from .rulesengine_check_flag_result import RulesengineCheckFlagResult as RulesengineCheckFlagResult
    from .rulesengine_company import RulesengineCompany as RulesengineCompany
    from .rulesengine_company_credit_balances import (
        RulesengineCompanyCreditBalances as RulesengineCompanyCreditBalances,
    )
    from .rulesengine_company_keys import RulesengineCompanyKeys as RulesengineCompanyKeys
    from .rulesengine_company_metric import RulesengineCompanyMetric as RulesengineCompanyMetric
    from .rulesengine_condition import RulesengineCondition as RulesengineCondition
    from .rulesengine_condition_group import RulesengineConditionGroup as RulesengineConditionGroup
    from .rulesengine_condition_type import RulesengineConditionType as RulesengineConditionType
    from .rulesengine_entitlement_value_type import RulesengineEntitlementValueType as RulesengineEntitlementValueType
    from .rulesengine_entity_type import RulesengineEntityType as RulesengineEntityType
    from .rulesengine_feature_entitlement import RulesengineFeatureEntitlement as RulesengineFeatureEntitlement
    from .rulesengine_flag import RulesengineFlag as RulesengineFlag
    from .rulesengine_metric_period import RulesengineMetricPeriod as RulesengineMetricPeriod
    from .rulesengine_metric_period_month_reset import (
        RulesengineMetricPeriodMonthReset as RulesengineMetricPeriodMonthReset,
    )
    from .rulesengine_rule import RulesengineRule as RulesengineRule
    from .rulesengine_rule_type import RulesengineRuleType as RulesengineRuleType
    from .rulesengine_subscription import RulesengineSubscription as RulesengineSubscription
    from .rulesengine_trait import RulesengineTrait as RulesengineTrait
    from .rulesengine_trait_definition import RulesengineTraitDefinition as RulesengineTraitDefinition
    from .rulesengine_trait_definition_comparable_type import (
        RulesengineTraitDefinitionComparableType as RulesengineTraitDefinitionComparableType,
    )
    from .rulesengine_user import RulesengineUser as RulesengineUser
    from .rulesengine_user_keys import RulesengineUserKeys as RulesengineUserKeys
    from .rulesengine_warning_tier import RulesengineWarningTier as RulesengineWarningTier
    from .run_integration_response import RunIntegrationResponse as RunIntegrationResponse
    from .run_integration_response_params import RunIntegrationResponseParams as RunIntegrationResponseParams
    from .scheduled_checkout_response_data import ScheduledCheckoutResponseData as ScheduledCheckoutResponseData
    from .scheduled_checkout_status import ScheduledCheckoutStatus as ScheduledCheckoutStatus
    from .scheduled_downgrade_config_behavior import (
        ScheduledDowngradeConfigBehavior as ScheduledDowngradeConfigBehavior,
    )
    from .scheduled_downgrade_response_data import ScheduledDowngradeResponseData as ScheduledDowngradeResponseData
    from .segment_status_resp import SegmentStatusResp as SegmentStatusResp
    from .send_test_webhook_action_response import SendTestWebhookActionResponse as SendTestWebhookActionResponse
    from .send_test_webhook_action_response_params import (
        SendTestWebhookActionResponseParams as SendTestWebhookActionResponseParams,
    )
    from .skipped_entitlement_error_response_data import (
        SkippedEntitlementErrorResponseData as SkippedEntitlementErrorResponseData,
    )
    from .skipped_entitlement_response_data import SkippedEntitlementResponseData as SkippedEntitlementResponseData
    from .soft_delete_billing_credit_response import SoftDeleteBillingCreditResponse as SoftDeleteBillingCreditResponse
    from .soft_delete_billing_credit_response_params import (
        SoftDeleteBillingCreditResponseParams as SoftDeleteBillingCreditResponseParams,
    )
    from .sort_direction import SortDirection as SortDirection
    from .start_data_import_request_body import StartDataImportRequestBody as StartDataImportRequestBody
    from .start_data_import_response import StartDataImportResponse as StartDataImportResponse
    from .start_data_import_response_params import StartDataImportResponseParams as StartDataImportResponseParams
    from .stripe_embed_info import StripeEmbedInfo as StripeEmbedInfo
    from .stripe_integration_config import StripeIntegrationConfig as StripeIntegrationConfig
    from .stripe_integration_config_type import StripeIntegrationConfigType as StripeIntegrationConfigType
    from .subscription_status import SubscriptionStatus as SubscriptionStatus
    from .subscription_trait_update import SubscriptionTraitUpdate as SubscriptionTraitUpdate
    from .subscription_type import SubscriptionType as SubscriptionType
    from .tax_id_input import TaxIDInput as TaxIDInput
    from .tax_id_type import TaxIdType as TaxIdType
    from .temporary_access_token_resource_type import (
        TemporaryAccessTokenResourceType as TemporaryAccessTokenResourceType,
    )
    from .temporary_access_token_response_data import (
        TemporaryAccessTokenResponseData as TemporaryAccessTokenResponseData,
    )
    from .test_webhook_request_body import TestWebhookRequestBody as TestWebhookRequestBody
    from .test_webhook_response_data import TestWebhookResponseData as TestWebhookResponseData
    from .time_series_granularity import TimeSeriesGranularity as TimeSeriesGranularity
    from .top_feature_by_usage_response_data import TopFeatureByUsageResponseData as TopFeatureByUsageResponseData
    from .top_features_by_usage_response_data import TopFeaturesByUsageResponseData as TopFeaturesByUsageResponseData
    from .trait_definition import TraitDefinition as TraitDefinition
    from .trait_definition_comparable_type import TraitDefinitionComparableType as TraitDefinitionComparableType
    from .trait_type import TraitType as TraitType
    from .trial_status import TrialStatus as TrialStatus
    from .uninstall_integration_response import UninstallIntegrationResponse as UninstallIntegrationResponse
    from .uninstall_integration_response_params import (
        UninstallIntegrationResponseParams as UninstallIntegrationResponseParams,
    )
    from .upcoming_invoice_response_data import UpcomingInvoiceResponseData as UpcomingInvoiceResponseData
    from .update_add_on_request_body import UpdateAddOnRequestBody as UpdateAddOnRequestBody
    from .update_api_key_request_body import UpdateApiKeyRequestBody as UpdateApiKeyRequestBody
    from .update_api_key_response import UpdateApiKeyResponse as UpdateApiKeyResponse
    from .update_api_key_response_params import UpdateApiKeyResponseParams as UpdateApiKeyResponseParams
    from .update_auto_topup_override_request_body import (
        UpdateAutoTopupOverrideRequestBody as UpdateAutoTopupOverrideRequestBody,
    )
    from .update_billing_credit_request_body import UpdateBillingCreditRequestBody as UpdateBillingCreditRequestBody
    from .update_billing_credit_response import UpdateBillingCreditResponse as UpdateBillingCreditResponse
    from .update_billing_credit_response_params import (
        UpdateBillingCreditResponseParams as UpdateBillingCreditResponseParams,
    )
    from .update_billing_plan_credit_grant_request_body import (
        UpdateBillingPlanCreditGrantRequestBody as UpdateBillingPlanCreditGrantRequestBody,
    )
    from .update_billing_plan_credit_grant_response import (
        UpdateBillingPlanCreditGrantResponse as UpdateBillingPlanCreditGrantResponse,
    )
    from .update_billing_plan_credit_grant_response_params import (
        UpdateBillingPlanCreditGrantResponseParams as UpdateBillingPlanCreditGrantResponseParams,
    )
    from .update_catalog_configuration_request_body import (
        UpdateCatalogConfigurationRequestBody as UpdateCatalogConfigurationRequestBody,
    )
    from .update_catalog_request_body import UpdateCatalogRequestBody as UpdateCatalogRequestBody
    from .update_catalog_response import UpdateCatalogResponse as UpdateCatalogResponse
    from .update_catalog_response_params import UpdateCatalogResponseParams as UpdateCatalogResponseParams
    from .update_company_billing_details_request_body import (
        UpdateCompanyBillingDetailsRequestBody as UpdateCompanyBillingDetailsRequestBody,
    )
    from .update_company_billing_details_response import (
        UpdateCompanyBillingDetailsResponse as UpdateCompanyBillingDetailsResponse,
    )
    from .update_company_billing_details_response_params import (
        UpdateCompanyBillingDetailsResponseParams as UpdateCompanyBillingDetailsResponseParams,
    )
    from .update_company_override_request_body import (
        UpdateCompanyOverrideRequestBody as UpdateCompanyOverrideRequestBody,
    )
    from .update_company_override_response import UpdateCompanyOverrideResponse as UpdateCompanyOverrideResponse
    from .update_company_override_response_params import (
        UpdateCompanyOverrideResponseParams as UpdateCompanyOverrideResponseParams,
    )
    from .update_company_plans_request_body import UpdateCompanyPlansRequestBody as UpdateCompanyPlansRequestBody
    from .update_company_plans_response import UpdateCompanyPlansResponse as UpdateCompanyPlansResponse
    from .update_company_plans_response_params import (
        UpdateCompanyPlansResponseParams as UpdateCompanyPlansResponseParams,
    )
    from .update_component_request_body import UpdateComponentRequestBody as UpdateComponentRequestBody
    from .update_component_request_body_ast import UpdateComponentRequestBodyAst as UpdateComponentRequestBodyAst
    from .update_component_response import UpdateComponentResponse as UpdateComponentResponse
    from .update_component_response_params import UpdateComponentResponseParams as UpdateComponentResponseParams
    from .update_configuration_response import UpdateConfigurationResponse as UpdateConfigurationResponse
    from .update_configuration_response_params import (
        UpdateConfigurationResponseParams as UpdateConfigurationResponseParams,
    )
    from .update_credit_bundle_details_request_body import (
        UpdateCreditBundleDetailsRequestBody as UpdateCreditBundleDetailsRequestBody,
    )
    from .update_credit_bundle_details_response import (
        UpdateCreditBundleDetailsResponse as UpdateCreditBundleDetailsResponse,
    )
    from .update_credit_bundle_details_response_params import (
        UpdateCreditBundleDetailsResponseParams as UpdateCreditBundleDetailsResponseParams,
    )
    from .update_credit_bundle_request_body import UpdateCreditBundleRequestBody as UpdateCreditBundleRequestBody
    from .update_customer_subscription_trial_end_response import (
        UpdateCustomerSubscriptionTrialEndResponse as UpdateCustomerSubscriptionTrialEndResponse,
    )
    from .update_customer_subscription_trial_end_response_params import (
        UpdateCustomerSubscriptionTrialEndResponseParams as UpdateCustomerSubscriptionTrialEndResponseParams,
    )
    from .update_entitlement_req_common import UpdateEntitlementReqCommon as UpdateEntitlementReqCommon
    from .update_entity_trait_definition_request_body import (
        UpdateEntityTraitDefinitionRequestBody as UpdateEntityTraitDefinitionRequestBody,
    )
    from .update_entity_trait_definition_response import (
        UpdateEntityTraitDefinitionResponse as UpdateEntityTraitDefinitionResponse,
    )
    from .update_entity_trait_definition_response_params import (
        UpdateEntityTraitDefinitionResponseParams as UpdateEntityTraitDefinitionResponseParams,
    )
    from .update_environment_request_body import UpdateEnvironmentRequestBody as UpdateEnvironmentRequestBody
    from .update_environment_response import UpdateEnvironmentResponse as UpdateEnvironmentResponse
    from .update_environment_response_params import UpdateEnvironmentResponseParams as UpdateEnvironmentResponseParams
    from .update_feature_request_body import UpdateFeatureRequestBody as UpdateFeatureRequestBody
    from .update_feature_response import UpdateFeatureResponse as UpdateFeatureResponse
    from .update_feature_response_params import UpdateFeatureResponseParams as UpdateFeatureResponseParams
    from .update_flag_response import UpdateFlagResponse as UpdateFlagResponse
    from .update_flag_response_params import UpdateFlagResponseParams as UpdateFlagResponseParams
    from .update_flag_rules_request_body import UpdateFlagRulesRequestBody as UpdateFlagRulesRequestBody
    from .update_flag_rules_response import UpdateFlagRulesResponse as UpdateFlagRulesResponse
    from .update_flag_rules_response_params import UpdateFlagRulesResponseParams as UpdateFlagRulesResponseParams
    from .update_onboarding_state_request_body import (
        UpdateOnboardingStateRequestBody as UpdateOnboardingStateRequestBody,
    )
    from .update_onboarding_state_response import UpdateOnboardingStateResponse as UpdateOnboardingStateResponse
    from .update_onboarding_state_response_params import (
        UpdateOnboardingStateResponseParams as UpdateOnboardingStateResponseParams,
    )
    from .update_pay_in_advance_request_body import UpdatePayInAdvanceRequestBody as UpdatePayInAdvanceRequestBody
    from .update_plan_bundle_request_body import UpdatePlanBundleRequestBody as UpdatePlanBundleRequestBody
    from .update_plan_bundle_response import UpdatePlanBundleResponse as UpdatePlanBundleResponse
    from .update_plan_bundle_response_params import UpdatePlanBundleResponseParams as UpdatePlanBundleResponseParams
    from .update_plan_entitlement_request_body import (
        UpdatePlanEntitlementRequestBody as UpdatePlanEntitlementRequestBody,
    )
    from .update_plan_entitlement_response import UpdatePlanEntitlementResponse as UpdatePlanEntitlementResponse
    from .update_plan_entitlement_response_params import (
        UpdatePlanEntitlementResponseParams as UpdatePlanEntitlementResponseParams,
    )
    from .update_plan_group_request_body import UpdatePlanGroupRequestBody as UpdatePlanGroupRequestBody
    from .update_plan_group_response import UpdatePlanGroupResponse as UpdatePlanGroupResponse
    from .update_plan_group_response_params import UpdatePlanGroupResponseParams as UpdatePlanGroupResponseParams
    from .update_plan_request_body import UpdatePlanRequestBody as UpdatePlanRequestBody
    from .update_plan_response import UpdatePlanResponse as UpdatePlanResponse
    from .update_plan_response_params import UpdatePlanResponseParams as UpdatePlanResponseParams
    from .update_plan_trait_bulk_request_body import UpdatePlanTraitBulkRequestBody as UpdatePlanTraitBulkRequestBody
    from .update_plan_trait_trait_request_body import UpdatePlanTraitTraitRequestBody as UpdatePlanTraitTraitRequestBody
    from .update_plan_traits_bulk_response import UpdatePlanTraitsBulkResponse as UpdatePlanTraitsBulkResponse
    from .update_plan_traits_bulk_response_params import (
        UpdatePlanTraitsBulkResponseParams as UpdatePlanTraitsBulkResponseParams,
    )
    from .update_rule_request_body import UpdateRuleRequestBody as UpdateRuleRequestBody
    from .update_scheduled_checkout_request import UpdateScheduledCheckoutRequest as UpdateScheduledCheckoutRequest
    from .update_scheduled_checkout_response import UpdateScheduledCheckoutResponse as UpdateScheduledCheckoutResponse
    from .update_scheduled_checkout_response_params import (
        UpdateScheduledCheckoutResponseParams as UpdateScheduledCheckoutResponseParams,
    )
    from .update_trial_end_request_body import UpdateTrialEndRequestBody as UpdateTrialEndRequestBody
    from .update_webhook_request_body import UpdateWebhookRequestBody as UpdateWebhookRequestBody
    from .update_webhook_response import UpdateWebhookResponse as UpdateWebhookResponse
    from .update_webhook_response_params import UpdateWebhookResponseParams as UpdateWebhookResponseParams
    from .upsert_billing_coupon_response import UpsertBillingCouponResponse as UpsertBillingCouponResponse
    from .upsert_billing_coupon_response_params import (
        UpsertBillingCouponResponseParams as UpsertBillingCouponResponseParams,
    )
    from .upsert_billing_customer_response import UpsertBillingCustomerResponse as UpsertBillingCustomerResponse
    from .upsert_billing_customer_response_params import (
        UpsertBillingCustomerResponseParams as UpsertBillingCustomerResponseParams,
    )
    from .upsert_billing_meter_response import UpsertBillingMeterResponse as UpsertBillingMeterResponse
    from .upsert_billing_meter_response_params import (
        UpsertBillingMeterResponseParams as UpsertBillingMeterResponseParams,
    )
    from .upsert_billing_price_response import UpsertBillingPriceResponse as UpsertBillingPriceResponse
    from .upsert_billing_price_response_params import (
        UpsertBillingPriceResponseParams as UpsertBillingPriceResponseParams,
    )
    from .upsert_billing_product_plan_response import (
        UpsertBillingProductPlanResponse as UpsertBillingProductPlanResponse,
    )
    from .upsert_billing_product_plan_response_params import (
        UpsertBillingProductPlanResponseParams as UpsertBillingProductPlanResponseParams,
    )
    from .upsert_billing_product_request_body import UpsertBillingProductRequestBody as UpsertBillingProductRequestBody
    from .upsert_billing_product_response import UpsertBillingProductResponse as UpsertBillingProductResponse
    from .upsert_billing_product_response_params import (
        UpsertBillingProductResponseParams as UpsertBillingProductResponseParams,
    )
    from .upsert_billing_subscription_response import (
        UpsertBillingSubscriptionResponse as UpsertBillingSubscriptionResponse,
    )
    from .upsert_billing_subscription_response_params import (
        UpsertBillingSubscriptionResponseParams as UpsertBillingSubscriptionResponseParams,
    )
    from .upsert_company_request_body import UpsertCompanyRequestBody as UpsertCompanyRequestBody
    from .upsert_company_request_body_keys import UpsertCompanyRequestBodyKeys as UpsertCompanyRequestBodyKeys
    from .upsert_company_request_body_traits import UpsertCompanyRequestBodyTraits as UpsertCompanyRequestBodyTraits
    from .upsert_company_response import UpsertCompanyResponse as UpsertCompanyResponse
    from .upsert_company_response_params import UpsertCompanyResponseParams as UpsertCompanyResponseParams
    from .upsert_company_trait_response import UpsertCompanyTraitResponse as UpsertCompanyTraitResponse
    from .upsert_company_trait_response_params import (
        UpsertCompanyTraitResponseParams as UpsertCompanyTraitResponseParams,
    )
    from .upsert_feature_for_billing_product_response import (
        UpsertFeatureForBillingProductResponse as UpsertFeatureForBillingProductResponse,
    )
    from .upsert_feature_for_billing_product_response_params import (
        UpsertFeatureForBillingProductResponseParams as UpsertFeatureForBillingProductResponseParams,
    )
    from .upsert_invoice_response import UpsertInvoiceResponse as UpsertInvoiceResponse
    from .upsert_invoice_response_params import UpsertInvoiceResponseParams as UpsertInvoiceResponseParams
    from .upsert_payment_method_response import UpsertPaymentMethodResponse as UpsertPaymentMethodResponse
    from .upsert_payment_method_response_params import (
        UpsertPaymentMethodResponseParams as UpsertPaymentMethodResponseParams,
    )
    from .upsert_plan_entitlement_for_billing_product_response import (
        UpsertPlanEntitlementForBillingProductResponse as UpsertPlanEntitlementForBillingProductResponse,
    )
    from .upsert_plan_entitlement_for_billing_product_response_params import (
        UpsertPlanEntitlementForBillingProductResponseParams as UpsertPlanEntitlementForBillingProductResponseParams,
    )
    from .upsert_plan_for_billing_product_response import (
        UpsertPlanForBillingProductResponse as UpsertPlanForBillingProductResponse,
    )
    from .upsert_plan_for_billing_product_response_params import (
        UpsertPlanForBillingProductResponseParams as UpsertPlanForBillingProductResponseParams,
    )
    from .upsert_trait_request_body import UpsertTraitRequestBody as UpsertTraitRequestBody
    from .upsert_trait_request_body_keys import UpsertTraitRequestBodyKeys as UpsertTraitRequestBodyKeys
    from .upsert_user_request_body import UpsertUserRequestBody as UpsertUserRequestBody
    from .upsert_user_request_body_companies_type_0_item import (
        UpsertUserRequestBodyCompaniesType0Item as UpsertUserRequestBodyCompaniesType0Item,
    )
    from .upsert_user_request_body_company_type_0 import (
        UpsertUserRequestBodyCompanyType0 as UpsertUserRequestBodyCompanyType0,
    )
    from .upsert_user_request_body_keys import UpsertUserRequestBodyKeys as UpsertUserRequestBodyKeys
    from .upsert_user_request_body_traits import UpsertUserRequestBodyTraits as UpsertUserRequestBodyTraits
    from .upsert_user_response import UpsertUserResponse as UpsertUserResponse
    from .upsert_user_response_params import UpsertUserResponseParams as UpsertUserResponseParams
    from .upsert_user_sub_request_body import UpsertUserSubRequestBody as UpsertUserSubRequestBody
    from .upsert_user_sub_request_body_keys import UpsertUserSubRequestBodyKeys as UpsertUserSubRequestBodyKeys
    from .upsert_user_sub_request_body_traits import UpsertUserSubRequestBodyTraits as UpsertUserSubRequestBodyTraits
    from .upsert_user_trait_response import UpsertUserTraitResponse as UpsertUserTraitResponse
    from .upsert_user_trait_response_params import UpsertUserTraitResponseParams as UpsertUserTraitResponseParams
    from .usage_based_entitlement_request_body import (
        UsageBasedEntitlementRequestBody as UsageBasedEntitlementRequestBody,
    )
    from .usage_based_entitlement_response_data import (
        UsageBasedEntitlementResponseData as UsageBasedEntitlementResponseData,
    )
    from .usage_time_series_point_response_data import (
        UsageTimeSeriesPointResponseData as UsageTimeSeriesPointResponseData,
    )
    from .user_credit_usage_response_data import UserCreditUsageResponseData as UserCreditUsageResponseData
    from .user_daily_credit_point_response_data import (
        UserDailyCreditPointResponseData as UserDailyCreditPointResponseData,
    )
    from .user_daily_usage_point_response_data import UserDailyUsagePointResponseData as UserDailyUsagePointResponseData
    from .user_detail_response_data import UserDetailResponseData as UserDetailResponseData
    from .user_detail_response_data_traits import UserDetailResponseDataTraits as UserDetailResponseDataTraits
    from .user_feature_usage_response_data import UserFeatureUsageResponseData as UserFeatureUsageResponseData
    from .user_response_data import UserResponseData as UserResponseData
    from .user_usage_by_company_response_data import UserUsageByCompanyResponseData as UserUsageByCompanyResponseData
    from .user_usage_detail_response_data import UserUsageDetailResponseData as UserUsageDetailResponseData
    from .warning_tier import WarningTier as WarningTier
    from .warning_tier_request_body import WarningTierRequestBody as WarningTierRequestBody
    from .warning_tier_response_data import WarningTierResponseData as WarningTierResponseData
    from .web_feature_usage_webhook_output import WebFeatureUsageWebhookOutput as WebFeatureUsageWebhookOutput
    from .web_scheduled_downgrade_webhook_output import (
        WebScheduledDowngradeWebhookOutput as WebScheduledDowngradeWebhookOutput,
    )
    from .webhook_event_detail_response_data import WebhookEventDetailResponseData as WebhookEventDetailResponseData
    from .webhook_event_response_data import WebhookEventResponseData as WebhookEventResponseData
    from .webhook_event_status import WebhookEventStatus as WebhookEventStatus
    from .webhook_request_type import WebhookRequestType as WebhookRequestType
    from .webhook_response_data import WebhookResponseData as WebhookResponseData
    from .webhook_status import WebhookStatus as WebhookStatus
    from .webhook_url import WebhookUrl as WebhookUrl
    from .who_am_i_response_data import WhoAmIResponseData as WhoAmIResponseData
    from .work_os_integration_config import WorkOSIntegrationConfig as WorkOSIntegrationConfig
    from .work_os_integration_config_type import WorkOSIntegrationConfigType as WorkOSIntegrationConfigType
    from .zero_out_grant_request_body import ZeroOutGrantRequestBody as ZeroOutGrantRequestBody
    from .zero_out_grant_response import ZeroOutGrantResponse as ZeroOutGrantResponse
    from .zero_out_grant_response_params import ZeroOutGrantResponseParams as ZeroOutGrantResponseParams

    pass

_MODULES: dict[str, str] = {
    "AccountMemberPermission": ".account_member_permission",
    "AccountMemberResponseData": ".account_member_response_data",
    "AccountMemberResponseDataPermissions": ".account_member_response_data_permissions",
    "AccountMemberRole": ".account_member_role",
    "AcquireCreditLeaseRequestBody": ".acquire_credit_lease_request_body",
    "AcquireCreditLeaseResponse": ".acquire_credit_lease_response",
    "AcquireCreditLeaseResponseParams": ".acquire_credit_lease_response_params",
    "ActivityEntryResponseData": ".activity_entry_response_data",
    "ActivityResponseResponseData": ".activity_response_response_data",
    "ActorType": ".actor_type",
    "ApiError": ".api_error",
    "ApiKeyCreateResponseData": ".api_key_create_response_data",
    "ApiKeyIntegrationResponseData": ".api_key_integration_response_data",
    "ApiKeyResponseData": ".api_key_response_data",
    "ApiKeyScope": ".api_key_scope",
    "AssumeStripeInstalledResponse": ".assume_stripe_installed_response",
    "AssumeStripeInstalledResponseParams": ".assume_stripe_installed_response_params",
    "AuditLogExportMetadata": ".audit_log_export_metadata",
    "AuditLogExportMetadataExportType": ".audit_log_export_metadata_export_type",
    "AuditLogListResponseData": ".audit_log_list_response_data",
    "AuditLogResponseData": ".audit_log_response_data",
    "BillingCollectionMethod": ".billing_collection_method",
    "BillingCouponResponseData": ".billing_coupon_response_data",
    "BillingCouponResponseDataMetadata": ".billing_coupon_response_data_metadata",
    "BillingCreditAutoTopupAvailability": ".billing_credit_auto_topup_availability",
    "BillingCreditBundleResponseData": ".billing_credit_bundle_response_data",
    "BillingCreditBundleStatus": ".billing_credit_bundle_status",
    "BillingCreditBundleType": ".billing_credit_bundle_type",
    "BillingCreditBundleView": ".billing_credit_bundle_view",
    "BillingCreditBurnStrategy": ".billing_credit_burn_strategy",
    "BillingCreditExpiryType": ".billing_credit_expiry_type",
    "BillingCreditExpiryUnit": ".billing_credit_expiry_unit",
    "BillingCreditGrantReason": ".billing_credit_grant_reason",
    "BillingCreditGrantResponseData": ".billing_credit_grant_response_data",
    "BillingCreditGrantZeroedOutReason": ".billing_credit_grant_zeroed_out_reason",
    "BillingCreditLedgerAuthority": ".billing_credit_ledger_authority",
    "BillingCreditLedgerResponseData": ".billing_credit_ledger_response_data",
    "BillingCreditResponseData": ".billing_credit_response_data",
    "BillingCreditRolloverPolicy": ".billing_credit_rollover_policy",
    "BillingCreditView": ".billing_credit_view",
    "BillingCustomerResponseData": ".billing_customer_response_data",
    "BillingCustomerSubscription": ".billing_customer_subscription",
    "BillingCustomerWithSubscriptionsResponseData": ".billing_customer_with_subscriptions_response_data",
    "BillingLinkedResourceResponseData": ".billing_linked_resource_response_data",
    "BillingMeterResponseData": ".billing_meter_response_data",
    "BillingPlanCreditGrantResetCadence": ".billing_plan_credit_grant_reset_cadence",
    "BillingPlanCreditGrantResetStart": ".billing_plan_credit_grant_reset_start",
    "BillingPlanCreditGrantResetType": ".billing_plan_credit_grant_reset_type",
    "BillingPlanCreditGrantResponseData": ".billing_plan_credit_grant_response_data",
    "BillingPriceResponseData": ".billing_price_response_data",
    "BillingPriceScheme": ".billing_price_scheme",
    "BillingPriceUsageType": ".billing_price_usage_type",
    "BillingPriceView": ".billing_price_view",
    "BillingProductDetailResponseData": ".billing_product_detail_response_data",
    "BillingProductForSubscriptionResponseData": ".billing_product_for_subscription_response_data",
    "BillingProductPlanResponseData": ".billing_product_plan_response_data",
    "BillingProductPriceInterval": ".billing_product_price_interval",
    "BillingProductPriceResponseData": ".billing_product_price_response_data",
    "BillingProductPriceTierResponseData": ".billing_product_price_tier_response_data",
    "BillingProductPricing": ".billing_product_pricing",
    "BillingProductRecordResponseData": ".billing_product_record_response_data",
    "BillingProductResponseData": ".billing_product_response_data",
    "BillingProviderType": ".billing_provider_type",
    "BillingStrategy": ".billing_strategy",
    "BillingSubscriptionDiscount": ".billing_subscription_discount",
    "BillingSubscriptionDiscountView": ".billing_subscription_discount_view",
    "BillingSubscriptionResponseData": ".billing_subscription_response_data",
    "BillingSubscriptionResponseDataMetadata": ".billing_subscription_response_data_metadata",
    "BillingSubscriptionTrialEndSetting": ".billing_subscription_trial_end_setting",
    "BillingSubscriptionView": ".billing_subscription_view",
    "BillingSubscriptionViewMetadata": ".billing_subscription_view_metadata",
    "BillingTiersMode": ".billing_tiers_mode",
    "BindCatalogRequestBody": ".bind_catalog_request_body",
    "BindCatalogResponse": ".bind_catalog_response",
    "BindCatalogResponseParams": ".bind_catalog_response_params",
    "CancelSubscriptionRequest": ".cancel_subscription_request",
    "CancelSubscriptionResponse": ".cancel_subscription_response",
    "CancelSubscriptionResponseParams": ".cancel_subscription_response_params",
    "CaptureEvent": ".capture_event",
    "CaptureEventBatchRequestBody": ".capture_event_batch_request_body",
    "CaptureEventBatchResponse": ".capture_event_batch_response",
    "CaptureEventBatchResponseParams": ".capture_event_batch_response_params",
    "CaptureEventBody": ".capture_event_body",
    "CaptureRawEvent": ".capture_raw_event",
    "CaptureRawEventBatch": ".capture_raw_event_batch",
    "CatalogConfigOrderedBundle": ".catalog_config_ordered_bundle",
    "CatalogConfigOrderedBundleResponseData": ".catalog_config_ordered_bundle_response_data",
    "CatalogConfigOrderedEntitlement": ".catalog_config_ordered_entitlement",
    "CatalogConfigOrderedEntitlementResponseData": ".catalog_config_ordered_entitlement_response_data",
    "CatalogConfigOrderedPlan": ".catalog_config_ordered_plan",
    "CatalogConfigOrderedPlanResponseData": ".catalog_config_ordered_plan_response_data",
    "CatalogConfigurationResponseData": ".catalog_configuration_response_data",
    "CatalogCreditBundleIDsResponseData": ".catalog_credit_bundle_i_ds_response_data",
    "CatalogDerivedFeatureResponseData": ".catalog_derived_feature_response_data",
    "CatalogDerivedFeaturesResponseData": ".catalog_derived_features_response_data",
    "CatalogPlanIDsResponseData": ".catalog_plan_i_ds_response_data",
    "CatalogResponseData": ".catalog_response_data",
    "ChangeSubscriptionInternalRequestBody": ".change_subscription_internal_request_body",
    "ChangeSubscriptionRequestBody": ".change_subscription_request_body",
    "ChargeType": ".charge_type",
    "CheckFlagRequestBody": ".check_flag_request_body",
    "CheckFlagRequestBodyCompanyType0": ".check_flag_request_body_company_type_0",
    "CheckFlagRequestBodyUserType0": ".check_flag_request_body_user_type_0",
    "CheckFlagResponse": ".check_flag_response",
    "CheckFlagResponseData": ".check_flag_response_data",
    "CheckFlagResponseParams": ".check_flag_response_params",
    "CheckFlagsBulkRequestBody": ".check_flags_bulk_request_body",
    "CheckFlagsBulkResponse": ".check_flags_bulk_response",
    "CheckFlagsBulkResponseData": ".check_flags_bulk_response_data",
    "CheckFlagsBulkResponseParams": ".check_flags_bulk_response_params",
    "CheckFlagsResponse": ".check_flags_response",
    "CheckFlagsResponseData": ".check_flags_response_data",
    "CheckFlagsResponseDataCreditBalances": ".check_flags_response_data_credit_balances",
    "CheckFlagsResponseParams": ".check_flags_response_params",
    "CheckoutBundlePurchaseBehavior": ".checkout_bundle_purchase_behavior",
    "CheckoutDataRequestBody": ".checkout_data_request_body",
    "CheckoutDataResponseData": ".checkout_data_response_data",
    "CheckoutFieldInput": ".checkout_field_input",
    "CheckoutFieldResponseData": ".checkout_field_response_data",
    "CheckoutFieldValue": ".checkout_field_value",
    "CheckoutFieldWithValue": ".checkout_field_with_value",
    "CheckoutInternalResponse": ".checkout_internal_response",
    "CheckoutInternalResponseParams": ".checkout_internal_response_params",
    "CheckoutSettingsResponseData": ".checkout_settings_response_data",
    "CheckoutSubscription": ".checkout_subscription",
    "CheckoutSubscriptionMetadata": ".checkout_subscription_metadata",
    "ClerkIntegrationConfig": ".clerk_integration_config",
    "ClerkIntegrationConfigType": ".clerk_integration_config_type",
    "CompanyBillingAddressView": ".company_billing_address_view",
    "CompanyBillingCheckoutSettings": ".company_billing_checkout_settings",
    "CompanyBillingDetailsResponseData": ".company_billing_details_response_data",
    "CompanyBillingDetailsView": ".company_billing_details_view",
    "CompanyBillingEntityResponseData": ".company_billing_entity_response_data",
    "CompanyBillingEntitySubscriptionResponseData": ".company_billing_entity_subscription_response_data",
    "CompanyCreditBalance": ".company_credit_balance",
    "CompanyCreditBalanceResponseData": ".company_credit_balance_response_data",
    "CompanyDetailResponseData": ".company_detail_response_data",
    "CompanyDetailResponseDataBillingCreditBalancesType0": ".company_detail_response_data_billing_credit_balances_type_0",
    "CompanyDetailResponseDataTraits": ".company_detail_response_data_traits",
    "CompanyEventPeriodMetricsResponseData": ".company_event_period_metrics_response_data",
    "CompanyFeatureUsageExportMetadata": ".company_feature_usage_export_metadata",
    "CompanyFeatureUsageExportMetadataExportType": ".company_feature_usage_export_metadata_export_type",
    "CompanyFeatureUsageExportMetadataSortOrderDirection": ".company_feature_usage_export_metadata_sort_order_direction",
    "CompanyFeatureUsageExportMetadataVisibleColumnsType0Item": ".company_feature_usage_export_metadata_visible_columns_type_0_item",
    "CompanyLedgerResponseData": ".company_ledger_response_data",
    "CompanyMatchingCriteria": ".company_matching_criteria",
    "CompanyMembershipDetailResponseData": ".company_membership_detail_response_data",
    "CompanyMembershipResponseData": ".company_membership_response_data",
    "CompanyOverrideNoteResponseData": ".company_override_note_response_data",
    "CompanyOverrideResponseData": ".company_override_response_data",
    "CompanyPlanCreditGrantView": ".company_plan_credit_grant_view",
    "CompanyPlanDetailResponseData": ".company_plan_detail_response_data",
    "CompanyPlanInvalidReason": ".company_plan_invalid_reason",
    "CompanyPlanWithBillingSubView": ".company_plan_with_billing_sub_view",
    "CompanyResponseData": ".company_response_data",
    "CompanySubscriptionResponseData": ".company_subscription_response_data",
    "CompanyTaxIDView": ".company_tax_id_view",
    "ComparableOperator": ".comparable_operator",
    "CompatiblePlans": ".compatible_plans",
    "CompatiblePlansResponseData": ".compatible_plans_response_data",
    "ComponentCapabilities": ".component_capabilities",
    "ComponentCheckoutSettings": ".component_checkout_settings",
    "ComponentDisplaySettings": ".component_display_settings",
    "ComponentEntityType": ".component_entity_type",
    "ComponentHydrateResponseData": ".component_hydrate_response_data",
    "ComponentPreviewResponseData": ".component_preview_response_data",
    "ComponentResponseData": ".component_response_data",
    "ComponentResponseDataAst": ".component_response_data_ast",
    "ComponentSettingsResponseData": ".component_settings_response_data",
    "ComponentState": ".component_state",
    "Condition": ".condition",
    "ConditionGroup": ".condition_group",
    "ConditionGroupResponseData": ".condition_group_response_data",
    "ConditionGroupView": ".condition_group_view",
    "ConditionResponseData": ".condition_response_data",
    "ConditionType": ".condition_type",
    "ConditionView": ".condition_view",
    "CountAccountMembersParams": ".count_account_members_params",
    "CountAccountMembersResponse": ".count_account_members_response",
    "CountApiKeysParams": ".count_api_keys_params",
    "CountApiKeysResponse": ".count_api_keys_response",
    "CountAuditLogsParams": ".count_audit_logs_params",
    "CountAuditLogsResponse": ".count_audit_logs_response",
    "CountBillingCreditsGrantsParams": ".count_billing_credits_grants_params",
    "CountBillingCreditsGrantsResponse": ".count_billing_credits_grants_response",
    "CountBillingCreditsParams": ".count_billing_credits_params",
    "CountBillingCreditsResponse": ".count_billing_credits_response",
    "CountBillingPlanCreditGrantsParams": ".count_billing_plan_credit_grants_params",
    "CountBillingPlanCreditGrantsResponse": ".count_billing_plan_credit_grants_response",
    "CountBillingProductMatchCompaniesParams": ".count_billing_product_match_companies_params",
    "CountBillingProductMatchCompaniesResponse": ".count_billing_product_match_companies_response",
    "CountBillingProductsParams": ".count_billing_products_params",
    "CountBillingProductsResponse": ".count_billing_products_response",
    "CountCompaniesParams": ".count_companies_params",
    "CountCompaniesResponse": ".count_companies_response",
    "CountCompanyGrantsParams": ".count_company_grants_params",
    "CountCompanyGrantsResponse": ".count_company_grants_response",
    "CountCompanyMigrationsParams": ".count_company_migrations_params",
    "CountCompanyMigrationsResponse": ".count_company_migrations_response",
    "CountCompanyOverridesParams": ".count_company_overrides_params",
    "CountCompanyOverridesResponse": ".count_company_overrides_response",
    "CountComponentsParams": ".count_components_params",
    "CountComponentsResponse": ".count_components_response",
    "CountCreditBundlesParams": ".count_credit_bundles_params",
    "CountCreditBundlesResponse": ".count_credit_bundles_response",
    "CountCreditEventLedgerParams": ".count_credit_event_ledger_params",
    "CountCreditEventLedgerResponse": ".count_credit_event_ledger_response",
    "CountCustomersParams": ".count_customers_params",
    "CountCustomersResponse": ".count_customers_response",
    "CountEntityKeyDefinitionsParams": ".count_entity_key_definitions_params",
    "CountEntityKeyDefinitionsResponse": ".count_entity_key_definitions_response",
    "CountEntityKeysParams": ".count_entity_keys_params",
    "CountEntityKeysResponse": ".count_entity_keys_response",
    "CountEntityTraitDefinitionsParams": ".count_entity_trait_definitions_params",
    "CountEntityTraitDefinitionsResponse": ".count_entity_trait_definitions_response",
    "CountEntityTraitsParams": ".count_entity_traits_params",
    "CountEntityTraitsResponse": ".count_entity_traits_response",
    "CountFeatureCompaniesParams": ".count_feature_companies_params",
    "CountFeatureCompaniesResponse": ".count_feature_companies_response",
    "CountFeatureUsageParams": ".count_feature_usage_params",
    "CountFeatureUsageParamsCompanyKeys": ".count_feature_usage_params_company_keys",
    "CountFeatureUsageResponse": ".count_feature_usage_response",
    "CountFeatureUsersParams": ".count_feature_users_params",
    "CountFeatureUsersResponse": ".count_feature_users_response",
    "CountFeaturesParams": ".count_features_params",
    "CountFeaturesResponse": ".count_features_response",
    "CountFlagsParams": ".count_flags_params",
    "CountFlagsResponse": ".count_flags_response",
    "CountLicensesParams": ".count_licenses_params",
    "CountLicensesResponse": ".count_licenses_response",
    "CountMigrationsParams": ".count_migrations_params",
    "CountMigrationsResponse": ".count_migrations_response",
    "CountPlanEntitlementsParams": ".count_plan_entitlements_params",
    "CountPlanEntitlementsResponse": ".count_plan_entitlements_response",
    "CountPlanTraitsParams": ".count_plan_traits_params",
    "CountPlanTraitsResponse": ".count_plan_traits_response",
    "CountPlansParams": ".count_plans_params",
    "CountPlansResponse": ".count_plans_response",
    "CountResponse": ".count_response",
    "CountUsersParams": ".count_users_params",
    "CountUsersResponse": ".count_users_response",
    "CountWebhookEventsParams": ".count_webhook_events_params",
    "CountWebhookEventsResponse": ".count_webhook_events_response",
    "CountWebhooksParams": ".count_webhooks_params",
    "CountWebhooksResponse": ".count_webhooks_response",
    "CouponRequestBody": ".coupon_request_body",
    "CreateApiKeyRequestBody": ".create_api_key_request_body",
    "CreateApiKeyResponse": ".create_api_key_response",
    "CreateApiKeyResponseParams": ".create_api_key_response_params",
    "CreateBillingCreditRequestBody": ".create_billing_credit_request_body",
    "CreateBillingCreditResponse": ".create_billing_credit_response",
    "CreateBillingCreditResponseParams": ".create_billing_credit_response_params",
    "CreateBillingCustomerRequestBody": ".create_billing_customer_request_body",
    "CreateBillingCustomerRequestBodyMeta": ".create_billing_customer_request_body_meta",
    "CreateBillingLinkedFeatureRequestBody": ".create_billing_linked_feature_request_body",
    "CreateBillingLinkedPlanEntitlementRequestBody": ".create_billing_linked_plan_entitlement_request_body",
    "CreateBillingLinkedPlanRequestBody": ".create_billing_linked_plan_request_body",
    "CreateBillingPlanCreditGrantRequestBody": ".create_billing_plan_credit_grant_request_body",
    "CreateBillingPlanCreditGrantResponse": ".create_billing_plan_credit_grant_response",
    "CreateBillingPlanCreditGrantResponseParams": ".create_billing_plan_credit_grant_response_params",
    "CreateBillingPriceRequestBody": ".create_billing_price_request_body",
    "CreateBillingPriceTierRequestBody": ".create_billing_price_tier_request_body",
    "CreateBillingProductRequestBody": ".create_billing_product_request_body",
    "CreateBillingSubscriptionRequestBody": ".create_billing_subscription_request_body",
    "CreateBillingSubscriptionRequestBodyMetadataType0": ".create_billing_subscription_request_body_metadata_type_0",
    "CreateCatalogRequestBody": ".create_catalog_request_body",
    "CreateCatalogResponse": ".create_catalog_response",
    "CreateCatalogResponseParams": ".create_catalog_response_params",
    "CreateCompanyCreditGrant": ".create_company_credit_grant",
    "CreateCompanyOverrideRequestBody": ".create_company_override_request_body",
    "CreateCompanyOverrideResponse": ".create_company_override_response",
    "CreateCompanyOverrideResponseParams": ".create_company_override_response_params",
    "CreateCompanyResponse": ".create_company_response",
    "CreateCompanyResponseParams": ".create_company_response_params",
    "CreateComponentRequestBody": ".create_component_request_body",
    "CreateComponentRequestBodyAst": ".create_component_request_body_ast",
    "CreateComponentResponse": ".create_component_response",
    "CreateComponentResponseParams": ".create_component_response_params",
    "CreateCouponRequestBody": ".create_coupon_request_body",
    "CreateCreditBundleRequestBody": ".create_credit_bundle_request_body",
    "CreateCreditBundleResponse": ".create_credit_bundle_response",
    "CreateCreditBundleResponseParams": ".create_credit_bundle_response_params",
    "CreateCustomPlanBundlePlanRequestBody": ".create_custom_plan_bundle_plan_request_body",
    "CreateCustomPlanBundleRequestBody": ".create_custom_plan_bundle_request_body",
    "CreateCustomPlanBundleResponse": ".create_custom_plan_bundle_response",
    "CreateCustomPlanBundleResponseParams": ".create_custom_plan_bundle_response_params",
    "CreateCustomPlanRequestBody": ".create_custom_plan_request_body",
    "CreateCustomPlanResponse": ".create_custom_plan_response",
    "CreateCustomPlanResponseParams": ".create_custom_plan_response_params",
    "CreateDataExportRequestBody": ".create_data_export_request_body",
    "CreateDataExportResponse": ".create_data_export_response",
    "CreateDataExportResponseParams": ".create_data_export_response_params",
    "CreateEntitlementInBundleRequestBody": ".create_entitlement_in_bundle_request_body",
    "CreateEntitlementReqCommon": ".create_entitlement_req_common",
    "CreateEntityTraitDefinitionRequestBody": ".create_entity_trait_definition_request_body",
    "CreateEnvironmentRequestBody": ".create_environment_request_body",
    "CreateEnvironmentResponse": ".create_environment_response",
    "CreateEnvironmentResponseParams": ".create_environment_response_params",
    "CreateEventBatchRequestBody": ".create_event_batch_request_body",
    "CreateEventBatchResponse": ".create_event_batch_response",
    "CreateEventBatchResponseParams": ".create_event_batch_response_params",
    "CreateEventRequestBody": ".create_event_request_body",
    "CreateEventResponse": ".create_event_response",
    "CreateEventResponseParams": ".create_event_response_params",
    "CreateFeatureRequestBody": ".create_feature_request_body",
    "CreateFeatureResponse": ".create_feature_response",
    "CreateFeatureResponseParams": ".create_feature_response_params",
    "CreateFlagRequestBody": ".create_flag_request_body",
    "CreateFlagResponse": ".create_flag_response",
    "CreateFlagResponseParams": ".create_flag_response_params",
    "CreateInvoiceRequestBody": ".create_invoice_request_body",
    "CreateMeterRequestBody": ".create_meter_request_body",
    "CreateMigrationInput": ".create_migration_input",
    "CreateMigrationResponse": ".create_migration_response",
    "CreateMigrationResponseParams": ".create_migration_response_params",
    "CreateOrUpdateConditionGroupRequestBody": ".create_or_update_condition_group_request_body",
    "CreateOrUpdateConditionRequestBody": ".create_or_update_condition_request_body",
    "CreateOrUpdateFlagRequestBody": ".create_or_update_flag_request_body",
    "CreateOrUpdateRuleRequestBody": ".create_or_update_rule_request_body",
    "CreatePaymentMethodRequestBody": ".create_payment_method_request_body",
    "CreatePlanBundleRequestBody": ".create_plan_bundle_request_body",
    "CreatePlanBundleResponse": ".create_plan_bundle_response",
    "CreatePlanBundleResponseParams": ".create_plan_bundle_response_params",
    "CreatePlanEntitlementRequestBody": ".create_plan_entitlement_request_body",
    "CreatePlanEntitlementResponse": ".create_plan_entitlement_response",
    "CreatePlanEntitlementResponseParams": ".create_plan_entitlement_response_params",
    "CreatePlanGroupRequestBody": ".create_plan_group_request_body",
    "CreatePlanGroupResponse": ".create_plan_group_response",
    "CreatePlanGroupResponseParams": ".create_plan_group_response_params",
    "CreatePlanRequestBody": ".create_plan_request_body",
    "CreatePlanResponse": ".create_plan_response",
    "CreatePlanResponseParams": ".create_plan_response_params",
    "CreatePriceTierRequestBody": ".create_price_tier_request_body",
    "CreateScheduledCheckoutRequest": ".create_scheduled_checkout_request",
    "CreateScheduledCheckoutResponse": ".create_scheduled_checkout_response",
    "CreateScheduledCheckoutResponseParams": ".create_scheduled_checkout_response_params",
    "CreateSessionRequestBody": ".create_session_request_body",
    "CreateSessionResponse": ".create_session_response",
    "CreateUserResponse": ".create_user_response",
    "CreateUserResponseParams": ".create_user_response_params",
    "CreateWebhookRequestBody": ".create_webhook_request_body",
    "CreateWebhookResponse": ".create_webhook_response",
    "CreateWebhookResponseParams": ".create_webhook_response_params",
    "CreditAutoTopupAmountType": ".credit_auto_topup_amount_type",
    "CreditBundleCurrencyPrice": ".credit_bundle_currency_price",
    "CreditBundleCurrencyPriceRequestBody": ".credit_bundle_currency_price_request_body",
    "CreditBundleCurrencyPriceResponseData": ".credit_bundle_currency_price_response_data",
    "CreditBundlePurchaseResponseData": ".credit_bundle_purchase_response_data",
    "CreditCompanyGrantView": ".credit_company_grant_view",
    "CreditCurrencyPrice": ".credit_currency_price",
    "CreditCurrencyPriceRequestBody": ".credit_currency_price_request_body",
    "CreditCurrencyPriceResponseData": ".credit_currency_price_response_data",
    "CreditEventLedgerResponseData": ".credit_event_ledger_response_data",
    "CreditEventType": ".credit_event_type",
    "CreditGrantDetail": ".credit_grant_detail",
    "CreditGrantExpiryRequestBody": ".credit_grant_expiry_request_body",
    "CreditGrantSortOrder": ".credit_grant_sort_order",
    "CreditLeaseResponseData": ".credit_lease_response_data",
    "CreditTransferResponseData": ".credit_transfer_response_data",
    "CreditTransferView": ".credit_transfer_view",
    "CreditTriggerConfig": ".credit_trigger_config",
    "CreditUsage": ".credit_usage",
    "CreditUsageAggregation": ".credit_usage_aggregation",
    "CreditUsageCreditGrantCounts": ".credit_usage_credit_grant_counts",
    "CreditUsageReason": ".credit_usage_reason",
    "CreditsAutoTopupCompanySummary": ".credits_auto_topup_company_summary",
    "CreditsAutoTopupCreditSummary": ".credits_auto_topup_credit_summary",
    "CreditsAutoTopupHardFailure": ".credits_auto_topup_hard_failure",
    "CreditsAutoTopupRetryFailure": ".credits_auto_topup_retry_failure",
    "CreditsAutoTopupSuccess": ".credits_auto_topup_success",
    "CreditsCreditPurchaseSuccess": ".credits_credit_purchase_success",
    "CreditsWebhookCompanySummary": ".credits_webhook_company_summary",
    "CreditsWebhookCreditSummary": ".credits_webhook_credit_summary",
    "CurrencyPriceRequestBody": ".currency_price_request_body",
    "CustomPlanActivationStrategy": ".custom_plan_activation_strategy",
    "CustomPlanBillingResponseData": ".custom_plan_billing_response_data",
    "CustomPlanBillingStatus": ".custom_plan_billing_status",
    "CustomPlanConfig": ".custom_plan_config",
    "CustomPlanViewConfigResponseData": ".custom_plan_view_config_response_data",
    "CustomerBillingAddress": ".customer_billing_address",
    "DataEventPayload": ".data_event_payload",
    "DataEventPayloadBody": ".data_event_payload_body",
    "DataExportMetadata": ".data_export_metadata",
    "DataExportOutputFileType": ".data_export_output_file_type",
    "DataExportResponseData": ".data_export_response_data",
    "DataExportStatus": ".data_export_status",
    "DataExportType": ".data_export_type",
    "DatastreamCompanyPlan": ".datastream_company_plan",
    "DeleteApiKeyResponse": ".delete_api_key_response",
    "DeleteApiKeyResponseParams": ".delete_api_key_response_params",
    "DeleteBillingCouponResponse": ".delete_billing_coupon_response",
    "DeleteBillingCouponResponseParams": ".delete_billing_coupon_response_params",
    "DeleteBillingCustomerResponse": ".delete_billing_customer_response",
    "DeleteBillingCustomerResponseParams": ".delete_billing_customer_response_params",
    "DeleteBillingInvoiceResponse": ".delete_billing_invoice_response",
    "DeleteBillingInvoiceResponseParams": ".delete_billing_invoice_response_params",
    "DeleteBillingPlanCreditGrantParams": ".delete_billing_plan_credit_grant_params",
    "DeleteBillingPlanCreditGrantRequestBody": ".delete_billing_plan_credit_grant_request_body",
    "DeleteBillingPlanCreditGrantResponse": ".delete_billing_plan_credit_grant_response",
    "DeleteBillingProductResponse": ".delete_billing_product_response",
    "DeleteBillingProductResponseParams": ".delete_billing_product_response_params",
    "DeleteCatalogResponse": ".delete_catalog_response",
    "DeleteCatalogResponseParams": ".delete_catalog_response_params",
    "DeleteCompanyByKeysResponse": ".delete_company_by_keys_response",
    "DeleteCompanyByKeysResponseParams": ".delete_company_by_keys_response_params",
    "DeleteCompanyMembershipResponse": ".delete_company_membership_response",
    "DeleteCompanyMembershipResponseParams": ".delete_company_membership_response_params",
    "DeleteCompanyOverrideResponse": ".delete_company_override_response",
    "DeleteCompanyOverrideResponseParams": ".delete_company_override_response_params",
    "DeleteCompanyParams": ".delete_company_params",
    "DeleteCompanyResponse": ".delete_company_response",
    "DeleteComponentResponse": ".delete_component_response",
    "DeleteComponentResponseParams": ".delete_component_response_params",
    "DeleteCreditBundleResponse": ".delete_credit_bundle_response",
    "DeleteCreditBundleResponseParams": ".delete_credit_bundle_response_params",
    "DeleteEntityKeyDefinitionResponse": ".delete_entity_key_definition_response",
    "DeleteEntityKeyDefinitionResponseParams": ".delete_entity_key_definition_response_params",
    "DeleteEntityTraitDefinitionResponse": ".delete_entity_trait_definition_response",
    "DeleteEntityTraitDefinitionResponseParams": ".delete_entity_trait_definition_response_params",
    "DeleteEnvironmentResponse": ".delete_environment_response",
    "DeleteEnvironmentResponseParams": ".delete_environment_response_params",
    "DeleteFeatureResponse": ".delete_feature_response",
    "DeleteFeatureResponseParams": ".delete_feature_response_params",
    "DeleteFlagResponse": ".delete_flag_response",
    "DeleteFlagResponseParams": ".delete_flag_response_params",
    "DeletePaymentMethodByExternalIDResponse": ".delete_payment_method_by_external_id_response",
    "DeletePaymentMethodByExternalIDResponseParams": ".delete_payment_method_by_external_id_response_params",
    "DeletePlanEntitlementResponse": ".delete_plan_entitlement_response",
    "DeletePlanEntitlementResponseParams": ".delete_plan_entitlement_response_params",
    "DeletePlanResponse": ".delete_plan_response",
    "DeletePlanResponseParams": ".delete_plan_response_params",
    "DeletePlanVersionParams": ".delete_plan_version_params",
    "DeletePlanVersionResponse": ".delete_plan_version_response",
    "DeleteProductPriceResponse": ".delete_product_price_response",
    "DeleteProductPriceResponseParams": ".delete_product_price_response_params",
    "DeleteResponse": ".delete_response",
    "DeleteUserByKeysResponse": ".delete_user_by_keys_response",
    "DeleteUserByKeysResponseParams": ".delete_user_by_keys_response_params",
    "DeleteUserResponse": ".delete_user_response",
    "DeleteUserResponseParams": ".delete_user_response_params",
    "DeleteWebhookResponse": ".delete_webhook_response",
    "DeleteWebhookResponseParams": ".delete_webhook_response_params",
    "DuplicatePlanEntitlementsRequestBody": ".duplicate_plan_entitlements_request_body",
    "DuplicatePlanEntitlementsResponse": ".duplicate_plan_entitlements_response",
    "DuplicatePlanEntitlementsResponseParams": ".duplicate_plan_entitlements_response_params",
    "DuplicatePlanEntitlementsResponseResponseData": ".duplicate_plan_entitlements_response_response_data",
    "EntitlementCurrencyPricesResponseData": ".entitlement_currency_prices_response_data",
    "EntitlementPriceBehavior": ".entitlement_price_behavior",
    "EntitlementTriggerConfig": ".entitlement_trigger_config",
    "EntitlementType": ".entitlement_type",
    "EntitlementValueType": ".entitlement_value_type",
    "EntitlementsInPlan": ".entitlements_in_plan",
    "EntityKeyDefinitionResponseData": ".entity_key_definition_response_data",
    "EntityKeyDetailResponseData": ".entity_key_detail_response_data",
    "EntityKeyResponseData": ".entity_key_response_data",
    "EntityTraitDefinitionResponseData": ".entity_trait_definition_response_data",
    "EntityTraitDefinitionUsage": ".entity_trait_definition_usage",
    "EntityTraitDetailResponseData": ".entity_trait_detail_response_data",
    "EntityTraitResponseData": ".entity_trait_response_data",
    "EntityTraitValue": ".entity_trait_value",
    "EntityType": ".entity_type",
    "EnvironmentDetailResponseData": ".environment_detail_response_data",
    "EnvironmentFeatureUsageTimeSeriesResponseData": ".environment_feature_usage_time_series_response_data",
    "EnvironmentResponseData": ".environment_response_data",
    "EnvironmentTraitUsageTimeSeriesResponseData": ".environment_trait_usage_time_series_response_data",
    "EnvironmentType": ".environment_type",
    "EnvironmentUsagePointResponseData": ".environment_usage_point_response_data",
    "ErrorResponse": ".error_response",
    "EventBody": ".event_body",
    "EventBodyFlagCheck": ".event_body_flag_check",
    "EventBodyFlagCheckReqCompanyType0": ".event_body_flag_check_req_company_type_0",
    "EventBodyFlagCheckReqUserType0": ".event_body_flag_check_req_user_type_0",
    "EventBodyIdentify": ".event_body_identify",
    "EventBodyIdentifyCompany": ".event_body_identify_company",
    "EventBodyIdentifyCompanyKeys": ".event_body_identify_company_keys",
    "EventBodyIdentifyCompanyTraits": ".event_body_identify_company_traits",
    "EventBodyIdentifyKeys": ".event_body_identify_keys",
    "EventBodyIdentifyTraits": ".event_body_identify_traits",
    "EventBodyInference": ".event_body_inference",
    "EventBodyInferenceCompany": ".event_body_inference_company",
    "EventBodyInferenceUser": ".event_body_inference_user",
    "EventBodyTrack": ".event_body_track",
    "EventBodyTrackCompany": ".event_body_track_company",
    "EventBodyTrackTraits": ".event_body_track_traits",
    "EventBodyTrackUser": ".event_body_track_user",
    "EventDetailResponseData": ".event_detail_response_data",
    "EventDetailResponseDataBody": ".event_detail_response_data_body",
    "EventExportMetadata": ".event_export_metadata",
    "EventExportMetadataEventTypesType0Item": ".event_export_metadata_event_types_type_0_item",
    "EventExportMetadataExportType": ".event_export_metadata_export_type",
    "EventResponseData": ".event_response_data",
    "EventResponseDataBody": ".event_response_data_body",
    "EventStatus": ".event_status",
    "EventSummaryResponseData": ".event_summary_response_data",
    "EventType": ".event_type",
    "ExtendCreditLeaseRequestBody": ".extend_credit_lease_request_body",
    "ExtendCreditLeaseResponse": ".extend_credit_lease_response",
    "ExtendCreditLeaseResponseParams": ".extend_credit_lease_response_params",
    "FeatureCompanyResponseData": ".feature_company_response_data",
    "FeatureCompanyResponseDataCreditGrantCounts": ".feature_company_response_data_credit_grant_counts",
    "FeatureCompanyUserResponseData": ".feature_company_user_response_data",
    "FeatureDetailResponseData": ".feature_detail_response_data",
    "FeatureEntitlement": ".feature_entitlement",
    "FeatureInPlanResponseData": ".feature_in_plan_response_data",
    "FeatureLedgerResponseData": ".feature_ledger_response_data",
    "FeatureLifecyclePhase": ".feature_lifecycle_phase",
    "FeatureResponseData": ".feature_response_data",
    "FeatureType": ".feature_type",
    "FeatureUsageDetailResponseData": ".feature_usage_detail_response_data",
    "FeatureUsageHistoryResponseData": ".feature_usage_history_response_data",
    "FeatureUsageLegacyResponseData": ".feature_usage_legacy_response_data",
    "FeatureUsageResponseData": ".feature_usage_response_data",
    "FeatureUsageResponseDataCreditGrantCounts": ".feature_usage_response_data_credit_grant_counts",
    "FeatureUsageTimeSeriesResponseData": ".feature_usage_time_series_response_data",
    "FeatureView": ".feature_view",
    "FlagDetailResponseData": ".flag_detail_response_data",
    "FlagInPlanResponseData": ".flag_in_plan_response_data",
    "FlagResponseData": ".flag_response_data",
    "FlagType": ".flag_type",
    "FlagView": ".flag_view",
    "GenericPreviewObject": ".generic_preview_object",
    "GetAccountMemberResponse": ".get_account_member_response",
    "GetAccountMemberResponseParams": ".get_account_member_response_params",
    "GetActiveCompanySubscriptionParams": ".get_active_company_subscription_params",
    "GetActiveCompanySubscriptionResponse": ".get_active_company_subscription_response",
    "GetActivityParams": ".get_activity_params",
    "GetActivityResponse": ".get_activity_response",
    "GetApiKeyResponse": ".get_api_key_response",
    "GetApiKeyResponseParams": ".get_api_key_response_params",
    "GetAuditLogResponse": ".get_audit_log_response",
    "GetAuditLogResponseParams": ".get_audit_log_response_params",
    "GetBillingEntityChildSubscriptionsParams": ".get_billing_entity_child_subscriptions_params",
    "GetBillingEntityChildSubscriptionsResponse": ".get_billing_entity_child_subscriptions_response",
    "GetCatalogResponse": ".get_catalog_response",
    "GetCatalogResponseParams": ".get_catalog_response_params",
    "GetCheckoutDataResponse": ".get_checkout_data_response",
    "GetCheckoutDataResponseParams": ".get_checkout_data_response_params",
    "GetCompanyBillingDetailsResponse": ".get_company_billing_details_response",
    "GetCompanyBillingDetailsResponseParams": ".get_company_billing_details_response_params",
    "GetCompanyBillingEntityParams": ".get_company_billing_entity_params",
    "GetCompanyBillingEntityResponse": ".get_company_billing_entity_response",
    "GetCompanyOverrideResponse": ".get_company_override_response",
    "GetCompanyOverrideResponseParams": ".get_company_override_response_params",
    "GetCompanyResponse": ".get_company_response",
    "GetCompanyResponseParams": ".get_company_response_params",
    "GetComponentResponse": ".get_component_response",
    "GetComponentResponseParams": ".get_component_response_params",
    "GetConfigurationResponse": ".get_configuration_response",
    "GetConfigurationResponseParams": ".get_configuration_response_params",
    "GetCreditBundleResponse": ".get_credit_bundle_response",
    "GetCreditBundleResponseParams": ".get_credit_bundle_response_params",
    "GetCreditBundlesInCatalogResponse": ".get_credit_bundles_in_catalog_response",
    "GetCreditBundlesInCatalogResponseParams": ".get_credit_bundles_in_catalog_response_params",
    "GetDataExportResponse": ".get_data_export_response",
    "GetDataExportResponseParams": ".get_data_export_response_params",
    "GetDerivedFeaturesResponse": ".get_derived_features_response",
    "GetDerivedFeaturesResponseParams": ".get_derived_features_response_params",
    "GetEntityTraitDefinitionResponse": ".get_entity_trait_definition_response",
    "GetEntityTraitDefinitionResponseParams": ".get_entity_trait_definition_response_params",
    "GetEntityTraitDefinitionUsageResponse": ".get_entity_trait_definition_usage_response",
    "GetEntityTraitDefinitionUsageResponseParams": ".get_entity_trait_definition_usage_response_params",
    "GetEntityTraitValuesParams": ".get_entity_trait_values_params",
    "GetEntityTraitValuesResponse": ".get_entity_trait_values_response",
    "GetEnvironmentFeatureUsageTimeSeriesParams": ".get_environment_feature_usage_time_series_params",
    "GetEnvironmentFeatureUsageTimeSeriesResponse": ".get_environment_feature_usage_time_series_response",
    "GetEnvironmentResponse": ".get_environment_response",
    "GetEnvironmentResponseParams": ".get_environment_response_params",
    "GetEnvironmentTraitUsageTimeSeriesParams": ".get_environment_trait_usage_time_series_params",
    "GetEnvironmentTraitUsageTimeSeriesResponse": ".get_environment_trait_usage_time_series_response",
    "GetEventResponse": ".get_event_response",
    "GetEventResponseParams": ".get_event_response_params",
    "GetEventSummariesParams": ".get_event_summaries_params",
    "GetEventSummariesResponse": ".get_event_summaries_response",
    "GetFeatureResponse": ".get_feature_response",
    "GetFeatureResponseParams": ".get_feature_response_params",
    "GetFeatureUsageByCompanyParams": ".get_feature_usage_by_company_params",
    "GetFeatureUsageByCompanyParamsKeys": ".get_feature_usage_by_company_params_keys",
    "GetFeatureUsageByCompanyResponse": ".get_feature_usage_by_company_response",
    "GetFeatureUsageTimeSeriesParams": ".get_feature_usage_time_series_params",
    "GetFeatureUsageTimeSeriesResponse": ".get_feature_usage_time_series_response",
    "GetFlagResponse": ".get_flag_response",
    "GetFlagResponseParams": ".get_flag_response_params",
    "GetIntegrationWebhookUrlResponse": ".get_integration_webhook_url_response",
    "GetIntegrationWebhookUrlResponseParams": ".get_integration_webhook_url_response_params",
    "GetMigrationResponse": ".get_migration_response",
    "GetMigrationResponseParams": ".get_migration_response_params",
    "GetOnboardingStateResp": ".get_onboarding_state_resp",
    "GetOnboardingStateResponse": ".get_onboarding_state_response",
    "GetOnboardingStateResponseParams": ".get_onboarding_state_response_params",
    "GetOrCreateCompanyMembershipRequestBody": ".get_or_create_company_membership_request_body",
    "GetOrCreateCompanyMembershipResponse": ".get_or_create_company_membership_response",
    "GetOrCreateCompanyMembershipResponseParams": ".get_or_create_company_membership_response_params",
    "GetOrCreateEntityTraitDefinitionResponse": ".get_or_create_entity_trait_definition_response",
    "GetOrCreateEntityTraitDefinitionResponseParams": ".get_or_create_entity_trait_definition_response_params",
    "GetPlanChangeResponse": ".get_plan_change_response",
    "GetPlanChangeResponseParams": ".get_plan_change_response_params",
    "GetPlanEntitlementResponse": ".get_plan_entitlement_response",
    "GetPlanEntitlementResponseParams": ".get_plan_entitlement_response_params",
    "GetPlanGroupParams": ".get_plan_group_params",
    "GetPlanGroupResponse": ".get_plan_group_response",
    "GetPlanGrowthParams": ".get_plan_growth_params",
    "GetPlanGrowthResponse": ".get_plan_growth_response",
    "GetPlanParams": ".get_plan_params",
    "GetPlanResponse": ".get_plan_response",
    "GetPlanTraitResponse": ".get_plan_trait_response",
    "GetPlanTraitResponseParams": ".get_plan_trait_response_params",
    "GetPlansInCatalogResponse": ".get_plans_in_catalog_response",
    "GetPlansInCatalogResponseParams": ".get_plans_in_catalog_response_params",
    "GetPublicPlansResponse": ".get_public_plans_response",
    "GetPublicPlansResponseParams": ".get_public_plans_response_params",
    "GetScheduledCheckoutResponse": ".get_scheduled_checkout_response",
    "GetScheduledCheckoutResponseParams": ".get_scheduled_checkout_response_params",
    "GetSegmentIntegrationStatusResponse": ".get_segment_integration_status_response",
    "GetSegmentIntegrationStatusResponseParams": ".get_segment_integration_status_response_params",
    "GetSingleBillingCreditResponse": ".get_single_billing_credit_response",
    "GetSingleBillingCreditResponseParams": ".get_single_billing_credit_response_params",
    "GetSingleBillingPlanCreditGrantResponse": ".get_single_billing_plan_credit_grant_response",
    "GetSingleBillingPlanCreditGrantResponseParams": ".get_single_billing_plan_credit_grant_response_params",
    "GetSingleLicenseResponse": ".get_single_license_response",
    "GetSingleLicenseResponseParams": ".get_single_license_response_params",
    "GetSummaryResponse": ".get_summary_response",
    "GetSummaryResponseParams": ".get_summary_response_params",
    "GetTopFeaturesByUsageParams": ".get_top_features_by_usage_params",
    "GetTopFeaturesByUsageResponse": ".get_top_features_by_usage_response",
    "GetUserResponse": ".get_user_response",
    "GetUserResponseParams": ".get_user_response_params",
    "GetUserUsageByCompanyParams": ".get_user_usage_by_company_params",
    "GetUserUsageByCompanyResponse": ".get_user_usage_by_company_response",
    "GetUserUsageDetailParams": ".get_user_usage_detail_params",
    "GetUserUsageDetailResponse": ".get_user_usage_detail_response",
    "GetWebhookEventResponse": ".get_webhook_event_response",
    "GetWebhookEventResponseParams": ".get_webhook_event_response_params",
    "GetWebhookResponse": ".get_webhook_response",
    "GetWebhookResponseParams": ".get_webhook_response_params",
    "GetWhoAmIResponse": ".get_who_am_i_response",
    "GetWhoAmIResponseParams": ".get_who_am_i_response_params",
    "GrantBillingCreditsToCompanyResponse": ".grant_billing_credits_to_company_response",
    "GrantBillingCreditsToCompanyResponseParams": ".grant_billing_credits_to_company_response_params",
    "InsightsSummaryResponseData": ".insights_summary_response_data",
    "InstallIntegrationRequestBody": ".install_integration_request_body",
    "InstallIntegrationRequestBodyConfig": ".install_integration_request_body_config",
    "InstallIntegrationResponse": ".install_integration_response",
    "InstallIntegrationResponseParams": ".install_integration_response_params",
    "InstallStripeResponse": ".install_stripe_response",
    "InstallStripeResponseParams": ".install_stripe_response_params",
    "IntegrationCapabilities": ".integration_capabilities",
    "IntegrationConfig": ".integration_config",
    "IntegrationInstallConfig": ".integration_install_config",
    "IntegrationInstallResponseData": ".integration_install_response_data",
    "IntegrationResponseData": ".integration_response_data",
    "IntegrationState": ".integration_state",
    "IntegrationType": ".integration_type",
    "IntegrationWebhookUrlResponseData": ".integration_webhook_url_response_data",
    "IntegrationsDataSetResponseData": ".integrations_data_set_response_data",
    "IntegrationsListResponseData": ".integrations_list_response_data",
    "IntegrationsResponseData": ".integrations_response_data",
    "InvoiceRequestBody": ".invoice_request_body",
    "InvoiceResponseData": ".invoice_response_data",
    "InvoiceStatus": ".invoice_status",
    "IssueTemporaryAccessTokenRequestBody": ".issue_temporary_access_token_request_body",
    "IssueTemporaryAccessTokenRequestBodyLookup": ".issue_temporary_access_token_request_body_lookup",
    "IssueTemporaryAccessTokenResponse": ".issue_temporary_access_token_response",
    "IssueTemporaryAccessTokenResponseData": ".issue_temporary_access_token_response_data",
    "IssueTemporaryAccessTokenResponseParams": ".issue_temporary_access_token_response_params",
    "KeysRequestBody": ".keys_request_body",
    "KeysRequestBodyKeys": ".keys_request_body_keys",
    "LicenseResponseData": ".license_response_data",
    "LimitTimeSeriesPointResponseData": ".limit_time_series_point_response_data",
    "ListAccountMembersParams": ".list_account_members_params",
    "ListAccountMembersResponse": ".list_account_members_response",
    "ListApiKeysParams": ".list_api_keys_params",
    "ListApiKeysResponse": ".list_api_keys_response",
    "ListAuditLogsParams": ".list_audit_logs_params",
    "ListAuditLogsResponse": ".list_audit_logs_response",
    "ListBillingCreditsParams": ".list_billing_credits_params",
    "ListBillingCreditsResponse": ".list_billing_credits_response",
    "ListBillingPlanCreditGrantsParams": ".list_billing_plan_credit_grants_params",
    "ListBillingPlanCreditGrantsResponse": ".list_billing_plan_credit_grants_response",
    "ListBillingPricesParams": ".list_billing_prices_params",
    "ListBillingPricesResponse": ".list_billing_prices_response",
    "ListBillingProductMatchCompaniesParams": ".list_billing_product_match_companies_params",
    "ListBillingProductMatchCompaniesResponse": ".list_billing_product_match_companies_response",
    "ListBillingProductPricesParams": ".list_billing_product_prices_params",
    "ListBillingProductPricesResponse": ".list_billing_product_prices_response",
    "ListBillingProductsParams": ".list_billing_products_params",
    "ListBillingProductsResponse": ".list_billing_products_response",
    "ListCatalogsParams": ".list_catalogs_params",
    "ListCatalogsResponse": ".list_catalogs_response",
    "ListCompaniesParams": ".list_companies_params",
    "ListCompaniesResponse": ".list_companies_response",
    "ListCompanyCreditBalancesParams": ".list_company_credit_balances_params",
    "ListCompanyCreditBalancesResponse": ".list_company_credit_balances_response",
    "ListCompanyGrantsParams": ".list_company_grants_params",
    "ListCompanyGrantsResponse": ".list_company_grants_response",
    "ListCompanyMembershipsParams": ".list_company_memberships_params",
    "ListCompanyMembershipsResponse": ".list_company_memberships_response",
    "ListCompanyMigrationsParams": ".list_company_migrations_params",
    "ListCompanyMigrationsResponse": ".list_company_migrations_response",
    "ListCompanyOverridesParams": ".list_company_overrides_params",
    "ListCompanyOverridesResponse": ".list_company_overrides_response",
    "ListComponentsParams": ".list_components_params",
    "ListComponentsResponse": ".list_components_response",
    "ListCouponsParams": ".list_coupons_params",
    "ListCouponsResponse": ".list_coupons_response",
    "ListCreditBundlesParams": ".list_credit_bundles_params",
    "ListCreditBundlesResponse": ".list_credit_bundles_response",
    "ListCreditEventLedgerParams": ".list_credit_event_ledger_params",
    "ListCreditEventLedgerResponse": ".list_credit_event_ledger_response",
    "ListCustomPlanBillingsParams": ".list_custom_plan_billings_params",
    "ListCustomPlanBillingsResponse": ".list_custom_plan_billings_response",
    "ListCustomersWithSubscriptionsParams": ".list_customers_with_subscriptions_params",
    "ListCustomersWithSubscriptionsResponse": ".list_customers_with_subscriptions_response",
    "ListDataExportsParams": ".list_data_exports_params",
    "ListDataExportsResponse": ".list_data_exports_response",
    "ListEntityKeyDefinitionsParams": ".list_entity_key_definitions_params",
    "ListEntityKeyDefinitionsResponse": ".list_entity_key_definitions_response",
    "ListEntityTraitDefinitionsParams": ".list_entity_trait_definitions_params",
    "ListEntityTraitDefinitionsResponse": ".list_entity_trait_definitions_response",
    "ListEnvironmentsParams": ".list_environments_params",
    "ListEnvironmentsResponse": ".list_environments_response",
    "ListEventsParams": ".list_events_params",
    "ListEventsResponse": ".list_events_response",
    "ListFeatureCompaniesParams": ".list_feature_companies_params",
    "ListFeatureCompaniesResponse": ".list_feature_companies_response",
    "ListFeatureUsageHistoryParams": ".list_feature_usage_history_params",
    "ListFeatureUsageHistoryResponse": ".list_feature_usage_history_response",
    "ListFeatureUsageParams": ".list_feature_usage_params",
    "ListFeatureUsageParamsCompanyKeys": ".list_feature_usage_params_company_keys",
    "ListFeatureUsageResponse": ".list_feature_usage_response",
    "ListFeatureUsersParams": ".list_feature_users_params",
    "ListFeatureUsersResponse": ".list_feature_users_response",
    "ListFeaturesParams": ".list_features_params",
    "ListFeaturesResponse": ".list_features_response",
    "ListFlagsParams": ".list_flags_params",
    "ListFlagsResponse": ".list_flags_response",
    "ListGrantsForCreditParams": ".list_grants_for_credit_params",
    "ListGrantsForCreditResponse": ".list_grants_for_credit_response",
    "ListIntegrationsParams": ".list_integrations_params",
    "ListIntegrationsResponse": ".list_integrations_response",
    "ListInvoicesParams": ".list_invoices_params",
    "ListInvoicesResponse": ".list_invoices_response",
    "ListLicensesParams": ".list_licenses_params",
    "ListLicensesResponse": ".list_licenses_response",
    "ListMetersParams": ".list_meters_params",
    "ListMetersResponse": ".list_meters_response",
    "ListMigrationsParams": ".list_migrations_params",
    "ListMigrationsResponse": ".list_migrations_response",
    "ListPaymentMethodsParams": ".list_payment_methods_params",
    "ListPaymentMethodsResponse": ".list_payment_methods_response",
    "ListPlanChangesParams": ".list_plan_changes_params",
    "ListPlanChangesResponse": ".list_plan_changes_response",
    "ListPlanEntitlementsParams": ".list_plan_entitlements_params",
    "ListPlanEntitlementsResponse": ".list_plan_entitlements_response",
    "ListPlanIssuesParams": ".list_plan_issues_params",
    "ListPlanIssuesResponse": ".list_plan_issues_response",
    "ListPlanTraitsParams": ".list_plan_traits_params",
    "ListPlanTraitsResponse": ".list_plan_traits_response",
    "ListPlansParams": ".list_plans_params",
    "ListPlansResponse": ".list_plans_response",
    "ListScheduledCheckoutsParams": ".list_scheduled_checkouts_params",
    "ListScheduledCheckoutsResponse": ".list_scheduled_checkouts_response",
    "ListUsersParams": ".list_users_params",
    "ListUsersResponse": ".list_users_response",
    "ListWebhookEventsParams": ".list_webhook_events_params",
    "ListWebhookEventsResponse": ".list_webhook_events_response",
    "ListWebhooksParams": ".list_webhooks_params",
    "ListWebhooksResponse": ".list_webhooks_response",
    "LoadSampleDataSetResponse": ".load_sample_data_set_response",
    "LoadSampleDataSetResponseParams": ".load_sample_data_set_response_params",
    "LookupCompanyParams": ".lookup_company_params",
    "LookupCompanyParamsKeys": ".lookup_company_params_keys",
    "LookupCompanyResponse": ".lookup_company_response",
    "LookupUserParams": ".lookup_user_params",
    "LookupUserParamsKeys": ".lookup_user_params_keys",
    "LookupUserResponse": ".lookup_user_response",
    "ManagePlanPreviewResponseResponseData": ".manage_plan_preview_response_response_data",
    "ManagePlanRequest": ".manage_plan_request",
    "ManagePlanResponse": ".manage_plan_response",
    "ManagePlanResponseParams": ".manage_plan_response_params",
    "ManagePlanResponseResponseData": ".manage_plan_response_response_data",
    "MarkCustomPlanBillingPaidRequestBody": ".mark_custom_plan_billing_paid_request_body",
    "MarkCustomPlanBillingPaidResponse": ".mark_custom_plan_billing_paid_response",
    "MarkCustomPlanBillingPaidResponseParams": ".mark_custom_plan_billing_paid_response_params",
    "MeterRequestBody": ".meter_request_body",
    "MetricPeriod": ".metric_period",
    "MetricPeriodMonthReset": ".metric_period_month_reset",
    "MetronomeIntegrationConfig": ".metronome_integration_config",
    "MetronomeIntegrationConfigType": ".metronome_integration_config_type",
    "MigrationErrorCode": ".migration_error_code",
    "MigrationProrationBehavior": ".migration_proration_behavior",
    "MrrResponseData": ".mrr_response_data",
    "OnboardingMilestone": ".onboarding_milestone",
    "OnboardingMilestoneView": ".onboarding_milestone_view",
    "OnboardingPath": ".onboarding_path",
    "OnboardingRequirement": ".onboarding_requirement",
    "OnboardingRequirementStatus": ".onboarding_requirement_status",
    "OnboardingRequirementView": ".onboarding_requirement_view",
    "OnboardingTrack": ".onboarding_track",
    "OrbIntegrationConfig": ".orb_integration_config",
    "OrbIntegrationConfigType": ".orb_integration_config_type",
    "OrderedPlansInGroup": ".ordered_plans_in_group",
    "PaymentMethodRequestBody": ".payment_method_request_body",
    "PaymentMethodResponseData": ".payment_method_response_data",
    "PlanBillingSource": ".plan_billing_source",
    "PlanBundleAction": ".plan_bundle_action",
    "PlanBundleCreditGrantRequestBody": ".plan_bundle_credit_grant_request_body",
    "PlanBundleEntitlementRequestBody": ".plan_bundle_entitlement_request_body",
    "PlanBundleResponseData": ".plan_bundle_response_data",
    "PlanCatalogMembershipResponseData": ".plan_catalog_membership_response_data",
    "PlanChangeAction": ".plan_change_action",
    "PlanChangeBasePlanAction": ".plan_change_base_plan_action",
    "PlanChangeResponseData": ".plan_change_response_data",
    "PlanChangeSubscriptionAction": ".plan_change_subscription_action",
    "PlanCreditGrantScaling": ".plan_credit_grant_scaling",
    "PlanCreditGrantView": ".plan_credit_grant_view",
    "PlanCurrencyPriceRequestBody": ".plan_currency_price_request_body",
    "PlanCurrencyPricesResponseData": ".plan_currency_prices_response_data",
    "PlanDetailResponseData": ".plan_detail_response_data",
    "PlanEntitlementResponseData": ".plan_entitlement_response_data",
    "PlanEntitlementsOrder": ".plan_entitlements_order",
    "PlanGroupBundleOrder": ".plan_group_bundle_order",
    "PlanGroupDetailResponseData": ".plan_group_detail_response_data",
    "PlanGroupPlanDetailResponseData": ".plan_group_plan_detail_response_data",
    "PlanGroupPlanEntitlementsOrder": ".plan_group_plan_entitlements_order",
    "PlanGroupResponseData": ".plan_group_response_data",
    "PlanGrowthPointResponseData": ".plan_growth_point_response_data",
    "PlanGrowthResponseData": ".plan_growth_response_data",
    "PlanIcon": ".plan_icon",
    "PlanIssueResponseData": ".plan_issue_response_data",
    "PlanPriceCadence": ".plan_price_cadence",
    "PlanResponseData": ".plan_response_data",
    "PlanSelection": ".plan_selection",
    "PlanSnapshotView": ".plan_snapshot_view",
    "PlanTraitResponseData": ".plan_trait_response_data",
    "PlanType": ".plan_type",
    "PlanVersionCompanyMigrationResponseData": ".plan_version_company_migration_response_data",
    "PlanVersionCompanyMigrationStatus": ".plan_version_company_migration_status",
    "PlanVersionMigrationPreviewCompanyResponseData": ".plan_version_migration_preview_company_response_data",
    "PlanVersionMigrationPreviewResponseData": ".plan_version_migration_preview_response_data",
    "PlanVersionMigrationResponseData": ".plan_version_migration_response_data",
    "PlanVersionMigrationStatus": ".plan_version_migration_status",
    "PlanVersionMigrationStrategy": ".plan_version_migration_strategy",
    "PlanVersionResponseData": ".plan_version_response_data",
    "PlanVersionSnapshotView": ".plan_version_snapshot_view",
    "PlanVersionStatus": ".plan_version_status",
    "PlanViewPublicResponseData": ".plan_view_public_response_data",
    "PreflightEventUsageRequestBody": ".preflight_event_usage_request_body",
    "PreflightRequestBody": ".preflight_request_body",
    "PreflightRequestBodyCreditCost": ".preflight_request_body_credit_cost",
    "PreviewCheckoutInternalResponse": ".preview_checkout_internal_response",
    "PreviewCheckoutInternalResponseParams": ".preview_checkout_internal_response_params",
    "PreviewComponentDataParams": ".preview_component_data_params",
    "PreviewComponentDataResponse": ".preview_component_data_response",
    "PreviewManagePlanResponse": ".preview_manage_plan_response",
    "PreviewManagePlanResponseParams": ".preview_manage_plan_response_params",
    "PreviewMigrationRequestBody": ".preview_migration_request_body",
    "PreviewMigrationResponse": ".preview_migration_response",
    "PreviewMigrationResponseParams": ".preview_migration_response_params",
    "PreviewObject": ".preview_object",
    "PreviewObjectResponseData": ".preview_object_response_data",
    "PreviewSubscriptionChangeResponseData": ".preview_subscription_change_response_data",
    "PreviewSubscriptionDiscountResponseData": ".preview_subscription_discount_response_data",
    "PreviewSubscriptionFinanceResponseData": ".preview_subscription_finance_response_data",
    "PreviewSubscriptionUpcomingInvoiceLineItems": ".preview_subscription_upcoming_invoice_line_items",
    "ProrationBehavior": ".proration_behavior",
    "PublicPlansResponseData": ".public_plans_response_data",
    "PublishPlanVersionRequestBody": ".publish_plan_version_request_body",
    "PublishPlanVersionResponse": ".publish_plan_version_response",
    "PublishPlanVersionResponseParams": ".publish_plan_version_response_params",
    "QuickstartResp": ".quickstart_resp",
    "QuickstartResponse": ".quickstart_response",
    "QuickstartResponseParams": ".quickstart_response_params",
    "RawEventBatchResponseData": ".raw_event_batch_response_data",
    "RawEventResponseData": ".raw_event_response_data",
    "ReleaseCreditLeaseRequestBody": ".release_credit_lease_request_body",
    "ReleaseCreditLeaseResponse": ".release_credit_lease_response",
    "ReleaseCreditLeaseResponseParams": ".release_credit_lease_response_params",
    "RetryCompanyMigrationResponse": ".retry_company_migration_response",
    "RetryCompanyMigrationResponseParams": ".retry_company_migration_response_params",
    "RetryCustomPlanBillingRequestBody": ".retry_custom_plan_billing_request_body",
    "RetryCustomPlanBillingResponse": ".retry_custom_plan_billing_response",
    "RetryCustomPlanBillingResponseParams": ".retry_custom_plan_billing_response_params",
    "RetryMigrationRequestBody": ".retry_migration_request_body",
    "RetryMigrationResponse": ".retry_migration_response",
    "RetryMigrationResponseParams": ".retry_migration_response_params",
    "Rule": ".rule",
    "RuleConditionDetailResponseData": ".rule_condition_detail_response_data",
    "RuleConditionGroupDetailResponseData": ".rule_condition_group_detail_response_data",
    "RuleConditionGroupResponseData": ".rule_condition_group_response_data",
    "RuleConditionResponseData": ".rule_condition_response_data",
    "RuleDetailResponseData": ".rule_detail_response_data",
    "RuleResponseData": ".rule_response_data",
    "RuleType": ".rule_type",
    "RuleView": ".rule_view",
    "RulesDetailResponseData": ".rules_detail_response_data",
    "RulesEngineSchemaVersion": ".rules_engine_schema_version",
    "RulesengineCheckFlagResult": ".rulesengine_check_flag_result",
    "RulesengineCompany": ".rulesengine_company",
    "RulesengineCompanyCreditBalances": ".rulesengine_company_credit_balances",
    "RulesengineCompanyKeys": ".rulesengine_company_keys",
    "RulesengineCompanyMetric": ".rulesengine_company_metric",
    "RulesengineCondition": ".rulesengine_condition",
    "RulesengineConditionGroup": ".rulesengine_condition_group",
    "RulesengineConditionType": ".rulesengine_condition_type",
    "RulesengineEntitlementValueType": ".rulesengine_entitlement_value_type",
    "RulesengineEntityType": ".rulesengine_entity_type",
    "RulesengineFeatureEntitlement": ".rulesengine_feature_entitlement",
    "RulesengineFlag": ".rulesengine_flag",
    "RulesengineMetricPeriod": ".rulesengine_metric_period",
    "RulesengineMetricPeriodMonthReset": ".rulesengine_metric_period_month_reset",
    "RulesengineRule": ".rulesengine_rule",
    "RulesengineRuleType": ".rulesengine_rule_type",
    "RulesengineSubscription": ".rulesengine_subscription",
    "RulesengineTrait": ".rulesengine_trait",
    "RulesengineTraitDefinition": ".rulesengine_trait_definition",
    "RulesengineTraitDefinitionComparableType": ".rulesengine_trait_definition_comparable_type",
    "RulesengineUser": ".rulesengine_user",
    "RulesengineUserKeys": ".rulesengine_user_keys",
    "RulesengineWarningTier": ".rulesengine_warning_tier",
    "RunIntegrationResponse": ".run_integration_response",
    "RunIntegrationResponseParams": ".run_integration_response_params",
    "ScheduledCheckoutResponseData": ".scheduled_checkout_response_data",
    "ScheduledCheckoutStatus": ".scheduled_checkout_status",
    "ScheduledDowngradeConfigBehavior": ".scheduled_downgrade_config_behavior",
    "ScheduledDowngradeResponseData": ".scheduled_downgrade_response_data",
    "SegmentStatusResp": ".segment_status_resp",
    "SendTestWebhookActionResponse": ".send_test_webhook_action_response",
    "SendTestWebhookActionResponseParams": ".send_test_webhook_action_response_params",
    "SkippedEntitlementErrorResponseData": ".skipped_entitlement_error_response_data",
    "SkippedEntitlementResponseData": ".skipped_entitlement_response_data",
    "SoftDeleteBillingCreditResponse": ".soft_delete_billing_credit_response",
    "SoftDeleteBillingCreditResponseParams": ".soft_delete_billing_credit_response_params",
    "SortDirection": ".sort_direction",
    "StartDataImportRequestBody": ".start_data_import_request_body",
    "StartDataImportResponse": ".start_data_import_response",
    "StartDataImportResponseParams": ".start_data_import_response_params",
    "StripeEmbedInfo": ".stripe_embed_info",
    "StripeIntegrationConfig": ".stripe_integration_config",
    "StripeIntegrationConfigType": ".stripe_integration_config_type",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionTraitUpdate": ".subscription_trait_update",
    "SubscriptionType": ".subscription_type",
    "TaxIDInput": ".tax_id_input",
    "TaxIdType": ".tax_id_type",
    "TemporaryAccessTokenResourceType": ".temporary_access_token_resource_type",
    "TemporaryAccessTokenResponseData": ".temporary_access_token_response_data",
    "TestWebhookRequestBody": ".test_webhook_request_body",
    "TestWebhookResponseData": ".test_webhook_response_data",
    "TimeSeriesGranularity": ".time_series_granularity",
    "TopFeatureByUsageResponseData": ".top_feature_by_usage_response_data",
    "TopFeaturesByUsageResponseData": ".top_features_by_usage_response_data",
    "TraitDefinition": ".trait_definition",
    "TraitDefinitionComparableType": ".trait_definition_comparable_type",
    "TraitType": ".trait_type",
    "TrialStatus": ".trial_status",
    "UninstallIntegrationResponse": ".uninstall_integration_response",
    "UninstallIntegrationResponseParams": ".uninstall_integration_response_params",
    "UpcomingInvoiceResponseData": ".upcoming_invoice_response_data",
    "UpdateAddOnRequestBody": ".update_add_on_request_body",
    "UpdateApiKeyRequestBody": ".update_api_key_request_body",
    "UpdateApiKeyResponse": ".update_api_key_response",
    "UpdateApiKeyResponseParams": ".update_api_key_response_params",
    "UpdateAutoTopupOverrideRequestBody": ".update_auto_topup_override_request_body",
    "UpdateBillingCreditRequestBody": ".update_billing_credit_request_body",
    "UpdateBillingCreditResponse": ".update_billing_credit_response",
    "UpdateBillingCreditResponseParams": ".update_billing_credit_response_params",
    "UpdateBillingPlanCreditGrantRequestBody": ".update_billing_plan_credit_grant_request_body",
    "UpdateBillingPlanCreditGrantResponse": ".update_billing_plan_credit_grant_response",
    "UpdateBillingPlanCreditGrantResponseParams": ".update_billing_plan_credit_grant_response_params",
    "UpdateCatalogConfigurationRequestBody": ".update_catalog_configuration_request_body",
    "UpdateCatalogRequestBody": ".update_catalog_request_body",
    "UpdateCatalogResponse": ".update_catalog_response",
    "UpdateCatalogResponseParams": ".update_catalog_response_params",
    "UpdateCompanyBillingDetailsRequestBody": ".update_company_billing_details_request_body",
    "UpdateCompanyBillingDetailsResponse": ".update_company_billing_details_response",
    "UpdateCompanyBillingDetailsResponseParams": ".update_company_billing_details_response_params",
    "UpdateCompanyOverrideRequestBody": ".update_company_override_request_body",
    "UpdateCompanyOverrideResponse": ".update_company_override_response",
    "UpdateCompanyOverrideResponseParams": ".update_company_override_response_params",
    "UpdateCompanyPlansRequestBody": ".update_company_plans_request_body",
    "UpdateCompanyPlansResponse": ".update_company_plans_response",
    "UpdateCompanyPlansResponseParams": ".update_company_plans_response_params",
    "UpdateComponentRequestBody": ".update_component_request_body",
    "UpdateComponentRequestBodyAst": ".update_component_request_body_ast",
    "UpdateComponentResponse": ".update_component_response",
    "UpdateComponentResponseParams": ".update_component_response_params",
    "UpdateConfigurationResponse": ".update_configuration_response",
    "UpdateConfigurationResponseParams": ".update_configuration_response_params",
    "UpdateCreditBundleDetailsRequestBody": ".update_credit_bundle_details_request_body",
    "UpdateCreditBundleDetailsResponse": ".update_credit_bundle_details_response",
    "UpdateCreditBundleDetailsResponseParams": ".update_credit_bundle_details_response_params",
    "UpdateCreditBundleRequestBody": ".update_credit_bundle_request_body",
    "UpdateCustomerSubscriptionTrialEndResponse": ".update_customer_subscription_trial_end_response",
    "UpdateCustomerSubscriptionTrialEndResponseParams": ".update_customer_subscription_trial_end_response_params",
    "UpdateEntitlementReqCommon": ".update_entitlement_req_common",
    "UpdateEntityTraitDefinitionRequestBody": ".update_entity_trait_definition_request_body",
    "UpdateEntityTraitDefinitionResponse": ".update_entity_trait_definition_response",
    "UpdateEntityTraitDefinitionResponseParams": ".update_entity_trait_definition_response_params",
    "UpdateEnvironmentRequestBody": ".update_environment_request_body",
    "UpdateEnvironmentResponse": ".update_environment_response",
    "UpdateEnvironmentResponseParams": ".update_environment_response_params",
    "UpdateFeatureRequestBody": ".update_feature_request_body",
    "UpdateFeatureResponse": ".update_feature_response",
    "UpdateFeatureResponseParams": ".update_feature_response_params",
    "UpdateFlagResponse": ".update_flag_response",
    "UpdateFlagResponseParams": ".update_flag_response_params",
    "UpdateFlagRulesRequestBody": ".update_flag_rules_request_body",
    "UpdateFlagRulesResponse": ".update_flag_rules_response",
    "UpdateFlagRulesResponseParams": ".update_flag_rules_response_params",
    "UpdateOnboardingStateRequestBody": ".update_onboarding_state_request_body",
    "UpdateOnboardingStateResponse": ".update_onboarding_state_response",
    "UpdateOnboardingStateResponseParams": ".update_onboarding_state_response_params",
    "UpdatePayInAdvanceRequestBody": ".update_pay_in_advance_request_body",
    "UpdatePlanBundleRequestBody": ".update_plan_bundle_request_body",
    "UpdatePlanBundleResponse": ".update_plan_bundle_response",
    "UpdatePlanBundleResponseParams": ".update_plan_bundle_response_params",
    "UpdatePlanEntitlementRequestBody": ".update_plan_entitlement_request_body",
    "UpdatePlanEntitlementResponse": ".update_plan_entitlement_response",
    "UpdatePlanEntitlementResponseParams": ".update_plan_entitlement_response_params",
    "UpdatePlanGroupRequestBody": ".update_plan_group_request_body",
    "UpdatePlanGroupResponse": ".update_plan_group_response",
    "UpdatePlanGroupResponseParams": ".update_plan_group_response_params",
    "UpdatePlanRequestBody": ".update_plan_request_body",
    "UpdatePlanResponse": ".update_plan_response",
    "UpdatePlanResponseParams": ".update_plan_response_params",
    "UpdatePlanTraitBulkRequestBody": ".update_plan_trait_bulk_request_body",
    "UpdatePlanTraitTraitRequestBody": ".update_plan_trait_trait_request_body",
    "UpdatePlanTraitsBulkResponse": ".update_plan_traits_bulk_response",
    "UpdatePlanTraitsBulkResponseParams": ".update_plan_traits_bulk_response_params",
    "UpdateRuleRequestBody": ".update_rule_request_body",
    "UpdateScheduledCheckoutRequest": ".update_scheduled_checkout_request",
    "UpdateScheduledCheckoutResponse": ".update_scheduled_checkout_response",
    "UpdateScheduledCheckoutResponseParams": ".update_scheduled_checkout_response_params",
    "UpdateTrialEndRequestBody": ".update_trial_end_request_body",
    "UpdateWebhookRequestBody": ".update_webhook_request_body",
    "UpdateWebhookResponse": ".update_webhook_response",
    "UpdateWebhookResponseParams": ".update_webhook_response_params",
    "UpsertBillingCouponResponse": ".upsert_billing_coupon_response",
    "UpsertBillingCouponResponseParams": ".upsert_billing_coupon_response_params",
    "UpsertBillingCustomerResponse": ".upsert_billing_customer_response",
    "UpsertBillingCustomerResponseParams": ".upsert_billing_customer_response_params",
    "UpsertBillingMeterResponse": ".upsert_billing_meter_response",
    "UpsertBillingMeterResponseParams": ".upsert_billing_meter_response_params",
    "UpsertBillingPriceResponse": ".upsert_billing_price_response",
    "UpsertBillingPriceResponseParams": ".upsert_billing_price_response_params",
    "UpsertBillingProductPlanResponse": ".upsert_billing_product_plan_response",
    "UpsertBillingProductPlanResponseParams": ".upsert_billing_product_plan_response_params",
    "UpsertBillingProductRequestBody": ".upsert_billing_product_request_body",
    "UpsertBillingProductResponse": ".upsert_billing_product_response",
    "UpsertBillingProductResponseParams": ".upsert_billing_product_response_params",
    "UpsertBillingSubscriptionResponse": ".upsert_billing_subscription_response",
    "UpsertBillingSubscriptionResponseParams": ".upsert_billing_subscription_response_params",
    "UpsertCompanyRequestBody": ".upsert_company_request_body",
    "UpsertCompanyRequestBodyKeys": ".upsert_company_request_body_keys",
    "UpsertCompanyRequestBodyTraits": ".upsert_company_request_body_traits",
    "UpsertCompanyResponse": ".upsert_company_response",
    "UpsertCompanyResponseParams": ".upsert_company_response_params",
    "UpsertCompanyTraitResponse": ".upsert_company_trait_response",
    "UpsertCompanyTraitResponseParams": ".upsert_company_trait_response_params",
    "UpsertFeatureForBillingProductResponse": ".upsert_feature_for_billing_product_response",
    "UpsertFeatureForBillingProductResponseParams": ".upsert_feature_for_billing_product_response_params",
    "UpsertInvoiceResponse": ".upsert_invoice_response",
    "UpsertInvoiceResponseParams": ".upsert_invoice_response_params",
    "UpsertPaymentMethodResponse": ".upsert_payment_method_response",
    "UpsertPaymentMethodResponseParams": ".upsert_payment_method_response_params",
    "UpsertPlanEntitlementForBillingProductResponse": ".upsert_plan_entitlement_for_billing_product_response",
    "UpsertPlanEntitlementForBillingProductResponseParams": ".upsert_plan_entitlement_for_billing_product_response_params",
    "UpsertPlanForBillingProductResponse": ".upsert_plan_for_billing_product_response",
    "UpsertPlanForBillingProductResponseParams": ".upsert_plan_for_billing_product_response_params",
    "UpsertTraitRequestBody": ".upsert_trait_request_body",
    "UpsertTraitRequestBodyKeys": ".upsert_trait_request_body_keys",
    "UpsertUserRequestBody": ".upsert_user_request_body",
    "UpsertUserRequestBodyCompaniesType0Item": ".upsert_user_request_body_companies_type_0_item",
    "UpsertUserRequestBodyCompanyType0": ".upsert_user_request_body_company_type_0",
    "UpsertUserRequestBodyKeys": ".upsert_user_request_body_keys",
    "UpsertUserRequestBodyTraits": ".upsert_user_request_body_traits",
    "UpsertUserResponse": ".upsert_user_response",
    "UpsertUserResponseParams": ".upsert_user_response_params",
    "UpsertUserSubRequestBody": ".upsert_user_sub_request_body",
    "UpsertUserSubRequestBodyKeys": ".upsert_user_sub_request_body_keys",
    "UpsertUserSubRequestBodyTraits": ".upsert_user_sub_request_body_traits",
    "UpsertUserTraitResponse": ".upsert_user_trait_response",
    "UpsertUserTraitResponseParams": ".upsert_user_trait_response_params",
    "UsageBasedEntitlementRequestBody": ".usage_based_entitlement_request_body",
    "UsageBasedEntitlementResponseData": ".usage_based_entitlement_response_data",
    "UsageTimeSeriesPointResponseData": ".usage_time_series_point_response_data",
    "UserCreditUsageResponseData": ".user_credit_usage_response_data",
    "UserDailyCreditPointResponseData": ".user_daily_credit_point_response_data",
    "UserDailyUsagePointResponseData": ".user_daily_usage_point_response_data",
    "UserDetailResponseData": ".user_detail_response_data",
    "UserDetailResponseDataTraits": ".user_detail_response_data_traits",
    "UserFeatureUsageResponseData": ".user_feature_usage_response_data",
    "UserResponseData": ".user_response_data",
    "UserUsageByCompanyResponseData": ".user_usage_by_company_response_data",
    "UserUsageDetailResponseData": ".user_usage_detail_response_data",
    "WarningTier": ".warning_tier",
    "WarningTierRequestBody": ".warning_tier_request_body",
    "WarningTierResponseData": ".warning_tier_response_data",
    "WebFeatureUsageWebhookOutput": ".web_feature_usage_webhook_output",
    "WebScheduledDowngradeWebhookOutput": ".web_scheduled_downgrade_webhook_output",
    "WebhookEventDetailResponseData": ".webhook_event_detail_response_data",
    "WebhookEventResponseData": ".webhook_event_response_data",
    "WebhookEventStatus": ".webhook_event_status",
    "WebhookRequestType": ".webhook_request_type",
    "WebhookResponseData": ".webhook_response_data",
    "WebhookStatus": ".webhook_status",
    "WebhookUrl": ".webhook_url",
    "WhoAmIResponseData": ".who_am_i_response_data",
    "WorkOSIntegrationConfig": ".work_os_integration_config",
    "WorkOSIntegrationConfigType": ".work_os_integration_config_type",
    "ZeroOutGrantRequestBody": ".zero_out_grant_request_body",
    "ZeroOutGrantResponse": ".zero_out_grant_response",
    "ZeroOutGrantResponseParams": ".zero_out_grant_response_params",
}

__all__ = (
    "AccountMemberPermission",
    "AccountMemberResponseData",
    "AccountMemberResponseDataPermissions",
    "AccountMemberRole",
    "AcquireCreditLeaseRequestBody",
    "AcquireCreditLeaseResponse",
    "AcquireCreditLeaseResponseParams",
    "ActivityEntryResponseData",
    "ActivityResponseResponseData",
    "ActorType",
    "ApiKeyCreateResponseData",
    "ApiKeyIntegrationResponseData",
    "ApiKeyResponseData",
    "ApiKeyScope",
    "AssumeStripeInstalledResponse",
    "AssumeStripeInstalledResponseParams",
    "AuditLogExportMetadata",
    "AuditLogExportMetadataExportType",
    "AuditLogListResponseData",
    "AuditLogResponseData",
    "BillingCollectionMethod",
    "BillingCouponResponseData",
    "BillingCouponResponseDataMetadata",
    "BillingCreditAutoTopupAvailability",
    "BillingCreditBundleResponseData",
    "BillingCreditBundleStatus",
    "BillingCreditBundleType",
    "BillingCreditBundleView",
    "BillingCreditBurnStrategy",
    "BillingCreditExpiryType",
    "BillingCreditExpiryUnit",
    "BillingCreditGrantReason",
    "BillingCreditGrantResponseData",
    "BillingCreditGrantZeroedOutReason",
    "BillingCreditLedgerAuthority",
    "BillingCreditLedgerResponseData",
    "BillingCreditResponseData",
    "BillingCreditRolloverPolicy",
    "BillingCreditView",
    "BillingCustomerResponseData",
    "BillingCustomerSubscription",
    "BillingCustomerWithSubscriptionsResponseData",
    "BillingLinkedResourceResponseData",
    "BillingMeterResponseData",
    "BillingPlanCreditGrantResetCadence",
    "BillingPlanCreditGrantResetStart",
    "BillingPlanCreditGrantResetType",
    "BillingPlanCreditGrantResponseData",
    "BillingPriceResponseData",
    "BillingPriceScheme",
    "BillingPriceUsageType",
    "BillingPriceView",
    "BillingProductDetailResponseData",
    "BillingProductForSubscriptionResponseData",
    "BillingProductPlanResponseData",
    "BillingProductPriceInterval",
    "BillingProductPriceResponseData",
    "BillingProductPriceTierResponseData",
    "BillingProductPricing",
    "BillingProductRecordResponseData",
    "BillingProductResponseData",
    "BillingProviderType",
    "BillingStrategy",
    "BillingSubscriptionDiscount",
    "BillingSubscriptionDiscountView",
    "BillingSubscriptionResponseData",
    "BillingSubscriptionResponseDataMetadata",
    "BillingSubscriptionTrialEndSetting",
    "BillingSubscriptionView",
    "BillingSubscriptionViewMetadata",
    "BillingTiersMode",
    "BindCatalogRequestBody",
    "BindCatalogResponse",
    "BindCatalogResponseParams",
    "CancelSubscriptionRequest",
    "CancelSubscriptionResponse",
    "CancelSubscriptionResponseParams",
    "CaptureEvent",
    "CaptureEventBatchRequestBody",
    "CaptureEventBatchResponse",
    "CaptureEventBatchResponseParams",
    "CaptureEventBody",
    "CaptureRawEvent",
    "CaptureRawEventBatch",
    "CatalogConfigOrderedBundle",
    "CatalogConfigOrderedBundleResponseData",
    "CatalogConfigOrderedEntitlement",
    "CatalogConfigOrderedEntitlementResponseData",
    "CatalogConfigOrderedPlan",
    "CatalogConfigOrderedPlanResponseData",
    "CatalogConfigurationResponseData",
    "CatalogCreditBundleIDsResponseData",
    "CatalogDerivedFeatureResponseData",
    "CatalogDerivedFeaturesResponseData",
    "CatalogPlanIDsResponseData",
    "CatalogResponseData",
    "ChangeSubscriptionInternalRequestBody",
    "ChangeSubscriptionRequestBody",
    "ChargeType",
    "CheckFlagRequestBody",
    "CheckFlagRequestBodyCompanyType0",
    "CheckFlagRequestBodyUserType0",
    "CheckFlagResponse",
    "CheckFlagResponseData",
    "CheckFlagResponseParams",
    "CheckFlagsBulkRequestBody",
    "CheckFlagsBulkResponse",
    "CheckFlagsBulkResponseData",
    "CheckFlagsBulkResponseParams",
    "CheckFlagsResponse",
    "CheckFlagsResponseData",
    "CheckFlagsResponseDataCreditBalances",
    "CheckFlagsResponseParams",
    "CheckoutBundlePurchaseBehavior",
    "CheckoutDataRequestBody",
    "CheckoutDataResponseData",
    "CheckoutFieldInput",
    "CheckoutFieldResponseData",
    "CheckoutFieldValue",
    "CheckoutFieldWithValue",
    "CheckoutInternalResponse",
    "CheckoutInternalResponseParams",
    "CheckoutSettingsResponseData",
    "CheckoutSubscription",
    "CheckoutSubscriptionMetadata",
    "ClerkIntegrationConfig",
    "ClerkIntegrationConfigType",
    "CompanyBillingAddressView",
    "CompanyBillingCheckoutSettings",
    "CompanyBillingDetailsResponseData",
    "CompanyBillingDetailsView",
    "CompanyBillingEntityResponseData",
    "CompanyBillingEntitySubscriptionResponseData",
    "CompanyCreditBalance",
    "CompanyCreditBalanceResponseData",
    "CompanyDetailResponseData",
    "CompanyDetailResponseDataBillingCreditBalancesType0",
    "CompanyDetailResponseDataTraits",
    "CompanyEventPeriodMetricsResponseData",
    "CompanyFeatureUsageExportMetadata",
    "CompanyFeatureUsageExportMetadataExportType",
    "CompanyFeatureUsageExportMetadataSortOrderDirection",
    "CompanyFeatureUsageExportMetadataVisibleColumnsType0Item",
    "CompanyLedgerResponseData",
    "CompanyMatchingCriteria",
    "CompanyMembershipDetailResponseData",
    "CompanyMembershipResponseData",
    "CompanyOverrideNoteResponseData",
    "CompanyOverrideResponseData",
    "CompanyPlanCreditGrantView",
    "CompanyPlanDetailResponseData",
    "CompanyPlanInvalidReason",
    "CompanyPlanWithBillingSubView",
    "CompanyResponseData",
    "CompanySubscriptionResponseData",
    "CompanyTaxIDView",
    "ComparableOperator",
    "CompatiblePlans",
    "CompatiblePlansResponseData",
    "ComponentCapabilities",
    "ComponentCheckoutSettings",
    "ComponentDisplaySettings",
    "ComponentEntityType",
    "ComponentHydrateResponseData",
    "ComponentPreviewResponseData",
    "ComponentResponseData",
    "ComponentResponseDataAst",
    "ComponentSettingsResponseData",
    "ComponentState",
    "Condition",
    "ConditionGroup",
    "ConditionGroupResponseData",
    "ConditionGroupView",
    "ConditionResponseData",
    "ConditionType",
    "ConditionView",
    "CountAccountMembersParams",
    "CountAccountMembersResponse",
    "CountApiKeysParams",
    "CountApiKeysResponse",
    "CountAuditLogsParams",
    "CountAuditLogsResponse",
    "CountBillingCreditsGrantsParams",
    "CountBillingCreditsGrantsResponse",
    "CountBillingCreditsParams",
    "CountBillingCreditsResponse",
    "CountBillingPlanCreditGrantsParams",
    "CountBillingPlanCreditGrantsResponse",
    "CountBillingProductMatchCompaniesParams",
    "CountBillingProductMatchCompaniesResponse",
    "CountBillingProductsParams",
    "CountBillingProductsResponse",
    "CountCompaniesParams",
    "CountCompaniesResponse",
    "CountCompanyGrantsParams",
    "CountCompanyGrantsResponse",
    "CountCompanyMigrationsParams",
    "CountCompanyMigrationsResponse",
    "CountCompanyOverridesParams",
    "CountCompanyOverridesResponse",
    "CountComponentsParams",
    "CountComponentsResponse",
    "CountCreditBundlesParams",
    "CountCreditBundlesResponse",
    "CountCreditEventLedgerParams",
    "CountCreditEventLedgerResponse",
    "CountCustomersParams",
    "CountCustomersResponse",
    "CountEntityKeyDefinitionsParams",
    "CountEntityKeyDefinitionsResponse",
    "CountEntityKeysParams",
    "CountEntityKeysResponse",
    "CountEntityTraitDefinitionsParams",
    "CountEntityTraitDefinitionsResponse",
    "CountEntityTraitsParams",
    "CountEntityTraitsResponse",
    "CountFeatureCompaniesParams",
    "CountFeatureCompaniesResponse",
    "CountFeatureUsageParams",
    "CountFeatureUsageParamsCompanyKeys",
    "CountFeatureUsageResponse",
    "CountFeatureUsersParams",
    "CountFeatureUsersResponse",
    "CountFeaturesParams",
    "CountFeaturesResponse",
    "CountFlagsParams",
    "CountFlagsResponse",
    "CountLicensesParams",
    "CountLicensesResponse",
    "CountMigrationsParams",
    "CountMigrationsResponse",
    "CountPlanEntitlementsParams",
    "CountPlanEntitlementsResponse",
    "CountPlanTraitsParams",
    "CountPlanTraitsResponse",
    "CountPlansParams",
    "CountPlansResponse",
    "CountResponse",
    "CountUsersParams",
    "CountUsersResponse",
    "CountWebhookEventsParams",
    "CountWebhookEventsResponse",
    "CountWebhooksParams",
    "CountWebhooksResponse",
    "CouponRequestBody",
    "CreateApiKeyRequestBody",
    "CreateApiKeyResponse",
    "CreateApiKeyResponseParams",
    "CreateBillingCreditRequestBody",
    "CreateBillingCreditResponse",
    "CreateBillingCreditResponseParams",
    "CreateBillingCustomerRequestBody",
    "CreateBillingCustomerRequestBodyMeta",
    "CreateBillingLinkedFeatureRequestBody",
    "CreateBillingLinkedPlanEntitlementRequestBody",
    "CreateBillingLinkedPlanRequestBody",
    "CreateBillingPlanCreditGrantRequestBody",
    "CreateBillingPlanCreditGrantResponse",
    "CreateBillingPlanCreditGrantResponseParams",
    "CreateBillingPriceRequestBody",
    "CreateBillingPriceTierRequestBody",
    "CreateBillingProductRequestBody",
    "CreateBillingSubscriptionRequestBody",
    "CreateBillingSubscriptionRequestBodyMetadataType0",
    "CreateCatalogRequestBody",
    "CreateCatalogResponse",
    "CreateCatalogResponseParams",
    "CreateCompanyCreditGrant",
    "CreateCompanyOverrideRequestBody",
    "CreateCompanyOverrideResponse",
    "CreateCompanyOverrideResponseParams",
    "CreateCompanyResponse",
    "CreateCompanyResponseParams",
    "CreateComponentRequestBody",
    "CreateComponentRequestBodyAst",
    "CreateComponentResponse",
    "CreateComponentResponseParams",
    "CreateCouponRequestBody",
    "CreateCreditBundleRequestBody",
    "CreateCreditBundleResponse",
    "CreateCreditBundleResponseParams",
    "CreateCustomPlanBundlePlanRequestBody",
    "CreateCustomPlanBundleRequestBody",
    "CreateCustomPlanBundleResponse",
    "CreateCustomPlanBundleResponseParams",
    "CreateCustomPlanRequestBody",
    "CreateCustomPlanResponse",
    "CreateCustomPlanResponseParams",
    "CreateDataExportRequestBody",
    "CreateDataExportResponse",
    "CreateDataExportResponseParams",
    "CreateEntitlementInBundleRequestBody",
    "CreateEntitlementReqCommon",
    "CreateEntityTraitDefinitionRequestBody",
    "CreateEnvironmentRequestBody",
    "CreateEnvironmentResponse",
    "CreateEnvironmentResponseParams",
    "CreateEventBatchRequestBody",
    "CreateEventBatchResponse",
    "CreateEventBatchResponseParams",
    "CreateEventRequestBody",
    "CreateEventResponse",
    "CreateEventResponseParams",
    "CreateFeatureRequestBody",
    "CreateFeatureResponse",
    "CreateFeatureResponseParams",
    "CreateFlagRequestBody",
    "CreateFlagResponse",
    "CreateFlagResponseParams",
    "CreateInvoiceRequestBody",
    "CreateMeterRequestBody",
    "CreateMigrationInput",
    "CreateMigrationResponse",
    "CreateMigrationResponseParams",
    "CreateOrUpdateConditionGroupRequestBody",
    "CreateOrUpdateConditionRequestBody",
    "CreateOrUpdateFlagRequestBody",
    "CreateOrUpdateRuleRequestBody",
    "CreatePaymentMethodRequestBody",
    "CreatePlanBundleRequestBody",
    "CreatePlanBundleResponse",
    "CreatePlanBundleResponseParams",
    "CreatePlanEntitlementRequestBody",
    "CreatePlanEntitlementResponse",
    "CreatePlanEntitlementResponseParams",
    "CreatePlanGroupRequestBody",
    "CreatePlanGroupResponse",
    "CreatePlanGroupResponseParams",
    "CreatePlanRequestBody",
    "CreatePlanResponse",
    "CreatePlanResponseParams",
    "CreatePriceTierRequestBody",
    "CreateScheduledCheckoutRequest",
    "CreateScheduledCheckoutResponse",
    "CreateScheduledCheckoutResponseParams",
    "CreateSessionRequestBody",
    "CreateSessionResponse",
    "CreateUserResponse",
    "CreateUserResponseParams",
    "CreateWebhookRequestBody",
    "CreateWebhookResponse",
    "CreateWebhookResponseParams",
    "CreditAutoTopupAmountType",
    "CreditBundleCurrencyPrice",
    "CreditBundleCurrencyPriceRequestBody",
    "CreditBundleCurrencyPriceResponseData",
    "CreditBundlePurchaseResponseData",
    "CreditCompanyGrantView",
    "CreditCurrencyPrice",
    "CreditCurrencyPriceRequestBody",
    "CreditCurrencyPriceResponseData",
    "CreditEventLedgerResponseData",
    "CreditEventType",
    "CreditGrantDetail",
    "CreditGrantExpiryRequestBody",
    "CreditGrantSortOrder",
    "CreditLeaseResponseData",
    "CreditTransferResponseData",
    "CreditTransferView",
    "CreditTriggerConfig",
    "CreditUsage",
    "CreditUsageAggregation",
    "CreditUsageCreditGrantCounts",
    "CreditUsageReason",
    "CreditsAutoTopupCompanySummary",
    "CreditsAutoTopupCreditSummary",
    "CreditsAutoTopupHardFailure",
    "CreditsAutoTopupRetryFailure",
    "CreditsAutoTopupSuccess",
    "CreditsCreditPurchaseSuccess",
    "CreditsWebhookCompanySummary",
    "CreditsWebhookCreditSummary",
    "CurrencyPriceRequestBody",
    "CustomPlanActivationStrategy",
    "CustomPlanBillingResponseData",
    "CustomPlanBillingStatus",
    "CustomPlanConfig",
    "CustomPlanViewConfigResponseData",
    "CustomerBillingAddress",
    "DataEventPayload",
    "DataEventPayloadBody",
    "DataExportMetadata",
    "DataExportOutputFileType",
    "DataExportResponseData",
    "DataExportStatus",
    "DataExportType",
    "DatastreamCompanyPlan",
    "DeleteApiKeyResponse",
    "DeleteApiKeyResponseParams",
    "DeleteBillingCouponResponse",
    "DeleteBillingCouponResponseParams",
    "DeleteBillingCustomerResponse",
    "DeleteBillingCustomerResponseParams",
    "DeleteBillingInvoiceResponse",
    "DeleteBillingInvoiceResponseParams",
    "DeleteBillingPlanCreditGrantParams",
    "DeleteBillingPlanCreditGrantRequestBody",
    "DeleteBillingPlanCreditGrantResponse",
    "DeleteBillingProductResponse",
    "DeleteBillingProductResponseParams",
    "DeleteCatalogResponse",
    "DeleteCatalogResponseParams",
    "DeleteCompanyByKeysResponse",
    "DeleteCompanyByKeysResponseParams",
    "DeleteCompanyMembershipResponse",
    "DeleteCompanyMembershipResponseParams",
    "DeleteCompanyOverrideResponse",
    "DeleteCompanyOverrideResponseParams",
    "DeleteCompanyParams",
    "DeleteCompanyResponse",
    "DeleteComponentResponse",
    "DeleteComponentResponseParams",
    "DeleteCreditBundleResponse",
    "DeleteCreditBundleResponseParams",
    "DeleteEntityKeyDefinitionResponse",
    "DeleteEntityKeyDefinitionResponseParams",
    "DeleteEntityTraitDefinitionResponse",
    "DeleteEntityTraitDefinitionResponseParams",
    "DeleteEnvironmentResponse",
    "DeleteEnvironmentResponseParams",
    "DeleteFeatureResponse",
    "DeleteFeatureResponseParams",
    "DeleteFlagResponse",
    "DeleteFlagResponseParams",
    "DeletePaymentMethodByExternalIDResponse",
    "DeletePaymentMethodByExternalIDResponseParams",
    "DeletePlanEntitlementResponse",
    "DeletePlanEntitlementResponseParams",
    "DeletePlanResponse",
    "DeletePlanResponseParams",
    "DeletePlanVersionParams",
    "DeletePlanVersionResponse",
    "DeleteProductPriceResponse",
    "DeleteProductPriceResponseParams",
    "DeleteResponse",
    "DeleteUserByKeysResponse",
    "DeleteUserByKeysResponseParams",
    "DeleteUserResponse",
    "DeleteUserResponseParams",
    "DeleteWebhookResponse",
    "DeleteWebhookResponseParams",
    "DuplicatePlanEntitlementsRequestBody",
    "DuplicatePlanEntitlementsResponse",
    "DuplicatePlanEntitlementsResponseParams",
    "DuplicatePlanEntitlementsResponseResponseData",
    "EntitlementCurrencyPricesResponseData",
    "EntitlementPriceBehavior",
    "EntitlementTriggerConfig",
    "EntitlementType",
    "EntitlementValueType",
    "EntitlementsInPlan",
    "EntityKeyDefinitionResponseData",
    "EntityKeyDetailResponseData",
    "EntityKeyResponseData",
    "EntityTraitDefinitionResponseData",
    "EntityTraitDefinitionUsage",
    "EntityTraitDetailResponseData",
    "EntityTraitResponseData",
    "EntityTraitValue",
    "EntityType",
    "EnvironmentDetailResponseData",
    "EnvironmentFeatureUsageTimeSeriesResponseData",
    "EnvironmentResponseData",
    "EnvironmentTraitUsageTimeSeriesResponseData",
    "EnvironmentType",
    "EnvironmentUsagePointResponseData",
    "EventBody",
    "EventBodyFlagCheck",
    "EventBodyFlagCheckReqCompanyType0",
    "EventBodyFlagCheckReqUserType0",
    "EventBodyIdentify",
    "EventBodyIdentifyCompany",
    "EventBodyIdentifyCompanyKeys",
    "EventBodyIdentifyCompanyTraits",
    "EventBodyIdentifyKeys",
    "EventBodyIdentifyTraits",
    "EventBodyInference",
    "EventBodyInferenceCompany",
    "EventBodyInferenceUser",
    "EventBodyTrack",
    "EventBodyTrackCompany",
    "EventBodyTrackTraits",
    "EventBodyTrackUser",
    "EventDetailResponseData",
    "EventDetailResponseDataBody",
    "EventExportMetadata",
    "EventExportMetadataEventTypesType0Item",
    "EventExportMetadataExportType",
    "EventResponseData",
    "EventResponseDataBody",
    "EventStatus",
    "EventSummaryResponseData",
    "EventType",
    "ExtendCreditLeaseRequestBody",
    "ExtendCreditLeaseResponse",
    "ExtendCreditLeaseResponseParams",
    "FeatureCompanyResponseData",
    "FeatureCompanyResponseDataCreditGrantCounts",
    "FeatureCompanyUserResponseData",
    "FeatureDetailResponseData",
    "FeatureEntitlement",
    "FeatureInPlanResponseData",
    "FeatureLedgerResponseData",
    "FeatureLifecyclePhase",
    "FeatureResponseData",
    "FeatureType",
    "FeatureUsageDetailResponseData",
    "FeatureUsageHistoryResponseData",
    "FeatureUsageLegacyResponseData",
    "FeatureUsageResponseData",
    "FeatureUsageResponseDataCreditGrantCounts",
    "FeatureUsageTimeSeriesResponseData",
    "FeatureView",
    "FlagDetailResponseData",
    "FlagInPlanResponseData",
    "FlagResponseData",
    "FlagType",
    "FlagView",
    "GenericPreviewObject",
    "GetAccountMemberResponse",
    "GetAccountMemberResponseParams",
    "GetActiveCompanySubscriptionParams",
    "GetActiveCompanySubscriptionResponse",
    "GetActivityParams",
    "GetActivityResponse",
    "GetApiKeyResponse",
    "GetApiKeyResponseParams",
    "GetAuditLogResponse",
    "GetAuditLogResponseParams",
    "GetBillingEntityChildSubscriptionsParams",
    "GetBillingEntityChildSubscriptionsResponse",
    "GetCatalogResponse",
    "GetCatalogResponseParams",
    "GetCheckoutDataResponse",
    "GetCheckoutDataResponseParams",
    "GetCompanyBillingDetailsResponse",
    "GetCompanyBillingDetailsResponseParams",
    "GetCompanyBillingEntityParams",
    "GetCompanyBillingEntityResponse",
    "GetCompanyOverrideResponse",
    "GetCompanyOverrideResponseParams",
    "GetCompanyResponse",
    "GetCompanyResponseParams",
    "GetComponentResponse",
    "GetComponentResponseParams",
    "GetConfigurationResponse",
    "GetConfigurationResponseParams",
    "GetCreditBundleResponse",
    "GetCreditBundleResponseParams",
    "GetCreditBundlesInCatalogResponse",
    "GetCreditBundlesInCatalogResponseParams",
    "GetDataExportResponse",
    "GetDataExportResponseParams",
    "GetDerivedFeaturesResponse",
    "GetDerivedFeaturesResponseParams",
    "GetEntityTraitDefinitionResponse",
    "GetEntityTraitDefinitionResponseParams",
    "GetEntityTraitDefinitionUsageResponse",
    "GetEntityTraitDefinitionUsageResponseParams",
    "GetEntityTraitValuesParams",
    "GetEntityTraitValuesResponse",
    "GetEnvironmentFeatureUsageTimeSeriesParams",
    "GetEnvironmentFeatureUsageTimeSeriesResponse",
    "GetEnvironmentResponse",
    "GetEnvironmentResponseParams",
    "GetEnvironmentTraitUsageTimeSeriesParams",
    "GetEnvironmentTraitUsageTimeSeriesResponse",
    "GetEventResponse",
    "GetEventResponseParams",
    "GetEventSummariesParams",
    "GetEventSummariesResponse",
    "GetFeatureResponse",
    "GetFeatureResponseParams",
    "GetFeatureUsageByCompanyParams",
    "GetFeatureUsageByCompanyParamsKeys",
    "GetFeatureUsageByCompanyResponse",
    "GetFeatureUsageTimeSeriesParams",
    "GetFeatureUsageTimeSeriesResponse",
    "GetFlagResponse",
    "GetFlagResponseParams",
    "GetIntegrationWebhookUrlResponse",
    "GetIntegrationWebhookUrlResponseParams",
    "GetMigrationResponse",
    "GetMigrationResponseParams",
    "GetOnboardingStateResp",
    "GetOnboardingStateResponse",
    "GetOnboardingStateResponseParams",
    "GetOrCreateCompanyMembershipRequestBody",
    "GetOrCreateCompanyMembershipResponse",
    "GetOrCreateCompanyMembershipResponseParams",
    "GetOrCreateEntityTraitDefinitionResponse",
    "GetOrCreateEntityTraitDefinitionResponseParams",
    "GetPlanChangeResponse",
    "GetPlanChangeResponseParams",
    "GetPlanEntitlementResponse",
    "GetPlanEntitlementResponseParams",
    "GetPlanGroupParams",
    "GetPlanGroupResponse",
    "GetPlanGrowthParams",
    "GetPlanGrowthResponse",
    "GetPlanParams",
    "GetPlanResponse",
    "GetPlanTraitResponse",
    "GetPlanTraitResponseParams",
    "GetPlansInCatalogResponse",
    "GetPlansInCatalogResponseParams",
    "GetPublicPlansResponse",
    "GetPublicPlansResponseParams",
    "GetScheduledCheckoutResponse",
    "GetScheduledCheckoutResponseParams",
    "GetSegmentIntegrationStatusResponse",
    "GetSegmentIntegrationStatusResponseParams",
    "GetSingleBillingCreditResponse",
    "GetSingleBillingCreditResponseParams",
    "GetSingleBillingPlanCreditGrantResponse",
    "GetSingleBillingPlanCreditGrantResponseParams",
    "GetSingleLicenseResponse",
    "GetSingleLicenseResponseParams",
    "GetSummaryResponse",
    "GetSummaryResponseParams",
    "GetTopFeaturesByUsageParams",
    "GetTopFeaturesByUsageResponse",
    "GetUserResponse",
    "GetUserResponseParams",
    "GetUserUsageByCompanyParams",
    "GetUserUsageByCompanyResponse",
    "GetUserUsageDetailParams",
    "GetUserUsageDetailResponse",
    "GetWebhookEventResponse",
    "GetWebhookEventResponseParams",
    "GetWebhookResponse",
    "GetWebhookResponseParams",
    "GetWhoAmIResponse",
    "GetWhoAmIResponseParams",
    "GrantBillingCreditsToCompanyResponse",
    "GrantBillingCreditsToCompanyResponseParams",
    "InsightsSummaryResponseData",
    "InstallIntegrationRequestBody",
    "InstallIntegrationRequestBodyConfig",
    "InstallIntegrationResponse",
    "InstallIntegrationResponseParams",
    "InstallStripeResponse",
    "InstallStripeResponseParams",
    "IntegrationCapabilities",
    "IntegrationConfig",
    "IntegrationInstallConfig",
    "IntegrationInstallResponseData",
    "IntegrationResponseData",
    "IntegrationState",
    "IntegrationType",
    "IntegrationWebhookUrlResponseData",
    "IntegrationsDataSetResponseData",
    "IntegrationsListResponseData",
    "IntegrationsResponseData",
    "InvoiceRequestBody",
    "InvoiceResponseData",
    "InvoiceStatus",
    "IssueTemporaryAccessTokenRequestBody",
    "IssueTemporaryAccessTokenRequestBodyLookup",
    "IssueTemporaryAccessTokenResponse",
    "IssueTemporaryAccessTokenResponseData",
    "IssueTemporaryAccessTokenResponseParams",
    "KeysRequestBody",
    "KeysRequestBodyKeys",
    "LicenseResponseData",
    "LimitTimeSeriesPointResponseData",
    "ListAccountMembersParams",
    "ListAccountMembersResponse",
    "ListApiKeysParams",
    "ListApiKeysResponse",
    "ListAuditLogsParams",
    "ListAuditLogsResponse",
    "ListBillingCreditsParams",
    "ListBillingCreditsResponse",
    "ListBillingPlanCreditGrantsParams",
    "ListBillingPlanCreditGrantsResponse",
    "ListBillingPricesParams",
    "ListBillingPricesResponse",
    "ListBillingProductMatchCompaniesParams",
    "ListBillingProductMatchCompaniesResponse",
    "ListBillingProductPricesParams",
    "ListBillingProductPricesResponse",
    "ListBillingProductsParams",
    "ListBillingProductsResponse",
    "ListCatalogsParams",
    "ListCatalogsResponse",
    "ListCompaniesParams",
    "ListCompaniesResponse",
    "ListCompanyCreditBalancesParams",
    "ListCompanyCreditBalancesResponse",
    "ListCompanyGrantsParams",
    "ListCompanyGrantsResponse",
    "ListCompanyMembershipsParams",
    "ListCompanyMembershipsResponse",
    "ListCompanyMigrationsParams",
    "ListCompanyMigrationsResponse",
    "ListCompanyOverridesParams",
    "ListCompanyOverridesResponse",
    "ListComponentsParams",
    "ListComponentsResponse",
    "ListCouponsParams",
    "ListCouponsResponse",
    "ListCreditBundlesParams",
    "ListCreditBundlesResponse",
    "ListCreditEventLedgerParams",
    "ListCreditEventLedgerResponse",
    "ListCustomPlanBillingsParams",
    "ListCustomPlanBillingsResponse",
    "ListCustomersWithSubscriptionsParams",
    "ListCustomersWithSubscriptionsResponse",
    "ListDataExportsParams",
    "ListDataExportsResponse",
    "ListEntityKeyDefinitionsParams",
    "ListEntityKeyDefinitionsResponse",
    "ListEntityTraitDefinitionsParams",
    "ListEntityTraitDefinitionsResponse",
    "ListEnvironmentsParams",
    "ListEnvironmentsResponse",
    "ListEventsParams",
    "ListEventsResponse",
    "ListFeatureCompaniesParams",
    "ListFeatureCompaniesResponse",
    "ListFeatureUsageHistoryParams",
    "ListFeatureUsageHistoryResponse",
    "ListFeatureUsageParams",
    "ListFeatureUsageParamsCompanyKeys",
    "ListFeatureUsageResponse",
    "ListFeatureUsersParams",
    "ListFeatureUsersResponse",
    "ListFeaturesParams",
    "ListFeaturesResponse",
    "ListFlagsParams",
    "ListFlagsResponse",
    "ListGrantsForCreditParams",
    "ListGrantsForCreditResponse",
    "ListIntegrationsParams",
    "ListIntegrationsResponse",
    "ListInvoicesParams",
    "ListInvoicesResponse",
    "ListLicensesParams",
    "ListLicensesResponse",
    "ListMetersParams",
    "ListMetersResponse",
    "ListMigrationsParams",
    "ListMigrationsResponse",
    "ListPaymentMethodsParams",
    "ListPaymentMethodsResponse",
    "ListPlanChangesParams",
    "ListPlanChangesResponse",
    "ListPlanEntitlementsParams",
    "ListPlanEntitlementsResponse",
    "ListPlanIssuesParams",
    "ListPlanIssuesResponse",
    "ListPlanTraitsParams",
    "ListPlanTraitsResponse",
    "ListPlansParams",
    "ListPlansResponse",
    "ListScheduledCheckoutsParams",
    "ListScheduledCheckoutsResponse",
    "ListUsersParams",
    "ListUsersResponse",
    "ListWebhookEventsParams",
    "ListWebhookEventsResponse",
    "ListWebhooksParams",
    "ListWebhooksResponse",
    "LoadSampleDataSetResponse",
    "LoadSampleDataSetResponseParams",
    "LookupCompanyParams",
    "LookupCompanyParamsKeys",
    "LookupCompanyResponse",
    "LookupUserParams",
    "LookupUserParamsKeys",
    "LookupUserResponse",
    "ManagePlanPreviewResponseResponseData",
    "ManagePlanRequest",
    "ManagePlanResponse",
    "ManagePlanResponseParams",
    "ManagePlanResponseResponseData",
    "MarkCustomPlanBillingPaidRequestBody",
    "MarkCustomPlanBillingPaidResponse",
    "MarkCustomPlanBillingPaidResponseParams",
    "MeterRequestBody",
    "MetricPeriod",
    "MetricPeriodMonthReset",
    "MetronomeIntegrationConfig",
    "MetronomeIntegrationConfigType",
    "MigrationErrorCode",
    "MigrationProrationBehavior",
    "MrrResponseData",
    "OnboardingMilestone",
    "OnboardingMilestoneView",
    "OnboardingPath",
    "OnboardingRequirement",
    "OnboardingRequirementStatus",
    "OnboardingRequirementView",
    "OnboardingTrack",
    "OrbIntegrationConfig",
    "OrbIntegrationConfigType",
    "OrderedPlansInGroup",
    "PaymentMethodRequestBody",
    "PaymentMethodResponseData",
    "PlanBillingSource",
    "PlanBundleAction",
    "PlanBundleCreditGrantRequestBody",
    "PlanBundleEntitlementRequestBody",
    "PlanBundleResponseData",
    "PlanCatalogMembershipResponseData",
    "PlanChangeAction",
    "PlanChangeBasePlanAction",
    "PlanChangeResponseData",
    "PlanChangeSubscriptionAction",
    "PlanCreditGrantScaling",
    "PlanCreditGrantView",
    "PlanCurrencyPriceRequestBody",
    "PlanCurrencyPricesResponseData",
    "PlanDetailResponseData",
    "PlanEntitlementResponseData",
    "PlanEntitlementsOrder",
    "PlanGroupBundleOrder",
    "PlanGroupDetailResponseData",
    "PlanGroupPlanDetailResponseData",
    "PlanGroupPlanEntitlementsOrder",
    "PlanGroupResponseData",
    "PlanGrowthPointResponseData",
    "PlanGrowthResponseData",
    "PlanIcon",
    "PlanIssueResponseData",
    "PlanPriceCadence",
    "PlanResponseData",
    "PlanSelection",
    "PlanSnapshotView",
    "PlanTraitResponseData",
    "PlanType",
    "PlanVersionCompanyMigrationResponseData",
    "PlanVersionCompanyMigrationStatus",
    "PlanVersionMigrationPreviewCompanyResponseData",
    "PlanVersionMigrationPreviewResponseData",
    "PlanVersionMigrationResponseData",
    "PlanVersionMigrationStatus",
    "PlanVersionMigrationStrategy",
    "PlanVersionResponseData",
    "PlanVersionSnapshotView",
    "PlanVersionStatus",
    "PlanViewPublicResponseData",
    "PreflightEventUsageRequestBody",
    "PreflightRequestBody",
    "PreflightRequestBodyCreditCost",
    "PreviewCheckoutInternalResponse",
    "PreviewCheckoutInternalResponseParams",
    "PreviewComponentDataParams",
    "PreviewComponentDataResponse",
    "PreviewManagePlanResponse",
    "PreviewManagePlanResponseParams",
    "PreviewMigrationRequestBody",
    "PreviewMigrationResponse",
    "PreviewMigrationResponseParams",
    "PreviewObject",
    "PreviewObjectResponseData",
    "PreviewSubscriptionChangeResponseData",
    "PreviewSubscriptionDiscountResponseData",
    "PreviewSubscriptionFinanceResponseData",
    "PreviewSubscriptionUpcomingInvoiceLineItems",
    "ProrationBehavior",
    "PublicPlansResponseData",
    "PublishPlanVersionRequestBody",
    "PublishPlanVersionResponse",
    "PublishPlanVersionResponseParams",
    "QuickstartResp",
    "QuickstartResponse",
    "QuickstartResponseParams",
    "RawEventBatchResponseData",
    "RawEventResponseData",
    "ReleaseCreditLeaseRequestBody",
    "ReleaseCreditLeaseResponse",
    "ReleaseCreditLeaseResponseParams",
    "RetryCompanyMigrationResponse",
    "RetryCompanyMigrationResponseParams",
    "RetryCustomPlanBillingRequestBody",
    "RetryCustomPlanBillingResponse",
    "RetryCustomPlanBillingResponseParams",
    "RetryMigrationRequestBody",
    "RetryMigrationResponse",
    "RetryMigrationResponseParams",
    "Rule",
    "RuleConditionDetailResponseData",
    "RuleConditionGroupDetailResponseData",
    "RuleConditionGroupResponseData",
    "RuleConditionResponseData",
    "RuleDetailResponseData",
    "RuleResponseData",
    "RuleType",
    "RuleView",
    "RulesDetailResponseData",
    "RulesEngineSchemaVersion",
    "RulesengineCheckFlagResult",
    "RulesengineCompany",
    "RulesengineCompanyCreditBalances",
    "RulesengineCompanyKeys",
    "RulesengineCompanyMetric",
    "RulesengineCondition",
    "RulesengineConditionGroup",
    "RulesengineConditionType",
    "RulesengineEntitlementValueType",
    "RulesengineEntityType",
    "RulesengineFeatureEntitlement",
    "RulesengineFlag",
    "RulesengineMetricPeriod",
    "RulesengineMetricPeriodMonthReset",
    "RulesengineRule",
    "RulesengineRuleType",
    "RulesengineSubscription",
    "RulesengineTrait",
    "RulesengineTraitDefinition",
    "RulesengineTraitDefinitionComparableType",
    "RulesengineUser",
    "RulesengineUserKeys",
    "RulesengineWarningTier",
    "RunIntegrationResponse",
    "RunIntegrationResponseParams",
    "ScheduledCheckoutResponseData",
    "ScheduledCheckoutStatus",
    "ScheduledDowngradeConfigBehavior",
    "ScheduledDowngradeResponseData",
    "SegmentStatusResp",
    "SendTestWebhookActionResponse",
    "SendTestWebhookActionResponseParams",
    "SkippedEntitlementErrorResponseData",
    "SkippedEntitlementResponseData",
    "SoftDeleteBillingCreditResponse",
    "SoftDeleteBillingCreditResponseParams",
    "SortDirection",
    "StartDataImportRequestBody",
    "StartDataImportResponse",
    "StartDataImportResponseParams",
    "StripeEmbedInfo",
    "StripeIntegrationConfig",
    "StripeIntegrationConfigType",
    "SubscriptionStatus",
    "SubscriptionTraitUpdate",
    "SubscriptionType",
    "TaxIDInput",
    "TaxIdType",
    "TemporaryAccessTokenResourceType",
    "TemporaryAccessTokenResponseData",
    "TestWebhookRequestBody",
    "TestWebhookResponseData",
    "TimeSeriesGranularity",
    "TopFeatureByUsageResponseData",
    "TopFeaturesByUsageResponseData",
    "TraitDefinition",
    "TraitDefinitionComparableType",
    "TraitType",
    "TrialStatus",
    "UninstallIntegrationResponse",
    "UninstallIntegrationResponseParams",
    "UpcomingInvoiceResponseData",
    "UpdateAddOnRequestBody",
    "UpdateApiKeyRequestBody",
    "UpdateApiKeyResponse",
    "UpdateApiKeyResponseParams",
    "UpdateAutoTopupOverrideRequestBody",
    "UpdateBillingCreditRequestBody",
    "UpdateBillingCreditResponse",
    "UpdateBillingCreditResponseParams",
    "UpdateBillingPlanCreditGrantRequestBody",
    "UpdateBillingPlanCreditGrantResponse",
    "UpdateBillingPlanCreditGrantResponseParams",
    "UpdateCatalogConfigurationRequestBody",
    "UpdateCatalogRequestBody",
    "UpdateCatalogResponse",
    "UpdateCatalogResponseParams",
    "UpdateCompanyBillingDetailsRequestBody",
    "UpdateCompanyBillingDetailsResponse",
    "UpdateCompanyBillingDetailsResponseParams",
    "UpdateCompanyOverrideRequestBody",
    "UpdateCompanyOverrideResponse",
    "UpdateCompanyOverrideResponseParams",
    "UpdateCompanyPlansRequestBody",
    "UpdateCompanyPlansResponse",
    "UpdateCompanyPlansResponseParams",
    "UpdateComponentRequestBody",
    "UpdateComponentRequestBodyAst",
    "UpdateComponentResponse",
    "UpdateComponentResponseParams",
    "UpdateConfigurationResponse",
    "UpdateConfigurationResponseParams",
    "UpdateCreditBundleDetailsRequestBody",
    "UpdateCreditBundleDetailsResponse",
    "UpdateCreditBundleDetailsResponseParams",
    "UpdateCreditBundleRequestBody",
    "UpdateCustomerSubscriptionTrialEndResponse",
    "UpdateCustomerSubscriptionTrialEndResponseParams",
    "UpdateEntitlementReqCommon",
    "UpdateEntityTraitDefinitionRequestBody",
    "UpdateEntityTraitDefinitionResponse",
    "UpdateEntityTraitDefinitionResponseParams",
    "UpdateEnvironmentRequestBody",
    "UpdateEnvironmentResponse",
    "UpdateEnvironmentResponseParams",
    "UpdateFeatureRequestBody",
    "UpdateFeatureResponse",
    "UpdateFeatureResponseParams",
    "UpdateFlagResponse",
    "UpdateFlagResponseParams",
    "UpdateFlagRulesRequestBody",
    "UpdateFlagRulesResponse",
    "UpdateFlagRulesResponseParams",
    "UpdateOnboardingStateRequestBody",
    "UpdateOnboardingStateResponse",
    "UpdateOnboardingStateResponseParams",
    "UpdatePayInAdvanceRequestBody",
    "UpdatePlanBundleRequestBody",
    "UpdatePlanBundleResponse",
    "UpdatePlanBundleResponseParams",
    "UpdatePlanEntitlementRequestBody",
    "UpdatePlanEntitlementResponse",
    "UpdatePlanEntitlementResponseParams",
    "UpdatePlanGroupRequestBody",
    "UpdatePlanGroupResponse",
    "UpdatePlanGroupResponseParams",
    "UpdatePlanRequestBody",
    "UpdatePlanResponse",
    "UpdatePlanResponseParams",
    "UpdatePlanTraitBulkRequestBody",
    "UpdatePlanTraitTraitRequestBody",
    "UpdatePlanTraitsBulkResponse",
    "UpdatePlanTraitsBulkResponseParams",
    "UpdateRuleRequestBody",
    "UpdateScheduledCheckoutRequest",
    "UpdateScheduledCheckoutResponse",
    "UpdateScheduledCheckoutResponseParams",
    "UpdateTrialEndRequestBody",
    "UpdateWebhookRequestBody",
    "UpdateWebhookResponse",
    "UpdateWebhookResponseParams",
    "UpsertBillingCouponResponse",
    "UpsertBillingCouponResponseParams",
    "UpsertBillingCustomerResponse",
    "UpsertBillingCustomerResponseParams",
    "UpsertBillingMeterResponse",
    "UpsertBillingMeterResponseParams",
    "UpsertBillingPriceResponse",
    "UpsertBillingPriceResponseParams",
    "UpsertBillingProductPlanResponse",
    "UpsertBillingProductPlanResponseParams",
    "UpsertBillingProductRequestBody",
    "UpsertBillingProductResponse",
    "UpsertBillingProductResponseParams",
    "UpsertBillingSubscriptionResponse",
    "UpsertBillingSubscriptionResponseParams",
    "UpsertCompanyRequestBody",
    "UpsertCompanyRequestBodyKeys",
    "UpsertCompanyRequestBodyTraits",
    "UpsertCompanyResponse",
    "UpsertCompanyResponseParams",
    "UpsertCompanyTraitResponse",
    "UpsertCompanyTraitResponseParams",
    "UpsertFeatureForBillingProductResponse",
    "UpsertFeatureForBillingProductResponseParams",
    "UpsertInvoiceResponse",
    "UpsertInvoiceResponseParams",
    "UpsertPaymentMethodResponse",
    "UpsertPaymentMethodResponseParams",
    "UpsertPlanEntitlementForBillingProductResponse",
    "UpsertPlanEntitlementForBillingProductResponseParams",
    "UpsertPlanForBillingProductResponse",
    "UpsertPlanForBillingProductResponseParams",
    "UpsertTraitRequestBody",
    "UpsertTraitRequestBodyKeys",
    "UpsertUserRequestBody",
    "UpsertUserRequestBodyCompaniesType0Item",
    "UpsertUserRequestBodyCompanyType0",
    "UpsertUserRequestBodyKeys",
    "UpsertUserRequestBodyTraits",
    "UpsertUserResponse",
    "UpsertUserResponseParams",
    "UpsertUserSubRequestBody",
    "UpsertUserSubRequestBodyKeys",
    "UpsertUserSubRequestBodyTraits",
    "UpsertUserTraitResponse",
    "UpsertUserTraitResponseParams",
    "UsageBasedEntitlementRequestBody",
    "UsageBasedEntitlementResponseData",
    "UsageTimeSeriesPointResponseData",
    "UserCreditUsageResponseData",
    "UserDailyCreditPointResponseData",
    "UserDailyUsagePointResponseData",
    "UserDetailResponseData",
    "UserDetailResponseDataTraits",
    "UserFeatureUsageResponseData",
    "UserResponseData",
    "UserUsageByCompanyResponseData",
    "UserUsageDetailResponseData",
    "WarningTier",
    "WarningTierRequestBody",
    "WarningTierResponseData",
    "WebFeatureUsageWebhookOutput",
    "WebScheduledDowngradeWebhookOutput",
    "WebhookEventDetailResponseData",
    "WebhookEventResponseData",
    "WebhookEventStatus",
    "WebhookRequestType",
    "WebhookResponseData",
    "WebhookStatus",
    "WebhookUrl",
    "WhoAmIResponseData",
    "WorkOSIntegrationConfig",
    "WorkOSIntegrationConfigType",
    "ZeroOutGrantRequestBody",
    "ZeroOutGrantResponse",
    "ZeroOutGrantResponseParams",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
