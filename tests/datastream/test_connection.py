"""The connection: one per client across threads, through a server restart, a fork, a refused
handshake, and messages it cannot read."""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from datastream_helpers import eventually, rule, trait
from schematic_devserver import DEFAULT_SECRET_KEY, render

from schematic_ext import Schematic


def test_the_snapshot_answers_while_the_server_is_down_and_a_change_made_meanwhile_lands_after_reconnect(
    make_client, server, world
):
    client = make_client(flag_check_timeout=0.5)
    acme, globex = world["companies"]
    assert client.check_flag("by-trait", company=acme) is True
    assert client.check_flag("by-trait", company=globex) is False
    server.stop()
    eventually(lambda: client.datastream_stats().state == "down")
    assert client.check_flag("by-trait", company=acme) is True  # from the snapshot, no server at all
    assert client.check_flag("by-trait", company=globex) is False
    unseen = client.check_flag_with_entitlement("by-trait", company={"domain": "new.test"})
    assert unseen.value is False and unseen.reason.startswith("default value")  # neither could answer
    flag = server.store.flag_by_key("by-trait")
    assert flag is not None
    rules = [rule(trait("seats", "lt", "50"))]
    server.store.save_rules(flag.id, render.rules_from_request(server.store, flag.id, rules, time.time()))
    server.start()
    eventually(lambda: client.datastream_stats().connections == 2)
    eventually(lambda: client.check_flag("by-trait", company=globex) is True)
    assert client.check_flag("by-trait", company=acme) is False
    assert client.datastream_stats().disconnects == 1


def test_a_server_side_disconnect_reconnects_and_resynchronises(make_client, server, api, world):
    client = make_client()
    acme = world["companies"][0]
    assert client.check_flag("by-trait", company=acme) is True
    assert server.datastream.disconnect_all() == 1
    eventually(lambda: client.datastream_stats().connections == 2)
    api.company("acme", seats=1)
    eventually(lambda: client.check_flag("by-trait", company=acme) is False)


def test_sixteen_threads_share_one_connection(make_client, flavor, server, world):
    client = make_client()
    acme, globex = world["companies"]
    ada, bob = world["users"]
    contexts = [(acme, ada), (acme, bob), (globex, ada), (globex, bob)]
    expected = {
        (str(c), str(u)): make_client(use_datastream=False, cache_providers=[]).check_flag(
            "by-user-trait", company=c, user=u
        )
        for c, u in contexts
    }
    if flavor == "sync":

        def work(n: int) -> list[bool]:
            return [
                client.check_flag(
                    "by-user-trait", company=contexts[(n + i) % 4][0], user=contexts[(n + i) % 4][1]
                )
                for i in range(200)
            ]

        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(work, range(16)))
    else:
        target = client.target

        async def work_async(n: int) -> list[bool]:
            return [
                await target.check_flag(
                    "by-user-trait", company=contexts[(n + i) % 4][0], user=contexts[(n + i) % 4][1]
                )
                for i in range(200)
            ]

        async def all_work() -> list[list[bool]]:
            import asyncio

            return list(await asyncio.gather(*(work_async(n) for n in range(16))))

        answers = client.run(all_work())
    for n, values in enumerate(answers):
        for i, value in enumerate(values):
            company, user = contexts[(n + i) % 4]
            assert value is expected[(str(company), str(user))]
    assert client.datastream_stats().connections == 1
    assert server.stats()["datastream"]["connections_opened"] == 1


def test_a_forked_child_opens_its_own_connection_and_answers_locally(server, world, request):
    # Schematic only: an AsyncSchematic's event loop does not survive fork(); its stream is the same code.
    client = Schematic(DEFAULT_SECRET_KEY, base_url=server.url, use_datastream=True)
    request.addfinalizer(client.close)
    acme, globex = world["companies"]
    assert client.check_flag("by-trait", company=acme) is True  # the parent holds acme, not globex
    checks_before = server.stats()["requests"].get("checkFlag", 0)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report and leave without running the parent's teardown
        try:
            held = client.check_flag("by-trait", company=acme)
            asked = client.check_flag("by-trait", company=globex)
            stats = client.datastream_stats()
            os.write(write_end, json.dumps([held, asked, stats.connections, stats.companies]).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        report = json.loads(pipe.read())
    os.waitpid(pid, 0)
    assert report == [True, False, 1, 2]  # its own connection brought globex
    assert server.stats()["datastream"]["connections_opened"] == 2
    assert server.stats()["requests"].get("checkFlag", 0) == checks_before  # both answered locally
    assert client.check_flag("by-trait", company=globex) is False  # the parent's connection still works
    assert client.datastream_stats().connections == 1


def test_a_refused_handshake_is_one_error_and_checks_use_rest(make_client, server, world, caplog):
    caplog.set_level(logging.DEBUG, logger="schematic_ext")
    server.faults.add("GET", "/datastream", status=401, count=None)
    client = make_client(flag_check_timeout=2.0)
    rest = make_client(use_datastream=False, cache_providers=[])
    acme = world["companies"][0]
    answer = client.check_flag_with_entitlement("by-trait", company=acme)
    assert answer == rest.check_flag_with_entitlement("by-trait", company=acme)
    eventually(lambda: client.datastream_stats().handshake_refusals >= 2)  # it keeps trying, with backoff
    stats = client.datastream_stats()
    assert stats.state == "down" and stats.last_error is not None and "HTTP 401" in stats.last_error
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and "datastream" in r.getMessage()]
    assert len(errors) == 1 and "HTTP 401" in errors[0].getMessage()
    assert server.stats()["requests"]["checkFlag"] >= 2  # ours and the REST client's
    server.faults.clear()
    eventually(lambda: client.datastream_stats().state == "connected", timeout=40)


def test_a_client_collected_without_close_drops_its_connection(server, world):
    client = Schematic(DEFAULT_SECRET_KEY, base_url=server.url, use_datastream=True)
    assert client.check_flag("by-trait", company=world["companies"][0]) is True
    assert server.stats()["datastream"]["connections_open"] == 1
    del client
    gc.collect()
    eventually(lambda: server.stats()["datastream"]["connections_open"] == 0)


class ConnectProxy:
    """A minimal HTTP CONNECT proxy on its own threads, recording each tunnel's target."""

    def __init__(self) -> None:
        self.targets: list[str] = []
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = client.recv(4096)
            if not chunk:
                return
            head += chunk
        method, target = head.split(b" ", 2)[:2]
        if method != b"CONNECT":
            client.close()
            return
        self.targets.append(target.decode())
        host, port = target.decode().rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)))
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        for source, sink in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.server.close()


def test_the_datastream_goes_through_the_environments_proxy(make_client, server, world, monkeypatch):
    """Like httpx for REST, the socket honours the proxy environment variables (here ``ws_proxy``,
    which httpx does not read, so only the datastream is tunnelled)."""
    proxy = ConnectProxy()
    try:
        for name in ("no_proxy", "NO_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("ws_proxy", proxy.url)
        client = make_client()
        acme = world["companies"][0]
        assert client.check_flag("by-trait", company=acme) is True
        assert client.datastream_stats().state == "connected"
        assert proxy.targets == [f"127.0.0.1:{server.port}"]
    finally:
        proxy.close()
