"""Responses checked against the public API description itself, not openapi.yaml built from it.

openapi.yaml relaxes a few fields the public description requires; a client generated from the
public description (schematichq) needs them all. The facts file holding that description lives
outside the repository (../shared/reference); without it the check is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
from schematic_devserver.spec import SchemaConverter, Spec
from schematic_devserver.validation import first_error

__all__ = ["FACTS", "PublicSchema"]

FACTS = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "schematic-api-spec.json"


class PublicSchema:
    """Validates 2xx JSON bodies against the public description's schema for their operation."""

    def __init__(self, facts: Mapping[str, Any], spec: Spec) -> None:
        self._converter = SchemaConverter({"components": {"schemas": facts["schemas"]}})
        self._operations = {(op["method"], op["path"]): op for op in facts["operations"]}
        self._validators: dict[tuple[str, int], jsonschema_rs.Validator | None] = {}
        self._spec = spec
        self.problems: list[str] = []
        self.checked = 0

    @classmethod
    def load(cls, spec: Spec) -> PublicSchema | None:
        """The check, or None when the facts file is not there."""
        if not FACTS.is_file():
            return None
        return cls(json.loads(FACTS.read_text(encoding="utf-8")), spec)

    def _validator(self, method: str, template: str, status: int) -> jsonschema_rs.Validator | None:
        key = (f"{method} {template}", status)
        if key not in self._validators:
            operation = self._operations.get((method, template), {})
            schema = operation.get("responses", {}).get(str(status), {}).get("application/json")
            self._validators[key] = (
                jsonschema_rs.Draft202012Validator(self._converter.convert(schema)) if schema else None
            )
        return self._validators[key]

    def check(self, response: httpx.Response) -> None:
        """An httpx response hook: record why a successful answer breaks the public description."""
        if not 200 <= response.status_code < 300:
            return
        match = self._spec.match(response.request.method, response.request.url.path)
        if match is None or match.operation is None:
            return
        operation = match.operation
        validator = self._validator(operation.method, operation.path, response.status_code)
        if validator is None:
            return  # Not in the public description (createSession, captureEventBatch).
        response.read()
        self.checked += 1
        problem = first_error(validator, response.json(), "response body")
        if problem is not None:
            self.problems.append(f"{operation.operation_id}: {problem}")
