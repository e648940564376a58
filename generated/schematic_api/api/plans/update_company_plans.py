"""`PUT /company-plans/{company_id}` (update_company_plans): Set the plans of a company."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_company_plans_response import UpdateCompanyPlansResponse
from ...types import UNSET, Unset


def build_request(
    *,
    company_id: str,
    add_on_ids: Sequence[str],
    base_plan_id: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Set the plans of a company: the request, described but not sent.

    `PUT /company-plans/{company_id}`

    Args:
        company_id (str)
        add_on_ids (Sequence[str])
        base_plan_id (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "add_on_ids": add_on_ids,
    }
    if not isinstance(base_plan_id, Unset):
        _json["base_plan_id"] = base_plan_id
    return PreparedRequest(
        method="PUT",
        path="/company-plans/{company_id}".format(
            company_id=quote(str(company_id), safe=""),
        ),
        operation="updateCompanyPlans",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateCompanyPlansResponse:
    """Parse a successful `update_company_plans` response into its typed model, UpdateCompanyPlansResponse."""
    return UpdateCompanyPlansResponse.from_dict(response.json())
