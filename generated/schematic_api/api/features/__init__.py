"""The `features` resource: one method per operation, in a sync and an async class."""

from collections.abc import Mapping, Sequence
from typing import Any

from ...client import AsyncRequester, SyncRequester
from ...models.check_flag_request_body import CheckFlagRequestBody
from ...models.check_flag_response import CheckFlagResponse
from ...models.check_flags_bulk_response import CheckFlagsBulkResponse
from ...models.check_flags_response import CheckFlagsResponse
from ...models.create_flag_response import CreateFlagResponse
from ...models.create_or_update_rule_request_body import CreateOrUpdateRuleRequestBody
from ...models.delete_flag_response import DeleteFlagResponse
from ...models.flag_type import FlagType
from ...models.get_flag_response import GetFlagResponse
from ...models.list_flags_response import ListFlagsResponse
from ...models.update_flag_response import UpdateFlagResponse
from ...models.update_flag_rules_response import UpdateFlagRulesResponse
from ...types import UNSET, RequestOptions, Unset
from . import check_flag as _check_flag
from . import check_flags as _check_flags
from . import check_flags_bulk as _check_flags_bulk
from . import create_flag as _create_flag
from . import delete_flag as _delete_flag
from . import get_flag as _get_flag
from . import list_flags as _list_flags
from . import update_flag as _update_flag
from . import update_flag_rules as _update_flag_rules


class FeaturesResource:
    """Operations tagged `features`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def check_flag(
        self,
        *,
        key: str,
        company: Mapping[str, str] | None | Unset = UNSET,
        user: Mapping[str, str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckFlagResponse:
        """Check one flag for a company and/or user context.

        `POST /flags/{key}/check`

        Args:
            key (str)
            company (Mapping[str, str] | None, optional)
            user (Mapping[str, str] | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagResponse: the response envelope; `.data` is CheckFlagResponseData.
        """
        return self._requester.request(
            _check_flag.build_request(
                key=key,
                company=company,
                user=user,
            ),
            _check_flag.parse_response,
            request_options,
        )

    def check_flags(
        self,
        *,
        company: Mapping[str, str] | None | Unset = UNSET,
        user: Mapping[str, str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckFlagsResponse:
        """Check all flags for a company and/or user context.

        `POST /flags/check`

        Args:
            company (Mapping[str, str] | None, optional)
            user (Mapping[str, str] | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagsResponse: the response envelope; `.data` is CheckFlagsResponseData.
        """
        return self._requester.request(
            _check_flags.build_request(
                company=company,
                user=user,
            ),
            _check_flags.parse_response,
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
        return self._requester.request(
            _check_flags_bulk.build_request(
                contexts=contexts,
            ),
            _check_flags_bulk.parse_response,
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
        return self._requester.request(
            _create_flag.build_request(
                default_value=default_value,
                description=description,
                flag_type=flag_type,
                key=key,
                name=name,
                feature_id=feature_id,
                maintainer_account_member_id=maintainer_account_member_id,
            ),
            _create_flag.parse_response,
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
        return self._requester.request(
            _delete_flag.build_request(
                flag_id=flag_id,
            ),
            _delete_flag.parse_response,
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
        return self._requester.request(
            _get_flag.build_request(
                flag_id=flag_id,
            ),
            _get_flag.parse_response,
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
        return self._requester.request(
            _list_flags.build_request(
                feature_id=feature_id,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _list_flags.parse_response,
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
        return self._requester.request(
            _update_flag.build_request(
                flag_id=flag_id,
                default_value=default_value,
                description=description,
                flag_type=flag_type,
                key=key,
                name=name,
                feature_id=feature_id,
                maintainer_account_member_id=maintainer_account_member_id,
            ),
            _update_flag.parse_response,
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
        return self._requester.request(
            _update_flag_rules.build_request(
                flag_id=flag_id,
                rules=rules,
            ),
            _update_flag_rules.parse_response,
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
        user: Mapping[str, str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckFlagResponse:
        """Check one flag for a company and/or user context.

        `POST /flags/{key}/check`

        Args:
            key (str)
            company (Mapping[str, str] | None, optional)
            user (Mapping[str, str] | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagResponse: the response envelope; `.data` is CheckFlagResponseData.
        """
        return await self._requester.request(
            _check_flag.build_request(
                key=key,
                company=company,
                user=user,
            ),
            _check_flag.parse_response,
            request_options,
        )

    async def check_flags(
        self,
        *,
        company: Mapping[str, str] | None | Unset = UNSET,
        user: Mapping[str, str] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CheckFlagsResponse:
        """Check all flags for a company and/or user context.

        `POST /flags/check`

        Args:
            company (Mapping[str, str] | None, optional)
            user (Mapping[str, str] | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CheckFlagsResponse: the response envelope; `.data` is CheckFlagsResponseData.
        """
        return await self._requester.request(
            _check_flags.build_request(
                company=company,
                user=user,
            ),
            _check_flags.parse_response,
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
        return await self._requester.request(
            _check_flags_bulk.build_request(
                contexts=contexts,
            ),
            _check_flags_bulk.parse_response,
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
        return await self._requester.request(
            _create_flag.build_request(
                default_value=default_value,
                description=description,
                flag_type=flag_type,
                key=key,
                name=name,
                feature_id=feature_id,
                maintainer_account_member_id=maintainer_account_member_id,
            ),
            _create_flag.parse_response,
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
        return await self._requester.request(
            _delete_flag.build_request(
                flag_id=flag_id,
            ),
            _delete_flag.parse_response,
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
        return await self._requester.request(
            _get_flag.build_request(
                flag_id=flag_id,
            ),
            _get_flag.parse_response,
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
        return await self._requester.request(
            _list_flags.build_request(
                feature_id=feature_id,
                ids=ids,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _list_flags.parse_response,
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
        return await self._requester.request(
            _update_flag.build_request(
                flag_id=flag_id,
                default_value=default_value,
                description=description,
                flag_type=flag_type,
                key=key,
                name=name,
                feature_id=feature_id,
                maintainer_account_member_id=maintainer_account_member_id,
            ),
            _update_flag.parse_response,
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
        return await self._requester.request(
            _update_flag_rules.build_request(
                flag_id=flag_id,
                rules=rules,
            ),
            _update_flag_rules.parse_response,
            request_options,
        )
