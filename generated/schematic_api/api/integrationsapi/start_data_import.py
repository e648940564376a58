"""`POST /integrations/start-data-import` (start_data_import): Start data import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.start_data_import_response import StartDataImportResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.company_matching_criteria import CompanyMatchingCriteria


def build_request(
    *,
    integration_id: str,
    company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
    company_matching_field: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Start data import: the request, described but not sent.

    `POST /integrations/start-data-import`

    Args:
        integration_id (str)
        company_matching_criteria (CompanyMatchingCriteria | None, optional)
        company_matching_field (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "integration_id": integration_id,
    }
    if not isinstance(company_matching_criteria, Unset):
        _json["company_matching_criteria"] = company_matching_criteria
    if not isinstance(company_matching_field, Unset):
        _json["company_matching_field"] = company_matching_field
    return PreparedRequest(
        method="POST",
        path="/integrations/start-data-import",
        operation="startDataImport",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> StartDataImportResponse:
    """Parse a successful `start_data_import` response into its typed model, StartDataImportResponse."""
    return StartDataImportResponse.from_dict(response.json())
