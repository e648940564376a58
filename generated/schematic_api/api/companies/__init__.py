"""The `companies` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.count_companies_response import CountCompaniesResponse
    from ...models.count_entity_key_definitions_response import CountEntityKeyDefinitionsResponse
    from ...models.count_entity_keys_response import CountEntityKeysResponse
    from ...models.count_entity_trait_definitions_response import CountEntityTraitDefinitionsResponse
    from ...models.count_entity_traits_response import CountEntityTraitsResponse
    from ...models.count_plan_traits_response import CountPlanTraitsResponse
    from ...models.count_users_response import CountUsersResponse
    from ...models.create_company_response import CreateCompanyResponse
    from ...models.create_user_response import CreateUserResponse
    from ...models.delete_company_by_keys_response import DeleteCompanyByKeysResponse
    from ...models.delete_company_membership_response import DeleteCompanyMembershipResponse
    from ...models.delete_company_response import DeleteCompanyResponse
    from ...models.delete_entity_key_definition_response import DeleteEntityKeyDefinitionResponse
    from ...models.delete_entity_trait_definition_response import DeleteEntityTraitDefinitionResponse
    from ...models.delete_user_by_keys_response import DeleteUserByKeysResponse
    from ...models.delete_user_response import DeleteUserResponse
    from ...models.entity_type import EntityType
    from ...models.get_active_company_subscription_response import GetActiveCompanySubscriptionResponse
    from ...models.get_billing_entity_child_subscriptions_response import GetBillingEntityChildSubscriptionsResponse
    from ...models.get_company_billing_entity_response import GetCompanyBillingEntityResponse
    from ...models.get_company_response import GetCompanyResponse
    from ...models.get_entity_trait_definition_response import GetEntityTraitDefinitionResponse
    from ...models.get_entity_trait_definition_usage_response import GetEntityTraitDefinitionUsageResponse
    from ...models.get_entity_trait_values_response import GetEntityTraitValuesResponse
    from ...models.get_or_create_company_membership_response import GetOrCreateCompanyMembershipResponse
    from ...models.get_or_create_entity_trait_definition_response import GetOrCreateEntityTraitDefinitionResponse
    from ...models.get_plan_change_response import GetPlanChangeResponse
    from ...models.get_plan_trait_response import GetPlanTraitResponse
    from ...models.get_user_response import GetUserResponse
    from ...models.list_companies_response import ListCompaniesResponse
    from ...models.list_company_memberships_response import ListCompanyMembershipsResponse
    from ...models.list_entity_key_definitions_response import ListEntityKeyDefinitionsResponse
    from ...models.list_entity_trait_definitions_response import ListEntityTraitDefinitionsResponse
    from ...models.list_plan_changes_response import ListPlanChangesResponse
    from ...models.list_plan_traits_response import ListPlanTraitsResponse
    from ...models.list_users_response import ListUsersResponse
    from ...models.lookup_company_response import LookupCompanyResponse
    from ...models.lookup_user_response import LookupUserResponse
    from ...models.plan_change_action import PlanChangeAction
    from ...models.plan_change_base_plan_action import PlanChangeBasePlanAction
    from ...models.sort_direction import SortDirection
    from ...models.subscription_status import SubscriptionStatus
    from ...models.subscription_type import SubscriptionType
    from ...models.trait_type import TraitType
    from ...models.update_entity_trait_definition_response import UpdateEntityTraitDefinitionResponse
    from ...models.update_plan_trait_trait_request_body import UpdatePlanTraitTraitRequestBody
    from ...models.update_plan_traits_bulk_response import UpdatePlanTraitsBulkResponse
    from ...models.upsert_company_response import UpsertCompanyResponse
    from ...models.upsert_company_trait_response import UpsertCompanyTraitResponse
    from ...models.upsert_user_response import UpsertUserResponse
    from ...models.upsert_user_trait_response import UpsertUserTraitResponse


class CompaniesResource:
    """Operations tagged `companies`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def count_companies(
        self,
        *,
        credit_type_ids: Sequence[str] | Unset = UNSET,
        has_scheduled_downgrade: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        monetized_subscriptions: bool | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        plan_version_unpublished: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        sort_order_column: str | Unset = UNSET,
        sort_order_direction: SortDirection | Unset = UNSET,
        subscription_statuses: Sequence[SubscriptionStatus] | Unset = UNSET,
        subscription_types: Sequence[SubscriptionType] | Unset = UNSET,
        with_entitlement_for: str | Unset = UNSET,
        without_feature_override_for: str | Unset = UNSET,
        without_plan: bool | Unset = UNSET,
        without_subscription: bool | Unset = UNSET,
        with_subscription: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCompaniesResponse:
        """Count companies.

        `GET /companies/count`

        Args:
            credit_type_ids (Sequence[str], optional)
            has_scheduled_downgrade (bool, optional)
            ids (Sequence[str], optional)
            monetized_subscriptions (bool, optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            plan_version_unpublished (bool, optional)
            q (str, optional)
            sort_order_column (str, optional)
            sort_order_direction (SortDirection, optional)
            subscription_statuses (Sequence[SubscriptionStatus], optional)
            subscription_types (Sequence[SubscriptionType], optional)
            with_entitlement_for (str, optional)
            without_feature_override_for (str, optional)
            without_plan (bool, optional)
            without_subscription (bool, optional)
            with_subscription (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCompaniesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_companies as _operation

        return self._requester.request(
            _operation.build_request(
                credit_type_ids=credit_type_ids,
                has_scheduled_downgrade=has_scheduled_downgrade,
                ids=ids,
                monetized_subscriptions=monetized_subscriptions,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                plan_version_unpublished=plan_version_unpublished,
                q=q,
                sort_order_column=sort_order_column,
                sort_order_direction=sort_order_direction,
                subscription_statuses=subscription_statuses,
                subscription_types=subscription_types,
                with_entitlement_for=with_entitlement_for,
                without_feature_override_for=without_feature_override_for,
                without_plan=without_plan,
                without_subscription=without_subscription,
                with_subscription=with_subscription,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_entity_key_definitions(
        self,
        *,
        entity_type: EntityType | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountEntityKeyDefinitionsResponse:
        """Count entity key definitions.

        `GET /entity-key-definitions/count`

        Args:
            entity_type (EntityType, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountEntityKeyDefinitionsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_entity_key_definitions as _operation

        return self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_entity_keys(
        self,
        *,
        definition_id: str | Unset = UNSET,
        entity_type: EntityType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountEntityKeysResponse:
        """Count entity keys.

        `GET /entity-keys/count`

        Args:
            definition_id (str, optional)
            entity_type (EntityType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountEntityKeysResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_entity_keys as _operation

        return self._requester.request(
            _operation.build_request(
                definition_id=definition_id,
                entity_type=entity_type,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_entity_trait_definitions(
        self,
        *,
        entity_type: EntityType | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        trait_type: TraitType | Unset = UNSET,
        trait_types: Sequence[TraitType] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountEntityTraitDefinitionsResponse:
        """Count entity trait definitions.

        `GET /entity-trait-definitions/count`

        Args:
            entity_type (EntityType, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            trait_type (TraitType, optional)
            trait_types (Sequence[TraitType], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountEntityTraitDefinitionsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_entity_trait_definitions as _operation

        return self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                ids=ids,
                q=q,
                trait_type=trait_type,
                trait_types=trait_types,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_entity_traits(
        self,
        *,
        definition_id: str | Unset = UNSET,
        entity_type: EntityType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountEntityTraitsResponse:
        """Count entity traits.

        `GET /entity-traits/count`

        Args:
            definition_id (str, optional)
            entity_type (EntityType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountEntityTraitsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_entity_traits as _operation

        return self._requester.request(
            _operation.build_request(
                definition_id=definition_id,
                entity_type=entity_type,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_plan_traits(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        trait_id: str | Unset = UNSET,
        trait_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountPlanTraitsResponse:
        """Count plan traits.

        `GET /plan-traits/count`

        Args:
            ids (Sequence[str], optional)
            plan_id (str, optional)
            trait_id (str, optional)
            trait_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountPlanTraitsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_plan_traits as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                plan_id=plan_id,
                trait_id=trait_id,
                trait_ids=trait_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_users(
        self,
        *,
        company_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountUsersResponse:
        """Count users.

        `GET /users/count`

        Args:
            company_id (str, optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountUsersResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_users as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                ids=ids,
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_company(
        self,
        *,
        keys: Mapping[str, str],
        base_plan_id: str | None | Unset = UNSET,
        base_plan_price_id: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_seen_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        prevent_key_remap: bool | None | Unset = UNSET,
        remove_keys: Sequence[str] | Unset = UNSET,
        traits: Mapping[str, Any] | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCompanyResponse:
        """Create a company.

        `POST /companies/create`

        Args:
            keys (Mapping[str, str]): Keys identifying the company, e.g. {"id": "acme"}
            base_plan_id (str | None, optional)
            base_plan_price_id (str | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            prevent_key_remap (bool | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional): Trait values to set, by trait name
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import create_company as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
                base_plan_id=base_plan_id,
                base_plan_price_id=base_plan_price_id,
                id=id,
                last_seen_at=last_seen_at,
                name=name,
                prevent_key_remap=prevent_key_remap,
                remove_keys=remove_keys,
                traits=traits,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_user(
        self,
        *,
        keys: Mapping[str, str],
        companies: Sequence[Mapping[str, str]] | None | Unset = UNSET,
        company: Mapping[str, str] | None | Unset = UNSET,
        company_id: str | None | Unset = UNSET,
        company_ids: Sequence[str] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_seen_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        remove_keys: Sequence[str] | Unset = UNSET,
        traits: Mapping[str, Any] | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateUserResponse:
        """Create a user.

        `POST /users/create`

        Args:
            keys (Mapping[str, str]): Keys identifying the user, e.g. {"email": "wcoyote@acme.net"}
            companies (Sequence[Mapping[str, str]] | None, optional)
            company (Mapping[str, str] | None, optional): Keys of the one company the user belongs to
            company_id (str | None, optional)
            company_ids (Sequence[str] | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional): Trait values to set, by trait name
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import create_user as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
                companies=companies,
                company=company,
                company_id=company_id,
                company_ids=company_ids,
                id=id,
                last_seen_at=last_seen_at,
                name=name,
                remove_keys=remove_keys,
                traits=traits,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_company(
        self,
        *,
        company_id: str,
        cancel_subscription: bool | Unset = UNSET,
        prorate: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeleteCompanyResponse:
        """Delete a company.

        `DELETE /companies/{company_id}`

        Args:
            company_id (str)
            cancel_subscription (bool, optional)
            prorate (bool, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCompanyResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_company as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                cancel_subscription=cancel_subscription,
                prorate=prorate,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_company_by_keys(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> DeleteCompanyByKeysResponse:
        """Delete a company found by its keys.

        `POST /companies/delete`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCompanyByKeysResponse: the response envelope; `.data` is CompanyResponseData.
        """
        from . import delete_company_by_keys as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_company_membership(
        self,
        *,
        company_membership_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteCompanyMembershipResponse:
        """Delete company membership.

        `DELETE /company-memberships/{company_membership_id}`

        Args:
            company_membership_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCompanyMembershipResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_company_membership as _operation

        return self._requester.request(
            _operation.build_request(
                company_membership_id=company_membership_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_entity_key_definition(
        self,
        *,
        entity_key_definition_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteEntityKeyDefinitionResponse:
        """Delete entity key definition.

        `DELETE /entity-key-definitions/{entity_key_definition_id}`

        Args:
            entity_key_definition_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteEntityKeyDefinitionResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_entity_key_definition as _operation

        return self._requester.request(
            _operation.build_request(
                entity_key_definition_id=entity_key_definition_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_entity_trait_definition(
        self,
        *,
        entity_trait_definition_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteEntityTraitDefinitionResponse:
        """Delete entity trait definition.

        `DELETE /entity-trait-definitions/{entity_trait_definition_id}`

        Args:
            entity_trait_definition_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteEntityTraitDefinitionResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_entity_trait_definition as _operation

        return self._requester.request(
            _operation.build_request(
                entity_trait_definition_id=entity_trait_definition_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_user(
        self,
        *,
        user_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteUserResponse:
        """Delete a user.

        `DELETE /users/{user_id}`

        Args:
            user_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteUserResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_user as _operation

        return self._requester.request(
            _operation.build_request(
                user_id=user_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_user_by_keys(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> DeleteUserByKeysResponse:
        """Delete a user found by its keys.

        `POST /users/delete`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteUserByKeysResponse: the response envelope; `.data` is UserResponseData.
        """
        from . import delete_user_by_keys as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_active_company_subscription(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetActiveCompanySubscriptionResponse:
        """Get active company subscription.

        `GET /company-subscriptions`

        Args:
            company_id (str, optional)
            company_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetActiveCompanySubscriptionResponse: the response envelope; `.data` is list[CompanySubscriptionResponseData].
        """
        from . import get_active_company_subscription as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_ids=company_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_billing_entity_child_subscriptions(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetBillingEntityChildSubscriptionsResponse:
        """Get billing entity child subscriptions.

        `GET /company-billing-entity-subscriptions`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetBillingEntityChildSubscriptionsResponse: the response envelope; `.data` is list[CompanyBillingEntitySubscriptionResponseData].
        """
        from . import get_billing_entity_child_subscriptions as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_company(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCompanyResponse:
        """Get a company by id.

        `GET /companies/{company_id}`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import get_company as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_company_billing_entity(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCompanyBillingEntityResponse:
        """Get company billing entity.

        `GET /company-billing-entity`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCompanyBillingEntityResponse: the response envelope; `.data` is list[CompanyBillingEntityResponseData].
        """
        from . import get_company_billing_entity as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_entity_trait_definition(
        self,
        *,
        entity_trait_definition_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetEntityTraitDefinitionResponse:
        """Get entity trait definition.

        `GET /entity-trait-definitions/{entity_trait_definition_id}`

        Args:
            entity_trait_definition_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEntityTraitDefinitionResponse: the response envelope; `.data` is EntityTraitDefinitionResponseData.
        """
        from . import get_entity_trait_definition as _operation

        return self._requester.request(
            _operation.build_request(
                entity_trait_definition_id=entity_trait_definition_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_entity_trait_definition_usage(
        self,
        *,
        entity_trait_definition_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetEntityTraitDefinitionUsageResponse:
        """Get entity trait definition usage.

        `GET /entity-trait-definitions/{entity_trait_definition_id}/usage`

        Args:
            entity_trait_definition_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEntityTraitDefinitionUsageResponse: the response envelope; `.data` is EntityTraitDefinitionUsage.
        """
        from . import get_entity_trait_definition_usage as _operation

        return self._requester.request(
            _operation.build_request(
                entity_trait_definition_id=entity_trait_definition_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_entity_trait_values(
        self,
        *,
        definition_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetEntityTraitValuesResponse:
        """Get entity trait values.

        `GET /entity-trait-values`

        Args:
            definition_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEntityTraitValuesResponse: the response envelope; `.data` is list[EntityTraitValue].
        """
        from . import get_entity_trait_values as _operation

        return self._requester.request(
            _operation.build_request(
                definition_id=definition_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_or_create_company_membership(
        self,
        *,
        company_id: str,
        user_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetOrCreateCompanyMembershipResponse:
        """Add a user to a company (or get the existing membership).

        `POST /company-memberships`

        Args:
            company_id (str)
            user_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetOrCreateCompanyMembershipResponse: the response envelope; `.data` is CompanyMembershipDetailResponseData.
        """
        from . import get_or_create_company_membership as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                user_id=user_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_or_create_entity_trait_definition(
        self,
        *,
        entity_type: EntityType,
        hierarchy: Sequence[str],
        trait_type: TraitType,
        display_name: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetOrCreateEntityTraitDefinitionResponse:
        """Get or create a trait definition.

        `POST /entity-trait-definitions`

        Args:
            entity_type (EntityType)
            hierarchy (Sequence[str])
            trait_type (TraitType)
            display_name (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetOrCreateEntityTraitDefinitionResponse: the response envelope; `.data` is EntityTraitDefinitionResponseData.
        """
        from . import get_or_create_entity_trait_definition as _operation

        return self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                hierarchy=hierarchy,
                trait_type=trait_type,
                display_name=display_name,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_plan_change(
        self,
        *,
        plan_change_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetPlanChangeResponse:
        """Get plan change.

        `GET /plan-changes/{plan_change_id}`

        Args:
            plan_change_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanChangeResponse: the response envelope; `.data` is PlanChangeResponseData.
        """
        from . import get_plan_change as _operation

        return self._requester.request(
            _operation.build_request(
                plan_change_id=plan_change_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_plan_trait(
        self,
        *,
        plan_trait_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetPlanTraitResponse:
        """Get plan trait.

        `GET /plan-traits/{plan_trait_id}`

        Args:
            plan_trait_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanTraitResponse: the response envelope; `.data` is PlanTraitResponseData.
        """
        from . import get_plan_trait as _operation

        return self._requester.request(
            _operation.build_request(
                plan_trait_id=plan_trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_user(
        self,
        *,
        user_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetUserResponse:
        """Get a user by id.

        `GET /users/{user_id}`

        Args:
            user_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import get_user as _operation

        return self._requester.request(
            _operation.build_request(
                user_id=user_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_companies(
        self,
        *,
        credit_type_ids: Sequence[str] | Unset = UNSET,
        has_scheduled_downgrade: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        monetized_subscriptions: bool | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        plan_version_unpublished: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        sort_order_column: str | Unset = UNSET,
        sort_order_direction: SortDirection | Unset = UNSET,
        subscription_statuses: Sequence[SubscriptionStatus] | Unset = UNSET,
        subscription_types: Sequence[SubscriptionType] | Unset = UNSET,
        with_entitlement_for: str | Unset = UNSET,
        without_feature_override_for: str | Unset = UNSET,
        without_plan: bool | Unset = UNSET,
        without_subscription: bool | Unset = UNSET,
        with_subscription: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompaniesResponse:
        """List companies.

        `GET /companies`

        Args:
            credit_type_ids (Sequence[str], optional)
            has_scheduled_downgrade (bool, optional)
            ids (Sequence[str], optional)
            monetized_subscriptions (bool, optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            plan_version_unpublished (bool, optional)
            q (str, optional)
            sort_order_column (str, optional)
            sort_order_direction (SortDirection, optional)
            subscription_statuses (Sequence[SubscriptionStatus], optional)
            subscription_types (Sequence[SubscriptionType], optional)
            with_entitlement_for (str, optional)
            without_feature_override_for (str, optional)
            without_plan (bool, optional)
            without_subscription (bool, optional)
            with_subscription (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompaniesResponse: the response envelope; `.data` is list[CompanyDetailResponseData].
        """
        from . import list_companies as _operation

        return self._requester.request(
            _operation.build_request(
                credit_type_ids=credit_type_ids,
                has_scheduled_downgrade=has_scheduled_downgrade,
                ids=ids,
                monetized_subscriptions=monetized_subscriptions,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                plan_version_unpublished=plan_version_unpublished,
                q=q,
                sort_order_column=sort_order_column,
                sort_order_direction=sort_order_direction,
                subscription_statuses=subscription_statuses,
                subscription_types=subscription_types,
                with_entitlement_for=with_entitlement_for,
                without_feature_override_for=without_feature_override_for,
                without_plan=without_plan,
                without_subscription=without_subscription,
                with_subscription=with_subscription,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_company_memberships(
        self,
        *,
        company_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyMembershipsResponse:
        """List company memberships.

        `GET /company-memberships`

        Args:
            company_id (str, optional)
            user_id (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyMembershipsResponse: the response envelope; `.data` is list[CompanyMembershipDetailResponseData].
        """
        from . import list_company_memberships as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                user_id=user_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_entity_key_definitions(
        self,
        *,
        entity_type: EntityType | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListEntityKeyDefinitionsResponse:
        """List entity key definitions.

        `GET /entity-key-definitions`

        Args:
            entity_type (EntityType, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListEntityKeyDefinitionsResponse: the response envelope; `.data` is list[EntityKeyDefinitionResponseData].
        """
        from . import list_entity_key_definitions as _operation

        return self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_entity_trait_definitions(
        self,
        *,
        entity_type: EntityType | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        trait_type: TraitType | Unset = UNSET,
        trait_types: Sequence[TraitType] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListEntityTraitDefinitionsResponse:
        """List entity trait definitions.

        `GET /entity-trait-definitions`

        Args:
            entity_type (EntityType, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            trait_type (TraitType, optional)
            trait_types (Sequence[TraitType], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListEntityTraitDefinitionsResponse: the response envelope; `.data` is list[EntityTraitDefinitionResponseData].
        """
        from . import list_entity_trait_definitions as _operation

        return self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                ids=ids,
                q=q,
                trait_type=trait_type,
                trait_types=trait_types,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_plan_changes(
        self,
        *,
        action: PlanChangeAction | Unset = UNSET,
        base_plan_action: PlanChangeBasePlanAction | Unset = UNSET,
        company_id: str | Unset = UNSET,
        company_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlanChangesResponse:
        """List plan changes.

        `GET /plan-changes`

        Args:
            action (PlanChangeAction, optional)
            base_plan_action (PlanChangeBasePlanAction, optional)
            company_id (str, optional)
            company_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlanChangesResponse: the response envelope; `.data` is list[PlanChangeResponseData].
        """
        from . import list_plan_changes as _operation

        return self._requester.request(
            _operation.build_request(
                action=action,
                base_plan_action=base_plan_action,
                company_id=company_id,
                company_ids=company_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_plan_traits(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        trait_id: str | Unset = UNSET,
        trait_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlanTraitsResponse:
        """List plan traits.

        `GET /plan-traits`

        Args:
            ids (Sequence[str], optional)
            plan_id (str, optional)
            trait_id (str, optional)
            trait_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlanTraitsResponse: the response envelope; `.data` is list[PlanTraitResponseData].
        """
        from . import list_plan_traits as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                plan_id=plan_id,
                trait_id=trait_id,
                trait_ids=trait_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_users(
        self,
        *,
        company_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListUsersResponse:
        """List users.

        `GET /users`

        Args:
            company_id (str, optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListUsersResponse: the response envelope; `.data` is list[UserDetailResponseData].
        """
        from . import list_users as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                ids=ids,
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def lookup_company(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> LookupCompanyResponse:
        """Look up a company by its keys.

        `GET /companies/lookup`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            LookupCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import lookup_company as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    def lookup_user(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> LookupUserResponse:
        """Look up a user by its keys.

        `GET /users/lookup`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            LookupUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import lookup_user as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_entity_trait_definition(
        self,
        *,
        entity_trait_definition_id: str,
        trait_type: TraitType,
        display_name: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateEntityTraitDefinitionResponse:
        """Update entity trait definition.

        `PUT /entity-trait-definitions/{entity_trait_definition_id}`

        Args:
            entity_trait_definition_id (str)
            trait_type (TraitType)
            display_name (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateEntityTraitDefinitionResponse: the response envelope; `.data` is EntityTraitDefinitionResponseData.
        """
        from . import update_entity_trait_definition as _operation

        return self._requester.request(
            _operation.build_request(
                entity_trait_definition_id=entity_trait_definition_id,
                trait_type=trait_type,
                display_name=display_name,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_plan_traits_bulk(
        self,
        *,
        apply_to_existing_companies: bool,
        plan_id: str,
        traits: Sequence[UpdatePlanTraitTraitRequestBody | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanTraitsBulkResponse:
        """Update plan traits bulk.

        `POST /plan-traits/bulk`

        Args:
            apply_to_existing_companies (bool)
            plan_id (str)
            traits (Sequence[UpdatePlanTraitTraitRequestBody | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanTraitsBulkResponse: the response envelope; `.data` is list[PlanTraitResponseData].
        """
        from . import update_plan_traits_bulk as _operation

        return self._requester.request(
            _operation.build_request(
                apply_to_existing_companies=apply_to_existing_companies,
                plan_id=plan_id,
                traits=traits,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_company(
        self,
        *,
        keys: Mapping[str, str],
        base_plan_id: str | None | Unset = UNSET,
        base_plan_price_id: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_seen_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        prevent_key_remap: bool | None | Unset = UNSET,
        remove_keys: Sequence[str] | Unset = UNSET,
        traits: Mapping[str, Any] | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertCompanyResponse:
        """Create or update a company.

        `POST /companies`

        Args:
            keys (Mapping[str, str]): Keys identifying the company, e.g. {"id": "acme"}
            base_plan_id (str | None, optional)
            base_plan_price_id (str | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            prevent_key_remap (bool | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional): Trait values to set, by trait name
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import upsert_company as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
                base_plan_id=base_plan_id,
                base_plan_price_id=base_plan_price_id,
                id=id,
                last_seen_at=last_seen_at,
                name=name,
                prevent_key_remap=prevent_key_remap,
                remove_keys=remove_keys,
                traits=traits,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_company_trait(
        self,
        *,
        keys: Mapping[str, str],
        trait: str,
        incr: int | None | Unset = UNSET,
        set_: str | None | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertCompanyTraitResponse:
        """Set or increment a trait on a company.

        `POST /company-traits`

        Args:
            keys (Mapping[str, str])
            trait (str)
            incr (int | None, optional)
            set_ (str | None, optional)
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertCompanyTraitResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import upsert_company_trait as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
                trait=trait,
                incr=incr,
                set_=set_,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_user(
        self,
        *,
        keys: Mapping[str, str],
        companies: Sequence[Mapping[str, str]] | None | Unset = UNSET,
        company: Mapping[str, str] | None | Unset = UNSET,
        company_id: str | None | Unset = UNSET,
        company_ids: Sequence[str] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_seen_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        remove_keys: Sequence[str] | Unset = UNSET,
        traits: Mapping[str, Any] | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertUserResponse:
        """Create or update a user.

        `POST /users`

        Args:
            keys (Mapping[str, str]): Keys identifying the user, e.g. {"email": "wcoyote@acme.net"}
            companies (Sequence[Mapping[str, str]] | None, optional)
            company (Mapping[str, str] | None, optional): Keys of the one company the user belongs to
            company_id (str | None, optional)
            company_ids (Sequence[str] | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional): Trait values to set, by trait name
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import upsert_user as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
                companies=companies,
                company=company,
                company_id=company_id,
                company_ids=company_ids,
                id=id,
                last_seen_at=last_seen_at,
                name=name,
                remove_keys=remove_keys,
                traits=traits,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_user_trait(
        self,
        *,
        keys: Mapping[str, str],
        trait: str,
        incr: int | None | Unset = UNSET,
        set_: str | None | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertUserTraitResponse:
        """Set or increment a trait on a user.

        `POST /user-traits`

        Args:
            keys (Mapping[str, str])
            trait (str)
            incr (int | None, optional)
            set_ (str | None, optional)
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertUserTraitResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import upsert_user_trait as _operation

        return self._requester.request(
            _operation.build_request(
                keys=keys,
                trait=trait,
                incr=incr,
                set_=set_,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncCompaniesResource:
    """Operations tagged `companies` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def count_companies(
        self,
        *,
        credit_type_ids: Sequence[str] | Unset = UNSET,
        has_scheduled_downgrade: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        monetized_subscriptions: bool | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        plan_version_unpublished: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        sort_order_column: str | Unset = UNSET,
        sort_order_direction: SortDirection | Unset = UNSET,
        subscription_statuses: Sequence[SubscriptionStatus] | Unset = UNSET,
        subscription_types: Sequence[SubscriptionType] | Unset = UNSET,
        with_entitlement_for: str | Unset = UNSET,
        without_feature_override_for: str | Unset = UNSET,
        without_plan: bool | Unset = UNSET,
        without_subscription: bool | Unset = UNSET,
        with_subscription: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCompaniesResponse:
        """Count companies.

        `GET /companies/count`

        Args:
            credit_type_ids (Sequence[str], optional)
            has_scheduled_downgrade (bool, optional)
            ids (Sequence[str], optional)
            monetized_subscriptions (bool, optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            plan_version_unpublished (bool, optional)
            q (str, optional)
            sort_order_column (str, optional)
            sort_order_direction (SortDirection, optional)
            subscription_statuses (Sequence[SubscriptionStatus], optional)
            subscription_types (Sequence[SubscriptionType], optional)
            with_entitlement_for (str, optional)
            without_feature_override_for (str, optional)
            without_plan (bool, optional)
            without_subscription (bool, optional)
            with_subscription (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCompaniesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_companies as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_type_ids=credit_type_ids,
                has_scheduled_downgrade=has_scheduled_downgrade,
                ids=ids,
                monetized_subscriptions=monetized_subscriptions,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                plan_version_unpublished=plan_version_unpublished,
                q=q,
                sort_order_column=sort_order_column,
                sort_order_direction=sort_order_direction,
                subscription_statuses=subscription_statuses,
                subscription_types=subscription_types,
                with_entitlement_for=with_entitlement_for,
                without_feature_override_for=without_feature_override_for,
                without_plan=without_plan,
                without_subscription=without_subscription,
                with_subscription=with_subscription,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_entity_key_definitions(
        self,
        *,
        entity_type: EntityType | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountEntityKeyDefinitionsResponse:
        """Count entity key definitions.

        `GET /entity-key-definitions/count`

        Args:
            entity_type (EntityType, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountEntityKeyDefinitionsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_entity_key_definitions as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_entity_keys(
        self,
        *,
        definition_id: str | Unset = UNSET,
        entity_type: EntityType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountEntityKeysResponse:
        """Count entity keys.

        `GET /entity-keys/count`

        Args:
            definition_id (str, optional)
            entity_type (EntityType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountEntityKeysResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_entity_keys as _operation

        return await self._requester.request(
            _operation.build_request(
                definition_id=definition_id,
                entity_type=entity_type,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_entity_trait_definitions(
        self,
        *,
        entity_type: EntityType | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        trait_type: TraitType | Unset = UNSET,
        trait_types: Sequence[TraitType] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountEntityTraitDefinitionsResponse:
        """Count entity trait definitions.

        `GET /entity-trait-definitions/count`

        Args:
            entity_type (EntityType, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            trait_type (TraitType, optional)
            trait_types (Sequence[TraitType], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountEntityTraitDefinitionsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_entity_trait_definitions as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                ids=ids,
                q=q,
                trait_type=trait_type,
                trait_types=trait_types,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_entity_traits(
        self,
        *,
        definition_id: str | Unset = UNSET,
        entity_type: EntityType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountEntityTraitsResponse:
        """Count entity traits.

        `GET /entity-traits/count`

        Args:
            definition_id (str, optional)
            entity_type (EntityType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountEntityTraitsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_entity_traits as _operation

        return await self._requester.request(
            _operation.build_request(
                definition_id=definition_id,
                entity_type=entity_type,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_plan_traits(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        trait_id: str | Unset = UNSET,
        trait_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountPlanTraitsResponse:
        """Count plan traits.

        `GET /plan-traits/count`

        Args:
            ids (Sequence[str], optional)
            plan_id (str, optional)
            trait_id (str, optional)
            trait_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountPlanTraitsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_plan_traits as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                plan_id=plan_id,
                trait_id=trait_id,
                trait_ids=trait_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_users(
        self,
        *,
        company_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountUsersResponse:
        """Count users.

        `GET /users/count`

        Args:
            company_id (str, optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountUsersResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_users as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                ids=ids,
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_company(
        self,
        *,
        keys: Mapping[str, str],
        base_plan_id: str | None | Unset = UNSET,
        base_plan_price_id: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_seen_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        prevent_key_remap: bool | None | Unset = UNSET,
        remove_keys: Sequence[str] | Unset = UNSET,
        traits: Mapping[str, Any] | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCompanyResponse:
        """Create a company.

        `POST /companies/create`

        Args:
            keys (Mapping[str, str]): Keys identifying the company, e.g. {"id": "acme"}
            base_plan_id (str | None, optional)
            base_plan_price_id (str | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            prevent_key_remap (bool | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional): Trait values to set, by trait name
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import create_company as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
                base_plan_id=base_plan_id,
                base_plan_price_id=base_plan_price_id,
                id=id,
                last_seen_at=last_seen_at,
                name=name,
                prevent_key_remap=prevent_key_remap,
                remove_keys=remove_keys,
                traits=traits,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_user(
        self,
        *,
        keys: Mapping[str, str],
        companies: Sequence[Mapping[str, str]] | None | Unset = UNSET,
        company: Mapping[str, str] | None | Unset = UNSET,
        company_id: str | None | Unset = UNSET,
        company_ids: Sequence[str] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_seen_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        remove_keys: Sequence[str] | Unset = UNSET,
        traits: Mapping[str, Any] | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateUserResponse:
        """Create a user.

        `POST /users/create`

        Args:
            keys (Mapping[str, str]): Keys identifying the user, e.g. {"email": "wcoyote@acme.net"}
            companies (Sequence[Mapping[str, str]] | None, optional)
            company (Mapping[str, str] | None, optional): Keys of the one company the user belongs to
            company_id (str | None, optional)
            company_ids (Sequence[str] | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional): Trait values to set, by trait name
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import create_user as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
                companies=companies,
                company=company,
                company_id=company_id,
                company_ids=company_ids,
                id=id,
                last_seen_at=last_seen_at,
                name=name,
                remove_keys=remove_keys,
                traits=traits,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_company(
        self,
        *,
        company_id: str,
        cancel_subscription: bool | Unset = UNSET,
        prorate: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeleteCompanyResponse:
        """Delete a company.

        `DELETE /companies/{company_id}`

        Args:
            company_id (str)
            cancel_subscription (bool, optional)
            prorate (bool, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCompanyResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_company as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                cancel_subscription=cancel_subscription,
                prorate=prorate,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_company_by_keys(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> DeleteCompanyByKeysResponse:
        """Delete a company found by its keys.

        `POST /companies/delete`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCompanyByKeysResponse: the response envelope; `.data` is CompanyResponseData.
        """
        from . import delete_company_by_keys as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_company_membership(
        self,
        *,
        company_membership_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteCompanyMembershipResponse:
        """Delete company membership.

        `DELETE /company-memberships/{company_membership_id}`

        Args:
            company_membership_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCompanyMembershipResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_company_membership as _operation

        return await self._requester.request(
            _operation.build_request(
                company_membership_id=company_membership_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_entity_key_definition(
        self,
        *,
        entity_key_definition_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteEntityKeyDefinitionResponse:
        """Delete entity key definition.

        `DELETE /entity-key-definitions/{entity_key_definition_id}`

        Args:
            entity_key_definition_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteEntityKeyDefinitionResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_entity_key_definition as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_key_definition_id=entity_key_definition_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_entity_trait_definition(
        self,
        *,
        entity_trait_definition_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteEntityTraitDefinitionResponse:
        """Delete entity trait definition.

        `DELETE /entity-trait-definitions/{entity_trait_definition_id}`

        Args:
            entity_trait_definition_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteEntityTraitDefinitionResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_entity_trait_definition as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_trait_definition_id=entity_trait_definition_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_user(
        self,
        *,
        user_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteUserResponse:
        """Delete a user.

        `DELETE /users/{user_id}`

        Args:
            user_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteUserResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_user as _operation

        return await self._requester.request(
            _operation.build_request(
                user_id=user_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_user_by_keys(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> DeleteUserByKeysResponse:
        """Delete a user found by its keys.

        `POST /users/delete`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteUserByKeysResponse: the response envelope; `.data` is UserResponseData.
        """
        from . import delete_user_by_keys as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_active_company_subscription(
        self,
        *,
        company_id: str | Unset = UNSET,
        company_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetActiveCompanySubscriptionResponse:
        """Get active company subscription.

        `GET /company-subscriptions`

        Args:
            company_id (str, optional)
            company_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetActiveCompanySubscriptionResponse: the response envelope; `.data` is list[CompanySubscriptionResponseData].
        """
        from . import get_active_company_subscription as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                company_ids=company_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_billing_entity_child_subscriptions(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetBillingEntityChildSubscriptionsResponse:
        """Get billing entity child subscriptions.

        `GET /company-billing-entity-subscriptions`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetBillingEntityChildSubscriptionsResponse: the response envelope; `.data` is list[CompanyBillingEntitySubscriptionResponseData].
        """
        from . import get_billing_entity_child_subscriptions as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_company(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCompanyResponse:
        """Get a company by id.

        `GET /companies/{company_id}`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import get_company as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_company_billing_entity(
        self,
        *,
        company_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCompanyBillingEntityResponse:
        """Get company billing entity.

        `GET /company-billing-entity`

        Args:
            company_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCompanyBillingEntityResponse: the response envelope; `.data` is list[CompanyBillingEntityResponseData].
        """
        from . import get_company_billing_entity as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_entity_trait_definition(
        self,
        *,
        entity_trait_definition_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetEntityTraitDefinitionResponse:
        """Get entity trait definition.

        `GET /entity-trait-definitions/{entity_trait_definition_id}`

        Args:
            entity_trait_definition_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEntityTraitDefinitionResponse: the response envelope; `.data` is EntityTraitDefinitionResponseData.
        """
        from . import get_entity_trait_definition as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_trait_definition_id=entity_trait_definition_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_entity_trait_definition_usage(
        self,
        *,
        entity_trait_definition_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetEntityTraitDefinitionUsageResponse:
        """Get entity trait definition usage.

        `GET /entity-trait-definitions/{entity_trait_definition_id}/usage`

        Args:
            entity_trait_definition_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEntityTraitDefinitionUsageResponse: the response envelope; `.data` is EntityTraitDefinitionUsage.
        """
        from . import get_entity_trait_definition_usage as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_trait_definition_id=entity_trait_definition_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_entity_trait_values(
        self,
        *,
        definition_id: str,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetEntityTraitValuesResponse:
        """Get entity trait values.

        `GET /entity-trait-values`

        Args:
            definition_id (str)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEntityTraitValuesResponse: the response envelope; `.data` is list[EntityTraitValue].
        """
        from . import get_entity_trait_values as _operation

        return await self._requester.request(
            _operation.build_request(
                definition_id=definition_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_or_create_company_membership(
        self,
        *,
        company_id: str,
        user_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetOrCreateCompanyMembershipResponse:
        """Add a user to a company (or get the existing membership).

        `POST /company-memberships`

        Args:
            company_id (str)
            user_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetOrCreateCompanyMembershipResponse: the response envelope; `.data` is CompanyMembershipDetailResponseData.
        """
        from . import get_or_create_company_membership as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                user_id=user_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_or_create_entity_trait_definition(
        self,
        *,
        entity_type: EntityType,
        hierarchy: Sequence[str],
        trait_type: TraitType,
        display_name: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetOrCreateEntityTraitDefinitionResponse:
        """Get or create a trait definition.

        `POST /entity-trait-definitions`

        Args:
            entity_type (EntityType)
            hierarchy (Sequence[str])
            trait_type (TraitType)
            display_name (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetOrCreateEntityTraitDefinitionResponse: the response envelope; `.data` is EntityTraitDefinitionResponseData.
        """
        from . import get_or_create_entity_trait_definition as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                hierarchy=hierarchy,
                trait_type=trait_type,
                display_name=display_name,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_plan_change(
        self,
        *,
        plan_change_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetPlanChangeResponse:
        """Get plan change.

        `GET /plan-changes/{plan_change_id}`

        Args:
            plan_change_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanChangeResponse: the response envelope; `.data` is PlanChangeResponseData.
        """
        from . import get_plan_change as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_change_id=plan_change_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_plan_trait(
        self,
        *,
        plan_trait_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetPlanTraitResponse:
        """Get plan trait.

        `GET /plan-traits/{plan_trait_id}`

        Args:
            plan_trait_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlanTraitResponse: the response envelope; `.data` is PlanTraitResponseData.
        """
        from . import get_plan_trait as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_trait_id=plan_trait_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_user(
        self,
        *,
        user_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetUserResponse:
        """Get a user by id.

        `GET /users/{user_id}`

        Args:
            user_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import get_user as _operation

        return await self._requester.request(
            _operation.build_request(
                user_id=user_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_companies(
        self,
        *,
        credit_type_ids: Sequence[str] | Unset = UNSET,
        has_scheduled_downgrade: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        monetized_subscriptions: bool | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        plan_ids: Sequence[str] | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        plan_version_ids: Sequence[str] | Unset = UNSET,
        plan_version_unpublished: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        sort_order_column: str | Unset = UNSET,
        sort_order_direction: SortDirection | Unset = UNSET,
        subscription_statuses: Sequence[SubscriptionStatus] | Unset = UNSET,
        subscription_types: Sequence[SubscriptionType] | Unset = UNSET,
        with_entitlement_for: str | Unset = UNSET,
        without_feature_override_for: str | Unset = UNSET,
        without_plan: bool | Unset = UNSET,
        without_subscription: bool | Unset = UNSET,
        with_subscription: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompaniesResponse:
        """List companies.

        `GET /companies`

        Args:
            credit_type_ids (Sequence[str], optional)
            has_scheduled_downgrade (bool, optional)
            ids (Sequence[str], optional)
            monetized_subscriptions (bool, optional)
            plan_id (str, optional)
            plan_ids (Sequence[str], optional)
            plan_version_id (str, optional)
            plan_version_ids (Sequence[str], optional)
            plan_version_unpublished (bool, optional)
            q (str, optional)
            sort_order_column (str, optional)
            sort_order_direction (SortDirection, optional)
            subscription_statuses (Sequence[SubscriptionStatus], optional)
            subscription_types (Sequence[SubscriptionType], optional)
            with_entitlement_for (str, optional)
            without_feature_override_for (str, optional)
            without_plan (bool, optional)
            without_subscription (bool, optional)
            with_subscription (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompaniesResponse: the response envelope; `.data` is list[CompanyDetailResponseData].
        """
        from . import list_companies as _operation

        return await self._requester.request(
            _operation.build_request(
                credit_type_ids=credit_type_ids,
                has_scheduled_downgrade=has_scheduled_downgrade,
                ids=ids,
                monetized_subscriptions=monetized_subscriptions,
                plan_id=plan_id,
                plan_ids=plan_ids,
                plan_version_id=plan_version_id,
                plan_version_ids=plan_version_ids,
                plan_version_unpublished=plan_version_unpublished,
                q=q,
                sort_order_column=sort_order_column,
                sort_order_direction=sort_order_direction,
                subscription_statuses=subscription_statuses,
                subscription_types=subscription_types,
                with_entitlement_for=with_entitlement_for,
                without_feature_override_for=without_feature_override_for,
                without_plan=without_plan,
                without_subscription=without_subscription,
                with_subscription=with_subscription,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_company_memberships(
        self,
        *,
        company_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyMembershipsResponse:
        """List company memberships.

        `GET /company-memberships`

        Args:
            company_id (str, optional)
            user_id (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyMembershipsResponse: the response envelope; `.data` is list[CompanyMembershipDetailResponseData].
        """
        from . import list_company_memberships as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                user_id=user_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_entity_key_definitions(
        self,
        *,
        entity_type: EntityType | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListEntityKeyDefinitionsResponse:
        """List entity key definitions.

        `GET /entity-key-definitions`

        Args:
            entity_type (EntityType, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListEntityKeyDefinitionsResponse: the response envelope; `.data` is list[EntityKeyDefinitionResponseData].
        """
        from . import list_entity_key_definitions as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_entity_trait_definitions(
        self,
        *,
        entity_type: EntityType | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        trait_type: TraitType | Unset = UNSET,
        trait_types: Sequence[TraitType] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListEntityTraitDefinitionsResponse:
        """List entity trait definitions.

        `GET /entity-trait-definitions`

        Args:
            entity_type (EntityType, optional)
            ids (Sequence[str], optional)
            q (str, optional)
            trait_type (TraitType, optional)
            trait_types (Sequence[TraitType], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListEntityTraitDefinitionsResponse: the response envelope; `.data` is list[EntityTraitDefinitionResponseData].
        """
        from . import list_entity_trait_definitions as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                ids=ids,
                q=q,
                trait_type=trait_type,
                trait_types=trait_types,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_plan_changes(
        self,
        *,
        action: PlanChangeAction | Unset = UNSET,
        base_plan_action: PlanChangeBasePlanAction | Unset = UNSET,
        company_id: str | Unset = UNSET,
        company_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlanChangesResponse:
        """List plan changes.

        `GET /plan-changes`

        Args:
            action (PlanChangeAction, optional)
            base_plan_action (PlanChangeBasePlanAction, optional)
            company_id (str, optional)
            company_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlanChangesResponse: the response envelope; `.data` is list[PlanChangeResponseData].
        """
        from . import list_plan_changes as _operation

        return await self._requester.request(
            _operation.build_request(
                action=action,
                base_plan_action=base_plan_action,
                company_id=company_id,
                company_ids=company_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_plan_traits(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        trait_id: str | Unset = UNSET,
        trait_ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPlanTraitsResponse:
        """List plan traits.

        `GET /plan-traits`

        Args:
            ids (Sequence[str], optional)
            plan_id (str, optional)
            trait_id (str, optional)
            trait_ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPlanTraitsResponse: the response envelope; `.data` is list[PlanTraitResponseData].
        """
        from . import list_plan_traits as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                plan_id=plan_id,
                trait_id=trait_id,
                trait_ids=trait_ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_users(
        self,
        *,
        company_id: str | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListUsersResponse:
        """List users.

        `GET /users`

        Args:
            company_id (str, optional)
            ids (Sequence[str], optional)
            plan_id (str, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListUsersResponse: the response envelope; `.data` is list[UserDetailResponseData].
        """
        from . import list_users as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                ids=ids,
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def lookup_company(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> LookupCompanyResponse:
        """Look up a company by its keys.

        `GET /companies/lookup`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            LookupCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import lookup_company as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    async def lookup_user(
        self,
        *,
        keys: Mapping[str, str],
        request_options: RequestOptions | None = None,
    ) -> LookupUserResponse:
        """Look up a user by its keys.

        `GET /users/lookup`

        Args:
            keys (Mapping[str, str])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            LookupUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import lookup_user as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_entity_trait_definition(
        self,
        *,
        entity_trait_definition_id: str,
        trait_type: TraitType,
        display_name: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateEntityTraitDefinitionResponse:
        """Update entity trait definition.

        `PUT /entity-trait-definitions/{entity_trait_definition_id}`

        Args:
            entity_trait_definition_id (str)
            trait_type (TraitType)
            display_name (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateEntityTraitDefinitionResponse: the response envelope; `.data` is EntityTraitDefinitionResponseData.
        """
        from . import update_entity_trait_definition as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_trait_definition_id=entity_trait_definition_id,
                trait_type=trait_type,
                display_name=display_name,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_plan_traits_bulk(
        self,
        *,
        apply_to_existing_companies: bool,
        plan_id: str,
        traits: Sequence[UpdatePlanTraitTraitRequestBody | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanTraitsBulkResponse:
        """Update plan traits bulk.

        `POST /plan-traits/bulk`

        Args:
            apply_to_existing_companies (bool)
            plan_id (str)
            traits (Sequence[UpdatePlanTraitTraitRequestBody | Mapping[str, Any]])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanTraitsBulkResponse: the response envelope; `.data` is list[PlanTraitResponseData].
        """
        from . import update_plan_traits_bulk as _operation

        return await self._requester.request(
            _operation.build_request(
                apply_to_existing_companies=apply_to_existing_companies,
                plan_id=plan_id,
                traits=traits,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_company(
        self,
        *,
        keys: Mapping[str, str],
        base_plan_id: str | None | Unset = UNSET,
        base_plan_price_id: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_seen_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        prevent_key_remap: bool | None | Unset = UNSET,
        remove_keys: Sequence[str] | Unset = UNSET,
        traits: Mapping[str, Any] | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertCompanyResponse:
        """Create or update a company.

        `POST /companies`

        Args:
            keys (Mapping[str, str]): Keys identifying the company, e.g. {"id": "acme"}
            base_plan_id (str | None, optional)
            base_plan_price_id (str | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            prevent_key_remap (bool | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional): Trait values to set, by trait name
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import upsert_company as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
                base_plan_id=base_plan_id,
                base_plan_price_id=base_plan_price_id,
                id=id,
                last_seen_at=last_seen_at,
                name=name,
                prevent_key_remap=prevent_key_remap,
                remove_keys=remove_keys,
                traits=traits,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_company_trait(
        self,
        *,
        keys: Mapping[str, str],
        trait: str,
        incr: int | None | Unset = UNSET,
        set_: str | None | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertCompanyTraitResponse:
        """Set or increment a trait on a company.

        `POST /company-traits`

        Args:
            keys (Mapping[str, str])
            trait (str)
            incr (int | None, optional)
            set_ (str | None, optional)
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertCompanyTraitResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        from . import upsert_company_trait as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
                trait=trait,
                incr=incr,
                set_=set_,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_user(
        self,
        *,
        keys: Mapping[str, str],
        companies: Sequence[Mapping[str, str]] | None | Unset = UNSET,
        company: Mapping[str, str] | None | Unset = UNSET,
        company_id: str | None | Unset = UNSET,
        company_ids: Sequence[str] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_seen_at: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        remove_keys: Sequence[str] | Unset = UNSET,
        traits: Mapping[str, Any] | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertUserResponse:
        """Create or update a user.

        `POST /users`

        Args:
            keys (Mapping[str, str]): Keys identifying the user, e.g. {"email": "wcoyote@acme.net"}
            companies (Sequence[Mapping[str, str]] | None, optional)
            company (Mapping[str, str] | None, optional): Keys of the one company the user belongs to
            company_id (str | None, optional)
            company_ids (Sequence[str] | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional): Trait values to set, by trait name
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import upsert_user as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
                companies=companies,
                company=company,
                company_id=company_id,
                company_ids=company_ids,
                id=id,
                last_seen_at=last_seen_at,
                name=name,
                remove_keys=remove_keys,
                traits=traits,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_user_trait(
        self,
        *,
        keys: Mapping[str, str],
        trait: str,
        incr: int | None | Unset = UNSET,
        set_: str | None | Unset = UNSET,
        update_only: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertUserTraitResponse:
        """Set or increment a trait on a user.

        `POST /user-traits`

        Args:
            keys (Mapping[str, str])
            trait (str)
            incr (int | None, optional)
            set_ (str | None, optional)
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertUserTraitResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        from . import upsert_user_trait as _operation

        return await self._requester.request(
            _operation.build_request(
                keys=keys,
                trait=trait,
                incr=incr,
                set_=set_,
                update_only=update_only,
            ),
            _operation.parse_response,
            request_options,
        )
