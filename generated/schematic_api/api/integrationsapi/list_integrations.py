"""`GET /integrations` (list_integrations): List integrations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import httpx

from ...client import PreparedRequest, query_pairs
from ...models.list_integrations_response import ListIntegrationsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.integration_state import IntegrationState
    from ...models.integration_type import IntegrationType


def build_request(
    *,
    billing_only: bool | Unset = UNSET,
    exclude_ids: Sequence[str] | Unset = UNSET,
    id: str | Unset = UNSET,
    state: IntegrationState | Unset = UNSET,
    type_: IntegrationType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> PreparedRequest:
    """List integrations: the request, described but not sent.

    `GET /integrations`

    Args:
        billing_only (bool, optional)
        exclude_ids (Sequence[str], optional)
        id (str, optional)
        state (IntegrationState, optional)
        type_ (IntegrationType, optional)
        limit (int, optional)
        offset (int, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    params: list[tuple[str, str]] = []
    params += query_pairs("billing_only", billing_only)
    params += query_pairs("exclude_ids", exclude_ids)
    params += query_pairs("id", id)
    params += query_pairs("state", state)
    params += query_pairs("type", type_)
    params += query_pairs("limit", limit)
    params += query_pairs("offset", offset)
    return PreparedRequest(
        method="GET",
        path="/integrations",
        operation="listIntegrations",
        params=tuple(params),
    )


def parse_response(response: httpx.Response) -> ListIntegrationsResponse:
    """Parse a successful `list_integrations` response into its typed model, ListIntegrationsResponse."""
    return ListIntegrationsResponse.from_dict(response.json())
