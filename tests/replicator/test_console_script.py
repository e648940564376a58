"""The ``schematic-replicator`` console script as a wheel installs it: declared, on PATH, and without
the ``[redis,datastream]`` extras it exits 3 saying what to install."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_the_wheel_installs_the_console_script(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("schematic_ext-*.whl")
    archive = zipfile.ZipFile(wheel)
    entry_points = archive.read(
        next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
    ).decode()
    assert "schematic-replicator = schematic_ext._replicator.cli:main" in entry_points
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [str(venv / "bin" / "schematic-replicator"), "--api-key", "sk_test"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    assert "pip install 'schematic-ext[redis,datastream]'" in done.stderr
