"""DevServer lifecycle: real sockets, restart on the same port and database, CLI."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer

HEADERS = {"X-Schematic-Api-Key": DEFAULT_SECRET_KEY}
REPO = Path(__file__).resolve().parents[2]


def test_defaults_are_the_documented_keys() -> None:
    assert DEFAULT_SECRET_KEY == "sk_test_devserver"
    assert DEFAULT_PUBLISHABLE_KEY == "pk_test_devserver"


def test_serves_on_a_free_local_port_and_stops_cleanly(devserver: DevServer) -> None:
    assert devserver.url == f"http://127.0.0.1:{devserver.port}"
    assert not devserver.url.endswith("/")
    response = httpx.get(f"{devserver.url}/flags", headers=HEADERS)
    assert response.status_code == 200
    assert response.json() == {"data": [], "params": {}}
    devserver.stop()
    assert not devserver.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{devserver.url}/flags", headers=HEADERS, timeout=2)


def test_restart_reuses_port_and_data(devserver: DevServer) -> None:
    port = devserver.port
    with httpx.Client(base_url=devserver.url, headers=HEADERS) as client:
        assert (
            client.post("/companies", json={"keys": {"domain": "keep.test"}, "name": "Keep"}).status_code
            == 200
        )
    devserver.stop()
    devserver.start()
    assert devserver.port == port
    with httpx.Client(base_url=devserver.url, headers=HEADERS) as client:
        found = client.get("/companies/lookup", params={"keys[domain]": "keep.test"})
    assert found.status_code == 200
    assert found.json()["data"]["name"] == "Keep"


def test_stop_closes_keepalive_connections_and_client_reconnects(devserver: DevServer) -> None:
    with httpx.Client(base_url=devserver.url, headers=HEADERS) as client:
        assert client.get("/flags").status_code == 200
        devserver.stop()
        devserver.start()
        assert client.get("/flags").status_code == 200


def test_data_survives_a_new_server_on_the_same_file(tmp_path: Path) -> None:
    db = tmp_path / "persist.db"
    with DevServer(db_path=db) as first, httpx.Client(base_url=first.url, headers=HEADERS) as client:
        client.post(
            "/flags",
            json={
                "key": "kept",
                "name": "Kept",
                "description": "",
                "default_value": True,
                "flag_type": "boolean",
            },
        )
        client.post("/event-batch", json={"events": [{"event_type": "track", "body": {"event": "x"}}]})
    with DevServer(db_path=db) as second, httpx.Client(base_url=second.url, headers=HEADERS) as client:
        assert [flag["key"] for flag in client.get("/flags").json()["data"]] == ["kept"]
        assert second.store.count_events() == 1
    assert db.exists()


def test_temporary_database_is_deleted_on_close() -> None:
    server = DevServer()
    path = server.db_path
    with server:
        assert path.exists()
        server.stop()
        server.start()
        assert path.exists()
    assert not path.exists()


def test_concurrent_requests_are_all_stored(devserver: DevServer) -> None:
    import threading

    def send(worker: int) -> None:
        with httpx.Client(base_url=devserver.url, headers=HEADERS) as client:
            for batch in range(10):
                events = [
                    {
                        "event_type": "track",
                        "idempotency_key": f"{worker}-{batch}-{i}",
                        "body": {"event": "e"},
                    }
                    for i in range(50)
                ]
                assert client.post("/event-batch", json={"events": events}).status_code == 201

    threads = [threading.Thread(target=send, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert devserver.store.count_events() == 8 * 10 * 50
    assert devserver.store.distinct_idempotency_keys() == 8 * 10 * 50


def test_factory_starts_independent_servers(devserver_factory: Callable[..., DevServer]) -> None:
    first = devserver_factory()
    second = devserver_factory(secret_key="sk_other")
    assert first.port != second.port
    assert httpx.get(f"{second.url}/flags", headers={"X-Schematic-Api-Key": "sk_other"}).status_code == 200
    assert httpx.get(f"{second.url}/flags", headers=HEADERS).status_code == 401


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_cli_serves_seeded_data_until_sigterm(tmp_path: Path) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "schematic_devserver",
            "--port",
            str(port),
            "--db",
            str(tmp_path / "cli.db"),
            "--seed",
            str(REPO / "devserver" / "seed_example.yaml"),
            "--secret-key",
            "sk_cli",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(
                    f"http://127.0.0.1:{port}/flags", headers={"X-Schematic-Api-Key": "sk_cli"}
                )
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline, "CLI devserver did not start"
                time.sleep(0.1)
        assert response.status_code == 200
        assert {flag["key"] for flag in response.json()["data"]} >= {"sso", "api-access"}
    finally:
        os.kill(process.pid, signal.SIGTERM)
        assert process.wait(timeout=15) == 0
