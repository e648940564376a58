"""The `planmigrations` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.count_company_migrations_response import CountCompanyMigrationsResponse
    from ...models.count_migrations_response import CountMigrationsResponse
    from ...models.create_migration_response import CreateMigrationResponse
    from ...models.get_migration_response import GetMigrationResponse
    from ...models.list_company_migrations_response import ListCompanyMigrationsResponse
    from ...models.list_migrations_response import ListMigrationsResponse
    from ...models.migration_error_code import MigrationErrorCode
    from ...models.migration_proration_behavior import MigrationProrationBehavior
    from ...models.plan_type import PlanType
    from ...models.plan_version_company_migration_status import PlanVersionCompanyMigrationStatus
    from ...models.plan_version_migration_status import PlanVersionMigrationStatus
    from ...models.plan_version_migration_strategy import PlanVersionMigrationStrategy
    from ...models.preview_migration_response import PreviewMigrationResponse
    from ...models.retry_company_migration_response import RetryCompanyMigrationResponse
    from ...models.retry_migration_response import RetryMigrationResponse


class PlanmigrationsResource:
    """Operations tagged `planmigrations`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def count_company_migrations(
        self,
        *,
        migration_id: str,
        q: str | Unset = UNSET,
        status: PlanVersionCompanyMigrationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCompanyMigrationsResponse:
        """Count company migrations.

        `GET /plan-version-company-migrations/count`

        Args:
            migration_id (str)
            q (str, optional)
            status (PlanVersionCompanyMigrationStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCompanyMigrationsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_company_migrations as _operation

        return self._requester.request(
            _operation.build_request(
                migration_id=migration_id,
                q=q,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_migrations(
        self,
        *,
        plan_version_id: str,
        status: PlanVersionMigrationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountMigrationsResponse:
        """Count migrations.

        `GET /plan-version-migrations/count`

        Args:
            plan_version_id (str)
            status (PlanVersionMigrationStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountMigrationsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_migrations as _operation

        return self._requester.request(
            _operation.build_request(
                plan_version_id=plan_version_id,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_migration(
        self,
        *,
        plan_id: str,
        plan_version_id_to: str,
        strategy: PlanVersionMigrationStrategy,
        target_plan_type: PlanType,
        company_ids: Sequence[str] | Unset = UNSET,
        excluded_company_ids: Sequence[str] | Unset = UNSET,
        plan_version_ids_from: Sequence[str] | Unset = UNSET,
        proration_behavior: MigrationProrationBehavior | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateMigrationResponse:
        """Create migration.

        `POST /plan-version-migrations`

        Args:
            plan_id (str)
            plan_version_id_to (str)
            strategy (PlanVersionMigrationStrategy)
            target_plan_type (PlanType)
            company_ids (Sequence[str], optional)
            excluded_company_ids (Sequence[str], optional)
            plan_version_ids_from (Sequence[str], optional)
            proration_behavior (MigrationProrationBehavior | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateMigrationResponse: the response envelope; `.data` is PlanVersionMigrationResponseData.
        """
        from . import create_migration as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                plan_version_id_to=plan_version_id_to,
                strategy=strategy,
                target_plan_type=target_plan_type,
                company_ids=company_ids,
                excluded_company_ids=excluded_company_ids,
                plan_version_ids_from=plan_version_ids_from,
                proration_behavior=proration_behavior,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_migration(
        self,
        *,
        plan_version_migration_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetMigrationResponse:
        """Get migration.

        `GET /plan-version-migrations/{plan_version_migration_id}`

        Args:
            plan_version_migration_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetMigrationResponse: the response envelope; `.data` is PlanVersionMigrationResponseData.
        """
        from . import get_migration as _operation

        return self._requester.request(
            _operation.build_request(
                plan_version_migration_id=plan_version_migration_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_company_migrations(
        self,
        *,
        migration_id: str,
        q: str | Unset = UNSET,
        status: PlanVersionCompanyMigrationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyMigrationsResponse:
        """List company migrations.

        `GET /plan-version-company-migrations`

        Args:
            migration_id (str)
            q (str, optional)
            status (PlanVersionCompanyMigrationStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyMigrationsResponse: the response envelope; `.data` is list[PlanVersionCompanyMigrationResponseData].
        """
        from . import list_company_migrations as _operation

        return self._requester.request(
            _operation.build_request(
                migration_id=migration_id,
                q=q,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_migrations(
        self,
        *,
        plan_version_id: str,
        status: PlanVersionMigrationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListMigrationsResponse:
        """List migrations.

        `GET /plan-version-migrations`

        Args:
            plan_version_id (str)
            status (PlanVersionMigrationStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListMigrationsResponse: the response envelope; `.data` is list[PlanVersionMigrationResponseData].
        """
        from . import list_migrations as _operation

        return self._requester.request(
            _operation.build_request(
                plan_version_id=plan_version_id,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def preview_migration(
        self,
        *,
        plan_id: str,
        plan_version_id_to: str,
        target_plan_type: PlanType,
        company_ids: Sequence[str] | Unset = UNSET,
        plan_version_ids_from: Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PreviewMigrationResponse:
        """Preview migration.

        `POST /plan-version-migrations/preview`

        Args:
            plan_id (str)
            plan_version_id_to (str)
            target_plan_type (PlanType)
            company_ids (Sequence[str], optional)
            plan_version_ids_from (Sequence[str], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PreviewMigrationResponse: the response envelope; `.data` is PlanVersionMigrationPreviewResponseData.
        """
        from . import preview_migration as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                plan_version_id_to=plan_version_id_to,
                target_plan_type=target_plan_type,
                company_ids=company_ids,
                plan_version_ids_from=plan_version_ids_from,
            ),
            _operation.parse_response,
            request_options,
        )

    def retry_company_migration(
        self,
        *,
        plan_version_company_migration_id: str,
        request_options: RequestOptions | None = None,
    ) -> RetryCompanyMigrationResponse:
        """Retry company migration.

        `POST /plan-version-company-migrations/{plan_version_company_migration_id}/retry`

        Args:
            plan_version_company_migration_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            RetryCompanyMigrationResponse: the response envelope; `.data` is PlanVersionCompanyMigrationResponseData.
        """
        from . import retry_company_migration as _operation

        return self._requester.request(
            _operation.build_request(
                plan_version_company_migration_id=plan_version_company_migration_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def retry_migration(
        self,
        *,
        plan_version_migration_id: str,
        error_codes: Sequence[MigrationErrorCode],
        request_options: RequestOptions | None = None,
    ) -> RetryMigrationResponse:
        """Retry migration.

        `POST /plan-version-migrations/{plan_version_migration_id}/retry`

        Args:
            plan_version_migration_id (str)
            error_codes (Sequence[MigrationErrorCode])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            RetryMigrationResponse: the response envelope; `.data` is PlanVersionMigrationResponseData.
        """
        from . import retry_migration as _operation

        return self._requester.request(
            _operation.build_request(
                plan_version_migration_id=plan_version_migration_id,
                error_codes=error_codes,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncPlanmigrationsResource:
    """Operations tagged `planmigrations` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def count_company_migrations(
        self,
        *,
        migration_id: str,
        q: str | Unset = UNSET,
        status: PlanVersionCompanyMigrationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCompanyMigrationsResponse:
        """Count company migrations.

        `GET /plan-version-company-migrations/count`

        Args:
            migration_id (str)
            q (str, optional)
            status (PlanVersionCompanyMigrationStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCompanyMigrationsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_company_migrations as _operation

        return await self._requester.request(
            _operation.build_request(
                migration_id=migration_id,
                q=q,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_migrations(
        self,
        *,
        plan_version_id: str,
        status: PlanVersionMigrationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountMigrationsResponse:
        """Count migrations.

        `GET /plan-version-migrations/count`

        Args:
            plan_version_id (str)
            status (PlanVersionMigrationStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountMigrationsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_migrations as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_version_id=plan_version_id,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_migration(
        self,
        *,
        plan_id: str,
        plan_version_id_to: str,
        strategy: PlanVersionMigrationStrategy,
        target_plan_type: PlanType,
        company_ids: Sequence[str] | Unset = UNSET,
        excluded_company_ids: Sequence[str] | Unset = UNSET,
        plan_version_ids_from: Sequence[str] | Unset = UNSET,
        proration_behavior: MigrationProrationBehavior | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateMigrationResponse:
        """Create migration.

        `POST /plan-version-migrations`

        Args:
            plan_id (str)
            plan_version_id_to (str)
            strategy (PlanVersionMigrationStrategy)
            target_plan_type (PlanType)
            company_ids (Sequence[str], optional)
            excluded_company_ids (Sequence[str], optional)
            plan_version_ids_from (Sequence[str], optional)
            proration_behavior (MigrationProrationBehavior | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateMigrationResponse: the response envelope; `.data` is PlanVersionMigrationResponseData.
        """
        from . import create_migration as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                plan_version_id_to=plan_version_id_to,
                strategy=strategy,
                target_plan_type=target_plan_type,
                company_ids=company_ids,
                excluded_company_ids=excluded_company_ids,
                plan_version_ids_from=plan_version_ids_from,
                proration_behavior=proration_behavior,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_migration(
        self,
        *,
        plan_version_migration_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetMigrationResponse:
        """Get migration.

        `GET /plan-version-migrations/{plan_version_migration_id}`

        Args:
            plan_version_migration_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetMigrationResponse: the response envelope; `.data` is PlanVersionMigrationResponseData.
        """
        from . import get_migration as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_version_migration_id=plan_version_migration_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_company_migrations(
        self,
        *,
        migration_id: str,
        q: str | Unset = UNSET,
        status: PlanVersionCompanyMigrationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCompanyMigrationsResponse:
        """List company migrations.

        `GET /plan-version-company-migrations`

        Args:
            migration_id (str)
            q (str, optional)
            status (PlanVersionCompanyMigrationStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCompanyMigrationsResponse: the response envelope; `.data` is list[PlanVersionCompanyMigrationResponseData].
        """
        from . import list_company_migrations as _operation

        return await self._requester.request(
            _operation.build_request(
                migration_id=migration_id,
                q=q,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_migrations(
        self,
        *,
        plan_version_id: str,
        status: PlanVersionMigrationStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListMigrationsResponse:
        """List migrations.

        `GET /plan-version-migrations`

        Args:
            plan_version_id (str)
            status (PlanVersionMigrationStatus, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListMigrationsResponse: the response envelope; `.data` is list[PlanVersionMigrationResponseData].
        """
        from . import list_migrations as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_version_id=plan_version_id,
                status=status,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def preview_migration(
        self,
        *,
        plan_id: str,
        plan_version_id_to: str,
        target_plan_type: PlanType,
        company_ids: Sequence[str] | Unset = UNSET,
        plan_version_ids_from: Sequence[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PreviewMigrationResponse:
        """Preview migration.

        `POST /plan-version-migrations/preview`

        Args:
            plan_id (str)
            plan_version_id_to (str)
            target_plan_type (PlanType)
            company_ids (Sequence[str], optional)
            plan_version_ids_from (Sequence[str], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PreviewMigrationResponse: the response envelope; `.data` is PlanVersionMigrationPreviewResponseData.
        """
        from . import preview_migration as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                plan_version_id_to=plan_version_id_to,
                target_plan_type=target_plan_type,
                company_ids=company_ids,
                plan_version_ids_from=plan_version_ids_from,
            ),
            _operation.parse_response,
            request_options,
        )

    async def retry_company_migration(
        self,
        *,
        plan_version_company_migration_id: str,
        request_options: RequestOptions | None = None,
    ) -> RetryCompanyMigrationResponse:
        """Retry company migration.

        `POST /plan-version-company-migrations/{plan_version_company_migration_id}/retry`

        Args:
            plan_version_company_migration_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            RetryCompanyMigrationResponse: the response envelope; `.data` is PlanVersionCompanyMigrationResponseData.
        """
        from . import retry_company_migration as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_version_company_migration_id=plan_version_company_migration_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def retry_migration(
        self,
        *,
        plan_version_migration_id: str,
        error_codes: Sequence[MigrationErrorCode],
        request_options: RequestOptions | None = None,
    ) -> RetryMigrationResponse:
        """Retry migration.

        `POST /plan-version-migrations/{plan_version_migration_id}/retry`

        Args:
            plan_version_migration_id (str)
            error_codes (Sequence[MigrationErrorCode])
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            RetryMigrationResponse: the response envelope; `.data` is PlanVersionMigrationResponseData.
        """
        from . import retry_migration as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_version_migration_id=plan_version_migration_id,
                error_codes=error_codes,
            ),
            _operation.parse_response,
            request_options,
        )
