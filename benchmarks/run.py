"""Run every benchmark, then print one table (metric, this SDK, peer, ratio) and draw the latency chart.

`make bench` calls this with PEER_PYTHON set to a venv holding `schematichq`. Each benchmarks/bench_*.py
writes benchmarks/results/<area>.json; this script collects them into results/summary.md and
results/latency.png. Ratios are taken within one run on one machine: read them, not the absolute figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
ORDER = ["import", "devserver", "flags", "events", "session", "datastream", "scaling", "rules", "codegen"]


def better_ratio(row: dict[str, Any]) -> float | None:
    """How many times better this SDK is than the peer (>1 means better), by the metric's direction."""
    ours, peer = row["ours"], row["peer"]
    if peer is None or not ours or not peer:
        return None
    higher_is_better = "/s" in row["unit"]
    return ours / peer if higher_is_better else peer / ours


def fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


def table(rows: list[dict[str, Any]]) -> str:
    lines = ["| metric | this SDK | schematichq | better by | unit |", "|---|---:|---:|---:|---|"]
    for r in rows:
        ratio = better_ratio(r)
        lines.append(
            f"| {r['metric']} | {fmt(r['ours'])} | {fmt(r['peer'])} | {'–' if ratio is None else f'{ratio:.1f}×'} | {r['unit']} |"
        )
    return "\n".join(lines)


def chart(results: dict[str, dict[str, Any]]) -> Path | None:
    """Latency percentiles (log scale) of the series the benchmarks exported under "latency"."""
    series = {name: data for res in results.values() for name, data in res.get("latency", {}).items()}
    if not series:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(series), figsize=(6 * len(series), 4.2), squeeze=False)
    for ax, (name, sides) in zip(axes[0], series.items(), strict=True):
        for label, color in (("ours", "tab:blue"), ("peer", "tab:orange")):
            points = sides.get(label)
            if not points:
                continue
            xs = list(points)
            ax.plot(
                xs,
                [points[x] for x in xs],
                marker="o",
                color=color,
                label="schematic-ext" if label == "ours" else "schematichq",
            )
        ax.set_yscale("log")
        ax.set_title(name)
        ax.set_xlabel("percentile")
        ax.set_ylabel("µs per call (log)")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
    fig.tight_layout()
    out = RESULTS / "latency.png"
    fig.savefig(out, dpi=110)
    return out


def main() -> None:
    RESULTS.mkdir(exist_ok=True)
    scripts = sorted(HERE.glob("bench_*.py"), key=lambda p: [*ORDER, p.stem[6:]].index(p.stem[6:]))
    for script in scripts:
        print(f"== {script.name}", flush=True)
        subprocess.run([sys.executable, str(script)], check=True, cwd=HERE, env=os.environ.copy())
    results = {
        area: json.loads((RESULTS / f"{area}.json").read_text())
        for area in [s.stem[6:] for s in scripts]
        if (RESULTS / f"{area}.json").exists()
    }
    rows = [r for area in results.values() for r in area["rows"]]
    summary = table(rows)
    (RESULTS / "summary.md").write_text(summary + "\n")
    print("\n" + summary)
    png = chart(results)
    if png is not None:
        print(f"\nchart: {png.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
