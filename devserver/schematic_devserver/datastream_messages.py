"""The datastream's wire format: client frames parsed (errors name the field), server frames encoded.

Client -> server: ``{"data": {"action": "start"|"stop", "entity_type": T, "keys": {...}}}``
(``keys`` for companies and users only). Server -> client:
``{"entity_type": T, "message_type": "full"|"partial"|"delete"|"error", "data": ..., "entity_id": ...}``.
See the "Datastream" section of devserver/README.md.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ACTIONS",
    "COMPANY",
    "DELETE",
    "ENTITY_TYPES",
    "ERROR",
    "FLAG",
    "FLAGS",
    "FULL",
    "KEYED_ENTITY_TYPES",
    "PARTIAL",
    "START",
    "STOP",
    "USER",
    "FrameInvalid",
    "Request",
    "encode",
    "encode_raw",
    "error_frame",
    "parse_request",
]

FLAGS = "rulesengine.Flags"
FLAG = "rulesengine.Flag"
COMPANY = "rulesengine.Company"
USER = "rulesengine.User"
ENTITY_TYPES = (FLAGS, COMPANY, USER)
"""What a client can start or stop (``rulesengine.Flag`` is only ever pushed)."""
KEYED_ENTITY_TYPES = (COMPANY, USER)

FULL = "full"
PARTIAL = "partial"
DELETE = "delete"
ERROR = "error"

START = "start"
STOP = "stop"
ACTIONS = (START, STOP)


class FrameInvalid(ValueError):
    """A client frame that breaks the protocol; ``str(exc)`` names the field, ``entity_type`` what it asked for."""

    def __init__(self, message: str, entity_type: str = "") -> None:
        super().__init__(message)
        self.entity_type = entity_type


@dataclass(frozen=True)
class Request:
    """One parsed client frame."""

    action: str
    entity_type: str
    keys: dict[str, str]
    """Empty for ``rulesengine.Flags``."""


def _choice(value: Any, allowed: tuple[str, ...], field: str, entity_type: str = "") -> str:
    """``value`` when it is one of ``allowed``, else a FrameInvalid naming ``field``."""
    if value not in allowed:
        raise FrameInvalid(
            f"{field}: {json.dumps(value)} is not one of {json.dumps(list(allowed))}", entity_type
        )
    return str(value)


def _keys(value: Any, entity_type: str) -> dict[str, str]:
    """A non-empty map of string key names to string values."""
    if not isinstance(value, Mapping) or not value:
        raise FrameInvalid(f"data.keys: {entity_type} needs a non-empty object of keys", entity_type)
    for name, key_value in value.items():
        if not name:
            raise FrameInvalid("data.keys: a key name must not be empty", entity_type)
        if not isinstance(key_value, str):
            raise FrameInvalid(f"data.keys.{name}: {json.dumps(key_value)} is not a string", entity_type)
    return dict(value)


def parse_request(raw: str | bytes) -> Request:
    """Parse one client frame; FrameInvalid (naming the field) when it breaks the protocol."""
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FrameInvalid(f"frame: invalid JSON ({exc})") from None
    if not isinstance(document, dict):
        raise FrameInvalid("frame: expected a JSON object with a 'data' object")
    data = document.get("data")
    if not isinstance(data, dict):
        raise FrameInvalid("data: expected an object with 'action' and 'entity_type'")
    raw_type = data.get("entity_type")
    named_type = raw_type if isinstance(raw_type, str) else ""
    action = _choice(data.get("action"), ACTIONS, "data.action", named_type)
    entity_type = _choice(raw_type, ENTITY_TYPES, "data.entity_type")
    keys = _keys(data.get("keys"), entity_type) if entity_type in KEYED_ENTITY_TYPES else {}
    return Request(action, entity_type, keys)


def encode_raw(entity_type: str, message_type: str, data_text: str, entity_id: str | None = None) -> str:
    """One server frame as JSON text around ``data_text`` (data already encoded, so one encoding serves every
    connection); ``entity_id`` is left out when None."""
    head = f'{{"entity_type":{json.dumps(entity_type)},"message_type":{json.dumps(message_type)}'
    tail = f',"entity_id":{json.dumps(entity_id)}}}' if entity_id is not None else "}"
    return f'{head},"data":{data_text}{tail}'


def encode(entity_type: str, message_type: str, data: Any, entity_id: str | None = None) -> str:
    """One server frame as JSON text; ``entity_id`` is left out when None."""
    return encode_raw(
        entity_type, message_type, json.dumps(data, separators=(",", ":"), ensure_ascii=False), entity_id
    )


def error_frame(error: str, entity_type: str = "", keys: Mapping[str, str] | None = None) -> str:
    """An ``error`` frame: ``{"error", "keys"?, "entity_type"?}``, which the official client matches to its pending request."""
    data: dict[str, Any] = {"error": error}
    if keys:
        data["keys"] = dict(keys)
    if entity_type:
        data["entity_type"] = entity_type
    return encode(entity_type, ERROR, data)
