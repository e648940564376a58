"""The `session` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.create_session_response import CreateSessionResponse


class SessionResource:
    """Operations tagged `session`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create_session(
        self,
        *,
        user_id: str | Unset = UNSET,
        anonymous_id: str | Unset = UNSET,
        user_id_sig: str | Unset = UNSET,
        user_id_ts: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateSessionResponse:
        """Mint a short-lived session token with a publishable (pk_) key.

        `POST /api/auth/session/`

        Sent with `Authorization: ApiKey pk_…`. The returned token is then sent as `Authorization: Bearer
        <token>`. The response is not enveloped.

        Args:
            user_id (str, optional): Authenticated user id; omit for anonymous visitors
            anonymous_id (str, optional): Stable anonymous/device id
            user_id_sig (str, optional): Hex HMAC-SHA256 of "{user_id}|{user_id_ts}"
            user_id_ts (int, optional): Unix seconds paired with user_id_sig
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateSessionResponse.
        """
        from . import create_session as _operation

        return self._requester.request(
            _operation.build_request(
                user_id=user_id,
                anonymous_id=anonymous_id,
                user_id_sig=user_id_sig,
                user_id_ts=user_id_ts,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncSessionResource:
    """Operations tagged `session` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create_session(
        self,
        *,
        user_id: str | Unset = UNSET,
        anonymous_id: str | Unset = UNSET,
        user_id_sig: str | Unset = UNSET,
        user_id_ts: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateSessionResponse:
        """Mint a short-lived session token with a publishable (pk_) key.

        `POST /api/auth/session/`

        Sent with `Authorization: ApiKey pk_…`. The returned token is then sent as `Authorization: Bearer
        <token>`. The response is not enveloped.

        Args:
            user_id (str, optional): Authenticated user id; omit for anonymous visitors
            anonymous_id (str, optional): Stable anonymous/device id
            user_id_sig (str, optional): Hex HMAC-SHA256 of "{user_id}|{user_id_ts}"
            user_id_ts (int, optional): Unix seconds paired with user_id_sig
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateSessionResponse.
        """
        from . import create_session as _operation

        return await self._requester.request(
            _operation.build_request(
                user_id=user_id,
                anonymous_id=anonymous_id,
                user_id_sig=user_id_sig,
                user_id_ts=user_id_ts,
            ),
            _operation.parse_response,
            request_options,
        )
