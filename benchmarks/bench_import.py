"""Cold import time of `schematic_ext` in a fresh interpreter, next to the `schematichq` package's."""

from __future__ import annotations

import subprocess

from _common import median, peer_python, row, this_python, write_results

RUNS = 15
SNIPPET = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def import_seconds(python: str, module: str) -> float:
    """Median seconds to import `module` in `RUNS` fresh interpreters (after one warm-up for the disk cache)."""
    times = []
    for _ in range(RUNS + 1):
        out = subprocess.run(
            [python, "-c", SNIPPET.format(module=module)], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout))
    return median(times[1:])


def main() -> None:
    ours = import_seconds(this_python(), "schematic_ext") * 1000
    peer_py = peer_python()
    peer = import_seconds(peer_py, "schematic") * 1000 if peer_py else None
    write_results("import", [row("import time, fresh interpreter (median)", ours, peer, "ms")])


if __name__ == "__main__":
    main()
