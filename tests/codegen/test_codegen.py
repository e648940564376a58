"""The codegen pipeline: deterministic output, a stale-tree check that catches one byte, new operations
appearing on the client with no hand-written change, and templates that cope with a messy spec."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "codegen" / "generate.py"
MESSY_SPEC = Path(__file__).with_name("messy_spec.yaml")


def run_generate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), *map(str, args)], capture_output=True, text=True, cwd=ROOT
    )


def run_python(code: str, *path: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter whose import path starts with `path` (to shadow schematic_api)."""
    env_path = ":".join([*(str(p) for p in path), str(ROOT)])
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture(scope="module")
def fresh_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fresh")
    result = run_generate("--out", out)
    assert result.returncode == 0, result.stderr
    return out


def test_generation_is_deterministic(fresh_tree: Path, tmp_path: Path) -> None:
    second = run_generate("--out", tmp_path)
    assert second.returncode == 0, second.stderr
    sys.path.insert(0, str(ROOT / "codegen"))
    try:
        from generate import stale_files
    finally:
        sys.path.pop(0)
    assert stale_files(fresh_tree / "schematic_api", tmp_path / "schematic_api") == []


def test_committed_tree_is_current() -> None:
    result = run_generate("--check")
    assert result.returncode == 0, result.stderr + result.stdout


def test_check_fails_on_one_edited_byte(fresh_tree: Path, tmp_path: Path) -> None:
    shutil.copytree(fresh_tree, tmp_path / "gen")
    target = tmp_path / "gen" / "schematic_api" / "api" / "features" / "check_flag.py"
    data = bytearray(target.read_bytes())
    data[-2] = ord("#") if data[-2] != ord("#") else ord("!")
    target.write_bytes(bytes(data))
    result = run_generate("--check", "--out", tmp_path / "gen")
    assert result.returncode != 0
    assert "schematic_api/api/features/check_flag.py" in result.stderr


def test_check_fails_when_spec_changes_without_regenerating(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    spec["paths"]["/companies/{company_id}"]["get"]["summary"] = "Get one company (changed)"
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = run_generate("--check", "--spec", changed)
    assert result.returncode != 0
    assert "schematic_api/api/companies/__init__.py" in result.stderr
    assert "schematic_api/api/companies/get_company.py" in result.stderr


NEW_OPERATIONS = {
    "/companies/{company_id}/health": {
        "get": {
            "operationId": "getCompanyHealth",
            "tags": ["companies"],
            "summary": "Health score of a company",
            "parameters": [
                {"name": "company_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "window_days", "in": "query", "schema": {"type": "integer", "format": "int64"}},
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/GetCompanyHealthResponse"}
                        }
                    },
                }
            },
        }
    },
    "/audit-entries": {
        "post": {
            "operationId": "createAuditEntry",
            "tags": ["audit"],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["action"],
                            "properties": {
                                "action": {"type": "string"},
                                "detail": {"type": "object", "additionalProperties": {"type": "string"}},
                            },
                        }
                    }
                },
            },
            "responses": {
                "201": {
                    "description": "created",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/GetCompanyHealthResponse"}
                        }
                    },
                }
            },
        }
    },
}

HEALTH_SCHEMA = {
    "type": "object",
    "required": ["data", "params"],
    "properties": {
        "data": {
            "type": "object",
            "required": ["score"],
            "properties": {"score": {"type": "integer", "format": "int64"}},
        },
        "params": {"type": "object", "additionalProperties": True},
    },
}

# A real HTTP server on a socket records what the new methods send; the SDK is the one users get.
CALL_NEW_METHODS = """
import asyncio, json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import schematic_ext

seen = []
class Handler(BaseHTTPRequestHandler):
    def _answer(self):
        length = int(self.headers.get("content-length") or 0)
        seen.append((self.command, self.path, self.rfile.read(length), self.headers.get("x-schematic-api-key")))
        body = json.dumps({"data": {"score": 7}, "params": {}}).encode()
        self.send_response(201 if self.command == "POST" else 200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_GET = do_POST = _answer
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_port}"

client = schematic_ext.Schematic("sk_test", base_url=url)
health = client.companies.get_company_health(company_id="acme co", window_days=30)
assert type(health).__name__ == "GetCompanyHealthResponse" and health.data.score == 7, health
entry = client.audit.create_audit_entry(action="login", detail={"ip": "10.0.0.1"})
assert entry.data.score == 7

async def main():
    async with schematic_ext.AsyncSchematic("sk_test", base_url=url) as aclient:
        result = await aclient.companies.get_company_health(company_id="acme co")
        assert result.data.score == 7
        await aclient.audit.create_audit_entry(action="logout")
asyncio.run(main())

assert seen[0][:2] == ("GET", "/companies/acme%20co/health?window_days=30"), seen[0]
assert seen[1][:2] == ("POST", "/audit-entries") and json.loads(seen[1][2]) == {"action": "login", "detail": {"ip": "10.0.0.1"}}
assert seen[2][:2] == ("GET", "/companies/acme%20co/health")
assert json.loads(seen[3][2]) == {"action": "logout"}
assert all(s[3] == "sk_test" for s in seen)
print("OK")
"""


