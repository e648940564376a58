"""`DELETE /companies/{company_id}` (delete_company): Delete a company."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.delete_company_response import DeleteCompanyResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str,
    cancel_subscription: bool | Unset = UNSET,
    prorate: bool | Unset = UNSET,
) -> PreparedRequest:
    """Delete a company: the request, described but not sent.

    `DELETE /companies/{company_id}`

    Args:
        company_id (str)
        cancel_subscription (bool, optional)
        prorate (bool, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("cancel_subscription", cancel_subscription)
    params += query_pairs("prorate", prorate)
    return PreparedRequest(
        method="DELETE",
        path="/companies/{company_id}".format(
            company_id=quote(str(company_id), safe=""),
        ),
        operation="deleteCompany",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> DeleteCompanyResponse:
    """Parse a successful `delete_company` response into its typed model, DeleteCompanyResponse."""
    return DeleteCompanyResponse.from_dict(response.json())
