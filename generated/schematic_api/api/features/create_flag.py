"""`POST /flags` (create_flag): Create a flag."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_flag_response import CreateFlagResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.flag_type import FlagType


def build_request(
    *,
    default_value: bool,
    description: str,
    flag_type: FlagType,
    key: str,
    name: str,
    feature_id: str | None | Unset = UNSET,
    maintainer_account_member_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Create a flag: the request, described but not sent.

    `POST /flags`

    Args:
        default_value (bool)
        description (str)
        flag_type (FlagType)
        key (str)
        name (str)
        feature_id (str | None, optional)
        maintainer_account_member_id (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "default_value": default_value,
        "description": description,
        "flag_type": flag_type,
        "key": key,
        "name": name,
    }
    if not isinstance(feature_id, Unset):
        _json["feature_id"] = feature_id
    if not isinstance(maintainer_account_member_id, Unset):
        _json["maintainer_account_member_id"] = maintainer_account_member_id
    return PreparedRequest(
        method="POST",
        path="/flags",
        operation="createFlag",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateFlagResponse:
    """Parse a successful `create_flag` response into its typed model, CreateFlagResponse."""
    return CreateFlagResponse.from_dict(response.json())
