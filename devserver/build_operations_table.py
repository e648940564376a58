"""Write devserver/README.md's table of the operations the devserver implements and those that answer 501.

    python devserver/build_operations_table.py           # rewrite the table in the README
    python devserver/build_operations_table.py --check   # fail if the README's table is stale

The table is built from openapi.yaml (every operation, by tag) and the devserver's handlers, and
sits between two markers of the README so the rest of the file is left as written.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from schematic_devserver.operations import HANDLERS
from schematic_devserver.spec import Spec, load_spec

README = Path(__file__).resolve().parent / "README.md"
START = "<!-- operations-table:start (python devserver/build_operations_table.py) -->"
END = "<!-- operations-table:end -->"


def _names(operation_ids: list[str]) -> str:
    return ", ".join(f"`{operation_id}`" for operation_id in sorted(operation_ids)) or "none"


def build_table(spec: Spec) -> str:
    """The markdown table: per tag, the operations implemented and those answering 501."""
    implemented: dict[str, list[str]] = defaultdict(list)
    missing: dict[str, list[str]] = defaultdict(list)
    for operation_id, operation in spec.operations.items():
        tag = (operation.raw.get("tags") or ["untagged"])[0]
        (implemented if operation_id in HANDLERS else missing)[tag].append(operation_id)
    total = len(spec.operations)
    done = sum(len(ids) for ids in implemented.values())
    lines = [
        f"{done} of the {total} operations are implemented; the other {total - done} answer "
        '`501 {"error": "<operationId> is not implemented by the devserver"}` after auth and validation.',
        "",
        "| tag | implemented | answers 501 |",
        "|---|---|---|",
    ]
    for tag in sorted({*implemented, *missing}):
        lines.append(f"| {tag} | {_names(implemented[tag])} | {_names(missing[tag])} |")
    return "\n".join(lines)


def with_table(readme: str, table: str) -> str:
    """The README text with the table between the markers replaced."""
    head, found, rest = readme.partition(START)
    _, found_end, tail = rest.partition(END)
    if not found or not found_end:
        raise ValueError(f"{README} lacks the markers {START!r} and {END!r}")
    return f"{head}{START}\n{table}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or with --check, verify) the README's table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the table is stale")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    expected = with_table(current, build_table(load_spec()))
    if args.check:
        if current != expected:
            print(f"{README}: the operations table is stale; run python devserver/build_operations_table.py")
            return 1
        return 0
    README.write_text(expected, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
