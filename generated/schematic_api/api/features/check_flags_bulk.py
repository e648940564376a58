"""`POST /flags/check-bulk` (check_flags_bulk): Check all flags for several contexts at once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.check_flags_bulk_response import CheckFlagsBulkResponse

if TYPE_CHECKING:
    from ...models.check_flag_request_body import CheckFlagRequestBody


def build_request(
    *,
    contexts: Sequence[CheckFlagRequestBody | Mapping[str, Any]],
) -> PreparedRequest:
    """Check all flags for several contexts at once: the request, described but not sent.

    `POST /flags/check-bulk`

    Args:
        contexts (Sequence[CheckFlagRequestBody | Mapping[str, Any]])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "contexts": contexts,
    }
    return PreparedRequest(
        method="POST",
        path="/flags/check-bulk",
        operation="checkFlagsBulk",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CheckFlagsBulkResponse:
    """Parse a successful `check_flags_bulk` response into its typed model, CheckFlagsBulkResponse."""
    return CheckFlagsBulkResponse.from_dict(response.json())
