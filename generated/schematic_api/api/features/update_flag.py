"""`PUT /flags/{flag_id}` (update_flag): Update a flag."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_flag_response import UpdateFlagResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.flag_type import FlagType


def build_request(
    *,
    flag_id: str,
    default_value: bool,
    description: str,
    flag_type: FlagType,
    key: str,
    name: str,
    feature_id: str | None | Unset = UNSET,
    maintainer_account_member_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update a flag: the request, described but not sent.

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
        method="PUT",
        path="/flags/{flag_id}".format(
            flag_id=quote(str(flag_id), safe=""),
        ),
        operation="updateFlag",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateFlagResponse:
    """Parse a successful `update_flag` response into its typed model, UpdateFlagResponse."""
    return UpdateFlagResponse.from_dict(response.json())
