"""Where the examples find an API: a running devserver named by SCHEMATIC_BASE_URL, or an embedded one.

`make demo` runs `examples/quickstart.py` with nothing set, so it starts a devserver in-process on a free
port with a temporary database and the example seed. Pointed at a devserver you started yourself
(``schematic-devserver --hmac-secret demo-hmac-secret``), the same scripts run against that.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

SEED = Path(__file__).resolve().parent.parent / "devserver" / "seed_example.yaml"
DEMO_HMAC_SECRET = "demo-hmac-secret"
DEFAULT_SECRET_KEY = "sk_test_devserver"
DEFAULT_PUBLISHABLE_KEY = "pk_test_devserver"


class LocalApi:
    """The API the examples talk to, and a way to make it unreachable for a moment."""

    def __init__(self, url: str, server: Any = None) -> None:
        self.url = url
        self.secret_key = os.environ.get("SCHEMATIC_API_KEY", DEFAULT_SECRET_KEY)
        self.publishable_key = os.environ.get("SCHEMATIC_PUBLISHABLE_KEY", DEFAULT_PUBLISHABLE_KEY)
        self.hmac_secret = os.environ.get("SCHEMATIC_HMAC_SECRET", DEMO_HMAC_SECRET)
        self._server = server

    @contextlib.contextmanager
    def outage(self) -> Iterator[None]:
        """The API is down inside the block: the embedded server is stopped, a remote one drops connections."""
        if self._server is not None:
            self._server.stop()
            try:
                yield
            finally:
                self._server.start()
            return
        control = httpx.Client(base_url=self.url, headers={"X-Schematic-Api-Key": self.secret_key})
        control.post("/_devserver/faults", json={"drop": True, "count": None}).raise_for_status()
        try:
            yield
        finally:
            control.delete("/_devserver/faults").raise_for_status()
            control.close()

    @contextlib.contextmanager
    def faults(self, *faults: dict[str, Any]) -> Iterator[None]:
        """Inject devserver faults (``FaultInjector.add`` arguments) for the block, then clear them."""
        control = httpx.Client(base_url=self.url, headers={"X-Schematic-Api-Key": self.secret_key})
        try:
            for fault in faults:
                control.post("/_devserver/faults", json=fault).raise_for_status()
            yield
        finally:
            control.delete("/_devserver/faults").raise_for_status()
            control.close()

    def stats(self) -> dict[str, Any]:
        """The devserver's request counters."""
        if self._server is not None:
            return self._server.stats()
        with httpx.Client(base_url=self.url, headers={"X-Schematic-Api-Key": self.secret_key}) as control:
            result: dict[str, Any] = control.get("/_devserver/stats").json()
            return result


@contextlib.contextmanager
def local_api() -> Iterator[LocalApi]:
    """SCHEMATIC_BASE_URL if set, else an embedded devserver (temporary database, example seed)."""
    url = os.environ.get("SCHEMATIC_BASE_URL")
    if url:
        yield LocalApi(url.rstrip("/"))
        return
    from schematic_devserver import DevServer  # the [devserver] extra; only needed to embed one

    with (
        tempfile.TemporaryDirectory(prefix="schematic-demo-") as tmp,
        DevServer(
            db_path=Path(tmp) / "demo.db",
            seed=SEED,
            hmac_secret=DEMO_HMAC_SECRET,
            require_signed_user_id=True,
        ) as server,
    ):
        os.environ["SCHEMATIC_BASE_URL"] = server.url
        try:
            yield LocalApi(server.url, server)
        finally:
            os.environ.pop("SCHEMATIC_BASE_URL", None)


def heading(text: str) -> None:
    print(f"\n{text}\n{'─' * len(text)}")


def line(label: str, value: object) -> None:
    print(f"  {label:<34} {value}")


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """Call `fn` and return its result and the time it took, in milliseconds."""
    start = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - start) * 1000
