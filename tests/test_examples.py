"""`make demo` (examples/quickstart.py with an embedded devserver) tells its story, and every example also
runs on its own against a devserver someone started."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCRIPTS = sorted(p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))


def run(script: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SCHEMATIC_")}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        capture_output=True,
        text=True,
        env={**environ, **env},
        timeout=120,
    )


def test_quickstart_story_with_embedded_devserver() -> None:
    result = run("quickstart.py")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "before report 3                    on   usage 2/3 (current_month)" in out
    assert "before report 4                    off  usage 3/3 (current_month)" in out
    assert "override: 10 a month               on   usage 3/10 (current_month)" in out
    assert "Matched company override rule" in out
    assert "warm check, from the snapshot      False  in" in out
    assert "seen by the running client after" in out
    assert "Wayne, from the snapshot           True  in" in out
    assert "2,000 tracked, 2,000 stored" in out
    assert "events retried / dropped / failed  " in out and " / 0 / 0" in out
    assert "the same body, tampered            refused" in out
    assert "pk_ client, Wayne, summer banner   True" in out
    assert "session tokens minted              1" in out
    assert "failed 0" in out and out.rstrip().endswith("Done.")


@pytest.mark.parametrize("script", SCRIPTS)
def test_example_runs_against_a_running_devserver(devserver_factory: Any, script: str) -> None:
    server = devserver_factory(
        seed=EXAMPLES.parent / "devserver" / "seed_example.yaml", hmac_secret="demo-hmac-secret"
    )
    result = run(script, SCHEMATIC_BASE_URL=server.url)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert server.stats()["requests"], "the example must have talked to this devserver"
