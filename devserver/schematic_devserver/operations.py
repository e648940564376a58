"""Every operation the devserver implements: each area's handler table merged into one, and dispatch."""

from __future__ import annotations

from schematic_devserver import catalog_handlers, handlers, webhook_handlers
from schematic_devserver.handlers import ApiError, Call, Handler, NotImplementedByDevserver, Reply
from schematic_devserver.store import Conflict, NotFound

__all__ = ["HANDLERS", "OFF_LOOP", "dispatch"]

HANDLERS: dict[str, Handler] = {**handlers.HANDLERS, **catalog_handlers.HANDLERS, **webhook_handlers.HANDLERS}
"""Handlers by operationId; an operation of the spec missing here answers 501."""

OFF_LOOP = webhook_handlers.OUTBOUND
"""Operations run on a worker thread, so waiting on the network does not hold up every other request."""


def dispatch(call: Call, operation_id: str) -> Reply:
    """Run an operation's handler, mapping store errors to API errors; 501 without a handler."""
    handler = HANDLERS.get(operation_id)
    if handler is None:
        raise NotImplementedByDevserver(operation_id)
    try:
        return handler(call)
    except NotFound as exc:
        raise ApiError(404, str(exc)) from exc
    except Conflict as exc:
        raise ApiError(400, str(exc)) from exc
