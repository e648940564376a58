"""The code generator on the full spec: time to build openapi.yaml and to generate the client, and the size
of what users install (the wheel, and the installed package next to schematichq's).

`make generate` must stay under 30 s on the whole API (270 operations, ~1,100 models): it runs on every
spec change and in CI's freshness check.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, median, peer_python, row, write_results

RUNS = 3
PEER_SIZE = (
    "import pathlib, schematic, json;"
    "root = pathlib.Path(schematic.__file__).parent;"
    "print(json.dumps(sum(p.stat().st_size for p in root.rglob('*') if p.is_file() and '__pycache__' not in p.parts)))"
)


def seconds(*cmd: str) -> float:
    """Median wall time of `cmd` over `RUNS` runs."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return median(times)


def tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate = seconds(sys.executable, str(ROOT / "codegen" / "generate.py"), "--out", str(out / "gen"))
        spec = seconds(
            sys.executable, str(ROOT / "codegen" / "build_spec.py"), "--out", str(out / "openapi.yaml")
        )
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
                tmp,
                str(ROOT),
            ],
            check=True,
            capture_output=True,
        )
        wheel = next(out.glob("*.whl")).stat().st_size
    installed = tree_bytes(ROOT / "generated" / "schematic_api") + tree_bytes(ROOT / "schematic_ext")
    peer_installed = None
    python = peer_python()
    if python:
        peer_installed = float(
            subprocess.run([python, "-c", PEER_SIZE], capture_output=True, text=True).stdout
        )
    write_results(
        "codegen",
        [
            row("make generate on the full spec (270 operations)", generate, None, "s", f"median of {RUNS}"),
            row("make spec-build (facts + overlay -> openapi.yaml)", spec, None, "s", f"median of {RUNS}"),
            row("wheel size (SDK + generated client + devserver)", wheel / 1e6, None, "MB"),
            row(
                "installed SDK + generated client (vs schematichq)",
                installed / 1e6,
                None if peer_installed is None else peer_installed / 1e6,
                "MB",
                "source files, no bytecode",
            ),
        ],
    )


if __name__ == "__main__":
    main()
