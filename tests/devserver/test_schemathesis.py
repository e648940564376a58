"""Schemathesis over every operation of openapi.yaml the devserver implements, against a live devserver.

Every check runs (``--checks all``: no 5xx, status codes, content types, headers and bodies
conform, invalid data rejected, valid data accepted, auth not ignored, ...), through the
examples, coverage, fuzzing and stateful phases. The only adjustments are in
schemathesis.toml beside this file, with their reasons. ``createSession`` takes a pk_ key
instead of the secret key, so it gets a run of its own. Operations without a handler
answer 501 by design (tests/devserver/test_not_implemented.py). The seed is fixed so a run is
reproducible; set DEVSERVER_SCHEMATHESIS_SEED to explore others.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer
from schematic_devserver.operations import HANDLERS
from schematic_devserver.spec import spec_path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEED = os.environ.get("DEVSERVER_SCHEMATHESIS_SEED", "20240515")
MAX_EXAMPLES = os.environ.get("DEVSERVER_SCHEMATHESIS_MAX_EXAMPLES", "25")


def run_schemathesis(server: DevServer, header: str, *selection: str) -> subprocess.CompletedProcess[str]:
    """Run the schemathesis CLI against ``server``; one worker (CPython 3.11's ast is not thread-safe)."""
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "--no-color",
        "run",
        str(spec_path()),
        "--url",
        server.url,
        "--header",
        header,
        "--checks",
        "all",
        "--max-examples",
        MAX_EXAMPLES,
        "--seed",
        SEED,
        "--workers",
        "1",
        "--report-dir",
        str(server.db_path.parent / "schemathesis-report"),
        *selection,
    ]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=540, check=False)


@pytest.mark.slow
# About 100 operations through every phase take over 5 minutes; the run itself stops at 540 s.
@pytest.mark.timeout(600)
def test_every_operation_conforms(devserver_factory: Callable[..., DevServer]) -> None:
    server = devserver_factory(seed=REPO / "devserver" / "seed_example.yaml")
    implemented = sorted(set(HANDLERS) - {"createSession"})
    selection = [arg for operation_id in implemented for arg in ("--include-operation-id", operation_id)]
    result = run_schemathesis(server, f"X-Schematic-Api-Key: {DEFAULT_SECRET_KEY}", *selection)
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
    assert server.errors == []
    assert sorted(server.stats()["requests"]) == implemented
    assert server.stats()["not_implemented"] == 0


@pytest.mark.slow
def test_session_mint_conforms(devserver_factory: Callable[..., DevServer]) -> None:
    server = devserver_factory()
    result = run_schemathesis(
        server, f"Authorization: ApiKey {DEFAULT_PUBLISHABLE_KEY}", "--include-operation-id", "createSession"
    )
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
    assert server.stats()["mints"] > 0
