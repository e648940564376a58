"""Build openapi.yaml from the public API's structure (the facts file) and this project's overlay.

    python codegen/build_spec.py            # write openapi.yaml
    python codegen/build_spec.py --check    # fail if openapi.yaml is not what the inputs build
    python codegen/build_spec.py --facts F --overlay O --out P

The facts file (../shared/reference/schematic-api-spec.json) holds the structure of the public API
description without its prose: every operation, schema, response and security scheme. The overlay
(codegen/spec_overlay.yaml) holds what is ours: the prose (summaries, descriptions), the operations the
public description lacks (the pk_ session mint, the capture batch), the BearerAuth alternative on flag
checks and event ingestion, parameter styles the SDKs use on the wire, and responses every operation
can give. Nothing in the overlay changes a field, a type or a name of the public description.

Two transformations are structural:
  * an operation's inline 2xx JSON body becomes a named schema, ``<OperationId>Response``, and its
    inline ``params`` object ``<OperationId>Params`` (the names schematichq gives them), so that the
    generated client has one model per envelope under a stable name;
  * the facts' compact forms (``{"application/json": schema}``) are spelled as OpenAPI 3.0 objects.
The output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT.parent / "shared" / "reference" / "schematic-api-spec.json"
OVERLAY = ROOT / "codegen" / "spec_overlay.yaml"
OUT = ROOT / "openapi.yaml"

HEADER = (
    "# Built by codegen/build_spec.py from the public API description's structure\n"
    "# (../shared/reference/schematic-api-spec.json) and codegen/spec_overlay.yaml: do not edit by hand,\n"
    "# edit the overlay and run `make spec-build`.\n"
)
SCHEMA_PREFIX = "#/components/schemas/"
STATUS_TEXT = {
    "200": "OK",
    "201": "Created",
    "202": "Accepted",
    "204": "No Content",
}

Json = dict[str, Any]


class SpecBuildError(Exception):
    """The facts and the overlay cannot be combined (a name clash, an overlay entry naming nothing)."""


def pascal(operation_id: str) -> str:
    """``listAccountMembers`` -> ``ListAccountMembers`` (how schematichq names an operation's types)."""
    return operation_id[:1].upper() + operation_id[1:]


def derived_summary(operation_id: str) -> str:
    """A readable one-line summary from the operationId: ``countAccountMembers`` -> ``Count account members``."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", operation_id)
    out = []
    for index, word in enumerate(words):
        if word.isupper():  # an acronym (API, ID) or the pronoun I: keep it as written
            out.append(word)
        else:
            out.append(word.capitalize() if index == 0 else word.lower())
    return " ".join(out)


def _content(compact: Mapping[str, Any]) -> Json:
    """``{"application/json": schema}`` -> ``{"application/json": {"schema": schema}}``."""
    return {media: {"schema": copy.deepcopy(schema)} for media, schema in compact.items()}


def _hoist_envelope(operation_id: str, schema: Json, schemas: Json) -> Json:
    """Name an operation's inline response envelope (and its inline params) and return a $ref to it."""
    name = f"{pascal(operation_id)}Response"
    envelope = copy.deepcopy(schema)
    params = envelope.get("properties", {}).get("params")
    if isinstance(params, dict) and params.get("properties"):
        params_name = f"{pascal(operation_id)}Params"
        _add_schema(schemas, params_name, {"description": f"The parameters {operation_id} was called with", **params})
        envelope["properties"]["params"] = {"$ref": SCHEMA_PREFIX + params_name}
    _add_schema(schemas, name, {"description": f"What {operation_id} returns", **envelope})
    return {"$ref": SCHEMA_PREFIX + name}


def _add_schema(schemas: Json, name: str, schema: Json) -> None:
    if name in schemas:
        raise SpecBuildError(f"schema {name} is defined twice (a hoisted envelope clashes with a public schema?)")
    schemas[name] = schema


def _describe_schemas(schemas: Json, prose: Mapping[str, Any]) -> None:
    """Add the overlay's descriptions to public schemas and their properties (prose only)."""
    for name, entry in prose.items():
        schema = schemas.get(name)
        if schema is None:
            raise SpecBuildError(f"the overlay describes schema {name}, which does not exist")
        if isinstance(entry, str):
            entry = {"description": entry}
        if entry.get("description"):
            schemas[name] = {"description": entry["description"], **schema}
        for field, text in entry.get("properties", {}).items():
            prop = schema.get("properties", {}).get(field)
            if prop is None or "$ref" in prop:
                raise SpecBuildError(f"the overlay describes {name}.{field}, which is absent or a bare $ref")
            schema["properties"][field] = {"description": text, **prop}


def _add_response_fields(schemas: Json, additions: Mapping[str, Mapping[str, Any]]) -> None:
    """Add the overlay's optional response fields (what the service sends beyond the description)."""
    for name, fields in additions.items():
        properties = schemas.get(name, {}).get("properties")
        if properties is None:
            raise SpecBuildError(f"the overlay adds fields to {name}, which is not an object schema of the facts")
        for field, schema in fields.items():
            if field in properties:
                raise SpecBuildError(f"the overlay adds {name}.{field}, which the facts already have (remove it)")
            properties[field] = copy.deepcopy(schema)


def _parameter(raw: Mapping[str, Any], overlay: Mapping[str, Any], own: Mapping[str, str]) -> Json:
    """A facts parameter, with the wire style the SDKs use and a description where the overlay has one.

    `own` is the operation's own parameter prose, which wins over the overlay's by-name descriptions.
    """
    parameter: Json = {"name": raw["name"], "in": raw["in"], "required": bool(raw.get("required", False))}
    description = own.get(raw["name"]) or overlay.get("parameter_descriptions", {}).get(raw["name"])
    if description:
        parameter["description"] = description
    schema = raw["schema"]
    if raw["in"] == "query":
        kind = schema.get("type")
        style = overlay.get("query_parameter_styles", {}).get(kind)
        if style:
            parameter.update(style)
    for key in ("style", "explode"):
        if key in raw:
            parameter[key] = raw[key]
    parameter["schema"] = copy.deepcopy(schema)
    return parameter


def _responses(operation_id: str, raw: Mapping[str, Any], overlay: Mapping[str, Any], schemas: Json) -> Json:
    """The facts' responses of one operation, envelopes named, plus the overlay's common responses."""
    out: Json = {}
    for status, response in raw.items():
        if "$ref" in response:
            out[status] = dict(response)
            continue
        entry: Json = {"description": STATUS_TEXT.get(status, "Response")}
        content = _content(response)
        json_body = content.get("application/json")
        if status.startswith("2") and json_body and json_body["schema"].get("type") == "object":
            json_body["schema"] = _hoist_envelope(operation_id, json_body["schema"], schemas)
        if content:
            entry["content"] = content
        out[status] = entry
    for status, response in overlay.get("common_responses", {}).items():
        out.setdefault(str(status), copy.deepcopy(response))
    return dict(sorted(out.items()))


def _operation(raw: Mapping[str, Any], overlay: Mapping[str, Any], schemas: Json) -> Json:
    """One facts operation as an OpenAPI Operation Object, with the overlay's prose and security."""
    operation_id = raw["operationId"]
    extra = overlay.get("operations", {}).get(operation_id, {})
    operation: Json = {
        "operationId": operation_id,
        "summary": extra.get("summary") or derived_summary(operation_id),
    }
    if extra.get("description"):
        operation["description"] = extra["description"]
    operation["tags"] = list(raw["tags"])
    if "security" in extra:
        operation["security"] = copy.deepcopy(extra["security"])
    if raw.get("parameters"):
        own = extra.get("parameters", {})
        stray = set(own) - {p["name"] for p in raw["parameters"]}
        if stray:
            raise SpecBuildError(f"the overlay describes parameters {sorted(stray)} that {operation_id} lacks")
        operation["parameters"] = [_parameter(p, overlay, own) for p in raw["parameters"]]
    body = raw.get("requestBody")
    if body:
        operation["requestBody"] = {"required": bool(body.get("required", False)), "content": _content(body["content"])}
    operation["responses"] = _responses(operation_id, raw["responses"], overlay, schemas)
    return operation


OVERLAY_KEYS = frozenset(
    {
        "info",
        "tags",
        "security_schemes",
        "query_parameter_styles",
        "parameter_descriptions",
        "response_descriptions",
        "responses",
        "common_responses",
        "operations",
        "schema_descriptions",
        "paths",
        "schemas",
        "response_additions",
    }
)


def build(facts: Mapping[str, Any], overlay: Mapping[str, Any]) -> Json:
    """The OpenAPI document for `facts` with `overlay` applied."""
    unknown_keys = {k for k in overlay if not k.startswith("_")} - OVERLAY_KEYS  # `_x`: YAML anchors only
    if unknown_keys:
        raise SpecBuildError(f"the overlay has sections this script does not know: {sorted(unknown_keys)}")
    schemas: Json = {name: copy.deepcopy(schema) for name, schema in facts["schemas"].items()}
    paths: Json = {}
    known = {op["operationId"] for op in facts["operations"]}
    unknown = set(overlay.get("operations", {})) - known
    if unknown:
        raise SpecBuildError(f"the overlay describes operations the facts do not have: {sorted(unknown)}")
    for raw in facts["operations"]:
        item = paths.setdefault(raw["path"], {})
        method = raw["method"].lower()
        if method in item:
            raise SpecBuildError(f"{raw['method']} {raw['path']} is defined twice")
        item[method] = _operation(raw, overlay, schemas)
    for path, item in overlay.get("paths", {}).items():
        if path in paths:
            raise SpecBuildError(f"overlay path {path} is already in the facts")
        paths[path] = copy.deepcopy(item)
    for name, schema in overlay.get("schemas", {}).items():
        _add_schema(schemas, name, copy.deepcopy(schema))
    _add_response_fields(schemas, overlay.get("response_additions", {}))
    _describe_schemas(schemas, overlay.get("schema_descriptions", {}))

    tag_descriptions = overlay.get("tags", {})
    tags = [*facts["tags"], *(t for t in tag_descriptions if t not in facts["tags"])]
    missing = [t for t in tags if t not in tag_descriptions]
    if missing:
        raise SpecBuildError(f"the overlay has no description for tags {missing}")

    security_schemes = copy.deepcopy(facts["securitySchemes"])
    for name, scheme in overlay.get("security_schemes", {}).items():
        security_schemes[name] = {**security_schemes.get(name, {}), **scheme}

    responses: Json = {}
    for name, compact in facts["responses"].items():
        description = overlay.get("response_descriptions", {}).get(name, name)
        responses[name] = {"description": description, "content": _content(compact)}
    for name, response in overlay.get("responses", {}).items():
        if name in responses:
            raise SpecBuildError(f"overlay response {name} is already in the facts")
        responses[name] = copy.deepcopy(response)

    info = dict(overlay["info"])
    info["x-rules-engine-schema-version"] = facts.get("rules_engine_schema_version")
    return {
        "openapi": "3.0.3",
        "info": info,
        "servers": [{"url": url} for url in facts["servers"]],
        "security": copy.deepcopy(facts["security"]),
        "tags": [{"name": t, "description": tag_descriptions[t]} for t in tags],
        "paths": paths,
        "components": {
            "securitySchemes": security_schemes,
            "responses": dict(sorted(responses.items())),
            "schemas": dict(sorted(schemas.items())),
        },
    }


class _Dumper(yaml.SafeDumper):
    """Block style for structure, flow style for any mapping or list that fits on one short line."""


def _flow_fits(value: Any) -> bool:
    return bool(value) and len(json.dumps(value, ensure_ascii=False)) <= 90


def _represent_dict(dumper: yaml.SafeDumper, data: dict[str, Any]) -> yaml.MappingNode:
    node = dumper.represent_mapping("tag:yaml.org,2002:map", data.items())
    node.flow_style = _flow_fits(data)
    return node


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.SequenceNode:
    node = dumper.represent_sequence("tag:yaml.org,2002:seq", data)
    node.flow_style = _flow_fits(data)
    return node


_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(list, _represent_list)
_Dumper.ignore_aliases = lambda self, data: True  # type: ignore[method-assign]


def render(document: Mapping[str, Any]) -> str:
    """The YAML text of `document`, with the do-not-edit header."""
    body = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    return HEADER + body


def build_text(facts_path: Path = FACTS, overlay_path: Path = OVERLAY) -> str:
    """openapi.yaml's text as the facts file and the overlay build it."""
    facts = json.loads(facts_path.read_text())
    overlay = yaml.safe_load(overlay_path.read_text())
    return render(build(facts, overlay))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=Path, default=FACTS)
    parser.add_argument("--overlay", type=Path, default=OVERLAY)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="fail if the output file is not what would be built")
    args = parser.parse_args()
    if not args.facts.is_file():
        sys.exit(f"build_spec: no facts file at {args.facts}")
    try:
        text = build_text(args.facts, args.overlay)
    except SpecBuildError as exc:
        sys.exit(f"build_spec: {exc}")
    if args.check:
        if not args.out.is_file() or args.out.read_text() != text:
            sys.exit(f"{args.out.name} is stale; run `make spec-build` (python codegen/build_spec.py) and commit")
        print(f"{args.out.name} is up to date with the facts and the overlay")
        return
    args.out.write_text(text)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
