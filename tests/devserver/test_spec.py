"""The compiled contract: every operation compiles, routing prefers literal segments, parsing is cached."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from schematic_devserver import spec as spec_module
from schematic_devserver.sdk_compat import OMITTED_REQUEST_FIELDS
from schematic_devserver.spec import HTTP_METHODS, Spec, load_document, load_spec, spec_path
from schematic_devserver.validation import first_error


def test_every_operation_of_the_spec_is_routed_and_compiles() -> None:
    spec = load_spec()
    paths = spec.document["paths"]
    declared = {
        item[method]["operationId"]: (method.upper(), template)
        for template, item in paths.items()
        for method in HTTP_METHODS
        if method in item
    }
    assert set(spec.operations) == set(declared)
    for operation_id, (method, template) in declared.items():
        concrete = "/".join("x" if part.startswith("{") else part for part in template.split("/"))
        match = spec.match(method, concrete)
        assert match is not None and match.operation is not None, operation_id
        assert match.operation.operation_id == operation_id, (template, match.operation)
        match.operation.compile()


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("GET", "/companies/count", "countCompanies"),
        ("GET", "/companies/comp_1", "getCompany"),
        ("POST", "/companies/create", "createCompany"),
        ("POST", "/companies/delete", "deleteCompanyByKeys"),
        ("DELETE", "/companies/comp_1", "deleteCompany"),
        ("GET", "/users/count", "countUsers"),
        ("GET", "/flags/count", "countFlags"),
        ("POST", "/flags/check", "checkFlags"),
        ("POST", "/flags/check-bulk", "checkFlagsBulk"),
        ("POST", "/flags/my-flag/check", "checkFlag"),
        ("GET", "/entity-trait-definitions/count", "countEntityTraitDefinitions"),
        ("GET", "/entity-trait-definitions/etd_1/usage", "getEntityTraitDefinitionUsage"),
    ],
)
def test_literal_segments_win_over_parameters(method: str, path: str, operation_id: str) -> None:
    match = load_spec().match(method, path)
    assert match is not None and match.operation is not None
    assert match.operation.operation_id == operation_id


def test_segment_order_decides_between_templates_with_as_many_parameters() -> None:
    """``/a/b/{y}/{z}`` is more specific than ``/a/{x}/b/c`` for ``/a/b/b/c``: its literal comes first."""
    document = {
        "paths": {
            "/a/{x}/b/c": {"get": {"operationId": "late", "responses": {}}},
            "/a/b/{y}/{z}": {"get": {"operationId": "early", "responses": {}}},
        }
    }
    match = Spec(document).match("GET", "/a/b/b/c")
    assert match is not None and match.operation is not None
    assert match.operation.operation_id == "early"


def test_a_method_the_most_specific_template_lacks_is_405() -> None:
    match = load_spec().match("GET", "/flags/check")
    assert match is not None and match.operation is None
    assert match.allowed_methods == ("POST",)


SDK_BODIES = {
    "createFlag": {"key": "k", "name": "n", "description": ""},
    "updateFlag": {"key": "k", "name": "n", "description": ""},
    "issueTemporaryAccessToken": {"lookup": {"domain": "acme.test"}},
}


@pytest.mark.parametrize(("operation_id", "body"), SDK_BODIES.items())
def test_bodies_without_the_fields_schematichq_omits_are_valid(operation_id: str, body: object) -> None:
    operation = load_spec().operations[operation_id]
    assert operation.body_validator is not None
    assert first_error(operation.body_validator, body, "body") is None
    assert set(OMITTED_REQUEST_FIELDS) == set(SDK_BODIES)


def test_the_parsed_spec_is_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    start = time.perf_counter()
    parsed = load_document(spec_path())
    first = time.perf_counter() - start
    (cached,) = (tmp_path / "schematic-devserver").iterdir()
    start = time.perf_counter()
    assert load_document(spec_path()) == parsed
    assert time.perf_counter() - start < first
    cached.write_text("{not json")  # A damaged cache is parsed again and rewritten.
    assert load_document(spec_path()) == parsed


def test_the_full_spec_loads_fast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Startup cost: parse (cached) and routing; validators compile per operation on first use."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_document(spec_path())
    start = time.perf_counter()
    spec = Spec(load_document(spec_path()))
    assert time.perf_counter() - start < 0.5
    assert "parameters" not in vars(spec.operations["listCompanies"])  # Not compiled yet.
    assert spec_module.load_spec() is spec_module.load_spec()
