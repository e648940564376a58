"""All the data models used in requests and responses, loaded on first access (PEP 562)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_member_permission import AccountMemberPermission
    from .account_member_response_data import AccountMemberResponseData
    from .account_member_response_data_permissions import AccountMemberResponseDataPermissions
    from .account_member_role import AccountMemberRole
    from .api_key_integration_response_data import ApiKeyIntegrationResponseData
    from .api_key_response_data import ApiKeyResponseData
    from .api_key_scope import ApiKeyScope
    from .capture_event import CaptureEvent
    from .capture_event_batch_request_body import CaptureEventBatchRequestBody
    from .capture_event_batch_response import CaptureEventBatchResponse
    from .capture_event_batch_response_params import CaptureEventBatchResponseParams
    from .capture_event_body import CaptureEventBody
    from .check_flag_request_body import CheckFlagRequestBody
    from .check_flag_request_body_company_type_0 import CheckFlagRequestBodyCompanyType0
    from .check_flag_request_body_user_type_0 import CheckFlagRequestBodyUserType0
    from .check_flag_response import CheckFlagResponse
    from .check_flag_response_data import CheckFlagResponseData
    from .check_flag_response_params import CheckFlagResponseParams
    from .check_flags_bulk_request_body import CheckFlagsBulkRequestBody
    from .check_flags_bulk_response import CheckFlagsBulkResponse
    from .check_flags_bulk_response_data import CheckFlagsBulkResponseData
    from .check_flags_bulk_response_params import CheckFlagsBulkResponseParams
    from .check_flags_response import CheckFlagsResponse
    from .check_flags_response_data import CheckFlagsResponseData
    from .check_flags_response_params import CheckFlagsResponseParams
    from .company_detail_response_data import CompanyDetailResponseData
    from .company_detail_response_data_traits import CompanyDetailResponseDataTraits
    from .company_event_period_metrics_response_data import CompanyEventPeriodMetricsResponseData
    from .company_membership_detail_response_data import CompanyMembershipDetailResponseData
    from .company_response_data import CompanyResponseData
    from .comparable_operator import ComparableOperator
    from .condition import Condition
    from .condition_group import ConditionGroup
    from .condition_type import ConditionType
    from .create_event_batch_request_body import CreateEventBatchRequestBody
    from .create_event_batch_response import CreateEventBatchResponse
    from .create_event_batch_response_params import CreateEventBatchResponseParams
    from .create_event_request_body import CreateEventRequestBody
    from .create_event_response import CreateEventResponse
    from .create_event_response_params import CreateEventResponseParams
    from .create_flag_request_body import CreateFlagRequestBody
    from .create_flag_response import CreateFlagResponse
    from .create_flag_response_params import CreateFlagResponseParams
    from .create_or_update_condition_group_request_body import CreateOrUpdateConditionGroupRequestBody
    from .create_or_update_condition_request_body import CreateOrUpdateConditionRequestBody
    from .create_or_update_rule_request_body import CreateOrUpdateRuleRequestBody
    from .create_session_request_body import CreateSessionRequestBody
    from .create_session_response import CreateSessionResponse
    from .delete_company_response import DeleteCompanyResponse
    from .delete_company_response_params import DeleteCompanyResponseParams
    from .delete_flag_response import DeleteFlagResponse
    from .delete_flag_response_params import DeleteFlagResponseParams
    from .delete_response import DeleteResponse
    from .delete_user_response import DeleteUserResponse
    from .delete_user_response_params import DeleteUserResponseParams
    from .entitlement_value_type import EntitlementValueType
    from .entity_key_definition_response_data import EntityKeyDefinitionResponseData
    from .entity_key_detail_response_data import EntityKeyDetailResponseData
    from .entity_trait_definition_response_data import EntityTraitDefinitionResponseData
    from .entity_trait_detail_response_data import EntityTraitDetailResponseData
    from .entity_type import EntityType
    from .environment_response_data import EnvironmentResponseData
    from .error_response import ErrorResponse
    from .event_body_flag_check import EventBodyFlagCheck
    from .event_body_flag_check_req_company_type_0 import EventBodyFlagCheckReqCompanyType0
    from .event_body_flag_check_req_user_type_0 import EventBodyFlagCheckReqUserType0
    from .event_body_identify import EventBodyIdentify
    from .event_body_identify_company import EventBodyIdentifyCompany
    from .event_body_identify_company_keys import EventBodyIdentifyCompanyKeys
    from .event_body_identify_company_traits import EventBodyIdentifyCompanyTraits
    from .event_body_identify_keys import EventBodyIdentifyKeys
    from .event_body_identify_traits import EventBodyIdentifyTraits
    from .event_body_inference import EventBodyInference
    from .event_body_inference_company import EventBodyInferenceCompany
    from .event_body_inference_user import EventBodyInferenceUser
    from .event_body_track import EventBodyTrack
    from .event_body_track_company import EventBodyTrackCompany
    from .event_body_track_traits import EventBodyTrackTraits
    from .event_body_track_user import EventBodyTrackUser
    from .event_detail_response_data import EventDetailResponseData
    from .event_detail_response_data_body import EventDetailResponseDataBody
    from .event_status import EventStatus
    from .event_type import EventType
    from .feature_entitlement import FeatureEntitlement
    from .feature_lifecycle_phase import FeatureLifecyclePhase
    from .feature_response_data import FeatureResponseData
    from .feature_type import FeatureType
    from .flag_detail_response_data import FlagDetailResponseData
    from .flag_response_data import FlagResponseData
    from .flag_type import FlagType
    from .get_company_response import GetCompanyResponse
    from .get_company_response_params import GetCompanyResponseParams
    from .get_event_response import GetEventResponse
    from .get_event_response_params import GetEventResponseParams
    from .get_flag_response import GetFlagResponse
    from .get_flag_response_params import GetFlagResponseParams
    from .get_user_response import GetUserResponse
    from .get_user_response_params import GetUserResponseParams
    from .issue_temporary_access_token_request_body import IssueTemporaryAccessTokenRequestBody
    from .issue_temporary_access_token_request_body_lookup import IssueTemporaryAccessTokenRequestBodyLookup
    from .issue_temporary_access_token_response import IssueTemporaryAccessTokenResponse
    from .issue_temporary_access_token_response_data import IssueTemporaryAccessTokenResponseData
    from .issue_temporary_access_token_response_params import IssueTemporaryAccessTokenResponseParams
    from .list_companies_response import ListCompaniesResponse
    from .list_companies_response_params import ListCompaniesResponseParams
    from .list_events_response import ListEventsResponse
    from .list_events_response_params import ListEventsResponseParams
    from .list_flags_response import ListFlagsResponse
    from .list_flags_response_params import ListFlagsResponseParams
    from .list_users_response import ListUsersResponse
    from .list_users_response_params import ListUsersResponseParams
    from .lookup_company_keys import LookupCompanyKeys
    from .lookup_company_response import LookupCompanyResponse
    from .lookup_company_response_params import LookupCompanyResponseParams
    from .lookup_user_keys import LookupUserKeys
    from .lookup_user_response import LookupUserResponse
    from .lookup_user_response_params import LookupUserResponseParams
    from .metric_period import MetricPeriod
    from .metric_period_month_reset import MetricPeriodMonthReset
    from .preview_object import PreviewObject
    from .preview_object_response_data import PreviewObjectResponseData
    from .raw_event_batch_response_data import RawEventBatchResponseData
    from .raw_event_response_data import RawEventResponseData
    from .rule import Rule
    from .rule_condition_detail_response_data import RuleConditionDetailResponseData
    from .rule_condition_group_detail_response_data import RuleConditionGroupDetailResponseData
    from .rule_detail_response_data import RuleDetailResponseData
    from .rule_type import RuleType
    from .rules_detail_response_data import RulesDetailResponseData
    from .sort_direction import SortDirection
    from .subscription_status import SubscriptionStatus
    from .subscription_type import SubscriptionType
    from .temporary_access_token_resource_type import TemporaryAccessTokenResourceType
    from .trait_type import TraitType
    from .update_flag_response import UpdateFlagResponse
    from .update_flag_response_params import UpdateFlagResponseParams
    from .update_flag_rules_request_body import UpdateFlagRulesRequestBody
    from .update_flag_rules_response import UpdateFlagRulesResponse
    from .update_flag_rules_response_params import UpdateFlagRulesResponseParams
    from .upsert_company_request_body import UpsertCompanyRequestBody
    from .upsert_company_request_body_keys import UpsertCompanyRequestBodyKeys
    from .upsert_company_request_body_traits import UpsertCompanyRequestBodyTraits
    from .upsert_company_response import UpsertCompanyResponse
    from .upsert_company_response_params import UpsertCompanyResponseParams
    from .upsert_company_trait_response import UpsertCompanyTraitResponse
    from .upsert_company_trait_response_params import UpsertCompanyTraitResponseParams
    from .upsert_trait_request_body import UpsertTraitRequestBody
    from .upsert_trait_request_body_keys import UpsertTraitRequestBodyKeys
    from .upsert_user_request_body import UpsertUserRequestBody
    from .upsert_user_request_body_companies_type_0_item import UpsertUserRequestBodyCompaniesType0Item
    from .upsert_user_request_body_company_type_0 import UpsertUserRequestBodyCompanyType0
    from .upsert_user_request_body_keys import UpsertUserRequestBodyKeys
    from .upsert_user_request_body_traits import UpsertUserRequestBodyTraits
    from .upsert_user_response import UpsertUserResponse
    from .upsert_user_response_params import UpsertUserResponseParams
    from .upsert_user_trait_response import UpsertUserTraitResponse
    from .upsert_user_trait_response_params import UpsertUserTraitResponseParams
    from .user_detail_response_data import UserDetailResponseData
    from .user_detail_response_data_traits import UserDetailResponseDataTraits
    from .warning_tier import WarningTier

    pass

_MODULES: dict[str, str] = {
    "AccountMemberPermission": ".account_member_permission",
    "AccountMemberResponseData": ".account_member_response_data",
    "AccountMemberResponseDataPermissions": ".account_member_response_data_permissions",
    "AccountMemberRole": ".account_member_role",
    "ApiKeyIntegrationResponseData": ".api_key_integration_response_data",
    "ApiKeyResponseData": ".api_key_response_data",
    "ApiKeyScope": ".api_key_scope",
    "CaptureEvent": ".capture_event",
    "CaptureEventBatchRequestBody": ".capture_event_batch_request_body",
    "CaptureEventBatchResponse": ".capture_event_batch_response",
    "CaptureEventBatchResponseParams": ".capture_event_batch_response_params",
    "CaptureEventBody": ".capture_event_body",
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
    "CheckFlagsResponseParams": ".check_flags_response_params",
    "CompanyDetailResponseData": ".company_detail_response_data",
    "CompanyDetailResponseDataTraits": ".company_detail_response_data_traits",
    "CompanyEventPeriodMetricsResponseData": ".company_event_period_metrics_response_data",
    "CompanyMembershipDetailResponseData": ".company_membership_detail_response_data",
    "CompanyResponseData": ".company_response_data",
    "ComparableOperator": ".comparable_operator",
    "Condition": ".condition",
    "ConditionGroup": ".condition_group",
    "ConditionType": ".condition_type",
    "CreateEventBatchRequestBody": ".create_event_batch_request_body",
    "CreateEventBatchResponse": ".create_event_batch_response",
    "CreateEventBatchResponseParams": ".create_event_batch_response_params",
    "CreateEventRequestBody": ".create_event_request_body",
    "CreateEventResponse": ".create_event_response",
    "CreateEventResponseParams": ".create_event_response_params",
    "CreateFlagRequestBody": ".create_flag_request_body",
    "CreateFlagResponse": ".create_flag_response",
    "CreateFlagResponseParams": ".create_flag_response_params",
    "CreateOrUpdateConditionGroupRequestBody": ".create_or_update_condition_group_request_body",
    "CreateOrUpdateConditionRequestBody": ".create_or_update_condition_request_body",
    "CreateOrUpdateRuleRequestBody": ".create_or_update_rule_request_body",
    "CreateSessionRequestBody": ".create_session_request_body",
    "CreateSessionResponse": ".create_session_response",
    "DeleteCompanyResponse": ".delete_company_response",
    "DeleteCompanyResponseParams": ".delete_company_response_params",
    "DeleteFlagResponse": ".delete_flag_response",
    "DeleteFlagResponseParams": ".delete_flag_response_params",
    "DeleteResponse": ".delete_response",
    "DeleteUserResponse": ".delete_user_response",
    "DeleteUserResponseParams": ".delete_user_response_params",
    "EntitlementValueType": ".entitlement_value_type",
    "EntityKeyDefinitionResponseData": ".entity_key_definition_response_data",
    "EntityKeyDetailResponseData": ".entity_key_detail_response_data",
    "EntityTraitDefinitionResponseData": ".entity_trait_definition_response_data",
    "EntityTraitDetailResponseData": ".entity_trait_detail_response_data",
    "EntityType": ".entity_type",
    "EnvironmentResponseData": ".environment_response_data",
    "ErrorResponse": ".error_response",
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
    "EventStatus": ".event_status",
    "EventType": ".event_type",
    "FeatureEntitlement": ".feature_entitlement",
    "FeatureLifecyclePhase": ".feature_lifecycle_phase",
    "FeatureResponseData": ".feature_response_data",
    "FeatureType": ".feature_type",
    "FlagDetailResponseData": ".flag_detail_response_data",
    "FlagResponseData": ".flag_response_data",
    "FlagType": ".flag_type",
    "GetCompanyResponse": ".get_company_response",
    "GetCompanyResponseParams": ".get_company_response_params",
    "GetEventResponse": ".get_event_response",
    "GetEventResponseParams": ".get_event_response_params",
    "GetFlagResponse": ".get_flag_response",
    "GetFlagResponseParams": ".get_flag_response_params",
    "GetUserResponse": ".get_user_response",
    "GetUserResponseParams": ".get_user_response_params",
    "IssueTemporaryAccessTokenRequestBody": ".issue_temporary_access_token_request_body",
    "IssueTemporaryAccessTokenRequestBodyLookup": ".issue_temporary_access_token_request_body_lookup",
    "IssueTemporaryAccessTokenResponse": ".issue_temporary_access_token_response",
    "IssueTemporaryAccessTokenResponseData": ".issue_temporary_access_token_response_data",
    "IssueTemporaryAccessTokenResponseParams": ".issue_temporary_access_token_response_params",
    "ListCompaniesResponse": ".list_companies_response",
    "ListCompaniesResponseParams": ".list_companies_response_params",
    "ListEventsResponse": ".list_events_response",
    "ListEventsResponseParams": ".list_events_response_params",
    "ListFlagsResponse": ".list_flags_response",
    "ListFlagsResponseParams": ".list_flags_response_params",
    "ListUsersResponse": ".list_users_response",
    "ListUsersResponseParams": ".list_users_response_params",
    "LookupCompanyKeys": ".lookup_company_keys",
    "LookupCompanyResponse": ".lookup_company_response",
    "LookupCompanyResponseParams": ".lookup_company_response_params",
    "LookupUserKeys": ".lookup_user_keys",
    "LookupUserResponse": ".lookup_user_response",
    "LookupUserResponseParams": ".lookup_user_response_params",
    "MetricPeriod": ".metric_period",
    "MetricPeriodMonthReset": ".metric_period_month_reset",
    "PreviewObject": ".preview_object",
    "PreviewObjectResponseData": ".preview_object_response_data",
    "RawEventBatchResponseData": ".raw_event_batch_response_data",
    "RawEventResponseData": ".raw_event_response_data",
    "Rule": ".rule",
    "RuleConditionDetailResponseData": ".rule_condition_detail_response_data",
    "RuleConditionGroupDetailResponseData": ".rule_condition_group_detail_response_data",
    "RuleDetailResponseData": ".rule_detail_response_data",
    "RuleType": ".rule_type",
    "RulesDetailResponseData": ".rules_detail_response_data",
    "SortDirection": ".sort_direction",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionType": ".subscription_type",
    "TemporaryAccessTokenResourceType": ".temporary_access_token_resource_type",
    "TraitType": ".trait_type",
    "UpdateFlagResponse": ".update_flag_response",
    "UpdateFlagResponseParams": ".update_flag_response_params",
    "UpdateFlagRulesRequestBody": ".update_flag_rules_request_body",
    "UpdateFlagRulesResponse": ".update_flag_rules_response",
    "UpdateFlagRulesResponseParams": ".update_flag_rules_response_params",
    "UpsertCompanyRequestBody": ".upsert_company_request_body",
    "UpsertCompanyRequestBodyKeys": ".upsert_company_request_body_keys",
    "UpsertCompanyRequestBodyTraits": ".upsert_company_request_body_traits",
    "UpsertCompanyResponse": ".upsert_company_response",
    "UpsertCompanyResponseParams": ".upsert_company_response_params",
    "UpsertCompanyTraitResponse": ".upsert_company_trait_response",
    "UpsertCompanyTraitResponseParams": ".upsert_company_trait_response_params",
    "UpsertTraitRequestBody": ".upsert_trait_request_body",
    "UpsertTraitRequestBodyKeys": ".upsert_trait_request_body_keys",
    "UpsertUserRequestBody": ".upsert_user_request_body",
    "UpsertUserRequestBodyCompaniesType0Item": ".upsert_user_request_body_companies_type_0_item",
    "UpsertUserRequestBodyCompanyType0": ".upsert_user_request_body_company_type_0",
    "UpsertUserRequestBodyKeys": ".upsert_user_request_body_keys",
    "UpsertUserRequestBodyTraits": ".upsert_user_request_body_traits",
    "UpsertUserResponse": ".upsert_user_response",
    "UpsertUserResponseParams": ".upsert_user_response_params",
    "UpsertUserTraitResponse": ".upsert_user_trait_response",
    "UpsertUserTraitResponseParams": ".upsert_user_trait_response_params",
    "UserDetailResponseData": ".user_detail_response_data",
    "UserDetailResponseDataTraits": ".user_detail_response_data_traits",
    "WarningTier": ".warning_tier",
}

__all__ = (
    "AccountMemberPermission",
    "AccountMemberResponseData",
    "AccountMemberResponseDataPermissions",
    "AccountMemberRole",
    "ApiKeyIntegrationResponseData",
    "ApiKeyResponseData",
    "ApiKeyScope",
    "CaptureEvent",
    "CaptureEventBatchRequestBody",
    "CaptureEventBatchResponse",
    "CaptureEventBatchResponseParams",
    "CaptureEventBody",
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
    "CheckFlagsResponseParams",
    "CompanyDetailResponseData",
    "CompanyDetailResponseDataTraits",
    "CompanyEventPeriodMetricsResponseData",
    "CompanyMembershipDetailResponseData",
    "CompanyResponseData",
    "ComparableOperator",
    "Condition",
    "ConditionGroup",
    "ConditionType",
    "CreateEventBatchRequestBody",
    "CreateEventBatchResponse",
    "CreateEventBatchResponseParams",
    "CreateEventRequestBody",
    "CreateEventResponse",
    "CreateEventResponseParams",
    "CreateFlagRequestBody",
    "CreateFlagResponse",
    "CreateFlagResponseParams",
    "CreateOrUpdateConditionGroupRequestBody",
    "CreateOrUpdateConditionRequestBody",
    "CreateOrUpdateRuleRequestBody",
    "CreateSessionRequestBody",
    "CreateSessionResponse",
    "DeleteCompanyResponse",
    "DeleteCompanyResponseParams",
    "DeleteFlagResponse",
    "DeleteFlagResponseParams",
    "DeleteResponse",
    "DeleteUserResponse",
    "DeleteUserResponseParams",
    "EntitlementValueType",
    "EntityKeyDefinitionResponseData",
    "EntityKeyDetailResponseData",
    "EntityTraitDefinitionResponseData",
    "EntityTraitDetailResponseData",
    "EntityType",
    "EnvironmentResponseData",
    "ErrorResponse",
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
    "EventStatus",
    "EventType",
    "FeatureEntitlement",
    "FeatureLifecyclePhase",
    "FeatureResponseData",
    "FeatureType",
    "FlagDetailResponseData",
    "FlagResponseData",
    "FlagType",
    "GetCompanyResponse",
    "GetCompanyResponseParams",
    "GetEventResponse",
    "GetEventResponseParams",
    "GetFlagResponse",
    "GetFlagResponseParams",
    "GetUserResponse",
    "GetUserResponseParams",
    "IssueTemporaryAccessTokenRequestBody",
    "IssueTemporaryAccessTokenRequestBodyLookup",
    "IssueTemporaryAccessTokenResponse",
    "IssueTemporaryAccessTokenResponseData",
    "IssueTemporaryAccessTokenResponseParams",
    "ListCompaniesResponse",
    "ListCompaniesResponseParams",
    "ListEventsResponse",
    "ListEventsResponseParams",
    "ListFlagsResponse",
    "ListFlagsResponseParams",
    "ListUsersResponse",
    "ListUsersResponseParams",
    "LookupCompanyKeys",
    "LookupCompanyResponse",
    "LookupCompanyResponseParams",
    "LookupUserKeys",
    "LookupUserResponse",
    "LookupUserResponseParams",
    "MetricPeriod",
    "MetricPeriodMonthReset",
    "PreviewObject",
    "PreviewObjectResponseData",
    "RawEventBatchResponseData",
    "RawEventResponseData",
    "Rule",
    "RuleConditionDetailResponseData",
    "RuleConditionGroupDetailResponseData",
    "RuleDetailResponseData",
    "RulesDetailResponseData",
    "RuleType",
    "SortDirection",
    "SubscriptionStatus",
    "SubscriptionType",
    "TemporaryAccessTokenResourceType",
    "TraitType",
    "UpdateFlagResponse",
    "UpdateFlagResponseParams",
    "UpdateFlagRulesRequestBody",
    "UpdateFlagRulesResponse",
    "UpdateFlagRulesResponseParams",
    "UpsertCompanyRequestBody",
    "UpsertCompanyRequestBodyKeys",
    "UpsertCompanyRequestBodyTraits",
    "UpsertCompanyResponse",
    "UpsertCompanyResponseParams",
    "UpsertCompanyTraitResponse",
    "UpsertCompanyTraitResponseParams",
    "UpsertTraitRequestBody",
    "UpsertTraitRequestBodyKeys",
    "UpsertUserRequestBody",
    "UpsertUserRequestBodyCompaniesType0Item",
    "UpsertUserRequestBodyCompanyType0",
    "UpsertUserRequestBodyKeys",
    "UpsertUserRequestBodyTraits",
    "UpsertUserResponse",
    "UpsertUserResponseParams",
    "UpsertUserTraitResponse",
    "UpsertUserTraitResponseParams",
    "UserDetailResponseData",
    "UserDetailResponseDataTraits",
    "WarningTier",
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
