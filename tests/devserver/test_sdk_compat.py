"""sdk_compat.py is what devserver/build_sdk_compat.py builds from the schematichq differences facts."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

BUILDER = Path(__file__).resolve().parents[2] / "devserver" / "build_sdk_compat.py"


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_sdk_compat", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sdk_compat_matches_the_facts_file() -> None:
    builder = _builder()
    if not builder.FACTS.is_file():
        pytest.skip(f"facts file not present: {builder.FACTS}")
    expected = builder.build(json.loads(builder.FACTS.read_text(encoding="utf-8")))
    assert builder.OUT.read_text(encoding="utf-8") == expected, "run python devserver/build_sdk_compat.py"


def test_placeholders_follow_the_field_types() -> None:
    placeholder = _builder().placeholder
    assert placeholder({"type": "array", "items": {"type": "string"}}) == []
    assert placeholder({"type": "boolean"}) is False
    assert placeholder({"type": "integer"}) == 0
    assert (
        placeholder({"anyOf": [{"enum": ["api_key", "pricing_roadmap"], "type": "string"}, {}]}) == "api_key"
    )
    with pytest.raises(ValueError, match="no placeholder"):
        placeholder({"type": "string"})
