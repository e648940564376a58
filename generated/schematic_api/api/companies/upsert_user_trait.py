"""`POST /user-traits` (upsert_user_trait): Set or increment a trait on a user."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_user_trait_response import UpsertUserTraitResponse
from ...types import UNSET, Unset


def build_request(
    *,
    keys: Mapping[str, str],
    trait: str,
    incr: int | None | Unset = UNSET,
    set_: str | None | Unset = UNSET,
    update_only: bool | None | Unset = UNSET,
) -> PreparedRequest:
    """Set or increment a trait on a user: the request, described but not sent.

    `POST /user-traits`

    Args:
        keys (Mapping[str, str])
        trait (str)
        incr (int | None, optional)
        set_ (str | None, optional)
        update_only (bool | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "keys": keys,
        "trait": trait,
    }
    if not isinstance(incr, Unset):
        _json["incr"] = incr
    if not isinstance(set_, Unset):
        _json["set"] = set_
    if not isinstance(update_only, Unset):
        _json["update_only"] = update_only
    return PreparedRequest(
        method="POST",
        path="/user-traits",
        operation="upsertUserTrait",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertUserTraitResponse:
    """Parse a successful `upsert_user_trait` response into its typed model, UpsertUserTraitResponse."""
    return UpsertUserTraitResponse.from_dict(response.json())
