"""The `licenses` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.count_licenses_response import CountLicensesResponse
    from ...models.get_single_license_response import GetSingleLicenseResponse
    from ...models.list_licenses_response import ListLicensesResponse


class LicensesResource:
    """Operations tagged `licenses`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def count_licenses(
        self,
        *,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountLicensesResponse:
        """Count licenses.

        `GET /licenses/count`

        Args:
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountLicensesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_licenses as _operation

        return self._requester.request(
            _operation.build_request(
                feature_ids=feature_ids,
                ids=ids,
                name=name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_single_license(
        self,
        *,
        license_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetSingleLicenseResponse:
        """Get single license.

        `GET /licenses/{license_id}`

        Args:
            license_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSingleLicenseResponse: the response envelope; `.data` is LicenseResponseData.
        """
        from . import get_single_license as _operation

        return self._requester.request(
            _operation.build_request(
                license_id=license_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_licenses(
        self,
        *,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListLicensesResponse:
        """List licenses.

        `GET /licenses`

        Args:
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListLicensesResponse: the response envelope; `.data` is list[LicenseResponseData].
        """
        from . import list_licenses as _operation

        return self._requester.request(
            _operation.build_request(
                feature_ids=feature_ids,
                ids=ids,
                name=name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncLicensesResource:
    """Operations tagged `licenses` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def count_licenses(
        self,
        *,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountLicensesResponse:
        """Count licenses.

        `GET /licenses/count`

        Args:
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountLicensesResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_licenses as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_ids=feature_ids,
                ids=ids,
                name=name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_single_license(
        self,
        *,
        license_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetSingleLicenseResponse:
        """Get single license.

        `GET /licenses/{license_id}`

        Args:
            license_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetSingleLicenseResponse: the response envelope; `.data` is LicenseResponseData.
        """
        from . import get_single_license as _operation

        return await self._requester.request(
            _operation.build_request(
                license_id=license_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_licenses(
        self,
        *,
        feature_ids: Sequence[str] | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListLicensesResponse:
        """List licenses.

        `GET /licenses`

        Args:
            feature_ids (Sequence[str], optional)
            ids (Sequence[str], optional)
            name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListLicensesResponse: the response envelope; `.data` is list[LicenseResponseData].
        """
        from . import list_licenses as _operation

        return await self._requester.request(
            _operation.build_request(
                feature_ids=feature_ids,
                ids=ids,
                name=name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )
