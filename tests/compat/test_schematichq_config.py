"""schematichq 1.4's configuration surface on schematic_ext: every field of its SchematicConfig,
AsyncSchematicConfig and DataStreamConfig, with the same meaning, and its client lifecycle methods."""

from __future__ import annotations

import dataclasses
import http.server
import logging
import threading
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
import schematic.client as official
from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import (
    ApiError,
    AsyncSchematic,
    AsyncSchematicConfig,
    DataStreamConfig,
    LocalCache,
    Schematic,
    SchematicConfig,
)


def field_names(cls: type) -> set[str]:
    return {f.name for f in (dataclasses.fields(cls) if dataclasses.is_dataclass(cls) else attrs.fields(cls))}


@pytest.mark.parametrize(
    ("theirs", "ours"),
    [
        (official.SchematicConfig, SchematicConfig),
        (official.AsyncSchematicConfig, AsyncSchematicConfig),
        (official.DataStreamConfig, DataStreamConfig),
    ],
    ids=lambda cls: cls.__name__,
)
def test_every_schematichq_setting_is_a_setting_here(theirs: type, ours: type) -> None:
    assert field_names(theirs) <= field_names(ours)


def test_the_datastream_settings_have_schematichqs_names_and_defaults() -> None:
    theirs = dataclasses.asdict(official.DataStreamConfig())
    ours = attrs.asdict(DataStreamConfig())
    assert {name: ours[name] for name in theirs} == theirs
    assert list(ours)[: len(theirs)] == list(theirs)  # the same positional order, ours after theirs
    positional = DataStreamConfig(300_000)  # a dataclass there: positional arguments work too
    assert positional.cache_ttl == 300_000


def test_shared_settings_default_as_in_schematichq() -> None:
    config, theirs = SchematicConfig(), official.SchematicConfig()
    assert config.follow_redirects is theirs.follow_redirects is True
    assert (config.offline, theirs.offline) == (False, False)
    assert config.timeout == 60.0  # schematichq's None means its base client's 60 s
    assert config.event_buffer_period is theirs.event_buffer_period is None
    assert config.event_flush_interval == 5.0  # schematichq's DEFAULT_EVENT_BUFFER_PERIOD
    assert config.cache_providers is theirs.cache_providers is None
    assert config.credit_leases is theirs.credit_leases is None
    assert config.event_capture_url is theirs.event_capture_url is None
    async_config = AsyncSchematicConfig()
    assert (async_config.use_datastream, async_config.datastream) == (False, None)
    # Deliberately different: schematichq sets WARNING on its logger and adds a console handler;
    # a library here leaves logging as the application configured it.
    assert theirs.log_level == logging.WARNING and config.log_level is None


def test_client_api_key_and_config_positionally_as_schematichq_code_writes_it(devserver: DevServer) -> None:
    config = SchematicConfig(base_url=devserver.url, flag_defaults={"beta": True}, cache_providers=[])
    client = Schematic(DEFAULT_SECRET_KEY, config)
    assert client.config is config and client.check_flag("beta") is True
    client.shutdown()


async def test_async_client_takes_an_async_schematic_config_positionally(devserver: DevServer) -> None:
    config = AsyncSchematicConfig(base_url=devserver.url, flag_defaults={"beta": True}, datastream=None)
    client = AsyncSchematic(DEFAULT_SECRET_KEY, config, timeout=20.0)  # keyword overrides still win
    assert isinstance(client.config, AsyncSchematicConfig) and client.config.timeout == 20.0
    assert await client.check_flag("beta") is True
    await client.shutdown()


# -- event_buffer_period: schematichq's name for event_flush_interval -------------------------------


def test_event_buffer_period_is_the_flush_interval() -> None:
    assert SchematicConfig(event_buffer_period=10).event_flush_interval == 10
    assert SchematicConfig(event_buffer_period=10, event_flush_interval=10).event_flush_interval == 10
    client = Schematic(DEFAULT_SECRET_KEY, SchematicConfig(event_buffer_period=2))
    assert client._events is not None and client._events._flush_interval == 2.0
    client.close()


def test_both_names_with_different_values_is_an_error_naming_both() -> None:
    with pytest.raises(ValueError, match=r"event_buffer_period \(10\) and event_flush_interval \(5\.0\)"):
        SchematicConfig(event_buffer_period=10, event_flush_interval=5.0)


