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
    from .api_key_integration_response_data import ApiKeyIntegrationResponseData as ApiKeyIntegrationResponseData
    from .api_key_response_data import ApiKeyResponseData as ApiKeyResponseData
    from .api_key_scope import ApiKeyScope as ApiKeyScope
    from .capture_event import CaptureEvent as CaptureEvent
    from .capture_event_batch_request_body import CaptureEventBatchRequestBody as CaptureEventBatchRequestBody
    from .capture_event_batch_response import CaptureEventBatchResponse as CaptureEventBatchResponse
    from .capture_event_batch_response_params import CaptureEventBatchResponseParams as CaptureEventBatchResponseParams
    from .capture_event_body import CaptureEventBody as CaptureEventBody
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
    from .check_flags_response_params import CheckFlagsResponseParams as CheckFlagsResponseParams
    from .company_detail_response_data import CompanyDetailResponseData as CompanyDetailResponseData
    from .company_detail_response_data_traits import CompanyDetailResponseDataTraits as CompanyDetailResponseDataTraits
    from .company_event_period_metrics_response_data import (
        CompanyEventPeriodMetricsResponseData as CompanyEventPeriodMetricsResponseData,
    )
    from .company_membership_detail_response_data import (
        CompanyMembershipDetailResponseData as CompanyMembershipDetailResponseData,
    )
    from .company_response_data import CompanyResponseData as CompanyResponseData
    from .comparable_operator import ComparableOperator as ComparableOperator
    from .condition import Condition as Condition
    from .condition_group import ConditionGroup as ConditionGroup
    from .condition_type import ConditionType as ConditionType
    from .create_event_batch_request_body import CreateEventBatchRequestBody as CreateEventBatchRequestBody
    from .create_event_batch_response import CreateEventBatchResponse as CreateEventBatchResponse
    from .create_event_batch_response_params import CreateEventBatchResponseParams as CreateEventBatchResponseParams
    from .create_event_request_body import CreateEventRequestBody as CreateEventRequestBody
    from .create_event_response import CreateEventResponse as CreateEventResponse
    from .create_event_response_params import CreateEventResponseParams as CreateEventResponseParams
    from .create_flag_request_body import CreateFlagRequestBody as CreateFlagRequestBody
    from .create_flag_response import CreateFlagResponse as CreateFlagResponse
    from .create_flag_response_params import CreateFlagResponseParams as CreateFlagResponseParams
    from .create_or_update_condition_group_request_body import (
        CreateOrUpdateConditionGroupRequestBody as CreateOrUpdateConditionGroupRequestBody,
    )
    from .create_or_update_condition_request_body import (
        CreateOrUpdateConditionRequestBody as CreateOrUpdateConditionRequestBody,
    )
    from .create_or_update_rule_request_body import CreateOrUpdateRuleRequestBody as CreateOrUpdateRuleRequestBody
    from .create_session_request_body import CreateSessionRequestBody as CreateSessionRequestBody
    from .create_session_response import CreateSessionResponse as CreateSessionResponse
    from .delete_company_response import DeleteCompanyResponse as DeleteCompanyResponse
    from .delete_company_response_params import DeleteCompanyResponseParams as DeleteCompanyResponseParams
    from .delete_flag_response import DeleteFlagResponse as DeleteFlagResponse
    from .delete_flag_response_params import DeleteFlagResponseParams as DeleteFlagResponseParams
    from .delete_response import DeleteResponse as DeleteResponse
    from .delete_user_response import DeleteUserResponse as DeleteUserResponse
    from .delete_user_response_params import DeleteUserResponseParams as DeleteUserResponseParams
    from .entitlement_value_type import EntitlementValueType as EntitlementValueType
    from .entity_key_definition_response_data import EntityKeyDefinitionResponseData as EntityKeyDefinitionResponseData
    from .entity_key_detail_response_data import EntityKeyDetailResponseData as EntityKeyDetailResponseData
    from .entity_trait_definition_response_data import (
        EntityTraitDefinitionResponseData as EntityTraitDefinitionResponseData,
    )
    from .entity_trait_detail_response_data import EntityTraitDetailResponseData as EntityTraitDetailResponseData
    from .entity_type import EntityType as EntityType
    from .environment_response_data import EnvironmentResponseData as EnvironmentResponseData
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
    from .event_status import EventStatus as EventStatus
    from .event_type import EventType as EventType
    from .feature_entitlement import FeatureEntitlement as FeatureEntitlement
    from .feature_lifecycle_phase import FeatureLifecyclePhase as FeatureLifecyclePhase
    from .feature_response_data import FeatureResponseData as FeatureResponseData
    from .feature_type import FeatureType as FeatureType
    from .flag_detail_response_data import FlagDetailResponseData as FlagDetailResponseData
    from .flag_response_data import FlagResponseData as FlagResponseData
    from .flag_type import FlagType as FlagType
    from .get_company_response import GetCompanyResponse as GetCompanyResponse
    from .get_company_response_params import GetCompanyResponseParams as GetCompanyResponseParams
    from .get_event_response import GetEventResponse as GetEventResponse
    from .get_event_response_params import GetEventResponseParams as GetEventResponseParams
    from .get_flag_response import GetFlagResponse as GetFlagResponse
    from .get_flag_response_params import GetFlagResponseParams as GetFlagResponseParams
    from .get_user_response import GetUserResponse as GetUserResponse
    from .get_user_response_params import GetUserResponseParams as GetUserResponseParams
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
    from .list_companies_response import ListCompaniesResponse as ListCompaniesResponse
    from .list_companies_response_params import ListCompaniesResponseParams as ListCompaniesResponseParams
    from .list_events_response import ListEventsResponse as ListEventsResponse
    from .list_events_response_params import ListEventsResponseParams as ListEventsResponseParams
    from .list_flags_response import ListFlagsResponse as ListFlagsResponse
    from .list_flags_response_params import ListFlagsResponseParams as ListFlagsResponseParams
    from .list_users_response import ListUsersResponse as ListUsersResponse
    from .list_users_response_params import ListUsersResponseParams as ListUsersResponseParams
    from .lookup_company_response import LookupCompanyResponse as LookupCompanyResponse
    from .lookup_company_response_params import LookupCompanyResponseParams as LookupCompanyResponseParams
    from .lookup_user_response import LookupUserResponse as LookupUserResponse
    from .lookup_user_response_params import LookupUserResponseParams as LookupUserResponseParams
    from .metric_period import MetricPeriod as MetricPeriod
    from .metric_period_month_reset import MetricPeriodMonthReset as MetricPeriodMonthReset
    from .preview_object import PreviewObject as PreviewObject
    from .preview_object_response_data import PreviewObjectResponseData as PreviewObjectResponseData
    from .raw_event_batch_response_data import RawEventBatchResponseData as RawEventBatchResponseData
    from .raw_event_response_data import RawEventResponseData as RawEventResponseData
    from .rule import Rule as Rule
    from .rule_condition_detail_response_data import RuleConditionDetailResponseData as RuleConditionDetailResponseData
    from .rule_condition_group_detail_response_data import (
        RuleConditionGroupDetailResponseData as RuleConditionGroupDetailResponseData,
    )
    from .rule_detail_response_data import RuleDetailResponseData as RuleDetailResponseData
    from .rule_type import RuleType as RuleType
    from .rules_detail_response_data import RulesDetailResponseData as RulesDetailResponseData
    from .sort_direction import SortDirection as SortDirection
    from .subscription_status import SubscriptionStatus as SubscriptionStatus
    from .subscription_type import SubscriptionType as SubscriptionType
    from .temporary_access_token_resource_type import (
        TemporaryAccessTokenResourceType as TemporaryAccessTokenResourceType,
    )
    from .trait_type import TraitType as TraitType
    from .update_flag_response import UpdateFlagResponse as UpdateFlagResponse
    from .update_flag_response_params import UpdateFlagResponseParams as UpdateFlagResponseParams
    from .update_flag_rules_request_body import UpdateFlagRulesRequestBody as UpdateFlagRulesRequestBody
    from .update_flag_rules_response import UpdateFlagRulesResponse as UpdateFlagRulesResponse
    from .update_flag_rules_response_params import UpdateFlagRulesResponseParams as UpdateFlagRulesResponseParams
    from .upsert_company_request_body import UpsertCompanyRequestBody as UpsertCompanyRequestBody
    from .upsert_company_request_body_keys import UpsertCompanyRequestBodyKeys as UpsertCompanyRequestBodyKeys
    from .upsert_company_request_body_traits import UpsertCompanyRequestBodyTraits as UpsertCompanyRequestBodyTraits
    from .upsert_company_response import UpsertCompanyResponse as UpsertCompanyResponse
    from .upsert_company_response_params import UpsertCompanyResponseParams as UpsertCompanyResponseParams
    from .upsert_company_trait_response import UpsertCompanyTraitResponse as UpsertCompanyTraitResponse
    from .upsert_company_trait_response_params import (
        UpsertCompanyTraitResponseParams as UpsertCompanyTraitResponseParams,
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
    from .upsert_user_trait_response import UpsertUserTraitResponse as UpsertUserTraitResponse
    from .upsert_user_trait_response_params import UpsertUserTraitResponseParams as UpsertUserTraitResponseParams
    from .user_detail_response_data import UserDetailResponseData as UserDetailResponseData
    from .user_detail_response_data_traits import UserDetailResponseDataTraits as UserDetailResponseDataTraits
    from .warning_tier import WarningTier as WarningTier

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
    "LookupCompanyResponse": ".lookup_company_response",
    "LookupCompanyResponseParams": ".lookup_company_response_params",
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
    "LookupCompanyResponse",
    "LookupCompanyResponseParams",
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
    "RuleType",
    "RulesDetailResponseData",
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
