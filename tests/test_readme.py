"""Every Python code block of README.md runs, in a fresh interpreter, against a devserver (and a real
redis-server for the Redis cache block). Blocks are self-contained; the key, the API host and the
publishable key come from the environment, as the README says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"^```python\n(.*?)^```", README, flags=re.S | re.M)
HMAC_SECRET = "readme-hmac-secret"


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 12


@pytest.fixture(scope="module")
def readme_env(tmp_path_factory: pytest.TempPathFactory, redis_url: str) -> Any:
    from schematic_devserver import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer

    seed = ROOT / "devserver" / "seed_example.yaml"
    db = tmp_path_factory.mktemp("readme") / "db.sqlite"
    with DevServer(db_path=db, seed=seed, hmac_secret=HMAC_SECRET) as srv:
        yield {
            **{k: v for k, v in os.environ.items() if not k.startswith("SCHEMATIC_")},
            "SCHEMATIC_API_KEY": DEFAULT_SECRET_KEY,
            "SCHEMATIC_BASE_URL": srv.url,
            "SCHEMATIC_PUBLISHABLE_KEY": DEFAULT_PUBLISHABLE_KEY,
            "SCHEMATIC_HMAC_SECRET": HMAC_SECRET,
            "REDIS_URL": redis_url,
        }


@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=lambda i: f"block{i + 1}")
def test_readme_block_runs(readme_env: dict[str, str], index: int, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKS[index]],
        capture_output=True,
        text=True,
        env=readme_env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, f"README block {index + 1} failed:\n{BLOCKS[index]}\n{result.stderr}"
