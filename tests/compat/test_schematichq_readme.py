"""schematichq's own README, run on schematic_ext: every ```python block of schematichq 1.4.6's README
(its package METADATA), against a devserver, with only the imports renamed (``schematic.client`` ->
``schematic_ext``, ``schematic.types`` -> ``schematic_ext.models``, ``schematic`` -> ``schematic_ext``)
and the API key placeholder replaced by the devserver's key; the API host comes from
``SCHEMATIC_BASE_URL``.

Nothing is skipped silently. The lists below are exact (a test holds them to the README):

* `FIXES`: mistakes of the README itself, which fail under schematichq too (JavaScript ``true``,
  a missing import, a call that is not Python), corrected the least that makes them run;
* `PRELUDES`: fragments that use a client the README created in an earlier block;
* `NOT_HERE`: examples that need what schematic_ext does not have, each a strict xfail with the
  exception it raises and why;
* `DRIVERS`: what is checked after an example ran (its web handlers called, its events stored).
"""

from __future__ import annotations

import ast
import asyncio
import importlib.metadata
import inspect
import json
import re
import time
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from schematic.webhook_utils import compute_hex_signature  # schematichq signs; schematic_ext verifies
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import AsyncSchematic, LocalCache, Schematic

README = importlib.metadata.distribution("schematichq").read_text("METADATA") or ""
WEBHOOK_SECRET = "your-webhook-secret"  # the README's own placeholder: the tests sign with it
SEED = {
    "companies": [
        {"keys": {"id": "your-company-id"}, "name": "Acme Widgets, Inc."},
        {"keys": {"id": "company-123"}, "name": "Acme Corp"},
    ],
    "flags": [
        {"key": "some-flag-key", "default_value": True},
        {"key": "feature-flag", "default_value": True},
        {"key": "new-feature", "default_value": False},
    ],
}


@attrs.frozen
class Example:
    """One ```python block, named by the heading above it (``#2`` for a second block under it)."""

    name: str
    code: str


def readme_examples() -> list[Example]:
    examples: list[Example] = []
    section, fence, block = "", None, list[str]()
    for line in README.splitlines():
        if fence is None and line.startswith("```"):
            fence, block = line[3:].strip(), []
        elif fence is not None and line.startswith("```"):
            if fence == "python":
                seen = sum(1 for e in examples if e.name.split(" #")[0] == section)
                examples.append(
                    Example(section if not seen else f"{section} #{seen + 1}", "\n".join(block) + "\n")
                )
            fence = None
        elif fence is not None:
            block.append(line)
        elif heading := re.match(r"#{1,6} (.+)", line):
            section = heading.group(1).strip()
    return examples


EXAMPLES = readme_examples()

# -- what is changed, and why ---------------------------------------------------------------------

_JS_BOOLEANS = "JavaScript's true/false in a Python block (a NameError under schematichq too)"
_NO_CONFIG_IMPORT = "SchematicConfig is used but not imported (a NameError under schematichq too)"
_NOT_PYTHON = "'..., {timeout_in_seconds=20.0}' is not Python (a SyntaxError under schematichq too); '...' stands for the call's arguments"

FIXES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "Sending identify events": (_JS_BOOLEANS, [('"is_staff": false', '"is_staff": False')]),
    "Creating and updating companies": (_JS_BOOLEANS, [('"is_active": true', '"is_active": True')]),
    "Creating and updating users": (_JS_BOOLEANS, [('"is_active": true', '"is_active": True')]),
    "Django": (
        "Django's HttpRequest has no .json (every signed request got a 500 under schematichq too)",
        [
            ("from django.http import", "import json\nfrom django.http import"),
            ("data = request.json", "data = json.loads(request.body)"),
        ],
    ),
    "Flag Check Options": (
        _NO_CONFIG_IMPORT,
        [("import LocalCache, Schematic\n", "import LocalCache, Schematic, SchematicConfig\n")],
    ),
    "Flag Check Options #2": (
        _NO_CONFIG_IMPORT,
        [("import Schematic\n", "import Schematic, SchematicConfig\n")],
    ),
    "Flag Check Options #3": (
        _NO_CONFIG_IMPORT,
        [("import Schematic\n", "import Schematic, SchematicConfig\n")],
    ),
    "Offline Mode": (_NO_CONFIG_IMPORT, [("import Schematic\n", "import Schematic, SchematicConfig\n")]),
    "Offline Mode #2": (_NO_CONFIG_IMPORT, [("import Schematic\n", "import Schematic, SchematicConfig\n")]),
    "Timeouts": (
        _NOT_PYTHON,
        [
            (
                "get_company(..., {\n    timeout_in_seconds=20.0\n})",
                'get_company(company_id=COMPANY_ID, request_options={"timeout_in_seconds": 20.0})',
            )
        ],
    ),
    "Retries": (
        _NOT_PYTHON,
        [
            (
                "get_company(..., {\n    max_retries=1 # Only retry once on failure\n})",
                'get_company(company_id=COMPANY_ID, request_options={"max_retries": 1})',
            )
        ],
    ),
    "Custom HTTP client": (
        "httpx 0.28 renamed proxies= to proxy= (a TypeError under schematichq with today's httpx too)",
        [("proxies=", "proxy=")],
    ),
}

