"""README's framework recipes, run as written: each ```python block after a `<!-- recipe: <framework>/<file> -->`
marker is written to <file> in a temporary project and driven by the framework's own test client (Django's
`Client`, Flask's `test_client()`, FastAPI's `TestClient`) or, for Celery, by a real prefork worker on a real
redis-server, all against a seeded devserver."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

ROOT = Path(__file__).resolve().parents[2]
GLUE = Path(__file__).resolve().parent / "recipes"
README = (ROOT / "README.md").read_text()
RECIPE = re.compile(r"^<!-- recipe: (\S+) -->\n```python\n(.*?)^```", flags=re.S | re.M)
RECIPES: dict[str, str] = dict(RECIPE.findall(README))

# README's story: the seeded `api-access` flag is on while a company made fewer than 100 `api-call`s this
# month. Acme made none; Initech has used its allowance up.
SEED: dict[str, Any] = yaml.safe_load((ROOT / "devserver" / "seed_example.yaml").read_text())
SEED["events"].append(
    {
        "event_type": "track",
        "idempotency_key": "seed-initech-allowance-used-up",
        "body": {"event": "api-call", "company": {"domain": "initech.test"}, "quantity": 100},
    }
)
FORBIDDEN = {"error": "monthly API allowance used up"}


@pytest.fixture
def api(devserver_factory: Callable[..., DevServer]) -> DevServer:
    return devserver_factory(seed=SEED)


def write_recipe(framework: str, project: Path) -> None:
    """Write every `<framework>/<file>` recipe to project/<file>."""
    for name, code in RECIPES.items():
        if name.startswith(f"{framework}/"):
            path = project / name.removeprefix(f"{framework}/")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(code)


def import_file(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"recipe_{path.stem}_{abs(hash(path))}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def api_calls(server: DevServer) -> list[dict[str, Any]]:
    """The `api-call` events the recipes stored (the seed's own are left out)."""
    return [
        event
        for event in server.store.events("track")
        if event["subtype"] == "api-call" and not event["idempotency_key"].startswith("seed-")
    ]


def domains(events: list[dict[str, Any]]) -> list[str]:
    return [event["body"]["company"]["domain"] for event in events]


def test_every_recipe_is_a_python_block_named_after_its_file() -> None:
    assert set(RECIPES) == {
        "django/settings.py",
        "django/api/apps.py",
        "django/api/views.py",
        "django/gunicorn.conf.py",
        "flask/app.py",
        "fastapi/main.py",
        "celery/tasks.py",
    }
    for name, code in RECIPES.items():
        path = name.split("/", 1)[1]
        assert code.startswith(f"# {path}"), f"recipe {name} should start with a `# {path}` comment"
    sections = README.split("## Framework recipes", 1)[1].split("\n## ", 1)[0]
    assert sections.count("```python") == len(RECIPES), "a python block of Framework recipes has no marker"


def test_django_app_config_view_and_gunicorn_exit_hook(api: DevServer, tmp_path: Path) -> None:
    write_recipe("django", tmp_path)
    (tmp_path / "api" / "__init__.py").touch()
    for glue in ("django_settings.py", "django_urls.py", "django_drive.py"):
        (tmp_path / glue).write_text((GLUE / glue).read_text())
    env = {
        **os.environ,
        "SCHEMATIC_API_KEY": DEFAULT_SECRET_KEY,
        "SCHEMATIC_BASE_URL": api.url,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), *filter(None, [os.environ.get("PYTHONPATH")])]),
    }
    run = subprocess.run(
        [sys.executable, "django_drive.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])

    assert out["responses"] == {
        "acme.test": [[200, {"results": []}]] * 3,
        "initech.test": [[403, FORBIDDEN]],
    }
    assert out["same_client"] is True
    # The hook delivered what the views queued, before the interpreter's own exit (unless a machine so
    # slow that the 5 s background flush came first).
    if out["seconds_before_exit"] < 4:
        assert out["queued_before_exit"] == 3
    assert out["after_exit"] == {"queued": 0, "sent": 3, "failed": 0}
    assert domains(api_calls(api)) == ["acme.test"] * 3
    assert api.stats()["requests"]["checkFlag"] >= 2  # at least one per company (then the cache answers)


def test_flask_extension_and_route(api: DevServer, tmp_path: Path) -> None:
    write_recipe("flask", tmp_path)
    recipe = import_file(tmp_path / "app.py")
    config = {"TESTING": True, "SCHEMATIC_API_KEY": DEFAULT_SECRET_KEY, "SCHEMATIC_BASE_URL": api.url}
    app = recipe.create_app(config)
    client = app.extensions["schematic"]
    try:
        with app.test_client() as browser:
            for _ in range(3):
                response = browser.get("/companies/acme.test/search")
                assert (response.status_code, response.json) == (200, {"results": []})
            response = browser.get("/companies/initech.test/search")
            assert (response.status_code, response.json) == (403, FORBIDDEN)
        with app.app_context():
            assert recipe.schematic.client is client
    finally:
        client.close()  # what the atexit hook would do, now
    assert domains(api_calls(api)) == ["acme.test"] * 3
    assert api.stats()["requests"]["checkFlag"] >= 2

    # The extension's other form, SchematicExtension(app), and one client per app.
    other = recipe.Flask("other")
    other.config.update(config)
    extension = recipe.SchematicExtension(other)
    try:
        with other.app_context():
            assert extension.client is other.extensions["schematic"]
            assert extension.client is not client
            assert extension.client.config.base_url == api.url
    finally:
        other.extensions["schematic"].close()


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient` is deprecated")
def test_fastapi_lifespan_and_dependency(
    api: DevServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastapi.testclient import TestClient

    monkeypatch.setenv("SCHEMATIC_API_KEY", DEFAULT_SECRET_KEY)
    monkeypatch.setenv("SCHEMATIC_BASE_URL", api.url)
    write_recipe("fastapi", tmp_path)
    recipe = import_file(tmp_path / "main.py")

    with TestClient(recipe.app) as browser:  # runs the lifespan: AsyncSchematic() ... aclose()
        started = time.monotonic()
        for _ in range(3):
            response = browser.get("/companies/acme.test/search")
            assert (response.status_code, response.json()) == (200, {"results": []})
        response = browser.get("/companies/initech.test/search")
        assert (response.status_code, response.json()) == (403, {"detail": FORBIDDEN["error"]})
        if time.monotonic() - started < 4:
            assert api_calls(api) == []  # queued; the 5 s background flush has not run yet
    # Leaving the lifespan awaited aclose(), which delivered them.
    assert domains(api_calls(api)) == ["acme.test"] * 3
    checks = api.stats()["requests"]["checkFlag"]
    assert checks >= 2

    # The dependency is the seam a test uses to put a recording client in.
    from schematic_ext.testing import RecordingAsyncSchematic

    recording = RecordingAsyncSchematic(flags={"api-access": True})
    recipe.app.dependency_overrides[recipe.get_schematic] = lambda: recording
    with TestClient(recipe.app) as browser:
        assert browser.get("/companies/initech.test/search").status_code == 200
    recording.assert_tracked("api-call", company={"domain": "initech.test"}, times=1)
    assert api.stats()["requests"]["checkFlag"] == checks  # the override answered, not the API


@pytest.mark.slow
def test_celery_prefork_worker_checks_flags_and_delivers_each_event_once(
    api: DevServer, redis_url: str, tmp_path: Path
) -> None:
    import redis
    from celery import Celery

    broker = redis_url.rsplit("/", 1)[0] + "/7"  # a database of its own on the session's redis-server
    with redis.Redis.from_url(broker) as r:
        r.flushdb()
    write_recipe("celery", tmp_path)
    (tmp_path / "celery_worker.py").write_text((GLUE / "celery_worker.py").read_text())
    env = {
        **os.environ,
        "SCHEMATIC_API_KEY": DEFAULT_SECRET_KEY,
        "SCHEMATIC_BASE_URL": api.url,
        "CELERY_BROKER_URL": broker,
        "CELERY_RESULT_BACKEND": broker,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), *filter(None, [os.environ.get("PYTHONPATH")])]),
    }
    log = tmp_path / "worker.log"
    command = [
        sys.executable, "-m", "celery", "-A", "celery_worker", "worker", "--pool=prefork", "--concurrency=2",
        "--loglevel=INFO", "--without-gossip", "--without-mingle", "--without-heartbeat", "--hostname=recipes@%h",
    ]  # fmt: skip
    with log.open("wb") as out:
        worker = subprocess.Popen(
            command, cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    sender = Celery("sender", broker=broker, backend=broker)
    jobs = [("acme.test", f"report-{i}") for i in range(8)] + [
        ("initech.test", f"report-{i}") for i in range(8, 10)
    ]
    try:
        results = [sender.send_task("tasks.export_report", args=job) for job in jobs]
        answers = [result.get(timeout=30) for result in results]
        worker.send_signal(signal.SIGTERM)  # warm shutdown: each pool child runs worker_process_shutdown
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(timeout=10)
        sender.close()
    worker_log = log.read_text(errors="replace")
    assert worker.returncode == 0, worker_log

    # The answers came from the API's rules: the fallback for an unreachable API would be False for all.
    assert answers == [domain == "acme.test" for domain, _ in jobs]
    assert api.stats()["requests"]["checkFlag"] >= 3  # the main process's warm-up, then the children

    # Every task's event is stored exactly once, with an idempotency key of its own.
    events = api_calls(api)
    assert sorted(event["body"]["traits"]["report_id"] for event in events) == [
        f"report-{i}" for i in range(8)
    ]
    assert domains(events) == ["acme.test"] * 8
    keys = [event["idempotency_key"] for event in events]
    assert len(set(keys)) == len(keys)

    # The main process delivered its own event once; the children's events carry key prefixes of their own
    # (renewed at the fork), so they were queued, and delivered, by the children.
    (started,) = [e for e in api.store.events("track") if e["subtype"] == "worker-started"]
    parent_prefix = started["idempotency_key"].rsplit("-", 1)[0]
    child_prefixes = {key.rsplit("-", 1)[0] for key in keys}
    assert parent_prefix not in child_prefixes
    assert 1 <= len(child_prefixes) <= 2
