"""devserver/README.md's operations table is what devserver/build_operations_table.py builds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from schematic_devserver.spec import load_spec

BUILDER = Path(__file__).resolve().parents[2] / "devserver" / "build_operations_table.py"


def test_the_readme_table_lists_every_operation_as_implemented_or_501() -> None:
    spec = importlib.util.spec_from_file_location("build_operations_table", BUILDER)
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    readme = builder.README.read_text(encoding="utf-8")
    table = builder.build_table(load_spec())
    assert builder.with_table(readme, table) == readme, "run python devserver/build_operations_table.py"
    for operation_id in load_spec().operations:
        assert f"`{operation_id}`" in table
