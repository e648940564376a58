"""`POST /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}` (add_credit_bundle): Add credit bundle."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ...client import PreparedRequest


def build_request(
    *,
    catalog_id: str,
    credit_bundle_id: str,
) -> PreparedRequest:
    """Add credit bundle: the request, described but not sent.

    `POST /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}`

    Args:
        catalog_id (str)
        credit_bundle_id (str)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    return PreparedRequest(
        method="POST",
        path="/catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}".format(
            catalog_id=quote(str(catalog_id), safe=""),
            credit_bundle_id=quote(str(credit_bundle_id), safe=""),
        ),
        operation="addCreditBundle",
    )


def parse_response(response: httpx.Response) -> None:
    """A successful `add_credit_bundle` answer has no content: None."""
    return None
