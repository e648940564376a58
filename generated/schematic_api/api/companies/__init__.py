"""The `companies` resource: one method per operation, in a sync and an async class."""

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from ...client import AsyncRequester, SyncRequester
from ...models.delete_company_response import DeleteCompanyResponse
from ...models.delete_user_response import DeleteUserResponse
from ...models.get_company_response import GetCompanyResponse
from ...models.get_user_response import GetUserResponse
from ...models.list_companies_response import ListCompaniesResponse
from ...models.list_users_response import ListUsersResponse
from ...models.lookup_company_response import LookupCompanyResponse
from ...models.lookup_user_response import LookupUserResponse
from ...models.sort_direction import SortDirection
from ...models.subscription_status import SubscriptionStatus
from ...models.subscription_type import SubscriptionType
from ...models.upsert_company_response import UpsertCompanyResponse
from ...models.upsert_company_trait_response import UpsertCompanyTraitResponse
from ...models.upsert_user_response import UpsertUserResponse
from ...models.upsert_user_trait_response import UpsertUserTraitResponse
from ...types import UNSET, RequestOptions, Unset
from . import delete_company as _delete_company
from . import delete_user as _delete_user
from . import get_company as _get_company
from . import get_user as _get_user
from . import list_companies as _list_companies
from . import list_users as _list_users
from . import lookup_company as _lookup_company
from . import lookup_user as _lookup_user
from . import upsert_company as _upsert_company
from . import upsert_company_trait as _upsert_company_trait
from . import upsert_user as _upsert_user
from . import upsert_user_trait as _upsert_user_trait


class CompaniesResource:
    """Operations tagged `companies`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

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
        return self._requester.request(
            _delete_company.build_request(
                company_id=company_id,
                cancel_subscription=cancel_subscription,
                prorate=prorate,
            ),
            _delete_company.parse_response,
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
        return self._requester.request(
            _delete_user.build_request(
                user_id=user_id,
            ),
            _delete_user.parse_response,
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
        return self._requester.request(
            _get_company.build_request(
                company_id=company_id,
            ),
            _get_company.parse_response,
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
        return self._requester.request(
            _get_user.build_request(
                user_id=user_id,
            ),
            _get_user.parse_response,
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
        return self._requester.request(
            _list_companies.build_request(
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
            _list_companies.parse_response,
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
        return self._requester.request(
            _list_users.build_request(
                company_id=company_id,
                ids=ids,
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _list_users.parse_response,
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
        return self._requester.request(
            _lookup_company.build_request(
                keys=keys,
            ),
            _lookup_company.parse_response,
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
        return self._requester.request(
            _lookup_user.build_request(
                keys=keys,
            ),
            _lookup_user.parse_response,
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
        """Create or update a company, matched by its keys.

        `POST /companies`

        Args:
            keys (Mapping[str, str])
            base_plan_id (str | None, optional)
            base_plan_price_id (str | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            prevent_key_remap (bool | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional)
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        return self._requester.request(
            _upsert_company.build_request(
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
            _upsert_company.parse_response,
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
        return self._requester.request(
            _upsert_company_trait.build_request(
                keys=keys,
                trait=trait,
                incr=incr,
                set_=set_,
                update_only=update_only,
            ),
            _upsert_company_trait.parse_response,
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
        """Create or update a user, matched by its keys.

        `POST /users`

        Args:
            keys (Mapping[str, str])
            companies (Sequence[Mapping[str, str]] | None, optional)
            company (Mapping[str, str] | None, optional)
            company_id (str | None, optional)
            company_ids (Sequence[str] | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional)
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        return self._requester.request(
            _upsert_user.build_request(
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
            _upsert_user.parse_response,
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
        return self._requester.request(
            _upsert_user_trait.build_request(
                keys=keys,
                trait=trait,
                incr=incr,
                set_=set_,
                update_only=update_only,
            ),
            _upsert_user_trait.parse_response,
            request_options,
        )


class AsyncCompaniesResource:
    """Operations tagged `companies` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

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
        return await self._requester.request(
            _delete_company.build_request(
                company_id=company_id,
                cancel_subscription=cancel_subscription,
                prorate=prorate,
            ),
            _delete_company.parse_response,
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
        return await self._requester.request(
            _delete_user.build_request(
                user_id=user_id,
            ),
            _delete_user.parse_response,
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
        return await self._requester.request(
            _get_company.build_request(
                company_id=company_id,
            ),
            _get_company.parse_response,
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
        return await self._requester.request(
            _get_user.build_request(
                user_id=user_id,
            ),
            _get_user.parse_response,
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
        return await self._requester.request(
            _list_companies.build_request(
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
            _list_companies.parse_response,
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
        return await self._requester.request(
            _list_users.build_request(
                company_id=company_id,
                ids=ids,
                plan_id=plan_id,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _list_users.parse_response,
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
        return await self._requester.request(
            _lookup_company.build_request(
                keys=keys,
            ),
            _lookup_company.parse_response,
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
        return await self._requester.request(
            _lookup_user.build_request(
                keys=keys,
            ),
            _lookup_user.parse_response,
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
        """Create or update a company, matched by its keys.

        `POST /companies`

        Args:
            keys (Mapping[str, str])
            base_plan_id (str | None, optional)
            base_plan_price_id (str | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            prevent_key_remap (bool | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional)
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertCompanyResponse: the response envelope; `.data` is CompanyDetailResponseData.
        """
        return await self._requester.request(
            _upsert_company.build_request(
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
            _upsert_company.parse_response,
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
        return await self._requester.request(
            _upsert_company_trait.build_request(
                keys=keys,
                trait=trait,
                incr=incr,
                set_=set_,
                update_only=update_only,
            ),
            _upsert_company_trait.parse_response,
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
        """Create or update a user, matched by its keys.

        `POST /users`

        Args:
            keys (Mapping[str, str])
            companies (Sequence[Mapping[str, str]] | None, optional)
            company (Mapping[str, str] | None, optional)
            company_id (str | None, optional)
            company_ids (Sequence[str] | None, optional)
            id (str | None, optional)
            last_seen_at (datetime.datetime | None, optional)
            name (str | None, optional)
            remove_keys (Sequence[str], optional)
            traits (Mapping[str, Any], optional)
            update_only (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertUserResponse: the response envelope; `.data` is UserDetailResponseData.
        """
        return await self._requester.request(
            _upsert_user.build_request(
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
            _upsert_user.parse_response,
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
        return await self._requester.request(
            _upsert_user_trait.build_request(
                keys=keys,
                trait=trait,
                incr=incr,
                set_=set_,
                update_only=update_only,
            ),
            _upsert_user_trait.parse_response,
            request_options,
        )
