"""Construction: settings and overrides, clear errors for misconfiguration, the user's http client, secrets."""

from __future__ import annotations

import inspect
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import httpx
import pytest
from client_helpers import ACME

from schematic_ext import (
    AsyncRedisCache,
    AsyncSchematic,
    EventClient,
    LocalCache,
    Schematic,
    SchematicConfig,
    UnauthorizedError,
)
from schematic_ext._config import SchematicOptions
from schematic_ext._event_client import EventClientConfig

ROOT = Path(__file__).resolve().parents[2]


def test_defaults(make_client):
    config = make_client("sk_x").config
    assert (config.timeout, config.max_retries, config.offline) == (60.0, 2, False)
    assert config.flag_check_timeout <= 2.0
    assert config.cache_providers is None
    cache = make_client("sk_x").target._flags.slots[0].provider
    assert isinstance(cache, LocalCache)
    assert (cache.max_size, cache.ttl_ms) == (1000, 5000)


def test_keyword_overrides_win_over_the_config(make_client, flavor):
    config = SchematicConfig(timeout=5.0, max_retries=4, flag_defaults={"a": True})
    client = make_client("sk_x", config, timeout=20.0)
    assert (client.config.timeout, client.config.max_retries) == (20.0, 4)
    assert client.target._api.options.timeout == 20.0
    own = httpx.Client() if flavor == "sync" else httpx.AsyncClient()
    client = make_client("sk_x", SchematicConfig(httpx_client=own), http_client=own)
    assert client.target._api._http is own


def test_key_from_the_environment(make_client, monkeypatch):
    monkeypatch.setenv("SCHEMATIC_API_KEY", "sk_env")
    assert make_client(None).target._api.options.auth is not None
    monkeypatch.delenv("SCHEMATIC_API_KEY")
    with pytest.raises(ValueError, match="SCHEMATIC_API_KEY"):
        make_client(None)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"timeout": "slow"}, ValueError, "timeout must be a non-negative number"),
        ({"timeout": float("nan")}, ValueError, "timeout must be a non-negative number"),
        ({"session_refresh_margin": float("inf")}, ValueError, "session_refresh_margin must be finite"),
        ({"max_retries": -1}, ValueError, "max_retries must be a non-negative int"),
        ({"flag_check_timeout": 0}, ValueError, "flag_check_timeout must be a positive number"),
        ({"circuit_breaker_threshold": 0}, ValueError, "circuit_breaker_threshold must be an int >= 1"),
        ({"flag_defaults": {"a": "yes"}}, TypeError, "flag_defaults must map str to bool"),
        ({"flag_defaults": ["a"]}, TypeError, "flag_defaults must be a mapping"),
        ({"cache_providers": LocalCache()}, TypeError, "cache_providers must be a list"),
        (
            {"cache_providers": [object()]},
            TypeError,
            r"cache_providers\[0\] \(object\) is not a cache provider",
        ),
        ({"http_client": "x"}, TypeError, "http_client must be an httpx.Client"),
        ({"base_url": "ftp://x"}, ValueError, "base_url must be an http"),
        ({"offline": "yes"}, TypeError, "offline must be a bool"),
        ({"on_event_error": "print"}, TypeError, "on_event_error must be callable"),
        ({"nonsense": 1}, TypeError, "unknown client option"),
    ],
)
def test_misconfiguration_is_a_clear_error(make_client, kwargs, error, message):
    with pytest.raises(error, match=message):
        make_client("sk_x", **kwargs)


def test_both_http_client_names_in_one_config_is_an_error():
    with pytest.raises(ValueError, match="either http_client or httpx_client"):
        SchematicConfig(http_client=httpx.Client(), httpx_client=httpx.Client())


def test_the_wrong_client_kinds_are_rejected():
    with pytest.raises(TypeError, match=r"AsyncSchematic httpx\.AsyncClient"):
        Schematic("sk_x", http_client=httpx.AsyncClient())
    with pytest.raises(TypeError, match=r"Schematic takes httpx\.Client"):
        AsyncSchematic("sk_x", http_client=httpx.Client())
    with pytest.raises(TypeError, match="is async; use AsyncSchematic"):
        Schematic("sk_x", cache_providers=[AsyncRedisCache(url="redis://127.0.0.1:1/0")])


@pytest.mark.parametrize(
    ("size", "ttl", "error"), [(-1, 10, ValueError), ("9", 10, TypeError), (5, 0, ValueError)]
)
def test_local_cache_arguments_are_checked(size, ttl, error):
    with pytest.raises(error):
        LocalCache(size, ttl)


