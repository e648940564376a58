"""Every operation of openapi.yaml is `client.<tag>.<snake_case(operationId)>` on both clients, and calling it
sends the spec's method and path, named by its operationId.

Nothing is sent: a recording requester stands in for the SDK's HTTP layer and returns the
`PreparedRequest` each generated method builds, so operations the devserver does not implement are
covered too.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier
from schematic_api.api import TAGS, AsyncResources, SyncResources
from schematic_api.client import PreparedRequest

import schematic_ext

ROOT = Path(__file__).resolve().parents[1]
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
HTTP_METHODS = {"get", "put", "post", "delete", "patch"}
# Tags users reach as schematichq spells them (client.credits too, though it names a builtin).
EXPECTED_TAGS = {"credits", "features", "plans", "entitlements", "billing", "companies", "events"}


def method_name(operation_id: str) -> str:
    """The generator's snake_case (schematichq's too): deletePaymentMethodByExternalID -> ..._external_id."""
    return str(PythonIdentifier(operation_id, prefix="field_"))


OPERATIONS = sorted(
    (op["tags"][0], method_name(op["operationId"]), op["operationId"], method.upper(), path)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in HTTP_METHODS
)
IDS = [operation_id for _, _, operation_id, _, _ in OPERATIONS]


class Recorder(SyncResources):
    """A sync client whose requester returns the request instead of sending it."""

    def __init__(self) -> None:
        self._requester = self

    def request(self, prepared: PreparedRequest, parse: Any, request_options: Any = None) -> PreparedRequest:
        assert callable(parse)
        return prepared


class AsyncRecorder(AsyncResources):
    """The asyncio twin of `Recorder`."""

    def __init__(self) -> None:
        self._requester = self

    async def request(
        self, prepared: PreparedRequest, parse: Any, request_options: Any = None
    ) -> PreparedRequest:
        assert callable(parse)
        return prepared


def dummy(annotation: Any) -> Any:
    """A value the annotation accepts, for a required argument (the request is built, never sent).

    The generated modules postpone annotations, so `annotation` is the annotation's text.
    """
    text = str(annotation)
    if text.startswith("Sequence[") or text.startswith("list["):
        return []
    if text.startswith("Mapping[") or text.startswith("dict[") or " | Mapping[" in text:
        return {}
    simple: dict[str, Any] = {
        "bool": True,
        "int": 7,
        "float": 1.5,
        "datetime.datetime": datetime.datetime(2026, 1, 2, tzinfo=datetime.timezone.utc),
        "datetime.date": datetime.date(2026, 1, 2),
    }
    return simple.get(text, "x")


def arguments(function: Any, path: str) -> tuple[dict[str, Any], str]:
    """Required keyword arguments for `function`, and the path they should produce."""
    kwargs: dict[str, Any] = {}
    expected = path
    path_params = re.findall(r"{([^}]+)}", path)
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.default is not inspect.Parameter.empty or name in ("self", "request_options"):
            continue
        wire_name = next((p for p in path_params if method_name(p) == name), None)
        if wire_name is not None:
            kwargs[name] = f"{wire_name}/1"  # a slash must be escaped into the segment
            expected = expected.replace(f"{{{wire_name}}}", f"{wire_name}%2F1")
        else:
            kwargs[name] = dummy(parameter.annotation)
    return kwargs, expected


def test_the_spec_covers_the_public_api_and_our_own_operations() -> None:
    assert len(OPERATIONS) >= 270
    operation_ids = set(IDS)
    assert len(operation_ids) == len(OPERATIONS), "operationIds must be unique"
    assert {
        "checkFlag",
        "createEventBatch",
        "createSession",
        "captureEventBatch",
        "countFlags",
    } <= operation_ids
    assert set(TAGS) == {tag for tag, *_ in OPERATIONS}


def test_each_tag_is_a_client_attribute_named_as_the_api_names_it() -> None:
    client = schematic_ext.Schematic("sk_x")
    for tag in TAGS:
        assert not tag.endswith("_"), tag
        assert getattr(client, tag) is getattr(client, tag), "resources are built once, on first use"
    assert set(TAGS) >= EXPECTED_TAGS
    assert client.credits.__class__.__name__ == "CreditsResource"


@pytest.mark.parametrize(("tag", "name", "operation_id", "method", "path"), OPERATIONS, ids=IDS)
def test_operation_is_reachable_and_sends_its_method_and_path(
    tag: str, name: str, operation_id: str, method: str, path: str
) -> None:
    sync_method = getattr(getattr(schematic_ext.Schematic("sk_x"), tag), name)
    async_method = getattr(getattr(schematic_ext.AsyncSchematic("sk_x"), tag), name)
    assert not inspect.iscoroutinefunction(sync_method)
    assert inspect.iscoroutinefunction(async_method)
    assert inspect.signature(sync_method) == inspect.signature(async_method)
    assert "request_options" in inspect.signature(sync_method).parameters
    assert sync_method.__doc__ and f"`{method} {path}`" in sync_method.__doc__
    assert "Returns:" in sync_method.__doc__

    kwargs, expected_path = arguments(sync_method, path)
    for prepared in (
        getattr(getattr(Recorder(), tag), name)(**kwargs),
        asyncio.run(getattr(getattr(AsyncRecorder(), tag), name)(**kwargs)),
        importlib.import_module(f"schematic_api.api.{tag}.{name}").build_request(**kwargs),
    ):
        assert isinstance(prepared, PreparedRequest)
        assert (prepared.method, prepared.path, prepared.operation) == (method, expected_path, operation_id)


def test_query_parameters_go_as_the_api_expects() -> None:
    prepared = Recorder().companies.lookup_company(keys={"id": "acme", "email": "w@acme.net"})
    assert prepared.params == (("keys[id]", "acme"), ("keys[email]", "w@acme.net"))
    prepared = Recorder().plans.list_plans(ids=["a", "b"], limit=5)
    assert prepared.params == (("ids", "a"), ("ids", "b"), ("limit", "5"))


def test_flattened_body_fields_are_keywords() -> None:
    prepared = Recorder().entitlements.create_plan_entitlement(
        feature_id="feat_1", plan_id="plan_1", value_type="boolean", value_bool=True
    )
    assert (prepared.method, prepared.path, prepared.has_body) == ("POST", "/plan-entitlements", True)
    assert prepared.json == {
        "feature_id": "feat_1",
        "plan_id": "plan_1",
        "value_type": "boolean",
        "value_bool": True,
    }


def test_typed_models_import_under_the_public_schema_names() -> None:
    from schematic_ext.models import CreatePlanEntitlementRequestBody, PlanDetailResponseData

    facts = {name for name in SPEC["components"]["schemas"]}
    import schematic_api.models as models

    assert facts <= {*models.__all__, "ApiError", "ErrorResponse"}
    assert PlanDetailResponseData.__doc__ and "Attributes:" in PlanDetailResponseData.__doc__
    body = CreatePlanEntitlementRequestBody(feature_id="f", plan_id="p", value_type="boolean")
    assert body.to_dict() == {"feature_id": "f", "plan_id": "p", "value_type": "boolean"}
