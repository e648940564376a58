"""Required response fields a handler leaves out, filled in from the response schema.

Handlers render the data the devserver has; the billing, plan and credit fields it has no data
for are required all the same (by openapi.yaml, and by schematichq's models beyond it: see
``sdk_compat``). Completion walks a response along its schema and adds each missing required
field as an empty value: null where the field is nullable, else ``[]``, an object with its own
required fields, ``false``, ``0``, ``""``, the first enum value or the epoch for a timestamp.
Fields present are never changed, and nothing is mutated: a completed object is a copy.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from schematic_devserver.sdk_compat import REQUIRED_RESPONSE_FIELDS
from schematic_devserver.spec import Operation, resolve_ref

__all__ = ["EPOCH", "Completer", "fill"]

EPOCH = "1970-01-01T00:00:00.000Z"
"""The timestamp sent for a required date-time the devserver has no value for."""

_COMPONENT_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class _Object:
    """An object schema: required fields with their placeholders, and the properties to walk into."""

    required: tuple[tuple[str, Any], ...]
    properties: Mapping[str, _Node] = field(default_factory=dict)


@dataclass(frozen=True)
class _Array:
    """An array schema whose items need completing."""

    items: _Node


_Node = _Object | _Array


def _fresh(value: Any) -> Any:
    """A placeholder value safe to hand out (containers are copied)."""
    return copy.deepcopy(value) if isinstance(value, (list, dict)) else value


def fill(node: _Node, value: Any) -> Any:
    """``value`` with every missing required field added; the same object when nothing was missing."""
    if isinstance(node, _Array):
        if not isinstance(value, list):
            return value
        items = [fill(node.items, item) for item in value]
        return items if any(new is not old for new, old in zip(items, value, strict=True)) else value
    if not isinstance(value, dict):
        return value
    out = value
    for name, placeholder in node.required:
        if name not in out:
            out = out if out is not value else dict(value)
            out[name] = _fresh(placeholder)
    for name, child in node.properties.items():
        if name in out:
            completed = fill(child, out[name])
            if completed is not out[name]:
                out = out if out is not value else dict(value)
                out[name] = completed
    return out


class Completer:
    """Completion plans for the responses of one OpenAPI document, built once per schema."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._components: dict[str, _Node | None] = {}
        self._building: set[str] = set()
        self._responses: dict[tuple[str, int], _Node | None] = {}

    def complete(self, operation: Operation, status: int, payload: Any) -> Any:
        """The response ``payload`` of ``operation`` with its missing required fields filled in."""
        key = (operation.operation_id, status)
        if key not in self._responses:
            self._responses[key] = self.plan(operation.response_schema(status))
        node = self._responses[key]
        return payload if node is None else fill(node, payload)

    def plan(self, schema: Any) -> _Node | None:
        """The completion plan of an OAS schema; None when nothing under it can be missing."""
        if not isinstance(schema, Mapping):
            return None
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._component(ref)
        alternatives = [s for s in [*schema.get("anyOf", ()), *schema.get("oneOf", ())] if not _is_null(s)]
        if len(alternatives) == 1:
            return self.plan(alternatives[0])
        if alternatives:
            return None  # Which alternative a value is cannot be told without validating it.
        members = [plan for plan in (self.plan(m) for m in schema.get("allOf", ())) if plan is not None]
        if schema.get("type") == "array":
            items = self.plan(schema.get("items"))
            return _Array(items) if items is not None else None
        if schema.get("type") == "object" or "properties" in schema or members:
            return _merge([self._object(schema), *members])
        return None

    def _component(self, ref: str) -> _Node | None:
        """The plan of a ``$ref``, cached by component (with the fields schematichq also requires)."""
        if ref in self._components:
            return self._components[ref]
        if ref in self._building:
            return None  # A recursive schema: its inner occurrences are left as they are.
        self._building.add(ref)
        schema = resolve_ref(ref, self._document)
        name = ref.removeprefix(_COMPONENT_PREFIX)
        extra = tuple(REQUIRED_RESPONSE_FIELDS.get(name, {}).items())
        node = self.plan(schema)
        if extra:
            node = _merge([node, _Object(extra)])
        self._building.discard(ref)
        self._components[ref] = node
        return node

    def _object(self, schema: Mapping[str, Any]) -> _Object | None:
        """The plan of one object schema's own ``required`` and ``properties``."""
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = tuple(
            (name, self.placeholder(properties.get(name, {}))) for name in schema.get("required", ())
        )
        walked = {name: node for name, sub in properties.items() if (node := self.plan(sub)) is not None}
        if not required and not walked:
            return None
        return _Object(required, walked)

    def placeholder(self, schema: Any) -> Any:
        """The empty value of a schema: what a required field the devserver has no data for carries."""
        if not isinstance(schema, Mapping):
            return None
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = resolve_ref(ref, self._document)
            if target.get("type") == "object" or "properties" in target:
                node = self._component(ref)  # With the fields schematichq requires of the component.
                return fill(node, {}) if node is not None else {}
            return self.placeholder(target)
        if schema.get("nullable") is True:
            return None
        alternatives = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
        if alternatives:
            return None if any(_is_null(s) for s in alternatives) else self.placeholder(alternatives[0])
        if schema.get("enum"):
            return schema["enum"][0]
        members = schema.get("allOf", ())
        if len(members) == 1 and "type" not in schema:
            return self.placeholder(members[0])
        kind = schema.get("type")
        if kind == "array":
            return []
        if kind == "object" or "properties" in schema or members:
            node = self.plan(schema)
            return fill(node, {}) if node is not None else {}
        if kind == "string":
            return {"date-time": EPOCH, "date": EPOCH[:10]}.get(schema.get("format", ""), "")
        if kind in ("integer", "number"):
            return max(0, schema.get("minimum", 0))
        if kind == "boolean":
            return False
        return None


def _is_null(schema: Any) -> bool:
    """Whether a schema is the ``{type: null}`` alternative of a nullable union."""
    return isinstance(schema, Mapping) and schema.get("type") == "null"


def _merge(nodes: list[_Node | None]) -> _Node | None:
    """Combine the object plans of ``allOf`` members (and extra required fields) into one."""
    objects = [node for node in nodes if isinstance(node, _Object)]
    if not objects:
        return next((node for node in nodes if node is not None), None)
    required: dict[str, Any] = {}
    properties: dict[str, _Node] = {}
    for node in objects:
        for name, placeholder in node.required:
            required.setdefault(name, placeholder)
        properties.update(node.properties)
    return _Object(tuple(required.items()), properties)