class CountingTransport(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.url.path)
        return super().handle_request(request)


class AsyncCountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.url.path)
        return await super().handle_async_request(request)


@pytest.mark.parametrize("how", ["transport", "mounts"])
def test_the_users_http_client_carries_every_call(server, make_client, flavor, how):
    transport = CountingTransport() if flavor == "sync" else AsyncCountingTransport()
    kind = httpx.Client if flavor == "sync" else httpx.AsyncClient
    own = kind(transport=transport) if how == "transport" else kind(mounts={"http://": transport})
    client = make_client(base_url=server.url, http_client=own)
    company = client.companies.upsert_company(keys={"domain": "z.test"}, name="Z")
    client.companies.get_company(company_id=company.data.id)
    assert client.check_flag("sso", company=ACME) is True
    assert transport.sent == ["/companies", f"/companies/{company.data.id}", "/flags/sso/check"]


def test_resources_share_auth_and_per_request_options(server, make_client):
    client = make_client(base_url=server.url)
    user = client.companies.upsert_user(
        keys={"email": "w@acme.test"},
        name="W",
        company=ACME,
        request_options={"additional_headers": {"X-A": "1"}},
    )
    assert user.data.name == "W"
    assert client.companies.get_company(company_id=user.data.company_memberships[0].company_id).data.name


def test_secrets_never_appear_in_reprs_logs_or_errors(server, make_client, caplog):
    caplog.set_level(logging.DEBUG)
    secret = "sk_very_secret_value_123"
    client = make_client(secret, base_url=server.url, flag_check_timeout=0.5)
    with pytest.raises(UnauthorizedError) as caught:
        client.companies.get_company(company_id="comp_x")
    client.check_flag("sso", company=ACME)
    server.faults.add("POST", "/flags/*", status=503, count=None)
    for _ in range(4):
        client.check_flag("sso", company={"domain": "other.test"})
    texts = [repr(client.target), repr(client.config), str(caught.value), repr(caught.value), caplog.text]
    texts.append(repr(client.target._api.options))
    assert not [text for text in texts if secret in text]


def test_the_keyword_overrides_are_typed_as_the_config_fields() -> None:
    """SchematicOptions (the type of the clients' **overrides) cannot drift from SchematicConfig."""
    typed = {
        name: getattr(hint, "__forward_arg__", hint)
        for name, hint in SchematicOptions.__annotations__.items()
    }
    assert typed == {field.name: field.type for field in attrs.fields(SchematicConfig)}
    assert SchematicOptions.__required_keys__ == frozenset()


def test_mypy_rejects_a_wrong_keyword_and_a_wrong_type(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """\
            from schematic_ext import AsyncSchematic, EventClient, Schematic, SchematicConfig

            Schematic("sk_x", SchematicConfig(), timeout=2.0, flag_defaults={"a": True}, http_client=None)
            AsyncSchematic("sk_x", event_batch_size=10, on_event_error=lambda error, events: None)
            EventClient("http://localhost", "sk_x", None, True, 20, 5.0, None, 10_000, max_in_flight=2)
            Schematic("sk_x", timout=2.0)
            AsyncSchematic("sk_x", timeout="slow")
            EventClient("http://localhost", "sk_x", batch_size="20")
            """
        )
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--no-incremental",
            str(snippet),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": str(ROOT / "generated")},
        timeout=240,
    )
    errors = [line.split(": error: ", 1) for line in result.stdout.splitlines() if ": error: " in line]
    by_line = {int(where.rsplit(":", 2)[-1]): message for where, message in errors}
    assert sorted(by_line) == [6, 7, 8], result.stdout
    assert 'Unexpected keyword argument "timout"' in by_line[6]
    assert (
        'Argument "timeout" to "AsyncSchematic" has incompatible type "str"; expected "float"' in by_line[7]
    )
    assert 'Argument "batch_size" to "EventClient" has incompatible type "str"; expected "int"' in by_line[8]


def test_the_event_client_takes_schematics_event_settings_and_defaults() -> None:
    """EventClient's settings are a SchematicConfig: one set of defaults, one set of checks."""
    config = SchematicConfig()
    parameters = inspect.signature(EventClient).parameters
    for field, argument in EventClientConfig._arguments.items():
        if field != "base_url":  # api_url is required
            assert parameters[argument].default == getattr(config, field), argument
    client = EventClient("http://127.0.0.1:9", "sk_x")
    pipeline = client._pipeline
    assert pipeline is not None
    assert (pipeline._batch_size, pipeline._max_in_flight) == (
        config.event_batch_size,
        config.event_max_in_flight,
    )
    client.close()
