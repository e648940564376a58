"""The `accounts` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.account_member_role import AccountMemberRole
    from ...models.actor_type import ActorType
    from ...models.count_account_members_response import CountAccountMembersResponse
    from ...models.count_api_keys_response import CountApiKeysResponse
    from ...models.count_audit_logs_response import CountAuditLogsResponse
    from ...models.create_api_key_response import CreateApiKeyResponse
    from ...models.create_environment_response import CreateEnvironmentResponse
    from ...models.delete_api_key_response import DeleteApiKeyResponse
    from ...models.delete_environment_response import DeleteEnvironmentResponse
    from ...models.environment_type import EnvironmentType
    from ...models.get_account_member_response import GetAccountMemberResponse
    from ...models.get_api_key_response import GetApiKeyResponse
    from ...models.get_audit_log_response import GetAuditLogResponse
    from ...models.get_environment_response import GetEnvironmentResponse
    from ...models.get_onboarding_state_response import GetOnboardingStateResponse
    from ...models.get_who_am_i_response import GetWhoAmIResponse
    from ...models.list_account_members_response import ListAccountMembersResponse
    from ...models.list_api_keys_response import ListApiKeysResponse
    from ...models.list_audit_logs_response import ListAuditLogsResponse
    from ...models.list_environments_response import ListEnvironmentsResponse
    from ...models.onboarding_path import OnboardingPath
    from ...models.onboarding_track import OnboardingTrack
    from ...models.quickstart_response import QuickstartResponse
    from ...models.update_api_key_response import UpdateApiKeyResponse
    from ...models.update_environment_response import UpdateEnvironmentResponse
    from ...models.update_onboarding_state_response import UpdateOnboardingStateResponse


class AccountsResource:
    """Operations tagged `accounts`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def count_account_members(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        role: AccountMemberRole | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountAccountMembersResponse:
        """Count account members.

        `GET /account-members/count`

        Args:
            ids (Sequence[str], optional)
            q (str, optional)
            role (AccountMemberRole, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountAccountMembersResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_account_members as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                q=q,
                role=role,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_api_keys(
        self,
        *,
        environment_id: str | Unset = UNSET,
        require_environment: bool,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountApiKeysResponse:
        """Count api keys.

        `GET /api-keys/count`

        Args:
            environment_id (str, optional)
            require_environment (bool)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountApiKeysResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_api_keys as _operation

        return self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
                require_environment=require_environment,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_audit_logs(
        self,
        *,
        actor_type: ActorType | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountAuditLogsResponse:
        """Count audit logs.

        `GET /audit-log/count`

        Args:
            actor_type (ActorType, optional)
            end_time (datetime.datetime, optional)
            environment_id (str, optional)
            q (str, optional)
            start_time (datetime.datetime, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountAuditLogsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_audit_logs as _operation

        return self._requester.request(
            _operation.build_request(
                actor_type=actor_type,
                end_time=end_time,
                environment_id=environment_id,
                q=q,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_api_key(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        environment_id: str | None | Unset = UNSET,
        rate_limit_percent: int | None | Unset = UNSET,
        readonly: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateApiKeyResponse:
        """Create api key.

        `POST /api-keys`

        Args:
            name (str)
            description (str | None, optional)
            environment_id (str | None, optional)
            rate_limit_percent (int | None, optional)
            readonly (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateApiKeyResponse: the response envelope; `.data` is ApiKeyCreateResponseData.
        """
        from . import create_api_key as _operation

        return self._requester.request(
            _operation.build_request(
                name=name,
                description=description,
                environment_id=environment_id,
                rate_limit_percent=rate_limit_percent,
                readonly=readonly,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_environment(
        self,
        *,
        environment_type: EnvironmentType,
        name: str,
        request_options: RequestOptions | None = None,
    ) -> CreateEnvironmentResponse:
        """Create environment.

        `POST /environments`

        Args:
            environment_type (EnvironmentType)
            name (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateEnvironmentResponse: the response envelope; `.data` is EnvironmentDetailResponseData.
        """
        from . import create_environment as _operation

        return self._requester.request(
            _operation.build_request(
                environment_type=environment_type,
                name=name,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_api_key(
        self,
        *,
        api_key_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteApiKeyResponse:
        """Delete api key.

        `DELETE /api-keys/{api_key_id}`

        Args:
            api_key_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteApiKeyResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_api_key as _operation

        return self._requester.request(
            _operation.build_request(
                api_key_id=api_key_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_environment(
        self,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteEnvironmentResponse:
        """Delete environment.

        `DELETE /environments/{environment_id}`

        Args:
            environment_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteEnvironmentResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_environment as _operation

        return self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_account_member(
        self,
        *,
        account_member_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetAccountMemberResponse:
        """Get account member.

        `GET /account-members/{account_member_id}`

        Args:
            account_member_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetAccountMemberResponse: the response envelope; `.data` is AccountMemberResponseData.
        """
        from . import get_account_member as _operation

        return self._requester.request(
            _operation.build_request(
                account_member_id=account_member_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_api_key(
        self,
        *,
        api_key_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetApiKeyResponse:
        """Get api key.

        `GET /api-keys/{api_key_id}`

        Args:
            api_key_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetApiKeyResponse: the response envelope; `.data` is ApiKeyResponseData.
        """
        from . import get_api_key as _operation

        return self._requester.request(
            _operation.build_request(
                api_key_id=api_key_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_audit_log(
        self,
        *,
        audit_log_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetAuditLogResponse:
        """Get audit log.

        `GET /audit-log/{audit_log_id}`

        Args:
            audit_log_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetAuditLogResponse: the response envelope; `.data` is AuditLogResponseData.
        """
        from . import get_audit_log as _operation

        return self._requester.request(
            _operation.build_request(
                audit_log_id=audit_log_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_environment(
        self,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetEnvironmentResponse:
        """Get environment.

        `GET /environments/{environment_id}`

        Args:
            environment_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEnvironmentResponse: the response envelope; `.data` is EnvironmentResponseData.
        """
        from . import get_environment as _operation

        return self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_onboarding_state(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetOnboardingStateResponse:
        """Get onboarding state.

        `GET /onboarding-state`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetOnboardingStateResponse: the response envelope; `.data` is GetOnboardingStateResp.
        """
        from . import get_onboarding_state as _operation

        return self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    def get_who_am_i(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetWhoAmIResponse:
        """Who the API key belongs to (account and environment).

        `GET /whoami`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetWhoAmIResponse: the response envelope; `.data` is WhoAmIResponseData.
        """
        from . import get_who_am_i as _operation

        return self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    def list_account_members(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        role: AccountMemberRole | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListAccountMembersResponse:
        """List account members.

        `GET /account-members`

        Args:
            ids (Sequence[str], optional)
            q (str, optional)
            role (AccountMemberRole, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListAccountMembersResponse: the response envelope; `.data` is list[AccountMemberResponseData].
        """
        from . import list_account_members as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                q=q,
                role=role,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_api_keys(
        self,
        *,
        environment_id: str | Unset = UNSET,
        require_environment: bool,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListApiKeysResponse:
        """List api keys.

        `GET /api-keys`

        Args:
            environment_id (str, optional)
            require_environment (bool)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListApiKeysResponse: the response envelope; `.data` is list[ApiKeyResponseData].
        """
        from . import list_api_keys as _operation

        return self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
                require_environment=require_environment,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_audit_logs(
        self,
        *,
        actor_type: ActorType | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListAuditLogsResponse:
        """List audit logs.

        `GET /audit-log`

        Args:
            actor_type (ActorType, optional)
            end_time (datetime.datetime, optional)
            environment_id (str, optional)
            q (str, optional)
            start_time (datetime.datetime, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListAuditLogsResponse: the response envelope; `.data` is list[AuditLogListResponseData].
        """
        from . import list_audit_logs as _operation

        return self._requester.request(
            _operation.build_request(
                actor_type=actor_type,
                end_time=end_time,
                environment_id=environment_id,
                q=q,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_environments(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListEnvironmentsResponse:
        """List environments.

        `GET /environments`

        Args:
            ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListEnvironmentsResponse: the response envelope; `.data` is list[EnvironmentResponseData].
        """
        from . import list_environments as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def quickstart(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> QuickstartResponse:
        """Set up a new environment with example data.

        `POST /quickstart`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            QuickstartResponse: the response envelope; `.data` is QuickstartResp.
        """
        from . import quickstart as _operation

        return self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    def update_api_key(
        self,
        *,
        api_key_id: str,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        rate_limit_percent: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateApiKeyResponse:
        """Update api key.

        `PUT /api-keys/{api_key_id}`

        Args:
            api_key_id (str)
            description (str | None, optional)
            name (str | None, optional)
            rate_limit_percent (int | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateApiKeyResponse: the response envelope; `.data` is ApiKeyResponseData.
        """
        from . import update_api_key as _operation

        return self._requester.request(
            _operation.build_request(
                api_key_id=api_key_id,
                description=description,
                name=name,
                rate_limit_percent=rate_limit_percent,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_environment(
        self,
        *,
        environment_id: str,
        environment_type: EnvironmentType | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateEnvironmentResponse:
        """Update environment.

        `PUT /environments/{environment_id}`

        Args:
            environment_id (str)
            environment_type (EnvironmentType | None, optional)
            name (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateEnvironmentResponse: the response envelope; `.data` is EnvironmentResponseData.
        """
        from . import update_environment as _operation

        return self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
                environment_type=environment_type,
                name=name,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_onboarding_state(
        self,
        *,
        path: OnboardingPath | None | Unset = UNSET,
        pricing_page_url: str | None | Unset = UNSET,
        track: OnboardingTrack | None | Unset = UNSET,
        website_url: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateOnboardingStateResponse:
        """Update onboarding state.

        `POST /onboarding-state`

        Args:
            path (OnboardingPath | None, optional)
            pricing_page_url (str | None, optional)
            track (OnboardingTrack | None, optional)
            website_url (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateOnboardingStateResponse: the response envelope; `.data` is GetOnboardingStateResp.
        """
        from . import update_onboarding_state as _operation

        return self._requester.request(
            _operation.build_request(
                path=path,
                pricing_page_url=pricing_page_url,
                track=track,
                website_url=website_url,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncAccountsResource:
    """Operations tagged `accounts` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def count_account_members(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        role: AccountMemberRole | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountAccountMembersResponse:
        """Count account members.

        `GET /account-members/count`

        Args:
            ids (Sequence[str], optional)
            q (str, optional)
            role (AccountMemberRole, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountAccountMembersResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_account_members as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                q=q,
                role=role,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_api_keys(
        self,
        *,
        environment_id: str | Unset = UNSET,
        require_environment: bool,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountApiKeysResponse:
        """Count api keys.

        `GET /api-keys/count`

        Args:
            environment_id (str, optional)
            require_environment (bool)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountApiKeysResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_api_keys as _operation

        return await self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
                require_environment=require_environment,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_audit_logs(
        self,
        *,
        actor_type: ActorType | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountAuditLogsResponse:
        """Count audit logs.

        `GET /audit-log/count`

        Args:
            actor_type (ActorType, optional)
            end_time (datetime.datetime, optional)
            environment_id (str, optional)
            q (str, optional)
            start_time (datetime.datetime, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountAuditLogsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_audit_logs as _operation

        return await self._requester.request(
            _operation.build_request(
                actor_type=actor_type,
                end_time=end_time,
                environment_id=environment_id,
                q=q,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_api_key(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        environment_id: str | None | Unset = UNSET,
        rate_limit_percent: int | None | Unset = UNSET,
        readonly: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateApiKeyResponse:
        """Create api key.

        `POST /api-keys`

        Args:
            name (str)
            description (str | None, optional)
            environment_id (str | None, optional)
            rate_limit_percent (int | None, optional)
            readonly (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateApiKeyResponse: the response envelope; `.data` is ApiKeyCreateResponseData.
        """
        from . import create_api_key as _operation

        return await self._requester.request(
            _operation.build_request(
                name=name,
                description=description,
                environment_id=environment_id,
                rate_limit_percent=rate_limit_percent,
                readonly=readonly,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_environment(
        self,
        *,
        environment_type: EnvironmentType,
        name: str,
        request_options: RequestOptions | None = None,
    ) -> CreateEnvironmentResponse:
        """Create environment.

        `POST /environments`

        Args:
            environment_type (EnvironmentType)
            name (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateEnvironmentResponse: the response envelope; `.data` is EnvironmentDetailResponseData.
        """
        from . import create_environment as _operation

        return await self._requester.request(
            _operation.build_request(
                environment_type=environment_type,
                name=name,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_api_key(
        self,
        *,
        api_key_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteApiKeyResponse:
        """Delete api key.

        `DELETE /api-keys/{api_key_id}`

        Args:
            api_key_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteApiKeyResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_api_key as _operation

        return await self._requester.request(
            _operation.build_request(
                api_key_id=api_key_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_environment(
        self,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteEnvironmentResponse:
        """Delete environment.

        `DELETE /environments/{environment_id}`

        Args:
            environment_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteEnvironmentResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_environment as _operation

        return await self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_account_member(
        self,
        *,
        account_member_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetAccountMemberResponse:
        """Get account member.

        `GET /account-members/{account_member_id}`

        Args:
            account_member_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetAccountMemberResponse: the response envelope; `.data` is AccountMemberResponseData.
        """
        from . import get_account_member as _operation

        return await self._requester.request(
            _operation.build_request(
                account_member_id=account_member_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_api_key(
        self,
        *,
        api_key_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetApiKeyResponse:
        """Get api key.

        `GET /api-keys/{api_key_id}`

        Args:
            api_key_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetApiKeyResponse: the response envelope; `.data` is ApiKeyResponseData.
        """
        from . import get_api_key as _operation

        return await self._requester.request(
            _operation.build_request(
                api_key_id=api_key_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_audit_log(
        self,
        *,
        audit_log_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetAuditLogResponse:
        """Get audit log.

        `GET /audit-log/{audit_log_id}`

        Args:
            audit_log_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetAuditLogResponse: the response envelope; `.data` is AuditLogResponseData.
        """
        from . import get_audit_log as _operation

        return await self._requester.request(
            _operation.build_request(
                audit_log_id=audit_log_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_environment(
        self,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetEnvironmentResponse:
        """Get environment.

        `GET /environments/{environment_id}`

        Args:
            environment_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetEnvironmentResponse: the response envelope; `.data` is EnvironmentResponseData.
        """
        from . import get_environment as _operation

        return await self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_onboarding_state(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetOnboardingStateResponse:
        """Get onboarding state.

        `GET /onboarding-state`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetOnboardingStateResponse: the response envelope; `.data` is GetOnboardingStateResp.
        """
        from . import get_onboarding_state as _operation

        return await self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    async def get_who_am_i(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetWhoAmIResponse:
        """Who the API key belongs to (account and environment).

        `GET /whoami`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetWhoAmIResponse: the response envelope; `.data` is WhoAmIResponseData.
        """
        from . import get_who_am_i as _operation

        return await self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    async def list_account_members(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        role: AccountMemberRole | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListAccountMembersResponse:
        """List account members.

        `GET /account-members`

        Args:
            ids (Sequence[str], optional)
            q (str, optional)
            role (AccountMemberRole, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListAccountMembersResponse: the response envelope; `.data` is list[AccountMemberResponseData].
        """
        from . import list_account_members as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                q=q,
                role=role,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_api_keys(
        self,
        *,
        environment_id: str | Unset = UNSET,
        require_environment: bool,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListApiKeysResponse:
        """List api keys.

        `GET /api-keys`

        Args:
            environment_id (str, optional)
            require_environment (bool)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListApiKeysResponse: the response envelope; `.data` is list[ApiKeyResponseData].
        """
        from . import list_api_keys as _operation

        return await self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
                require_environment=require_environment,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_audit_logs(
        self,
        *,
        actor_type: ActorType | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        q: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListAuditLogsResponse:
        """List audit logs.

        `GET /audit-log`

        Args:
            actor_type (ActorType, optional)
            end_time (datetime.datetime, optional)
            environment_id (str, optional)
            q (str, optional)
            start_time (datetime.datetime, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListAuditLogsResponse: the response envelope; `.data` is list[AuditLogListResponseData].
        """
        from . import list_audit_logs as _operation

        return await self._requester.request(
            _operation.build_request(
                actor_type=actor_type,
                end_time=end_time,
                environment_id=environment_id,
                q=q,
                start_time=start_time,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_environments(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListEnvironmentsResponse:
        """List environments.

        `GET /environments`

        Args:
            ids (Sequence[str], optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListEnvironmentsResponse: the response envelope; `.data` is list[EnvironmentResponseData].
        """
        from . import list_environments as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def quickstart(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> QuickstartResponse:
        """Set up a new environment with example data.

        `POST /quickstart`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            QuickstartResponse: the response envelope; `.data` is QuickstartResp.
        """
        from . import quickstart as _operation

        return await self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    async def update_api_key(
        self,
        *,
        api_key_id: str,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        rate_limit_percent: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateApiKeyResponse:
        """Update api key.

        `PUT /api-keys/{api_key_id}`

        Args:
            api_key_id (str)
            description (str | None, optional)
            name (str | None, optional)
            rate_limit_percent (int | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateApiKeyResponse: the response envelope; `.data` is ApiKeyResponseData.
        """
        from . import update_api_key as _operation

        return await self._requester.request(
            _operation.build_request(
                api_key_id=api_key_id,
                description=description,
                name=name,
                rate_limit_percent=rate_limit_percent,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_environment(
        self,
        *,
        environment_id: str,
        environment_type: EnvironmentType | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateEnvironmentResponse:
        """Update environment.

        `PUT /environments/{environment_id}`

        Args:
            environment_id (str)
            environment_type (EnvironmentType | None, optional)
            name (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateEnvironmentResponse: the response envelope; `.data` is EnvironmentResponseData.
        """
        from . import update_environment as _operation

        return await self._requester.request(
            _operation.build_request(
                environment_id=environment_id,
                environment_type=environment_type,
                name=name,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_onboarding_state(
        self,
        *,
        path: OnboardingPath | None | Unset = UNSET,
        pricing_page_url: str | None | Unset = UNSET,
        track: OnboardingTrack | None | Unset = UNSET,
        website_url: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateOnboardingStateResponse:
        """Update onboarding state.

        `POST /onboarding-state`

        Args:
            path (OnboardingPath | None, optional)
            pricing_page_url (str | None, optional)
            track (OnboardingTrack | None, optional)
            website_url (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateOnboardingStateResponse: the response envelope; `.data` is GetOnboardingStateResp.
        """
        from . import update_onboarding_state as _operation

        return await self._requester.request(
            _operation.build_request(
                path=path,
                pricing_page_url=pricing_page_url,
                track=track,
                website_url=website_url,
            ),
            _operation.parse_response,
            request_options,
        )
