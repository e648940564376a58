"""`GET /account-members/{account_member_id}` (get_account_member): Get account member."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.get_account_member_response import GetAccountMemberResponse


def build_request(
    *,
    account_member_id: str,
) -> PreparedRequest:
    """Get account member: the request, described but not sent.

    `GET /account-members/{account_member_id}`

    Args:
        account_member_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="GET",
        path="/account-members/{account_member_id}".format(
            account_member_id=quote(str(account_member_id), safe=""),
        ),
        operation="getAccountMember",
    )


def parse_response(response: httpx.Response) -> GetAccountMemberResponse:
    """Parse a successful `get_account_member` response into its typed model, GetAccountMemberResponse."""
    return GetAccountMemberResponse.from_dict(response.json())
