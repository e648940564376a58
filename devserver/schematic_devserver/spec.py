"""The wire contract, compiled: openapi.yaml turned into per-operation JSON Schema validators.

Loaded once at startup. Every ``$ref`` is inlined and OAS 3.0 ``nullable`` is
translated to JSON Schema (``type: [t, "null"]``, or ``anyOf`` with null for the
``allOf: [$ref]`` + ``nullable`` pattern), then each request body, parameter and
response body gets a compiled ``jsonschema_rs`` validator.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

__all__ = [
    "HTTP_METHODS",
    "Operation",
    "Parameter",
    "Spec",
    "load_spec",
    "spec_path",
    "to_json_schema",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

_PACKAGE_DIR = Path(__file__).resolve().parent
# Keywords of the OpenAPI Schema Object that JSON Schema does not know or treats differently.
# OAS integer formats are ranges; JSON Schema ignores unknown formats, so spell them out.
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_OAS_ONLY_KEYWORDS = frozenset({"nullable", "discriminator", "xml", "externalDocs", "example", "deprecated"})


def spec_path() -> Path:
    """Locate openapi.yaml: inside the package when installed from a wheel, else at the repo root."""
    packaged = _PACKAGE_DIR / "openapi.yaml"
    if packaged.is_file():
        return packaged
    return _PACKAGE_DIR.parent.parent / "openapi.yaml"


def to_json_schema(schema: Any, document: Mapping[str, Any], _seen: tuple[str, ...] = ()) -> Any:
    """Inline ``$ref``s of ``schema`` (against ``document``) and translate OAS 3.0 into JSON Schema."""
    if isinstance(schema, list):
        return [to_json_schema(item, document, _seen) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref in _seen:
            raise ValueError(f"recursive $ref is not supported: {ref}")
        return to_json_schema(_resolve(ref, document), document, (*_seen, ref))
    converted = {
        key: to_json_schema(value, document, _seen) if key != "enum" else list(value)
        for key, value in schema.items()
        if key not in _OAS_ONLY_KEYWORDS
    }
    number_format = converted.get("format")
    if (
        converted.get("type") == "integer"
        and isinstance(number_format, str)
        and number_format in _INTEGER_RANGES
    ):
        low, high = _INTEGER_RANGES[number_format]
        converted.setdefault("minimum", low)
        converted.setdefault("maximum", high)
    if schema.get("nullable") is True:
        return _nullable(converted)
    return converted


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """Make ``schema`` also accept null, keeping plain typed schemas readable in error messages."""
    members = schema.get("allOf")
    if isinstance(members, list) and len(members) == 1 and "type" not in schema:
        # The ``allOf: [$ref]`` + ``nullable`` idiom: merge the one member so the type can widen.
        schema = {**{k: v for k, v in schema.items() if k != "allOf"}, **members[0]}
    kind = schema.get("type")
    if isinstance(kind, str) and not any(k in schema for k in ("allOf", "anyOf", "oneOf")):
        schema = {**schema, "type": [kind, "null"]}
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        return schema
    return {"anyOf": [{"type": "null"}, schema]}


def _resolve(ref: str, document: Mapping[str, Any]) -> Any:
    """Follow a local JSON pointer such as ``#/components/schemas/Flag``."""
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs are supported: {ref}")
    node: Any = document
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _validator(schema: Any) -> jsonschema_rs.Validator:
    """Compile a JSON Schema (draft 2020-12, formats checked) into a fast validator."""
    return jsonschema_rs.Draft202012Validator(schema, validate_formats=True)


@dataclass(frozen=True)
class Parameter:
    """One path or query parameter of an operation, with its compiled schema."""

    name: str
    location: str
    required: bool
    style: str
    explode: bool
    schema: dict[str, Any]
    validator: jsonschema_rs.Validator

    @property
    def kind(self) -> str:
        """The JSON type the raw string value must be coerced to before validation."""
        kind = self.schema.get("type")
        return kind if isinstance(kind, str) else "string"


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: its route, parameters, body and response validators."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_validator: jsonschema_rs.Validator | None
    responses: Mapping[int, jsonschema_rs.Validator | None]
    security: tuple[str, ...]
    default_response: jsonschema_rs.Validator | None = None


