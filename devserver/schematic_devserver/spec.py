"""The wire contract, compiled: openapi.yaml turned into per-operation JSON Schema validators.

Routing is built at startup; an operation's validators when it is first called. Every
``$ref`` is inlined (each component once) and OAS 3.0 ``nullable`` is translated to JSON
Schema (``type: [t, "null"]``, or ``anyOf`` with null for the ``allOf: [$ref]`` +
``nullable`` pattern), then each request body, parameter and response body gets a
compiled ``jsonschema_rs`` validator. Request bodies accept what schematichq sends
(``sdk_compat``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

from schematic_devserver.sdk_compat import OMITTED_REQUEST_FIELDS

__all__ = [
    "HTTP_METHODS",
    "Operation",
    "Parameter",
    "SchemaConverter",
    "Spec",
    "load_document",
    "load_spec",
    "resolve_ref",
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


def to_json_schema(schema: Any, document: Mapping[str, Any]) -> Any:
    """Inline ``$ref``s of ``schema`` (against ``document``) and translate OAS 3.0 into JSON Schema."""
    return SchemaConverter(document).convert(schema)


class SchemaConverter:
    """Converts schemas of one document, each component once (the results are shared: do not mutate them)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._refs: dict[str, Any] = {}

    def component(self, name: str) -> Any:
        """The converted ``#/components/schemas/<name>``."""
        return self.convert({"$ref": f"#/components/schemas/{name}"})

    def convert(self, schema: Any, _seen: tuple[str, ...] = ()) -> Any:
        """Inline ``$ref``s and translate OAS 3.0 keywords (``nullable``, integer formats)."""
        if isinstance(schema, list):
            return [self.convert(item, _seen) for item in schema]
        if not isinstance(schema, Mapping):
            return schema
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in _seen:
                raise ValueError(f"recursive $ref is not supported: {ref}")
            if ref not in self._refs:
                self._refs[ref] = self.convert(resolve_ref(ref, self.document), (*_seen, ref))
            return self._refs[ref]
        converted = {
            key: self.convert(value, _seen) if key != "enum" else list(value)
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


def resolve_ref(ref: str, document: Mapping[str, Any]) -> Any:
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


class Operation:
    """One operation of the spec: its route and security now, its validators on first use.

    Compiling every validator of the full spec takes most of a second; a devserver only ever
    needs those of the operations it is sent, so each is compiled once, when first needed.
    """

    def __init__(
        self,
        *,
        operation_id: str,
        method: str,
        path: str,
        security: tuple[str, ...],
        raw: Mapping[str, Any],
        shared_parameters: Sequence[Mapping[str, Any]],
        converter: SchemaConverter,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.security = security
        self.raw = raw
        self._shared_parameters = shared_parameters
        self._converter = converter

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.method} {self.path}>"

    @cached_property
    def parameters(self) -> tuple[Parameter, ...]:
        """Path and query parameters (an operation's own override the path item's)."""
        convert = self._converter.convert
        by_key = {
            (p["name"], p["in"]): p
            for p in (convert(p) for p in [*self._shared_parameters, *self.raw.get("parameters", [])])
        }
        return tuple(
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

    @cached_property
    def _body(self) -> tuple[bool, jsonschema_rs.Validator | None]:
        """(required, validator) of the JSON request body; fields schematichq omits are not required."""
        body = self._converter.convert(self.raw.get("requestBody")) or {}
        schema = body.get("content", {}).get("application/json", {}).get("schema")
        omitted = OMITTED_REQUEST_FIELDS.get(self.operation_id, ())
        if schema is not None and omitted:
            schema = {**schema, "required": [name for name in schema["required"] if name not in omitted]}
        return bool(body.get("required", False)), _validator(schema) if schema is not None else None

    @property
    def body_required(self) -> bool:
        """Whether a request without a body is invalid."""
        return self._body[0]

    @property
    def body_validator(self) -> jsonschema_rs.Validator | None:
        """The request body's validator; None when the operation takes no JSON body."""
        return self._body[1]

    def response_schema(self, status: int) -> Any:
        """The raw (OAS, with ``$ref``s) JSON schema of a response status, or of ``default``; None if none."""
        responses = self.raw.get("responses", {})
        response = responses.get(str(status), responses.get("default"))
        if response is None:
            return None
        if "$ref" in response:
            response = resolve_ref(response["$ref"], self._converter.document)
        return response.get("content", {}).get("application/json", {}).get("schema")

    @cached_property
    def _responses(self) -> tuple[dict[int, jsonschema_rs.Validator | None], jsonschema_rs.Validator | None]:
        """Validators by declared status, and the ``default`` response's."""
        responses: dict[int, jsonschema_rs.Validator | None] = {}
        default_response = None
        for status, response in self.raw.get("responses", {}).items():
            schema = (
                self._converter.convert(response).get("content", {}).get("application/json", {}).get("schema")
            )
            compiled = _validator(schema) if schema is not None else None
            if status == "default":
                default_response = compiled
            else:
                responses[int(status)] = compiled
        return responses, default_response

    @property
    def responses(self) -> Mapping[int, jsonschema_rs.Validator | None]:
        """Response validators by declared status (None: a status without a JSON body)."""
        return self._responses[0]

    @property
    def default_response(self) -> jsonschema_rs.Validator | None:
        """The ``default`` response's validator, if the operation declares one."""
        return self._responses[1]

    def compile(self) -> None:
        """Compile every validator now (a test compiles the whole spec this way)."""
        _ = self.parameters, self._body, self._responses


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


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


def _specificity(template: str) -> tuple[int, ...]:
    """Sort key of a template: segment by segment, a literal before a parameter.

    So ``/companies/count`` is tried before ``/companies/{company_id}``, as the service routes.
    """
    return tuple(1 if segment.startswith("{") else 0 for segment in _segments(template))


class Spec:
    """The compiled contract: routing from (method, path) to an Operation."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.schemas = SchemaConverter(document)
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
            for method in HTTP_METHODS:
                if method in item:
                    raw = item[method]
                    route.operations[method.upper()] = Operation(
                        operation_id=raw["operationId"],
                        method=method.upper(),
                        path=template,
                        security=_security_names(raw["security"]) if "security" in raw else default_security,
                        raw=raw,
                        shared_parameters=item.get("parameters", []),
                        converter=self.schemas,
                    )
            routes.append(route)
        routes.sort(key=lambda r: (_specificity(r.template), r.template))
        # Routes by (segment count, first segment), each bucket also holding the templates that start
        # with a parameter, in routing order: a request only tries the few that can match.
        leading_parameter: dict[int, list[_Route]] = {}
        by_prefix: dict[tuple[int, str], list[_Route]] = {}
        for route in routes:
            segments = _segments(route.template)
            if segments[0].startswith("{"):
                leading_parameter.setdefault(len(segments), []).append(route)
            else:
                by_prefix.setdefault((len(segments), segments[0]), []).append(route)
        self._leading_parameter = leading_parameter
        self._routes = {
            key: sorted([*bucket, *leading_parameter.get(key[0], [])], key=lambda r: _specificity(r.template))
            for key, bucket in by_prefix.items()
        }
        self.operations = {op.operation_id: op for r in routes for op in r.operations.values()}

    def match(self, method: str, path: str) -> Match | None:
        """Route a request; None when no path template matches at all.

        The most specific matching template is the resource: a method it lacks is a 405
        (GET /flags/check is not getFlag with flag_id "check").
        """
        segments = _segments(path)
        candidates = self._routes.get((len(segments), segments[0]))
        if candidates is None:
            candidates = self._leading_parameter.get(len(segments), [])
        for route in candidates:
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


def _cache_dir() -> Path:
    """Where parsed specs are kept between runs (``$XDG_CACHE_HOME/schematic-devserver``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "schematic-devserver"


def load_document(source: Path) -> Mapping[str, Any]:
    """Parse openapi.yaml, through a JSON copy cached by content hash (YAML takes ~0.4 s, JSON ~10 ms)."""
    raw = source.read_bytes()
    cached = _cache_dir() / f"openapi-{hashlib.sha256(raw).hexdigest()[:32]}.json"
    try:
        document: Mapping[str, Any] = json.loads(cached.read_bytes())
        return document
    except (OSError, ValueError):
        pass
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(raw, Loader=loader)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(document), encoding="utf-8")
        os.replace(partial, cached)
    except OSError:
        pass  # A read-only home only costs the YAML parse next time.
    return document


@lru_cache(maxsize=4)
def load_spec(path: Path | None = None) -> Spec:
    """Load openapi.yaml into a Spec (cached per process: the file does not change while serving)."""
    return Spec(load_document(path or spec_path()))
