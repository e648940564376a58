"""`POST /flags/{key}/check` (check_flag): Check one flag for a company and/or user context."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.check_flag_response import CheckFlagResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.preflight_request_body import PreflightRequestBody


def build_request(
    *,
    key: str,
    company: Mapping[str, str] | None | Unset = UNSET,
    preflight: PreflightRequestBody | Mapping[str, Any] | Unset = UNSET,
    user: Mapping[str, str] | None | Unset = UNSET,
) -> PreparedRequest:
    """Check one flag for a company and/or user context: the request, described but not sent.

    `POST /flags/{key}/check`

    Args:
        key (str)
        company (Mapping[str, str] | None, optional): Keys identifying the company, e.g. {"id": "acme"}
        preflight (PreflightRequestBody | Mapping[str, Any], optional)
        user (Mapping[str, str] | None, optional): Keys identifying the user, e.g. {"email":
            "wcoyote@acme.net"}

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(company, Unset):
        _json["company"] = company
    if not isinstance(preflight, Unset):
        _json["preflight"] = preflight
    if not isinstance(user, Unset):
        _json["user"] = user
    return PreparedRequest(
        method="POST",
        path="/flags/{key}/check".format(
            key=quote(str(key), safe=""),
        ),
        operation="checkFlag",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CheckFlagResponse:
    """Parse a successful `check_flag` response into its typed model, CheckFlagResponse."""
    return CheckFlagResponse.from_dict(response.json())
