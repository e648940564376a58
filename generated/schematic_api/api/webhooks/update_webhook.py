"""`PUT /webhooks/{webhook_id}` (update_webhook): Update webhook."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...client import PreparedRequest, to_jsonable
from ...models.update_webhook_response import UpdateWebhookResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.credit_trigger_config import CreditTriggerConfig
    from ...models.entitlement_trigger_config import EntitlementTriggerConfig
    from ...models.webhook_request_type import WebhookRequestType
    from ...models.webhook_status import WebhookStatus


def build_request(
    *,
    webhook_id: str,
    credit_trigger_configs: Sequence[CreditTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
    entitlement_trigger_configs: Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    request_types: Sequence[WebhookRequestType] | None | Unset = UNSET,
    status: WebhookStatus | None | Unset = UNSET,
    url: str | None | Unset = UNSET,
) -> PreparedRequest:
    """Update webhook: the request, described but not sent.

    `PUT /webhooks/{webhook_id}`

    Args:
        webhook_id (str)
        credit_trigger_configs (Sequence[CreditTriggerConfig | Mapping[str, Any]] | None, optional)
        entitlement_trigger_configs (Sequence[EntitlementTriggerConfig | Mapping[str, Any]] | None,
            optional)
        name (str | None, optional)
        request_types (Sequence[WebhookRequestType] | None, optional)
        status (WebhookStatus | None, optional)
        url (str | None, optional)

    Returns:
        PreparedRequest: for a requester to send; `parse_response` reads a successful answer.
    """
    _json: dict[str, Any] = {}
    if not isinstance(credit_trigger_configs, Unset):
        _json["credit_trigger_configs"] = credit_trigger_configs
    if not isinstance(entitlement_trigger_configs, Unset):
        _json["entitlement_trigger_configs"] = entitlement_trigger_configs
    if not isinstance(name, Unset):
        _json["name"] = name
    if not isinstance(request_types, Unset):
        _json["request_types"] = request_types
    if not isinstance(status, Unset):
        _json["status"] = status
    if not isinstance(url, Unset):
        _json["url"] = url
    return PreparedRequest(
        method="PUT",
        path="/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        operation="updateWebhook",
        json=to_jsonable(_json),
        has_body=True,
    )


def parse_response(response: httpx.Response) -> UpdateWebhookResponse:
    """Parse a successful `update_webhook` response into its typed model, UpdateWebhookResponse."""
    return UpdateWebhookResponse.from_dict(response.json())