@dataclass
class _Route:
    """A path template with its matcher and the operations under it, by method."""

    template: str
    pattern: re.Pattern[str]
    param_names: tuple[str, ...]
    operations: dict[str, Operation] = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    """The outcome of routing a request: an operation with its path parameters, or allowed methods."""

    operation: Operation | None
    path_params: Mapping[str, str]
    allowed_methods: tuple[str, ...] = ()


class Spec:
    """The compiled contract: routing from (method, path) to an Operation."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        default_security = _security_names(document.get("security", []))
        routes: list[_Route] = []
        for template, item in document.get("paths", {}).items():
            param_names = tuple(re.findall(r"{([^}/]+)}", template))
            regex = "".join(
                "([^/]+)" if part.startswith("{") else re.escape(part)
                for part in re.split(r"({[^}/]+})", template)
                if part
            )
            route = _Route(template, re.compile(f"^{regex}$"), param_names)
            shared = [to_json_schema(p, document) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                if method in item:
                    route.operations[method.upper()] = self._compile_operation(
                        template, method.upper(), item[method], shared, default_security
                    )
            routes.append(route)
        # Literal paths win over templated ones (/flags/check before /flags/{flag_id}).
        routes.sort(key=lambda r: (len(r.param_names), r.template))
        self._routes = routes
        self.operations = {op.operation_id: op for r in routes for op in r.operations.values()}

    def _compile_operation(
        self,
        template: str,
        method: str,
        raw: Mapping[str, Any],
        shared: list[dict[str, Any]],
        default_security: tuple[str, ...],
    ) -> Operation:
        """Compile one operation's parameters, request body and responses."""
        document = self.document
        own = [to_json_schema(p, document) for p in raw.get("parameters", [])]
        by_key = {(p["name"], p["in"]): p for p in [*shared, *own]}
        parameters = tuple(
            Parameter(
                name=p["name"],
                location=p["in"],
                required=bool(p.get("required", p["in"] == "path")),
                style=p.get("style", "form" if p["in"] == "query" else "simple"),
                explode=bool(p.get("explode", p.get("style", "form") == "form")),
                schema=p.get("schema", {}),
                validator=_validator(p.get("schema", {})),
            )
            for p in by_key.values()
        )
        body = to_json_schema(raw.get("requestBody"), document) or {}
        body_schema = body.get("content", {}).get("application/json", {}).get("schema")
        responses: dict[int, jsonschema_rs.Validator | None] = {}
        default_response = None
        for status, response in raw.get("responses", {}).items():
            response = to_json_schema(response, document)
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            compiled = _validator(schema) if schema is not None else None
            if status == "default":
                default_response = compiled
            else:
                responses[int(status)] = compiled
        security = _security_names(raw["security"]) if "security" in raw else default_security
        return Operation(
            operation_id=raw["operationId"],
            method=method,
            path=template,
            parameters=parameters,
            body_required=bool(body.get("required", False)),
            body_validator=_validator(body_schema) if body_schema is not None else None,
            responses=responses,
            security=security,
            default_response=default_response,
        )

    def match(self, method: str, path: str) -> Match | None:
        """Route a request; None when no path template matches at all.

        The most specific matching template is the resource: a method it lacks is a 405
        (GET /flags/check is not getFlag with flag_id "check").
        """
        for route in self._routes:
            found = route.pattern.match(path)
            if found is None:
                continue
            operation = route.operations.get(method)
            if operation is None:
                return Match(None, {}, tuple(route.operations))
            return Match(operation, dict(zip(route.param_names, found.groups(), strict=True)))
        return None


def _security_names(requirements: Any) -> tuple[str, ...]:
    """Flatten a security requirement list into the scheme names it accepts (any of them)."""
    names: list[str] = []
    for requirement in requirements or []:
        names.extend(name for name in requirement if name not in names)
    return tuple(names)


@lru_cache(maxsize=4)
def load_spec(path: Path | None = None) -> Spec:
    """Load and compile openapi.yaml (cached: compiling takes a moment and the file does not change)."""
    source = path or spec_path()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with source.open("rb") as handle:
        document = yaml.load(handle, Loader=loader)
    return Spec(document)