_CLIENT = 'from schematic.client import Schematic\n\nclient = Schematic("YOUR_API_KEY")\n'
PRELUDES: dict[str, str] = {
    "Exception Handling": "import schematic\n" + _CLIENT,
    "Sending track events #3": _CLIENT,
    "Retries": _CLIENT,
    "Pre-warming": 'from schematic.client import AsyncSchematic\n\nclient = AsyncSchematic("YOUR_API_KEY")\n',
    "Advanced Configuration": "from schematic.client import AsyncSchematicConfig, DataStreamConfig\n",
}

_REPLICATOR = (
    "replicator mode reads the replicator's Redis from the cache slots, which this fragment leaves out "
    "('# ... shared cache providers'); schematichq refuses that with a ValueError too"
)
_REDIS_DATASTREAM = (
    "direct-mode DataStream keeps its snapshot in the process, so the shared cache slots (replicator "
    "mode's) are refused there"
)
_LEASES = "credit leases (CreditLeaseConfig) are not implemented: anything but credit_leases=None is refused"
NOT_HERE: dict[str, tuple[type[Exception], str]] = {
    "Setup": (ImportError, f"{_LEASES}; so is DataStream, which client-mode leases need"),
    "Setup #2": (ImportError, _LEASES),
    "Checking and tracking": (
        ImportError,
        "credit reservations (check(), CheckOptions, track_with_reservation()) are not implemented",
    ),
    "Using Redis as a Shared Cache": (ValueError, _REDIS_DATASTREAM),
    "Advanced Configuration": (ValueError, _REPLICATOR),
}

# -- running an example ----------------------------------------------------------------------------


def ours(match: re.Match[str]) -> str:
    """A schematichq module path (``schematic.client``, ``schematic.core.ApiError``) as schematic_ext's."""
    path = match.group(0)
    for theirs, mine in (("schematic.client", "schematic_ext"), ("schematic.types", "schematic_ext.models")):
        if path == theirs or path.startswith(f"{theirs}."):
            return mine + path[len(theirs) :]
    return "schematic_ext" + path[len("schematic") :]


def as_ours(code: str) -> str:
    """Rename the imports (not URL paths such as /webhooks/schematic) and the key placeholder."""
    code = re.sub(r"(?<![\w./'\"-])schematic(?:\.\w+)*(?![\w-])", ours, code)
    return code.replace('"YOUR_API_KEY"', repr(DEFAULT_SECRET_KEY))


def source(example: Example) -> str:
    """The example as it runs here: fixed, after its prelude, renamed."""
    code = example.code
    for old, new in FIXES.get(example.name, ("", []))[1]:
        code = code.replace(old, new)
    return as_ours(PRELUDES.get(example.name, "") + code)


async def aclose_clients(namespace: dict[str, Any]) -> None:
    for value in list(namespace.values()):
        if isinstance(value, AsyncSchematic) and not (value._events is not None and value._events.closed):
            await value.shutdown()


def close_clients(namespace: dict[str, Any]) -> None:
    """Deliver what the example's clients queued (raising if any event failed), then close them."""
    for value in list(namespace.values()):
        if isinstance(value, Schematic):
            value.flush_events(timeout=10)
            assert value.event_stats().dropped == 0
            value.shutdown()
        elif isinstance(value, AsyncSchematic):
            asyncio.run(aclose_clients({"client": value}))


