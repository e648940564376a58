"""The examples of the user docs this project started from (shared/seeds/) run unchanged against our SDK
but for the import line naming `schematic_ext` and their obvious typos (`true`/`false`, `...` elisions,
httpx 0.28's `proxy=`); where an example omits the key, it comes from SCHEMATIC_API_KEY. They run in fresh
interpreters against the devserver, which is started with the docs' own "YOUR_API_KEY"."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import pytest

import schematic_ext

KEY = "YOUR_API_KEY"

SCHEMATIC_DOC_EXAMPLES = {
    "initialize": """
        from schematic_ext._client import Schematic

        client = Schematic("YOUR_API_KEY")
    """,
    "async client": """
        import asyncio
        from schematic_ext._client import AsyncSchematic

        client = AsyncSchematic("YOUR_API_KEY")
        async def main() -> None:
            await client.companies.get_company(
                company_id="company_id",
            )

        asyncio.run(main())
    """,
    "exception handling": """
        import schematic_ext
        from schematic_ext._client import Schematic

        client = Schematic("YOUR_API_KEY")
        try:
            client.companies.get_company(
                company_id="no-such-company",
            )
        except schematic_ext.core.ApiError as e: # Handle all errors
          print(e.status_code)
          print(e.body)
    """,
    "identify": """
        from schematic_ext import EventBodyIdentifyCompany
        from schematic_ext._client import Schematic

        client = Schematic("YOUR_API_KEY")

        client.identify(
            keys={
                "email": "wcoyote@acme.net",
                "user_id": "your-user-id",
            },
            company=EventBodyIdentifyCompany(
                keys={"id": "your-company-id"},
                name="Acme Widgets, Inc.",
                traits={
                  "city": "Atlanta",
                },
            ),
            name="Wile E. Coyote",
            traits={
                "login_count": 24,
                "is_staff": False,
            },
        )
    """,
    "track": """
        from schematic_ext._client import Schematic

        client = Schematic("YOUR_API_KEY")

        client.track(
            event="some-action",
            user={"user_id": "your-user-id"},
            company={"id": "your-company-id"},
        )
    """,
    "upsert company": """
        from schematic_ext._client import Schematic

        client = Schematic("YOUR_API_KEY")

        client.companies.upsert_company(
            keys={"id": "your-company-id"},
            name="Acme Widgets, Inc.",
            traits={
                "city": "Atlanta",
                "high_score": 25,
                "is_active": True,
            },
        )
    """,
    "upsert user": """
        from schematic_ext._client import Schematic

        client = Schematic("YOUR_API_KEY")

        client.companies.upsert_user(
            keys={
                "email": "wcoyote@acme.net",
                "user_id": "your-user-id",
            },
            name="Wile E. Coyote",
            traits={
                "city": "Atlanta",
                "high_score": 25,
                "is_active": True,
            },
            company={"id": "your-company-id"},
        )
    """,
    "check flag": """
        from schematic_ext._client import Schematic

        client = Schematic("YOUR_API_KEY")

        client.check_flag(
            "some-flag-key",
            company={"id": "your-company-id"},
            user={"user_id": "your-user-id"},
        )
    """,
    "local cache options": """
        from schematic_ext._client import LocalCache, Schematic, SchematicConfig

        cache_size = 100
        cache_ttl = 1000  # in milliseconds
        config = SchematicConfig(
            cache_providers=[LocalCache[bool](cache_size, cache_ttl)],
        )
        client = Schematic("YOUR_API_KEY", config)
    """,
    "caching disabled": """
        from schematic_ext._client import Schematic, SchematicConfig

        config = SchematicConfig(cache_providers=[])
        client = Schematic("YOUR_API_KEY", config)
    """,
    "flag defaults": """
        from schematic_ext._client import Schematic, SchematicConfig

        config = SchematicConfig(flag_defaults={"some-flag-key": True})
        client = Schematic("YOUR_API_KEY", config)
    """,
    "offline": """
        from schematic_ext._client import Schematic, SchematicConfig

        config = SchematicConfig(offline=True)
        client = Schematic("", config)
    """,
    "offline with defaults": """
        from schematic_ext._client import Schematic, SchematicConfig

        config = SchematicConfig(
            flag_defaults={"some-flag-key": True},
            offline=True,
        )
        client = Schematic("", config)
        assert client.check_flag("some-flag-key") is True # Returns True
    """,
    "timeouts": """
        from schematic_ext._client import Schematic

        client = Schematic(
            # All timeouts are 20 seconds
            timeout=20.0,
        )

        # Override timeout for a specific method
        client.companies.get_company(company_id="company_id", request_options={
            "timeout_in_seconds": 20.0
        })
    """,
    "retries": """
        from schematic_ext._client import Schematic

        client = Schematic()
        client.companies.get_company(company_id="company_id", request_options={
            "max_retries": 1 # Only retry once on failure
        })
    """,
    "custom http client": """
        import httpx

        from schematic_ext._client import Schematic

        client = Schematic(
            http_client=httpx.Client(
                proxy="http://my.test.proxy.example.com",
                transport=httpx.HTTPTransport(local_address="0.0.0.0"),
            ),
        )
    """,
    # The SegOps SDK's documented surface (002_*.txt), with the import naming schematic_ext.
    "segops quick start": """
        import os
        from schematic_ext import SegOpsClient

        client = SegOpsClient(os.environ["SCHEMATIC_BASE_URL"], "YOUR_API_KEY")
        client.track(user_id="user-1", event_type="signup", payload={"plan": "pro"})
        client.identify(user_id="user-1", traits={"email": "ada@acme.test"})
        client.flush()
        client.shutdown()
        client.close()
    """,
    "segops context manager and pk_ key": """
        import os
        from schematic_ext import SegOpsClient, UserContext, sign_user_id

        signed = sign_user_id("backend-secret", "user-1")  # backend only
        with SegOpsClient(
            os.environ["SCHEMATIC_BASE_URL"], "pk_test_devserver", get_user=lambda: UserContext(**signed),
            batch=True, batch_size=20, flush_interval=5.0, on_error=lambda error, events: print(error),
        ) as client:
            client.track({"user_id": "user-1", "event_type": "login"})
            client.flush()
            client.reset_session()
            client.track(user_id="user-1", event_type="logout")
    """,
}


@pytest.fixture(scope="module")
def docs_server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from schematic_devserver import DevServer

    with DevServer(db_path=tmp_path_factory.mktemp("seeds") / "db.sqlite", secret_key=KEY) as srv:
        client = schematic_ext.Schematic(KEY, base_url=srv.url)
        client.companies.upsert_company(id="company_id", keys={"id": "your-company-id"}, name="Acme")
        client.close()
        yield srv


def run_example(code: str, url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCHEMATIC_API_KEY": KEY, "SCHEMATIC_BASE_URL": url}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.mark.parametrize("name", sorted(SCHEMATIC_DOC_EXAMPLES))
def test_schematic_doc_example_runs(docs_server: Any, name: str) -> None:
    result = run_example(SCHEMATIC_DOC_EXAMPLES[name], docs_server.url)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_examples_reached_the_server(docs_server: Any) -> None:
    """The event examples were delivered (at exit) and the calls were made with the docs' key."""
    requests: Callable[[str], int] = lambda op: docs_server.stats()["requests"].get(op, 0)  # noqa: E731
    assert requests("getCompany") >= 3
    assert requests("createEventBatch") >= 4
    assert requests("createSession") >= 2  # the pk_ SegOps client minted, and re-minted after reset_session
    assert docs_server.store.count_events("identify") >= 1 and docs_server.store.count_events("track") >= 1
