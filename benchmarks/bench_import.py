"""Cold import time of `schematic_ext` in a fresh interpreter, next to the `schematichq` package's.

Measured in a virtualenv holding only the wheel and its runtime dependencies (what a user installs):
the development venv also has click and rich, which httpx imports eagerly for its CLI when present,
so that venv's figure is printed as well, for reference.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, median, peer_python, row, this_python, write_results

RUNS = 15
SNIPPET = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
CLEAN_VENV = ROOT / ".bench-clean"


def import_seconds(python: str, statement: str) -> float:
    """Median seconds to run the import `statement` in `RUNS` fresh interpreters (after one warm-up for the disk cache)."""
    times = []
    for _ in range(RUNS + 1):
        out = subprocess.run(
            [python, "-c", SNIPPET.format(statement=statement)], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout))
    return median(times[1:])


def clean_python() -> str:
    """A venv with this checkout's wheel and only its runtime dependencies, rebuilt on every run."""
    with tempfile.TemporaryDirectory() as wheels:
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
                wheels,
                str(ROOT),
            ],
            check=True,
            capture_output=True,
        )
        if not CLEAN_VENV.exists():
            subprocess.run([sys.executable, "-m", "venv", str(CLEAN_VENV)], check=True)
        python = str(CLEAN_VENV / "bin" / "python")
        wheel = next(Path(wheels).glob("*.whl"))
        subprocess.run(
            [python, "-m", "pip", "install", "-q", "--force-reinstall", str(wheel)],
            check=True,
            capture_output=True,
        )
    return python


def main() -> None:
    clean = clean_python()
    peer_py = peer_python()

    def both(ours_stmt: str, peer_stmt: str) -> tuple[float, float | None]:
        ours = import_seconds(clean, ours_stmt) * 1000
        return ours, (import_seconds(peer_py, peer_stmt) * 1000 if peer_py else None)

    package = both("import schematic_ext", "import schematic")
    client = both("from schematic_ext import Schematic", "from schematic.client import Schematic")
    dev = import_seconds(this_python(), "from schematic_ext import Schematic") * 1000
    write_results(
        "import",
        [
            row("import schematic_ext (vs import schematic), fresh interpreter", *package, "ms", "median"),
            row("from schematic_ext import Schematic (vs schematic.client)", *client, "ms", "median"),
            row("  same, in the dev venv (httpx also loads click/rich)", dev, None, "ms", "reference"),
        ],
    )


if __name__ == "__main__":
    main()
