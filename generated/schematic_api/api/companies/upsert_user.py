"""`POST /users` (upsert_user): Create or update a user."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_user_response import UpsertUserResponse
from ...types import UNSET, Unset


def build_request(
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
) -> PreparedRequest:
    """Create or update a user: the request, described but not sent.

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

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "keys": keys,
    }
    if not isinstance(companies, Unset):
        _json["companies"] = companies
    if not isinstance(company, Unset):
        _json["company"] = company
    if not isinstance(company_id, Unset):
        _json["company_id"] = company_id
    if not isinstance(company_ids, Unset):
        _json["company_ids"] = company_ids
    if not isinstance(id, Unset):
        _json["id"] = id
    if not isinstance(last_seen_at, Unset):
        _json["last_seen_at"] = last_seen_at
    if not isinstance(name, Unset):
        _json["name"] = name
    if not isinstance(remove_keys, Unset):
        _json["remove_keys"] = remove_keys
    if not isinstance(traits, Unset):
        _json["traits"] = traits
    if not isinstance(update_only, Unset):
        _json["update_only"] = update_only
    return PreparedRequest(
        method="POST",
        path="/users",
        operation="upsertUser",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertUserResponse:
    """Parse a successful `upsert_user` response into its typed model, UpsertUserResponse."""
    return UpsertUserResponse.from_dict(response.json())
