"""The datastream's wire format: the URL, the handshake headers, and JSON frames in and out.

Incoming frames are read tolerantly: `parse_message` raises `MalformedMessage` naming what is wrong,
and the connection logs it, counts it and reads on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs

from .._version import __version__

__all__ = [
    "CLIENT_NAME",
    "COMPANY",
    "DELETE",
    "ERROR",
    "FLAG",
    "FLAGS",
    "FULL",
    "PARTIAL",
    "USER",
    "MalformedMessage",
    "Message",
    "datastream_url",
    "handshake_headers",
    "parse_message",
    "request_frame",
]

FLAGS = "rulesengine.Flags"
FLAG = "rulesengine.Flag"
COMPANY = "rulesengine.Company"
USER = "rulesengine.User"
ENTITY_TYPES = frozenset((FLAGS, FLAG, COMPANY, USER))

FULL = "full"
PARTIAL = "partial"
DELETE = "delete"
ERROR = "error"
MESSAGE_TYPES = frozenset((FULL, PARTIAL, DELETE, ERROR))

CLIENT_NAME = "schematic-ext-python"
MODE_DIRECT = "direct"


def datastream_url(base_url: str) -> str:
    """``https://api.<domain>`` -> ``wss://datastream.<domain>/datastream``; any other host keeps its host
    and port, with ``ws``/``wss`` for ``http``/``https``."""
    parts = urlsplit(base_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    host = parts.hostname or ""
    labels = host.split(".")
    if len(labels) > 1 and labels[0] == "api":
        host = ".".join(["datastream", *labels[1:]])
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return f"{scheme}://{netloc}/datastream"


def handshake_headers(api_key: str) -> dict[str, str]:
    """The headers of the WebSocket handshake (the key authenticates it)."""
    return {
        "X-Schematic-Api-Key": api_key,
        "X-Schematic-Datastream-Mode": MODE_DIRECT,
        "X-Schematic-Client": CLIENT_NAME,
        "X-Schematic-Client-Version": __version__,
    }


def request_frame(entity_type: str, keys: Mapping[str, str] | None = None, *, action: str = "start") -> str:
    """A ``start`` (ask for and subscribe to) or ``stop`` frame; `keys` only for companies and users."""
    data: dict[str, Any] = {"action": action, "entity_type": entity_type}
    if keys is not None:
        data["keys"] = dict(keys)
    return json.dumps({"data": data}, separators=(",", ":"))


class MalformedMessage(ValueError):
    """A frame that is not a datastream message this client understands (logged, counted, skipped)."""


@attrs.frozen(slots=True)
class Message:
    """One server frame: ``entity_type``, ``message_type``, ``data`` and, for partials, ``entity_id``."""

    entity_type: str
    message_type: str
    data: Any
    entity_id: str | None = None


def _entity(data: Any, entity_type: str, id_field: str) -> None:
    if not isinstance(data, dict) or not isinstance(data.get(id_field), str) or not data[id_field]:
        raise MalformedMessage(f"{entity_type} data must be an object with a non-empty {id_field!r}")


def parse_message(raw: str | bytes) -> Message:
    """The message a frame holds, its shape checked for what the snapshot reads; else MalformedMessage."""
    try:
        frame = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedMessage(f"not JSON ({exc})") from None
    if not isinstance(frame, dict):
        raise MalformedMessage(f"a frame must be a JSON object, got {type(frame).__name__}")
    entity_type, message_type = frame.get("entity_type"), frame.get("message_type")
    data, entity_id = frame.get("data"), frame.get("entity_id")
    if message_type not in MESSAGE_TYPES:
        raise MalformedMessage(f"unknown message_type {message_type!r}")
    if entity_id is not None and not isinstance(entity_id, str):
        raise MalformedMessage("entity_id must be a string")
    if message_type == ERROR:
        if not isinstance(data, dict):
            raise MalformedMessage("error data must be an object")
        return Message(str(entity_type), ERROR, data, entity_id)
    if entity_type not in ENTITY_TYPES:
        raise MalformedMessage(f"unknown entity_type {entity_type!r}")
    if entity_type == FLAGS:
        if message_type != FULL or not isinstance(data, list):
            raise MalformedMessage("rulesengine.Flags must be a full message with a list of flags")
        for flag in data:
            _entity(flag, FLAG, "key")
    elif entity_type == FLAG:
        if message_type == PARTIAL:
            raise MalformedMessage("rulesengine.Flag has no partial messages")
        _entity(data, FLAG, "key")
    elif message_type == PARTIAL:
        if not entity_id or not isinstance(data, dict):
            raise MalformedMessage(f"a partial {entity_type} needs an entity_id and an object")
    elif message_type == DELETE and entity_id and not isinstance(data, dict):
        data = {"id": entity_id}
    else:
        _entity(data, entity_type, "id")
    return Message(entity_type, message_type, data, entity_id)