def run(example: Example, company_id: str) -> dict[str, Any]:
    """Run the example as a module would; top-level ``await`` (the README's fragments) runs on a loop,
    whose clients are shut down on that loop."""
    namespace: dict[str, Any] = {"__name__": "schematichq_readme_example", "COMPANY_ID": company_id}
    code = compile(
        source(example), f"<schematichq README: {example.name}>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    )
    if code.co_flags & inspect.CO_COROUTINE:

        async def main() -> None:
            await eval(code, namespace)
            await aclose_clients(namespace)

        asyncio.run(main())
    else:
        exec(code, namespace)
    return namespace


# -- what is checked after an example ran -----------------------------------------------------------


def inspect_client(server: DevServer) -> Schematic:
    return Schematic(DEFAULT_SECRET_KEY, base_url=server.url, cache_providers=[])


def stored(server: DevServer, subtype: str) -> list[Any]:
    with inspect_client(server) as client:
        return list(client.events.list_events(event_subtype=subtype).data)


def signed(body: bytes) -> dict[str, str]:
    timestamp = str(int(time.time()))
    return {
        "X-Schematic-Webhook-Signature": compute_hex_signature(body.decode(), timestamp, WEBHOOK_SECRET),
        "X-Schematic-Webhook-Timestamp": timestamp,
        "Content-Type": "application/json",
    }


BODY = json.dumps({"type": "company.updated", "data": {"id": "comp_1"}}).encode()
FORGED = {**signed(BODY), "X-Schematic-Webhook-Signature": "00" * 32}


def drive_production(ns: dict[str, Any], server: DevServer) -> None:
    async def lifecycle() -> Any:
        await ns["startup"]()
        response = await ns["handle_request"]()
        await ns["shutdown"]()
        return response

    assert asyncio.run(lifecycle()) == {"feature_enabled": True}


def drive_exception_handling(ns: dict[str, Any], server: DevServer, output: str) -> None:
    assert output.splitlines()[0] == "404"


def drive_identify(ns: dict[str, Any], server: DevServer) -> None:
    ns["client"].flush_events(timeout=10)
    with inspect_client(server) as client:
        user = client.companies.lookup_user(keys={"email": "wcoyote@acme.net"}).data
        company = client.companies.lookup_company(keys={"id": "your-company-id"}).data
    assert user.name == "Wile E. Coyote" and company.to_dict()["traits"] == {"city": "Atlanta"}


def drive_track(quantity: int | None) -> Callable[[dict[str, Any], DevServer], None]:
    def check(ns: dict[str, Any], server: DevServer) -> None:
        if "client" in ns:
            ns["client"].flush_events(timeout=10)
        (event,) = stored(server, "some-action")
        assert event.quantity == (quantity or 1)

    return check


def drive_flask(ns: dict[str, Any], server: DevServer) -> None:
    http = ns["app"].test_client()
    assert http.post("/webhooks/schematic", data=BODY, headers=signed(BODY)).status_code == 200
    assert http.post("/webhooks/schematic", data=BODY, headers=FORGED).status_code == 400


def drive_django(ns: dict[str, Any], server: DevServer) -> None:
    from django.conf import settings
    from django.test import RequestFactory

    if not settings.configured:
        settings.configure(DEFAULT_CHARSET="utf-8")
    factory, view = RequestFactory(), ns["schematic_webhook"]
    post = lambda headers: factory.post("/webhooks/schematic", BODY, "application/json", headers=headers)  # noqa: E731
    assert view(post(signed(BODY))).status_code == 200
    assert view(post(FORGED)).status_code == 400
    assert view(factory.get("/webhooks/schematic")).status_code == 405


def drive_fastapi(ns: dict[str, Any], server: DevServer) -> None:
    from fastapi.testclient import TestClient

    with TestClient(ns["app"]) as http:
        assert http.post("/webhooks/schematic", content=BODY, headers=signed(BODY)).status_code == 200
        assert http.post("/webhooks/schematic", content=BODY, headers=FORGED).status_code == 400


def drive_manual_verification(ns: dict[str, Any], server: DevServer) -> None:
    headers = signed(BODY)
    verify = ns["verify_webhook_manually"]
    signature, timestamp = headers["X-Schematic-Webhook-Signature"], headers["X-Schematic-Webhook-Timestamp"]
    assert verify(BODY.decode(), signature, timestamp, WEBHOOK_SECRET) is True
    assert verify(BODY.decode(), "00" * 32, timestamp, WEBHOOK_SECRET) is False


def drive_local_cache(ns: dict[str, Any], server: DevServer) -> None:
    (cache,) = ns["client"].config.cache_providers
    assert isinstance(cache, LocalCache) and (cache.max_size, cache.ttl_ms) == (100, 1000)


def drive_offline_default(ns: dict[str, Any], server: DevServer) -> None:
    assert ns["client"].check_flag("some-flag-key") is True  # the README's "# Returns True"
    assert server.stats()["requests"] == {}


def drive_prewarm(ns: dict[str, Any], server: DevServer) -> None:
    with inspect_client(server) as client:
        assert client.companies.lookup_user(keys={"id": "your-user-id"}).data is not None


DRIVERS: dict[str, Callable[..., None]] = {
    "Production Usage (Explicit Control)": drive_production,
    "Exception Handling": drive_exception_handling,
    "Sending identify events": drive_identify,
    "Sending track events": drive_track(None),
    "Sending track events #2": drive_track(None),
    "Sending track events #3": drive_track(10),
    "Flask": drive_flask,
    "Django": drive_django,
    "FastAPI": drive_fastapi,
    "Verifying Signatures Manually": drive_manual_verification,
    "Flag Check Options": drive_local_cache,
    "Offline Mode #2": drive_offline_default,
    "Offline Mode #3": drive_offline_default,
    "Pre-warming": drive_prewarm,
}

# -- the tests -------------------------------------------------------------------------------------


def test_the_lists_are_exact() -> None:
    names = [example.name for example in EXAMPLES]
    assert len(names) == len(set(names)) == 34, names  # schematichq 1.4.6's README
    for listed in (FIXES, PRELUDES, NOT_HERE, DRIVERS):
        assert set(listed) <= set(names), set(listed) - set(names)
    assert not set(NOT_HERE) & set(DRIVERS)
    code = {example.name: example.code for example in EXAMPLES}
    for name, (_, replacements) in FIXES.items():
        for old, _ in replacements:
            assert old in code[name], f"{name}: the README no longer has {old!r}"


def test_only_imports_and_the_key_are_renamed() -> None:
    renamed = as_ours(
        "from schematic.client import Schematic\nfrom schematic.types import EventBodyIdentifyCompany\n"
        "import schematic\nexcept schematic.core.ApiError as e:\n"
        "@app.route('/webhooks/schematic')\ndef schematic_webhook(): ...\nSchematic(\"YOUR_API_KEY\")\n"
    )
    assert renamed == (
        "from schematic_ext import Schematic\nfrom schematic_ext.models import EventBodyIdentifyCompany\n"
        "import schematic_ext\nexcept schematic_ext.core.ApiError as e:\n"
        f"@app.route('/webhooks/schematic')\ndef schematic_webhook(): ...\nSchematic({DEFAULT_SECRET_KEY!r})\n"
    )


def _params() -> list[Any]:
    params = []
    for example in EXAMPLES:
        marks = []
        if example.name in NOT_HERE:
            error, reason = NOT_HERE[example.name]
            marks.append(pytest.mark.xfail(strict=True, raises=error, reason=reason))
        params.append(pytest.param(example, id=example.name, marks=marks))
    return params


@pytest.mark.parametrize("example", _params())
def test_schematichq_readme_example_runs_with_the_import_renamed(
    example: Example,
    devserver_factory: Callable[..., DevServer],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = devserver_factory(seed=SEED)
    monkeypatch.setenv("SCHEMATIC_API_KEY", DEFAULT_SECRET_KEY)
    monkeypatch.setenv("SCHEMATIC_BASE_URL", server.url)
    with inspect_client(server) as client:
        company_id = client.companies.lookup_company(keys={"id": "your-company-id"}).data.id
    server.reset_stats()  # what the example sends, only
    namespace = run(example, company_id)
    try:
        driver = DRIVERS.get(example.name)
        if driver is drive_exception_handling:
            driver(namespace, server, capsys.readouterr().out)
        elif driver is not None:
            driver(namespace, server)
    finally:
        close_clients(namespace)
