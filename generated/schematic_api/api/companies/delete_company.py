"""`DELETE /companies/{company_id}` (delete_company): Delete a company."""

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
    """Describe the `delete_company` request for the given arguments."""
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
    """Parse a successful `delete_company` response into its typed model."""
    response_200 = DeleteCompanyResponse.from_dict(response.json())

    return response_200
