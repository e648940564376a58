"""`PUT /flags/{flag_id}/rules` (update_flag_rules): Replace the rules of a flag."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_flag_rules_response import UpdateFlagRulesResponse

if TYPE_CHECKING:
    from ...models.create_or_update_rule_request_body import CreateOrUpdateRuleRequestBody


def build_request(
    *,
    flag_id: str,
    rules: Sequence[CreateOrUpdateRuleRequestBody | Mapping[str, Any]],
) -> PreparedRequest:
    """Replace the rules of a flag: the request, described but not sent.

    `PUT /flags/{flag_id}/rules`

    Args:
        flag_id (str)
        rules (Sequence[CreateOrUpdateRuleRequestBody | Mapping[str, Any]])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "rules": rules,
    }
    return PreparedRequest(
        method="PUT",
        path="/flags/{flag_id}/rules".format(
            flag_id=quote(str(flag_id), safe=""),
        ),
        operation="updateFlagRules",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateFlagRulesResponse:
    """Parse a successful `update_flag_rules` response into its typed model, UpdateFlagRulesResponse."""
    return UpdateFlagRulesResponse.from_dict(response.json())
