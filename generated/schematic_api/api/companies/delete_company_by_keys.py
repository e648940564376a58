"""`POST /companies/delete` (delete_company_by_keys): Delete a company found by its keys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.delete_company_by_keys_response import DeleteCompanyByKeysResponse


def build_request(
    *,
    keys: Mapping[str, str],
) -> PreparedRequest:
    """Delete a company found by its keys: the request, described but not sent.

    `POST /companies/delete`

    Args:
        keys (Mapping[str, str])

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "keys": keys,
    }
    return PreparedRequest(
        method="POST",
        path="/companies/delete",
        operation="deleteCompanyByKeys",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> DeleteCompanyByKeysResponse:
    """Parse a successful `delete_company_by_keys` response into its typed model, DeleteCompanyByKeysResponse."""
    return DeleteCompanyByKeysResponse.from_dict(response.json())
