"""The webhook operations (tag ``webhooks``), keyed by operationId: webhooks, their deliveries, test sends.

Deliveries themselves go out from ``webhook_delivery.WebhookDispatcher``; a test send is the one
attempt made while the request waits (so it holds the devserver for at most
``webhook_delivery.DEFAULT_TIMEOUT``: a receiver must not call the devserver back before answering it).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from schematic_devserver.clock import isoformat
from schematic_devserver.handlers import ApiError, Call, Handler, Reply, ok, page
from schematic_devserver.store import NotFound
from schematic_devserver.webhook_delivery import DEFAULT_TIMEOUT, new_client, payload_text, send_attempt
from schematic_devserver.webhooks import WebhookEventRow, WebhookInputError, WebhookRow

__all__ = ["HANDLERS", "render_webhook", "render_webhook_event"]

_CONFIG_FIELDS = ("credit_trigger_configs", "entitlement_trigger_configs")


def render_webhook(row: WebhookRow) -> dict[str, Any]:
    """WebhookResponseData (the secret included, as the schema has it)."""
    return {
        "id": row.id,
        "name": row.name,
        "url": row.url,
        "request_types": row.request_types,
        "status": row.status,
        "secret": row.secret,
        "credit_trigger_configs": row.credit_trigger_configs,
        "entitlement_trigger_configs": row.entitlement_trigger_configs,
        "created_at": isoformat(row.created_at),
        "updated_at": isoformat(row.updated_at),
    }


def render_webhook_event(row: WebhookEventRow, webhook: WebhookRow | None) -> dict[str, Any]:
    """WebhookEventDetailResponseData: the payload as sent, the last response code, the attempts."""
    rendered: dict[str, Any] = {
        "id": row.id,
        "webhook_id": row.webhook_id,
        "request_type": row.request_type,
        "status": row.status,
        "payload": row.payload,
        "response_code": row.response_code,
        "attempt_count": row.attempt_count,
        "sent_at": None if row.sent_at is None else isoformat(row.sent_at),
        "created_at": isoformat(row.created_at),
        "updated_at": isoformat(row.updated_at),
    }
    if webhook is not None:
        rendered["webhook"] = render_webhook(webhook)
    return rendered


def _required_webhook(call: Call) -> WebhookRow:
    webhook_id = call.params["webhook_id"]
    found = call.store.webhooks.get(webhook_id)
    if found is None:
        raise NotFound(f"webhook not found: {webhook_id}")
    return found


def _configs(body: Mapping[str, Any]) -> dict[str, Any]:
    return {name: body[name] for name in _CONFIG_FIELDS if name in body}


def list_webhooks(call: Call) -> Reply:
    """listWebhooks: oldest first; ``q`` matches the name or url."""
    limit, offset = page(call)
    rows = call.store.webhooks.list_webhooks(q=call.params.get("q"), limit=limit, offset=offset)
    return ok(call, [render_webhook(row) for row in rows])


def count_webhooks(call: Call) -> Reply:
    """countWebhooks: how many webhooks listWebhooks pages through."""
    return ok(call, {"count": call.store.webhooks.count_webhooks(q=call.params.get("q"))})


def create_webhook(call: Call) -> Reply:
    """createWebhook: active, with a generated secret; the url must be absolute http(s)."""
    body = call.body
    try:
        row = call.store.webhooks.create(
            name=body["name"], url=body["url"], request_types=body["request_types"], configs=_configs(body)
        )
    except WebhookInputError as exc:
        raise ApiError(400, str(exc)) from exc
    return ok(call, render_webhook(row), 201)


def get_webhook(call: Call) -> Reply:
    """getWebhook."""
    return ok(call, render_webhook(_required_webhook(call)))


def update_webhook(call: Call) -> Reply:
    """updateWebhook: the fields given and not null replace the stored ones (the secret stays)."""
    webhook = _required_webhook(call)
    body = call.body or {}
    fields = {name: body.get(name) for name in ("name", "url", "request_types", "status")}
    try:
        row = call.store.webhooks.update(webhook.id, {**fields, **_configs(body)})
    except WebhookInputError as exc:
        raise ApiError(400, str(exc)) from exc
    if row is None:
        raise NotFound(f"webhook not found: {webhook.id}")
    return ok(call, render_webhook(row))


def delete_webhook(call: Call) -> Reply:
    """deleteWebhook: its deliveries go with it, pending ones included."""
    if not call.store.webhooks.delete(call.params["webhook_id"]):
        raise NotFound(f"webhook not found: {call.params['webhook_id']}")
    return ok(call, {"deleted": True})


def send_test_webhook_action(call: Call) -> Reply:
    """sendTestWebhookAction: one signed attempt now, recorded as a delivery; answers how it went."""
    webhook = _required_webhook(call)
    request_type = call.body["request_type"]
    payload = payload_text(request_type, "test", {"test": True, "webhook_id": webhook.id})
    table = call.store.webhooks
    (event_id,) = table.add_events([(webhook.id, request_type, payload)])
    sent_at = time.time()
    with new_client(DEFAULT_TIMEOUT) as client:
        result = send_attempt(client, webhook, payload)
    table.record_attempt(event_id, "success" if result.success else "failure", result.response_code, sent_at)
    call.stats.add("webhooks_delivered" if result.success else "webhooks_failed")
    return ok(
        call,
        {
            "success": result.success,
            "response_code": result.response_code or 0,
            "failure_reason": result.failure_reason,
        },
    )


def _event_filters(call: Call) -> dict[str, Any]:
    return {name: call.params.get(name) for name in ("ids", "q", "webhook_id")}


def list_webhook_events(call: Call) -> Reply:
    """listWebhookEvents: newest first, filtered by ids, webhook_id and q (request type or payload)."""
    limit, offset = page(call)
    table = call.store.webhooks
    rows = table.events(**_event_filters(call), limit=limit, offset=offset)
    hooks = {webhook_id: table.get(webhook_id) for webhook_id in {row.webhook_id for row in rows}}
    return ok(call, [render_webhook_event(row, hooks[row.webhook_id]) for row in rows])


def count_webhook_events(call: Call) -> Reply:
    """countWebhookEvents: how many deliveries listWebhookEvents pages through."""
    return ok(call, {"count": call.store.webhooks.count_events(**_event_filters(call))})


def get_webhook_event(call: Call) -> Reply:
    """getWebhookEvent."""
    event_id = call.params["webhook_event_id"]
    row = call.store.webhooks.event(event_id)
    if row is None:
        raise NotFound(f"webhook event not found: {event_id}")
    return ok(call, render_webhook_event(row, call.store.webhooks.get(row.webhook_id)))


OUTBOUND = frozenset({"sendTestWebhookAction"})
"""Operations that wait on another server (a test send waits for the receiver's answer)."""

HANDLERS: dict[str, Handler] = {
    "listWebhooks": list_webhooks,
    "countWebhooks": count_webhooks,
    "createWebhook": create_webhook,
    "getWebhook": get_webhook,
    "updateWebhook": update_webhook,
    "deleteWebhook": delete_webhook,
    "sendTestWebhookAction": send_test_webhook_action,
    "listWebhookEvents": list_webhook_events,
    "countWebhookEvents": count_webhook_events,
    "getWebhookEvent": get_webhook_event,
}
