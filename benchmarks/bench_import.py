"""Cold import time, construction time and resident memory of `schematic_ext`, next to `schematichq`'s.

Measured in a virtualenv holding only the wheel and its runtime dependencies (what a user installs):
the development venv also has click and rich, which httpx imports eagerly for its CLI when present,
so that venv's figure is printed as well, for reference. Memory is the peak resident set of a fresh
interpreter that builds a client and makes one call on each of three resources against a devserver.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, median, peer_python, row, this_python, write_results

RUNS = 15
SNIPPET = "{setup}; import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
THREE_CALLS = (
    "{client}; c.companies.list_companies(); c.features.list_flags(); c.events.list_events(); "
    "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)
OURS_CLIENT = "from schematic_ext import Schematic; c = Schematic({key!r}, base_url={url!r})"
PEER_CLIENT = "from schematic.client import Schematic, SchematicConfig; c = Schematic({key!r}, SchematicConfig(base_url={url!r}))"
CLEAN_VENV = ROOT / ".bench-clean"


def import_seconds(python: str, statement: str, setup: str = "pass") -> float:
    """Median seconds to run `statement` (after `setup`) in `RUNS` fresh interpreters (one warm-up first)."""
    times = []
    for _ in range(RUNS + 1):
        out = subprocess.run(
            [python, "-c", SNIPPET.format(setup=setup, statement=statement)],
            capture_output=True,
            text=True,
            check=True,
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


def resident_mb(python: str, client: str) -> float:
    """Peak RSS (MB) of a fresh interpreter after a client and one call on each of three resources."""
    out = subprocess.run(
        [python, "-c", THREE_CALLS.format(client=client)], capture_output=True, text=True, check=True
    )
    return int(out.stdout.split()[-1]) / 1024


def main() -> None:
    from bench_events import Server
    from schematic_devserver import DEFAULT_SECRET_KEY

    clean = clean_python()
    peer_py = peer_python()

    def both(ours_stmt: str, peer_stmt: str) -> tuple[float, float | None]:
        ours = import_seconds(clean, ours_stmt) * 1000
        return ours, (import_seconds(peer_py, peer_stmt) * 1000 if peer_py else None)

    package = both("import schematic_ext", "import schematic")
    client = both("from schematic_ext import Schematic", "from schematic.client import Schematic")
    dev = import_seconds(this_python(), "from schematic_ext import Schematic") * 1000
    construct = (
        import_seconds(clean, "Schematic('sk_x')", "from schematic_ext import Schematic") * 1000,
        import_seconds(peer_py, "Schematic('sk_x')", "from schematic.client import Schematic") * 1000
        if peer_py
        else None,
    )
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(tmp)
        try:
            fill = {"key": DEFAULT_SECRET_KEY, "url": server.url}
            memory = (
                resident_mb(clean, OURS_CLIENT.format(**fill)),
                resident_mb(peer_py, PEER_CLIENT.format(**fill)) if peer_py else None,
            )
        finally:
            server.close()
    write_results(
        "import",
        [
            row("import schematic_ext (vs import schematic), fresh interpreter", *package, "ms", "median"),
            row("from schematic_ext import Schematic (vs schematic.client)", *client, "ms", "median"),
            row("  same, in the dev venv (httpx also loads click/rich)", dev, None, "ms", "reference"),
            row("constructing Schematic('sk_x') (import excluded)", *construct, "ms", "median"),
            row(
                "resident memory: a client and one call on each of three resources",
                *memory,
                "MB",
                "peak RSS of a fresh interpreter; companies, features and events list calls",
            ),
        ],
    )


if __name__ == "__main__":
    main()
