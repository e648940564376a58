"""The `features` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.billing_provider_type import BillingProviderType
    from ...models.check_flag_request_body import CheckFlagRequestBody
    from ...models.check_flag_response import CheckFlagResponse
    from ...models.check_flags_bulk_response import CheckFlagsBulkResponse
    from ...models.check_flags_response import CheckFlagsResponse
    from ...models.count_features_response import CountFeaturesResponse
    from ...models.count_flags_response import CountFlagsResponse
    from ...models.create_feature_response import CreateFeatureResponse
    from ...models.create_flag_response import CreateFlagResponse
    from ...models.create_or_update_flag_request_body import CreateOrUpdateFlagRequestBody
    from ...models.create_or_update_rule_request_body import CreateOrUpdateRuleRequestBody
    from ...models.delete_feature_response import DeleteFeatureResponse
    from ...models.delete_flag_response import DeleteFlagResponse
    from ...models.feature_lifecycle_phase import FeatureLifecyclePhase
    from ...models.feature_type import FeatureType
    from ...models.flag_type import FlagType
    from ...models.get_feature_response import GetFeatureResponse
    from ...models.get_flag_response import GetFlagResponse
    from ...models.list_features_response import ListFeaturesResponse
    from ...models.list_flags_response import ListFlagsResponse
    from ...models.preflight_request_body import PreflightRequestBody
    from ...models.update_feature_response import UpdateFeatureResponse
    from ...models.update_flag_response import UpdateFlagResponse
    from ...models.update_flag_rules_response import UpdateFlagRulesResponse
    from ...models.upsert_feature_for_billing_product_response import UpsertFeatureForBillingProductResponse


class FeaturesResource:
    """Operations tagged `features`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def check_flag(
        self,
        *,
        key: str,
        company: Mapping[str, str] | None | Unset = UNSET,
        preflight: PreflightRequestBody | Mapping[str, Any] | Unset = UNSET,
        user: Mapping[str, str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckFlagResponse:
        """Check one flag for a company and/or user context.

        `POST /flags/{key}/check`

        Args:
            key (str)
            company (Mapping[str, str] | None, optional): Keys identifying the company, e.g. {"id": "acme"}
            preflight (PreflightRequestBody | Mapping[str, Any], optional)
            user (Mapping[str, str] | None, optional): Keys identifying the user, e.g. {"email":
                "wcoyote@acme.net"}
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagResponse: the response envelope; `.data` is CheckFlagResponseData.
        """
        from . import check_flag as _operation

        return self._requester.request(
            _operation.build_request(
                key=key,
                company=company,
                preflight=preflight,
                user=user,
            ),
            _operation.parse_response,
            request_options,
        )

    def check_flags(
        self,
        *,
        company: Mapping[str, str] | None | Unset = UNSET,
        preflight: PreflightRequestBody | Mapping[str, Any] | Unset = UNSET,
        user: Mapping[str, str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckFlagsResponse:
        """Check all flags for a company and/or user context.

        `POST /flags/check`

        Args:
            company (Mapping[str, str] | None, optional): Keys identifying the company, e.g. {"id": "acme"}
            preflight (PreflightRequestBody | Mapping[str, Any], optional)
            user (Mapping[str, str] | None, optional): Keys identifying the user, e.g. {"email":
                "wcoyote@acme.net"}
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagsResponse: the response envelope; `.data` is CheckFlagsResponseData.
        """
        from . import check_flags as _operation

        return self._requester.request(
            _operation.build_request(
                company=company,
                preflight=preflight,
                user=user,
            ),
            _operation.parse_response,
            request_options,
        )

    def check_flags_bulk(
        self,
        *,
        contexts: Sequence[CheckFlagRequestBody | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> CheckFlagsBulkResponse:
        """Check all flags for several contexts at once.

        `POST /flags/check-bulk`

        Args:
            contexts (Sequence[CheckFlagRequestBody | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagsBulkResponse: the response envelope; `.data` is CheckFlagsBulkResponseData.
        """
        from . import check_flags_bulk as _operation

        return self._requester.request(
            _operation.build_request(
                contexts=contexts,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_features(
        self,
        *,
        boolean_require_event: bool | Unset = UNSET,
        feature_type: Sequence[FeatureType] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        managed_by: BillingProviderType | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        without_company_override_for: str | Unset = UNSET,
        without_plan_entitlement_for: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFeaturesResponse:
        """Count features.

        `GET /features/count`

        Args:
            boolean_require_event (bool, optional)
            feature_type (Sequence[FeatureType], optional)
            ids (Sequence[str], optional)
            managed_by (BillingProviderType, optional)
            plan_version_id (str, optional)
            q (str, optional)
            without_company_override_for (str, optional)
            without_plan_entitlement_for (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFeaturesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_features as _operation

        return self._requester.request(
            _operation.build_request(
                boolean_require_event=boolean_require_event,
                feature_type=feature_type,
                ids=ids,
                managed_by=managed_by,
                plan_version_id=plan_version_id,
                q=q,
                without_company_override_for=without_company_override_for,
                without_plan_entitlement_for=without_plan_entitlement_for,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_flags(
        self,
        *,
        feature_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFlagsResponse:
        """Count flags.

        `GET /flags/count`

        Args:
            feature_id (str, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFlagsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_flags as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_feature(
        self,
        *,
        description: str,
        feature_type: FeatureType,
        name: str,
        event_subtype: str | None | Unset = UNSET,
        flag: CreateOrUpdateFlagRequestBody | Mapping[str, Any] | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        plural_name: str | None | Unset = UNSET,
        singular_name: str | None | Unset = UNSET,
        trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateFeatureResponse:
        """Create a feature.

        `POST /features`

        Args:
            description (str)
            feature_type (FeatureType)
            name (str)
            event_subtype (str | None, optional)
            flag (CreateOrUpdateFlagRequestBody | Mapping[str, Any], optional)
            icon (str | None, optional)
            lifecycle_phase (FeatureLifecyclePhase | None, optional)
            maintainer_account_member_id (str | None, optional)
            plural_name (str | None, optional)
            singular_name (str | None, optional)
            trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateFeatureResponse: the response envelope; `.data` is FeatureDetailResponseData.
        """
        from . import create_feature as _operation

        return self._requester.request(
            _operation.build_request(
                description=description,
                feature_type=feature_type,
                name=name,
                event_subtype=event_subtype,
                flag=flag,
                icon=icon,
                lifecycle_phase=lifecycle_phase,
                maintainer_account_member_id=maintainer_account_member_id,
                plural_name=plural_name,
                singular_name=singular_name,
                trait_id=trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_flag(
        self,
        *,
        default_value: bool,
        description: str,
        flag_type: FlagType,
        key: str,
        name: str,
        feature_id: str | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateFlagResponse:
        """Create a flag.

        `POST /flags`

        Args:
            default_value (bool)
            description (str)
            flag_type (FlagType)
            key (str)
            name (str)
            feature_id (str | None, optional)
            maintainer_account_member_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateFlagResponse: the response envelope; `.data` is FlagDetailResponseData.
        """
        from . import create_flag as _operation

        return self._requester.request(
            _operation.build_request(
                default_value=default_value,
                description=description,
                flag_type=flag_type,
                key=key,
                name=name,
                feature_id=feature_id,
                maintainer_account_member_id=maintainer_account_member_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_feature(
        self,
        *,
        feature_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteFeatureResponse:
        """Delete a feature.

        `DELETE /features/{feature_id}`

        Args:
            feature_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteFeatureResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_feature as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_flag(
        self,
        *,
        flag_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteFlagResponse:
        """Delete a flag.

        `DELETE /flags/{flag_id}`

        Args:
            flag_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteFlagResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_flag as _operation

        return self._requester.request(
            _operation.build_request(
                flag_id=flag_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_feature(
        self,
        *,
        feature_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetFeatureResponse:
        """Get a feature by id.

        `GET /features/{feature_id}`

        Args:
            feature_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetFeatureResponse: the response envelope; `.data` is FeatureDetailResponseData.
        """
        from . import get_feature as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_flag(
        self,
        *,
        flag_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetFlagResponse:
        """Get a flag by id.

        `GET /flags/{flag_id}`

        Args:
            flag_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetFlagResponse: the response envelope; `.data` is FlagDetailResponseData.
        """
        from . import get_flag as _operation

        return self._requester.request(
            _operation.build_request(
                flag_id=flag_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_features(
        self,
        *,
        boolean_require_event: bool | Unset = UNSET,
        feature_type: Sequence[FeatureType] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        managed_by: BillingProviderType | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        without_company_override_for: str | Unset = UNSET,
        without_plan_entitlement_for: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeaturesResponse:
        """List features.

        `GET /features`

        Args:
            boolean_require_event (bool, optional)
            feature_type (Sequence[FeatureType], optional)
            ids (Sequence[str], optional)
            managed_by (BillingProviderType, optional)
            plan_version_id (str, optional)
            q (str, optional)
            without_company_override_for (str, optional)
            without_plan_entitlement_for (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeaturesResponse: the response envelope; `.data` is list[FeatureDetailResponseData].
        """
        from . import list_features as _operation

        return self._requester.request(
            _operation.build_request(
                boolean_require_event=boolean_require_event,
                feature_type=feature_type,
                ids=ids,
                managed_by=managed_by,
                plan_version_id=plan_version_id,
                q=q,
                without_company_override_for=without_company_override_for,
                without_plan_entitlement_for=without_plan_entitlement_for,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_flags(
        self,
        *,
        feature_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFlagsResponse:
        """List flags.

        `GET /flags`

        Args:
            feature_id (str, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFlagsResponse: the response envelope; `.data` is list[FlagDetailResponseData].
        """
        from . import list_flags as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_feature(
        self,
        *,
        feature_id: str,
        description: str | None | Unset = UNSET,
        event_subtype: str | None | Unset = UNSET,
        feature_type: FeatureType | None | Unset = UNSET,
        flag: CreateOrUpdateFlagRequestBody | Mapping[str, Any] | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        plural_name: str | None | Unset = UNSET,
        singular_name: str | None | Unset = UNSET,
        trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateFeatureResponse:
        """Update a feature.

        `PUT /features/{feature_id}`

        Args:
            feature_id (str)
            description (str | None, optional)
            event_subtype (str | None, optional)
            feature_type (FeatureType | None, optional)
            flag (CreateOrUpdateFlagRequestBody | Mapping[str, Any], optional)
            icon (str | None, optional)
            lifecycle_phase (FeatureLifecyclePhase | None, optional)
            maintainer_account_member_id (str | None, optional)
            name (str | None, optional)
            plural_name (str | None, optional)
            singular_name (str | None, optional)
            trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateFeatureResponse: the response envelope; `.data` is FeatureDetailResponseData.
        """
        from . import update_feature as _operation

        return self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                description=description,
                event_subtype=event_subtype,
                feature_type=feature_type,
                flag=flag,
                icon=icon,
                lifecycle_phase=lifecycle_phase,
                maintainer_account_member_id=maintainer_account_member_id,
                name=name,
                plural_name=plural_name,
                singular_name=singular_name,
                trait_id=trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_flag(
        self,
        *,
        flag_id: str,
        default_value: bool,
        description: str,
        flag_type: FlagType,
        key: str,
        name: str,
        feature_id: str | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateFlagResponse:
        """Update a flag.

        `PUT /flags/{flag_id}`

        Args:
            flag_id (str)
            default_value (bool)
            description (str)
            flag_type (FlagType)
            key (str)
            name (str)
            feature_id (str | None, optional)
            maintainer_account_member_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateFlagResponse: the response envelope; `.data` is FlagDetailResponseData.
        """
        from . import update_flag as _operation

        return self._requester.request(
            _operation.build_request(
                flag_id=flag_id,
                default_value=default_value,
                description=description,
                flag_type=flag_type,
                key=key,
                name=name,
                feature_id=feature_id,
                maintainer_account_member_id=maintainer_account_member_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_flag_rules(
        self,
        *,
        flag_id: str,
        rules: Sequence[CreateOrUpdateRuleRequestBody | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> UpdateFlagRulesResponse:
        """Replace the rules of a flag.

        `PUT /flags/{flag_id}/rules`

        Args:
            flag_id (str)
            rules (Sequence[CreateOrUpdateRuleRequestBody | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateFlagRulesResponse: the response envelope; `.data` is RulesDetailResponseData.
        """
        from . import update_flag_rules as _operation

        return self._requester.request(
            _operation.build_request(
                flag_id=flag_id,
                rules=rules,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_feature_for_billing_product(
        self,
        *,
        billing_provider: BillingProviderType,
        description: str,
        external_resource_id: str,
        feature_type: FeatureType,
        name: str,
        event_subtype: str | None | Unset = UNSET,
        flag: CreateOrUpdateFlagRequestBody | Mapping[str, Any] | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        plural_name: str | None | Unset = UNSET,
        singular_name: str | None | Unset = UNSET,
        trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertFeatureForBillingProductResponse:
        """Upsert feature for billing product.

        `POST /features/billing-linked`

        Args:
            billing_provider (BillingProviderType)
            description (str)
            external_resource_id (str)
            feature_type (FeatureType)
            name (str)
            event_subtype (str | None, optional)
            flag (CreateOrUpdateFlagRequestBody | Mapping[str, Any], optional)
            icon (str | None, optional)
            lifecycle_phase (FeatureLifecyclePhase | None, optional)
            maintainer_account_member_id (str | None, optional)
            plural_name (str | None, optional)
            singular_name (str | None, optional)
            trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertFeatureForBillingProductResponse: the response envelope; `.data` is FeatureDetailResponseData.
        """
        from . import upsert_feature_for_billing_product as _operation

        return self._requester.request(
            _operation.build_request(
                billing_provider=billing_provider,
                description=description,
                external_resource_id=external_resource_id,
                feature_type=feature_type,
                name=name,
                event_subtype=event_subtype,
                flag=flag,
                icon=icon,
                lifecycle_phase=lifecycle_phase,
                maintainer_account_member_id=maintainer_account_member_id,
                plural_name=plural_name,
                singular_name=singular_name,
                trait_id=trait_id,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncFeaturesResource:
    """Operations tagged `features` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def check_flag(
        self,
        *,
        key: str,
        company: Mapping[str, str] | None | Unset = UNSET,
        preflight: PreflightRequestBody | Mapping[str, Any] | Unset = UNSET,
        user: Mapping[str, str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckFlagResponse:
        """Check one flag for a company and/or user context.

        `POST /flags/{key}/check`

        Args:
            key (str)
            company (Mapping[str, str] | None, optional): Keys identifying the company, e.g. {"id": "acme"}
            preflight (PreflightRequestBody | Mapping[str, Any], optional)
            user (Mapping[str, str] | None, optional): Keys identifying the user, e.g. {"email":
                "wcoyote@acme.net"}
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagResponse: the response envelope; `.data` is CheckFlagResponseData.
        """
        from . import check_flag as _operation

        return await self._requester.request(
            _operation.build_request(
                key=key,
                company=company,
                preflight=preflight,
                user=user,
            ),
            _operation.parse_response,
            request_options,
        )

    async def check_flags(
        self,
        *,
        company: Mapping[str, str] | None | Unset = UNSET,
        preflight: PreflightRequestBody | Mapping[str, Any] | Unset = UNSET,
        user: Mapping[str, str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckFlagsResponse:
        """Check all flags for a company and/or user context.

        `POST /flags/check`

        Args:
            company (Mapping[str, str] | None, optional): Keys identifying the company, e.g. {"id": "acme"}
            preflight (PreflightRequestBody | Mapping[str, Any], optional)
            user (Mapping[str, str] | None, optional): Keys identifying the user, e.g. {"email":
                "wcoyote@acme.net"}
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagsResponse: the response envelope; `.data` is CheckFlagsResponseData.
        """
        from . import check_flags as _operation

        return await self._requester.request(
            _operation.build_request(
                company=company,
                preflight=preflight,
                user=user,
            ),
            _operation.parse_response,
            request_options,
        )

    async def check_flags_bulk(
        self,
        *,
        contexts: Sequence[CheckFlagRequestBody | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> CheckFlagsBulkResponse:
        """Check all flags for several contexts at once.

        `POST /flags/check-bulk`

        Args:
            contexts (Sequence[CheckFlagRequestBody | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagsBulkResponse: the response envelope; `.data` is CheckFlagsBulkResponseData.
        """
        from . import check_flags_bulk as _operation

        return await self._requester.request(
            _operation.build_request(
                contexts=contexts,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_features(
        self,
        *,
        boolean_require_event: bool | Unset = UNSET,
        feature_type: Sequence[FeatureType] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        managed_by: BillingProviderType | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        without_company_override_for: str | Unset = UNSET,
        without_plan_entitlement_for: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFeaturesResponse:
        """Count features.

        `GET /features/count`

        Args:
            boolean_require_event (bool, optional)
            feature_type (Sequence[FeatureType], optional)
            ids (Sequence[str], optional)
            managed_by (BillingProviderType, optional)
            plan_version_id (str, optional)
            q (str, optional)
            without_company_override_for (str, optional)
            without_plan_entitlement_for (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFeaturesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_features as _operation

        return await self._requester.request(
            _operation.build_request(
                boolean_require_event=boolean_require_event,
                feature_type=feature_type,
                ids=ids,
                managed_by=managed_by,
                plan_version_id=plan_version_id,
                q=q,
                without_company_override_for=without_company_override_for,
                without_plan_entitlement_for=without_plan_entitlement_for,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_flags(
        self,
        *,
        feature_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountFlagsResponse:
        """Count flags.

        `GET /flags/count`

        Args:
            feature_id (str, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountFlagsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_flags as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_feature(
        self,
        *,
        description: str,
        feature_type: FeatureType,
        name: str,
        event_subtype: str | None | Unset = UNSET,
        flag: CreateOrUpdateFlagRequestBody | Mapping[str, Any] | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        plural_name: str | None | Unset = UNSET,
        singular_name: str | None | Unset = UNSET,
        trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateFeatureResponse:
        """Create a feature.

        `POST /features`

        Args:
            description (str)
            feature_type (FeatureType)
            name (str)
            event_subtype (str | None, optional)
            flag (CreateOrUpdateFlagRequestBody | Mapping[str, Any], optional)
            icon (str | None, optional)
            lifecycle_phase (FeatureLifecyclePhase | None, optional)
            maintainer_account_member_id (str | None, optional)
            plural_name (str | None, optional)
            singular_name (str | None, optional)
            trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateFeatureResponse: the response envelope; `.data` is FeatureDetailResponseData.
        """
        from . import create_feature as _operation

        return await self._requester.request(
            _operation.build_request(
                description=description,
                feature_type=feature_type,
                name=name,
                event_subtype=event_subtype,
                flag=flag,
                icon=icon,
                lifecycle_phase=lifecycle_phase,
                maintainer_account_member_id=maintainer_account_member_id,
                plural_name=plural_name,
                singular_name=singular_name,
                trait_id=trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_flag(
        self,
        *,
        default_value: bool,
        description: str,
        flag_type: FlagType,
        key: str,
        name: str,
        feature_id: str | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateFlagResponse:
        """Create a flag.

        `POST /flags`

        Args:
            default_value (bool)
            description (str)
            flag_type (FlagType)
            key (str)
            name (str)
            feature_id (str | None, optional)
            maintainer_account_member_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateFlagResponse: the response envelope; `.data` is FlagDetailResponseData.
        """
        from . import create_flag as _operation

        return await self._requester.request(
            _operation.build_request(
                default_value=default_value,
                description=description,
                flag_type=flag_type,
                key=key,
                name=name,
                feature_id=feature_id,
                maintainer_account_member_id=maintainer_account_member_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_feature(
        self,
        *,
        feature_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteFeatureResponse:
        """Delete a feature.

        `DELETE /features/{feature_id}`

        Args:
            feature_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteFeatureResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_feature as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_flag(
        self,
        *,
        flag_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteFlagResponse:
        """Delete a flag.

        `DELETE /flags/{flag_id}`

        Args:
            flag_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteFlagResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_flag as _operation

        return await self._requester.request(
            _operation.build_request(
                flag_id=flag_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_feature(
        self,
        *,
        feature_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetFeatureResponse:
        """Get a feature by id.

        `GET /features/{feature_id}`

        Args:
            feature_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetFeatureResponse: the response envelope; `.data` is FeatureDetailResponseData.
        """
        from . import get_feature as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_flag(
        self,
        *,
        flag_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetFlagResponse:
        """Get a flag by id.

        `GET /flags/{flag_id}`

        Args:
            flag_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetFlagResponse: the response envelope; `.data` is FlagDetailResponseData.
        """
        from . import get_flag as _operation

        return await self._requester.request(
            _operation.build_request(
                flag_id=flag_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_features(
        self,
        *,
        boolean_require_event: bool | Unset = UNSET,
        feature_type: Sequence[FeatureType] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        managed_by: BillingProviderType | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        without_company_override_for: str | Unset = UNSET,
        without_plan_entitlement_for: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFeaturesResponse:
        """List features.

        `GET /features`

        Args:
            boolean_require_event (bool, optional)
            feature_type (Sequence[FeatureType], optional)
            ids (Sequence[str], optional)
            managed_by (BillingProviderType, optional)
            plan_version_id (str, optional)
            q (str, optional)
            without_company_override_for (str, optional)
            without_plan_entitlement_for (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFeaturesResponse: the response envelope; `.data` is list[FeatureDetailResponseData].
        """
        from . import list_features as _operation

        return await self._requester.request(
            _operation.build_request(
                boolean_require_event=boolean_require_event,
                feature_type=feature_type,
                ids=ids,
                managed_by=managed_by,
                plan_version_id=plan_version_id,
                q=q,
                without_company_override_for=without_company_override_for,
                without_plan_entitlement_for=without_plan_entitlement_for,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_flags(
        self,
        *,
        feature_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListFlagsResponse:
        """List flags.

        `GET /flags`

        Args:
            feature_id (str, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListFlagsResponse: the response envelope; `.data` is list[FlagDetailResponseData].
        """
        from . import list_flags as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_feature(
        self,
        *,
        feature_id: str,
        description: str | None | Unset = UNSET,
        event_subtype: str | None | Unset = UNSET,
        feature_type: FeatureType | None | Unset = UNSET,
        flag: CreateOrUpdateFlagRequestBody | Mapping[str, Any] | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        plural_name: str | None | Unset = UNSET,
        singular_name: str | None | Unset = UNSET,
        trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateFeatureResponse:
        """Update a feature.

        `PUT /features/{feature_id}`

        Args:
            feature_id (str)
            description (str | None, optional)
            event_subtype (str | None, optional)
            feature_type (FeatureType | None, optional)
            flag (CreateOrUpdateFlagRequestBody | Mapping[str, Any], optional)
            icon (str | None, optional)
            lifecycle_phase (FeatureLifecyclePhase | None, optional)
            maintainer_account_member_id (str | None, optional)
            name (str | None, optional)
            plural_name (str | None, optional)
            singular_name (str | None, optional)
            trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateFeatureResponse: the response envelope; `.data` is FeatureDetailResponseData.
        """
        from . import update_feature as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_id=feature_id,
                description=description,
                event_subtype=event_subtype,
                feature_type=feature_type,
                flag=flag,
                icon=icon,
                lifecycle_phase=lifecycle_phase,
                maintainer_account_member_id=maintainer_account_member_id,
                name=name,
                plural_name=plural_name,
                singular_name=singular_name,
                trait_id=trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_flag(
        self,
        *,
        flag_id: str,
        default_value: bool,
        description: str,
        flag_type: FlagType,
        key: str,
        name: str,
        feature_id: str | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateFlagResponse:
        """Update a flag.

        `PUT /flags/{flag_id}`

        Args:
            flag_id (str)
            default_value (bool)
            description (str)
            flag_type (FlagType)
            key (str)
            name (str)
            feature_id (str | None, optional)
            maintainer_account_member_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateFlagResponse: the response envelope; `.data` is FlagDetailResponseData.
        """
        from . import update_flag as _operation

        return await self._requester.request(
            _operation.build_request(
                flag_id=flag_id,
                default_value=default_value,
                description=description,
                flag_type=flag_type,
                key=key,
                name=name,
                feature_id=feature_id,
                maintainer_account_member_id=maintainer_account_member_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_flag_rules(
        self,
        *,
        flag_id: str,
        rules: Sequence[CreateOrUpdateRuleRequestBody | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> UpdateFlagRulesResponse:
        """Replace the rules of a flag.

        `PUT /flags/{flag_id}/rules`

        Args:
            flag_id (str)
            rules (Sequence[CreateOrUpdateRuleRequestBody | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateFlagRulesResponse: the response envelope; `.data` is RulesDetailResponseData.
        """
        from . import update_flag_rules as _operation

        return await self._requester.request(
            _operation.build_request(
                flag_id=flag_id,
                rules=rules,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_feature_for_billing_product(
        self,
        *,
        billing_provider: BillingProviderType,
        description: str,
        external_resource_id: str,
        feature_type: FeatureType,
        name: str,
        event_subtype: str | None | Unset = UNSET,
        flag: CreateOrUpdateFlagRequestBody | Mapping[str, Any] | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        lifecycle_phase: FeatureLifecyclePhase | None | Unset = UNSET,
        maintainer_account_member_id: str | None | Unset = UNSET,
        plural_name: str | None | Unset = UNSET,
        singular_name: str | None | Unset = UNSET,
        trait_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertFeatureForBillingProductResponse:
        """Upsert feature for billing product.

        `POST /features/billing-linked`

        Args:
            billing_provider (BillingProviderType)
            description (str)
            external_resource_id (str)
            feature_type (FeatureType)
            name (str)
            event_subtype (str | None, optional)
            flag (CreateOrUpdateFlagRequestBody | Mapping[str, Any], optional)
            icon (str | None, optional)
            lifecycle_phase (FeatureLifecyclePhase | None, optional)
            maintainer_account_member_id (str | None, optional)
            plural_name (str | None, optional)
            singular_name (str | None, optional)
            trait_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertFeatureForBillingProductResponse: the response envelope; `.data` is FeatureDetailResponseData.
        """
        from . import upsert_feature_for_billing_product as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_provider=billing_provider,
                description=description,
                external_resource_id=external_resource_id,
                feature_type=feature_type,
                name=name,
                event_subtype=event_subtype,
                flag=flag,
                icon=icon,
                lifecycle_phase=lifecycle_phase,
                maintainer_account_member_id=maintainer_account_member_id,
                plural_name=plural_name,
                singular_name=singular_name,
                trait_id=trait_id,
            ),
            _operation.parse_response,
            request_options,
        )
