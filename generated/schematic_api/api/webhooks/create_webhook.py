"""`POST /webhooks` (create_webhook): Create webhook."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.create_webhook_response import CreateWebhookResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.credit_trigger_config import CreditTriggerConfig
    from ...models.entitlement_trigger_config import EntitlementTriggerConfig
    from ...models.webhook_request_type import WebhookRequestType


def build_request(
    *,
    name: str,
    request_types: Sequence[WebhookRequestType],
    url: str,
    credit_trigger_configs: Sequence[CreditTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
    entitlement_trigger_configs: Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
) -> PreparedRequest:
    """Create webhook: the request, described but not sent.

    `POST /webhooks`

    Args:
        name (str)
        request_types (Sequence[WebhookRequestType])
        url (str)
        credit_trigger_configs (Sequence[CreditTriggerConfig | Mapping[str, Any]] | None, optional)
        entitlement_trigger_configs (Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None,
            optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {
        "name": name,
        "request_types": request_types,
        "url": url,
    }
    if not isinstance(credit_trigger_configs, Unset):
        _json["credit_trigger_configs"] = credit_trigger_configs
    if not isinstance(entitlement_trigger_configs, Unset):
        _json["entitlement_trigger_configs"] = entitlement_trigger_configs
    return PreparedRequest(
        method="POST",
        path="/webhooks",
        operation="createWebhook",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> CreateWebhookResponse:
    """Parse a successful `create_webhook` response into its typed model, CreateWebhookResponse."""
    return CreateWebhookResponse.from_dict(response.json())
