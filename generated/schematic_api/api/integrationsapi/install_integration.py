"""`POST /integrations/install` (install_integration): Install integration."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.install_integration_response import InstallIntegrationResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.company_matching_criteria import CompanyMatchingCriteria
    from ...models.integration_type import IntegrationType


def build_request(
    *,
    type_: IntegrationType,
    company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
    company_matching_field: str | None | Unset = UNSET,
    config: Mapping[str, Any] | Unset = UNSET,
    is_sandbox: bool | None | Unset = UNSET,
    live_mode: bool | None | Unset = UNSET,
) -> PreparedRequest:
    """Install integration: the request, described but not sent.

    `POST /integrations/install`

    Args:
        type_ (IntegrationType)
        company_matching_criteria (CompanyMatchingCriteria | None, optional)
        company_matching_field (str | None, optional)
        config (Mapping[str, Any], optional)
        is_sandbox (bool | None, optional)
        live_mode (bool | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "type": type_,
    }
    if not isinstance(company_matching_criteria, Unset):
        _json["company_matching_criteria"] = company_matching_criteria
    if not isinstance(company_matching_field, Unset):
        _json["company_matching_field"] = company_matching_field
    if not isinstance(config, Unset):
        _json["config"] = config
    if not isinstance(is_sandbox, Unset):
        _json["is_sandbox"] = is_sandbox
    if not isinstance(live_mode, Unset):
        _json["live_mode"] = live_mode
    return PreparedRequest(
        method="POST",
        path="/integrations/install",
        operation="installIntegration",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> InstallIntegrationResponse:
    """Parse a successful `install_integration` response into its typed model, InstallIntegrationResponse."""
    return InstallIntegrationResponse.from_dict(response.json())
