"""`POST /companies` (upsert_company): Create or update a company."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.upsert_company_response import UpsertCompanyResponse
from ...types import UNSET, Unset


def build_request(
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
) -> PreparedRequest:
    """Create or update a company: the request, described but not sent.

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

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "keys": keys,
    }
    if not isinstance(base_plan_id, Unset):
        _json["base_plan_id"] = base_plan_id
    if not isinstance(base_plan_price_id, Unset):
        _json["base_plan_price_id"] = base_plan_price_id
    if not isinstance(id, Unset):
        _json["id"] = id
    if not isinstance(last_seen_at, Unset):
        _json["last_seen_at"] = last_seen_at
    if not isinstance(name, Unset):
        _json["name"] = name
    if not isinstance(prevent_key_remap, Unset):
        _json["prevent_key_remap"] = prevent_key_remap
    if not isinstance(remove_keys, Unset):
        _json["remove_keys"] = remove_keys
    if not isinstance(traits, Unset):
        _json["traits"] = traits
    if not isinstance(update_only, Unset):
        _json["update_only"] = update_only
    return PreparedRequest(
        method="POST",
        path="/companies",
        operation="upsertCompany",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpsertCompanyResponse:
    """Parse a successful `upsert_company` response into its typed model, UpsertCompanyResponse."""
    return UpsertCompanyResponse.from_dict(response.json())
