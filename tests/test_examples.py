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
    assert "Wayne (pro plan)                   True" in out
    assert "Stark (free plan)                  False" in out
    assert "before report 4                    off  usage 3/3 (current_month)" in out
    assert "True  in" in out and "(stale value" in out
    assert "(default value (circuit open))" in out
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