@pytest.mark.parametrize(("value", "error"), [(-1, ValueError), ("5", ValueError), (True, ValueError)])
def test_a_bad_event_buffer_period_names_it(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="event_buffer_period must be a non-negative number"):
        SchematicConfig(event_buffer_period=value)  # type: ignore[arg-type]


def test_a_keyword_under_either_name_wins_over_the_config() -> None:
    by_period = Schematic(DEFAULT_SECRET_KEY, SchematicConfig(event_buffer_period=10), event_flush_interval=3)
    by_interval = Schematic(
        DEFAULT_SECRET_KEY, SchematicConfig(event_flush_interval=3), event_buffer_period=10
    )
    assert (by_period.config.event_flush_interval, by_interval.config.event_flush_interval) == (3, 10)
    by_period.close()
    by_interval.close()


# -- what is not implemented is refused, not ignored ------------------------------------------------


def test_credit_leases_are_refused_at_construction() -> None:
    lease_config = official.CreditLeaseConfig(default_reservation_ttl=60.0)
    with pytest.raises(ValueError, match=r"credit_leases: credit leases .* are not implemented"):
        SchematicConfig(credit_leases=lease_config)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="credit_leases"):
        Schematic(DEFAULT_SECRET_KEY, credit_leases=lease_config)  # type: ignore[arg-type]
    assert SchematicConfig(credit_leases=None).credit_leases is None


def test_use_datastream_is_accepted_on_both_configs() -> None:
    config = AsyncSchematicConfig(use_datastream=True, datastream=DataStreamConfig(cache_ttl=300_000))
    assert config.use_datastream is True and config.datastream is not None
    assert SchematicConfig(use_datastream=True).use_datastream is True
    with pytest.raises(TypeError, match="use_datastream must be a bool"):
        AsyncSchematicConfig(use_datastream="yes")  # type: ignore[arg-type]
    assert AsyncSchematicConfig(use_datastream=False, datastream=DataStreamConfig()).use_datastream is False


def test_replicator_mode_needs_its_redis_in_the_cache_slots() -> None:
    settings = DataStreamConfig(replicator_mode=True)
    with pytest.raises(ValueError, match=r"datastream.replicator_mode=True reads the replicator's Redis"):
        AsyncSchematicConfig(use_datastream=True, datastream=settings)
    assert SchematicConfig(use_datastream=False, datastream=settings).datastream is settings
    with pytest.raises(TypeError, match=r"datastream.user_cache: replicator mode reads a shared Redis"):
        SchematicConfig(
            use_datastream=True, datastream=DataStreamConfig(replicator_mode=True, user_cache=LocalCache())
        )


