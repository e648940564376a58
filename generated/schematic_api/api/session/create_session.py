"""`POST /api/auth/session/` (create_session): Mint a short-lived session token with a publishable (pk_) key."""

from __future__ import annotations

from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_session_response import CreateSessionResponse
from ...types import UNSET, Unset


def build_request(
    *,
    user_id: str | Unset = UNSET,
    anonymous_id: str | Unset = UNSET,
    user_id_sig: str | Unset = UNSET,
    user_id_ts: int | Unset = UNSET,
) -> PreparedRequest:
    """Mint a short-lived session token with a publishable (pk_) key: the request, described but not sent.

    `POST /api/auth/session/`

    Sent with `Authorization: ApiKey pk_…`. The returned token is then sent as `Authorization: Bearer
    <token>`. The response is not enveloped.

    Args:
        user_id (str, optional): Authenticated user id; omit for anonymous visitors
        anonymous_id (str, optional): Stable anonymous/device id
        user_id_sig (str, optional): Hex HMAC-SHA256 of "{user_id}|{user_id_ts}"
        user_id_ts (int, optional): Unix seconds paired with user_id_sig

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(user_id, Unset):
        _json["user_id"] = user_id
    if not isinstance(anonymous_id, Unset):
        _json["anonymous_id"] = anonymous_id
    if not isinstance(user_id_sig, Unset):
        _json["user_id_sig"] = user_id_sig
    if not isinstance(user_id_ts, Unset):
        _json["user_id_ts"] = user_id_ts
    return PreparedRequest(
        method="POST",
        path="/api/auth/session/",
        operation="createSession",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateSessionResponse:
    """Parse a successful `create_session` response into its typed model, CreateSessionResponse."""
    return CreateSessionResponse.from_dict(response.json())
