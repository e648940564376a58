"""Request and response checks against the compiled spec, with errors that name the field.

Parameters arrive as strings: they are decoded per their OpenAPI style (repeated
``ids=a&ids=b`` for exploded arrays, ``keys[id]=acme`` for deepObject maps),
coerced to the declared JSON type and then validated like bodies are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import jsonschema_rs

from schematic_devserver.spec import Operation, Parameter

__all__ = [
    "RequestInvalid",
    "describe_error",
    "first_error",
    "parse_parameters",
    "response_error",
]

_DEEP_OBJECT = re.compile(r"^([^\[\]]+)\[([^\[\]]*)\]$")


class RequestInvalid(Exception):
    """A request that breaks the contract; ``str(exc)`` names the offending field."""


def _location(path: Iterable[str | int], root: str) -> str:
    """Render an instance path as ``events[3].event_type`` (``root`` when empty)."""
    rendered = ""
    for part in path:
        if isinstance(part, int):
            rendered += f"[{part}]"
        else:
            rendered += f".{part}" if rendered else str(part)
    return rendered or root


def describe_error(error: jsonschema_rs.ValidationError, root: str, prefix: tuple[str, ...] = ()) -> str:
    """Turn a validation error into ``"<field>: <message>"``, listing every allowed value of an enum."""
    message = error.message
    if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Enum):
        message = f"{json.dumps(error.instance)} is not one of {json.dumps(error.kind.options)}"
    return f"{_location((*prefix, *error.instance_path), root)}: {message}"


def first_error(
    validator: jsonschema_rs.Validator, instance: Any, root: str, prefix: tuple[str, ...] = ()
) -> str | None:
    """The first validation error as a message naming its field, or None when valid."""
    if validator.is_valid(instance):
        return None
    for error in validator.iter_errors(instance):
        return describe_error(error, root, prefix)
    return None


def response_error(operation: Operation, status: int, payload: Any) -> str | None:
    """Why a response breaks the contract of ``operation``, or None when it conforms."""
    if status in operation.responses:
        validator = operation.responses[status]
    elif operation.default_response is not None:
        validator = operation.default_response
    else:
        return f"status {status} is not declared for {operation.operation_id}"
    if validator is None:
        return None
    return first_error(validator, payload, "response body")


def _coerce(raw: str, kind: str, name: str) -> Any:
    """Coerce one query/path string to the parameter's JSON type."""
    if kind == "integer":
        try:
            return int(raw)
        except ValueError:
            raise RequestInvalid(f"{name}: {raw!r} is not an integer") from None
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            raise RequestInvalid(f"{name}: {raw!r} is not a number") from None
    if kind == "boolean":
        if raw in ("true", "false"):
            return raw == "true"
        raise RequestInvalid(f"{name}: {raw!r} is not a boolean (true or false)")
    return raw


def _query_value(parameter: Parameter, query: Sequence[tuple[str, str]]) -> tuple[bool, Any]:
    """Extract and coerce one query parameter; returns (present, value)."""
    name = parameter.name
    if parameter.style == "deepObject":
        members: dict[str, Any] = {}
        for key, value in query:
            found = _DEEP_OBJECT.match(key)
            if found is not None and found.group(1) == name:
                members[found.group(2)] = value
        # An empty map serialises to nothing, so absence is the empty object, not a missing value.
        return True, members
    values = [value for key, value in query if key == name]
    if not values:
        return False, None
    if parameter.kind == "array":
        items = parameter.schema.get("items", {})
        item_kind = items.get("type") if isinstance(items.get("type"), str) else "string"
        if not parameter.explode:
            values = [part for value in values for part in value.split(",")]
        return True, [_coerce(value, item_kind, name) for value in values]
    if len(values) > 1:
        raise RequestInvalid(f"{name}: expected a single value, got {len(values)}")
    return True, _coerce(values[0], parameter.kind, name)


def parse_parameters(
    operation: Operation, path_params: Mapping[str, str], query: Sequence[tuple[str, str]]
) -> dict[str, Any]:
    """Decode, coerce and validate an operation's path and query parameters."""
    parsed: dict[str, Any] = {}
    for parameter in operation.parameters:
        if parameter.location == "path":
            present, value = parameter.name in path_params, path_params.get(parameter.name)
            if present:
                value = _coerce(value or "", parameter.kind, parameter.name)
        elif parameter.location == "query":
            present, value = _query_value(parameter, query)
        else:
            continue  # Header and cookie parameters: none in this spec besides auth.
        if not present:
            if parameter.required:
                raise RequestInvalid(f"{parameter.name}: required {parameter.location} parameter is missing")
            continue
        message = first_error(parameter.validator, value, parameter.name, (parameter.name,))
        if message is not None:
            raise RequestInvalid(message)
        parsed[parameter.name] = value
    return parsed
