"""`DELETE /billing/credits/bundles/{bundle_id}` (delete_credit_bundle): Delete credit bundle."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest
from ...models.delete_credit_bundle_response import DeleteCreditBundleResponse


def build_request(
    *,
    bundle_id: str,
) -> PreparedRequest:
    """Delete credit bundle: the request, described but not sent.

    `DELETE /billing/credits/bundles/{bundle_id}`

    Args:
        bundle_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="DELETE",
        path="/billing/credits/bundles/{bundle_id}".format(
            bundle_id=quote(str(bundle_id), safe=""),
        ),
        operation="deleteCreditBundle",
    )


def parse_response(response: httpx.Response) -> DeleteCreditBundleResponse:
    """Parse a successful `delete_credit_bundle` response into its typed model, DeleteCreditBundleResponse."""
    return DeleteCreditBundleResponse.from_dict(response.json())