def test_added_operation_appears_on_the_client(tmp_path: Path) -> None:
    before = subprocess.run(
        ["git", "status", "--porcelain", "schematic_ext"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    spec["paths"].update(NEW_OPERATIONS)
    spec["components"]["schemas"]["GetCompanyHealthResponse"] = HEALTH_SCHEMA
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))

    result = run_generate("--spec", spec_path, "--out", tmp_path / "gen")
    assert result.returncode == 0, result.stderr

    called = run_python(CALL_NEW_METHODS, tmp_path / "gen")
    assert called.returncode == 0, called.stderr
    assert called.stdout.strip() == "OK"
    after = subprocess.run(
        ["git", "status", "--porcelain", "schematic_ext"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    assert before == after, "generation must not touch hand-written files"


EXERCISE_MESSY = """
import datetime, json
import httpx
from schematic_api.api.widgets import create_widget, list_widgets, replace_widget, bulk_widgets
from schematic_api.api.widgets import WidgetsResource, AsyncWidgetsResource
from schematic_api.api import SyncResources, AsyncResources
from schematic_api.models import Dimensions, Gadget, Part, Widget

req = list_widgets.build_request(
    ids=["a", "b"], keys={"id": "acme", "email": "w@acme.net"}, color="red", limit=2**40,
    since=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), with_parts=False, from_="x",
)
assert req.params == (
    ("ids", "a"), ("ids", "b"), ("keys[id]", "acme"), ("keys[email]", "w@acme.net"), ("color", "red"),
    ("limit", str(2**40)), ("since", "2026-01-02T03:04:05+00:00"), ("with_parts", "false"), ("from", "x"),
), req.params

req = create_widget.build_request(
    name="w", color="blue", secondary_color=None, dimensions=Dimensions(w=1.5, h=2.0),
    parts=[Part(id="p1", class_="gear"), {"id": "p2", "weight": 9}], labels={"k": "v"},
    metadata={"any": [1, {"x": None}]}, attachment=Gadget(kind="psu", volts=12),
    made_at=datetime.datetime(2026, 5, 6, tzinfo=datetime.timezone.utc), serial=2**62, lambda_="l",
    nested_lists=[[1, 2], [3]], maybe_count=None,
)
assert req.method == "POST" and req.path == "/widgets" and req.has_body
assert req.json == {
    "name": "w", "color": "blue", "secondary_color": None, "dimensions": {"w": 1.5, "h": 2.0},
    "parts": [{"id": "p1", "class": "gear"}, {"id": "p2", "weight": 9}], "labels": {"k": "v"},
    "metadata": {"any": [1, {"x": None}]}, "attachment": {"kind": "psu", "volts": 12},
    "made_at": "2026-05-06T00:00:00+00:00", "serial": 2**62, "lambda": "l", "nested_lists": [[1, 2], [3]],
    "maybe_count": None,
}, req.json

req = replace_widget.build_request(widget_id="a/b", dry_run=True, body_widget_id="inner", name=None)
assert req.path == "/widgets/a%2Fb" and req.params == (("dry_run", "true"),)
assert req.json == {"widget_id": "inner", "name": None}
assert bulk_widgets.build_request().has_body is False

payload = {"data": {
    "id": "w1", "name": "w", "color": "ultraviolet", "created_at": "2026-01-02T03:04:05Z", "parts": [{"id": "p"}],
    "dimensions": None, "attachment": {"name": "g", "tags": ["t"]}, "labels": {"a": "b"}, "serial": 2**62,
    "future_field": 1,
}, "params": {}}
parsed = create_widget.parse_response(httpx.Response(201, json=payload))
w = parsed.data
assert isinstance(w, Widget) and w.color == "ultraviolet" and w.dimensions is None
assert type(w.attachment).__name__ == "Gizmo" and w.attachment.tags == ["t"]
assert w.created_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
assert w.serial == 2**62 and w.labels.additional_properties == {"a": "b"}
assert w.additional_properties == {"future_field": 1}
assert [p.id for p in bulk_widgets.parse_response(httpx.Response(200, json=[payload["data"]]))] == ["w1"]
built = Widget(
    id="w2", name="n", color="red", created_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    parts=[{"id": "p1"}, Part(id="p2")], dimensions={"w": 1.0, "h": 2.0}, labels={"x": "y"},
)
assert isinstance(built.parts[0], Part) and isinstance(built.dimensions, Dimensions)
assert built.to_dict()["parts"] == [{"id": "p1"}, {"id": "p2"}] and built.to_dict()["labels"] == {"x": "y"}
for mixin in (SyncResources, AsyncResources):
    assert {"widgets", "access_tokens", "default"} <= set(vars(mixin))
assert set(vars(WidgetsResource)) >= {"list_widgets", "create_widget", "replace_widget", "delete_widget", "bulk_widgets"}
print("OK")
"""


def test_templates_cope_with_a_messy_spec(tmp_path: Path) -> None:
    result = run_generate("--spec", MESSY_SPEC, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "schematic_api"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert typed.returncode == 0, typed.stdout
    exercised = run_python(EXERCISE_MESSY, tmp_path)
    assert exercised.returncode == 0, exercised.stderr
    assert exercised.stdout.strip() == "OK"
