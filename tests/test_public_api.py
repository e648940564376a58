"""The public surface is what README's "Public API" lists: nothing more appears, nothing disappears."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import schematic_api.models

import schematic_ext

ROOT = Path(__file__).resolve().parents[1]


def documented() -> dict[str, set[str]]:
    """`module: names` from the README block after the public-api marker (continuation lines indented)."""
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"<!-- public-api -->\n```text\n(.*?)```", readme, flags=re.S)
    assert block is not None, "README.md lost its Public API block"
    modules: dict[str, set[str]] = {}
    current = ""
    for line in block.group(1).splitlines():
        if not line.startswith(" "):
            current, _, line = line.partition(":")
            modules[current] = set()
        modules[current].update(line.split())
    return modules


def test_the_documented_public_modules_are_the_only_ones() -> None:
    public = {f"schematic_ext.{m.name}" for m in pkgutil.iter_modules(schematic_ext.__path__)}
    public = {name for name in public if not name.split(".")[-1].startswith("_")}
    assert public == set(documented()) - {"schematic_ext"}


def test_each_public_module_exports_exactly_the_documented_names() -> None:
    for module_name, names in documented().items():
        if module_name == "schematic_ext.models":
            continue  # "every schema": checked against the generated models below
        module = importlib.import_module(module_name)
        assert set(module.__all__) == names, module_name
        for name in names:
            assert getattr(module, name) is not None, f"{module_name}.{name}"


def test_no_undocumented_public_name_is_defined_in_a_public_module() -> None:
    for module_name in (
        "schematic_ext.cache",
        "schematic_ext.core",
        "schematic_ext.testing",
        "schematic_ext.webhook_utils",
    ):
        module = importlib.import_module(module_name)
        defined = {
            name
            for name, value in vars(module).items()
            if not name.startswith(("_", "pytest_"))  # pytest hooks are the plugin's, not API
            and getattr(value, "__module__", None) == module_name
        }
        assert defined <= set(module.__all__), (
            f"{module_name} defines undocumented {defined - set(module.__all__)}"
        )


def test_models_are_every_generated_schema_and_resolve_from_the_package_too() -> None:
    import schematic_ext.models as models

    assert set(models.__all__) == set(schematic_api.models.__all__)
    assert schematic_ext.EventBodyIdentifyCompany is schematic_api.models.EventBodyIdentifyCompany
    assert "EventBodyIdentifyCompany" in dir(models)


def test_the_type_checking_imports_mirror_the_export_map() -> None:
    # mypy and IDEs read the imports under TYPE_CHECKING; the runtime reads _EXPORTS: one list, two views.
    tree = ast.parse((ROOT / "schematic_ext" / "__init__.py").read_text())
    guarded = next(
        node for node in tree.body if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
    )
    imported: dict[str, str] = {}
    for node in guarded.body:
        assert isinstance(node, ast.ImportFrom)
        for alias in node.names:
            if alias.name == "*":
                assert node.module == "schematic_api.models"
                continue
            assert alias.asname == alias.name, f"{alias.name} must be re-exported as itself"
            imported[alias.name] = (node.module or alias.name).lstrip(".") if node.module else alias.name
    exports = dict(schematic_ext._EXPORTS)
    assert {name: module for name, module in imported.items() if name != "core"} == exports
    assert set(schematic_ext.__all__) == {*exports, "core"}