@pytest.mark.parametrize(
    "field", ["company_cache", "company_lookup_cache", "user_cache", "user_lookup_cache", "flag_cache"]
)
def test_direct_mode_refuses_the_replicators_cache_providers(field: str) -> None:
    settings = DataStreamConfig(**{field: LocalCache()})
    with pytest.raises(ValueError, match=rf"datastream.{field}: the cache providers are replicator mode's"):
        SchematicConfig(use_datastream=True, datastream=settings)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"cache_ttl": 0}, "cache_ttl must be an int >= 1"),
        ({"company_cache": object()}, r"company_cache \(object\) is not a cache provider"),
        ({"replicator_mode": 1}, "replicator_mode must be a bool"),
        ({"replicator_health_url": "localhost:8090"}, "replicator_health_url must be an http"),
        ({"replicator_health_check": 1.5}, "replicator_health_check must be an int"),
        ({"max_message_size": -1}, "max_message_size must be an int"),
        ({"max_entities": 0}, "max_entities must be an int >= 1"),
        ({"flag_check_events": "no"}, "flag_check_events must be a bool"),
        ({"entity_request_timeout": 0.5}, "entity_request_timeout must be an int"),
    ],
)
def test_datastream_settings_are_validated(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises((TypeError, ValueError), match=match):
        DataStreamConfig(**kwargs)


def test_datastream_must_be_a_datastream_config() -> None:
    with pytest.raises(TypeError, match="datastream must be a DataStreamConfig or None, got dict"):
        AsyncSchematicConfig(datastream={"cache_ttl": 1})  # type: ignore[arg-type]


# -- event_capture_url -------------------------------------------------------------------------------


def test_event_capture_url_is_validated() -> None:
    assert (
        SchematicConfig(event_capture_url="https://c.example.test/").event_capture_url
        == "https://c.example.test"
    )
    with pytest.raises(ValueError, match="event_capture_url must be an http"):
        SchematicConfig(event_capture_url="c.schematichq.com")


# -- follow_redirects --------------------------------------------------------------------------------


@pytest.fixture
def redirector(devserver: DevServer) -> Iterator[str]:
    """A server that answers every request with a 307 to the same path on the devserver."""

    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(307)
            self.send_header("Location", devserver.url + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_sdks_clients_follow_redirects_by_default(redirector: str) -> None:
    client = Schematic(DEFAULT_SECRET_KEY, base_url=redirector)
    assert client.companies.list_companies().data == []
    client.close()


def test_follow_redirects_false_leaves_a_redirect_unfollowed(redirector: str) -> None:
    client = Schematic(DEFAULT_SECRET_KEY, SchematicConfig(base_url=redirector, follow_redirects=False))
    with pytest.raises(ApiError) as caught:
        client.companies.list_companies()
    assert caught.value.status_code == 307
    client.close()


async def test_follow_redirects_reaches_every_client_the_sdk_creates() -> None:
    client = AsyncSchematic(DEFAULT_SECRET_KEY, follow_redirects=False)
    assert client._api._client().follow_redirects is False
    assert client._events is not None and client._events._api._client().follow_redirects is False
    await client.aclose()


def test_a_users_own_client_is_left_as_it_is() -> None:
    own = httpx.Client()
    client = Schematic(DEFAULT_SECRET_KEY, httpx_client=own, follow_redirects=True)
    assert client._api._client() is own and own.follow_redirects is False
    client.close()
    own.close()


# -- log_level ---------------------------------------------------------------------------------------


@pytest.fixture
def sdk_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("schematic_ext")
    level = logger.level
    yield logger
    logger.setLevel(level)


def test_log_level_sets_the_sdk_loggers_level(sdk_logger: logging.Logger) -> None:
    sdk_logger.setLevel(logging.NOTSET)
    Schematic(DEFAULT_SECRET_KEY, offline=True).close()
    assert sdk_logger.level == logging.NOTSET  # by default logging is left as the application set it
    Schematic(DEFAULT_SECRET_KEY, SchematicConfig(offline=True, log_level="DEBUG")).close()
    assert sdk_logger.level == logging.DEBUG
    Schematic(DEFAULT_SECRET_KEY, offline=True, log_level=logging.ERROR).close()
    assert sdk_logger.level == logging.ERROR


def test_log_level_is_ignored_with_a_logger_of_your_own(sdk_logger: logging.Logger) -> None:
    own = logging.getLogger("my-app.schematic")
    sdk_logger.setLevel(logging.NOTSET)
    client = Schematic(DEFAULT_SECRET_KEY, offline=True, logger=own, log_level="DEBUG")
    assert own.level == logging.NOTSET and sdk_logger.level == logging.NOTSET
    client.close()


@pytest.mark.parametrize("value", ["loud", -1, 2.5, True])
def test_a_bad_log_level_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="log_level must be a logging level"):
        SchematicConfig(log_level=value)  # type: ignore[arg-type]


# -- initialize() and shutdown() ---------------------------------------------------------------------


def test_shutdown_delivers_queued_events_and_is_idempotent(devserver: DevServer) -> None:
    client = Schematic(DEFAULT_SECRET_KEY, base_url=devserver.url)
    client.initialize()  # nothing to prepare: the client starts what it needs on first use
    client.track("report-generated", company={"id": "acme"})
    client.shutdown()
    client.shutdown()
    assert devserver.store.count_events() == 1
    client.track("late", company={"id": "acme"})  # refused after shutdown, as after close()
    assert client.event_stats().dropped == 1


async def test_async_shutdown_and_initialize_are_coroutines(devserver: DevServer) -> None:
    client = AsyncSchematic(DEFAULT_SECRET_KEY, base_url=devserver.url)
    await client.initialize()
    await client.track("report-generated", company={"id": "acme"})
    await client.shutdown()
    await client.shutdown()
    assert devserver.store.count_events() == 1
