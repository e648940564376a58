"""`POST /flags/check` (check_flags): Check all flags for a company and/or user context."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.check_flags_response import CheckFlagsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.preflight_request_body import PreflightRequestBody


def build_request(
    *,
    company: Mapping[str, str] | None | Unset = UNSET,
    preflight: PreflightRequestBody | Mapping[str, Any] | Unset = UNSET,
    user: Mapping[str, str] | None | Unset = UNSET,
) -> PreparedRequest:
    """Check all flags for a company and/or user context: the request, described but not sent.

    `POST /flags/check`

    Args:
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
        path="/flags/check",
        operation="checkFlags",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CheckFlagsResponse:
    """Parse a successful `check_flags` response into its typed model, CheckFlagsResponse."""
    return CheckFlagsResponse.from_dict(response.json())
