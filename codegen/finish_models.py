"""Finish the generated ``models`` package where openapi-python-client has no setting for what we need.

Run by codegen/generate.py on the raw generator output, before ruff formats it (so that the index,
``models/__init__.py``, still has one entry per line as models_init.py.jinja writes it):

* dead models go: the generator writes a model for every inline object, a query parameter's map
  included (``LookupCompanyKeys``), which the operation signatures take as a plain ``Mapping[str, str]``;
  a model that no kept module refers to and that the spec does not name is removed;
* union schemas get a name: a ``oneOf`` schema such as ``EventBody`` becomes a type alias of its members
  (the generator inlines unions where they are used and writes nothing under their name);
* error bodies (``ApiError``) stay out of ``__all__``, so that a star import never shadows the SDK's
  ``ApiError`` exception; they remain importable by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

_SCHEMA_REF = "#/components/schemas/"
# A module refers to a model by importing it or by naming it for a lazy converter (".module").
_REFERENCE = re.compile(r"models\.(\w+) import|from \.(\w+) import|\"\.(\w+)\"")
_DEFINES = re.compile(r"^class (\w+)|^(\w+) = Literal|^(\w+): TypeAlias = ", re.MULTILINE)


def finish_models(document: Mapping[str, Any], package_dir: Path) -> None:
    """Apply the three steps of the module docstring to ``package_dir/models``."""
    schemas = document.get("components", {}).get("schemas", {})
    models_dir = package_dir / "models"
    index = _Index(models_dir / "__init__.py")
    defined = _defined_names(models_dir)
    for module in _dead_modules(package_dir, defined, set(schemas)):
        (models_dir / f"{module}.py").unlink()
        index.remove(defined.pop(module))
    modules = {name: module for module, name in defined.items()}
    for name, members in sorted(_unions(schemas).items()):
        if name in modules or not all(m in modules for m in members):
            continue
        module = _snake(name)
        (models_dir / f"{module}.py").write_text(_alias_module(name, [(modules[m], m) for m in members]))
        index.add(name, module)
    index.unstar(error_body_schemas(document))
    index.write()


def _defined_names(models_dir: Path) -> dict[str, str]:
    """``{module: the class or alias it defines}`` for every model module."""
    names = {}
    for path in models_dir.glob("*.py"):
        if path.name != "__init__.py":
            found = _DEFINES.search(path.read_text())
            if found:
                names[path.stem] = next(g for g in found.groups() if g)
    return names


def _dead_modules(package_dir: Path, defined: Mapping[str, str], public: set[str]) -> set[str]:
    """Unnamed model modules that no kept module refers to, to a fixed point."""
    init = package_dir / "models" / "__init__.py"
    refers = {
        path.stem if path.parent.name == "models" else str(path): {
            next(g for g in m.groups() if g) for m in _REFERENCE.finditer(path.read_text())
        }
        for path in package_dir.rglob("*.py")
        if path != init
    }
    dropped: set[str] = set()
    while True:
        used = {target for source, targets in refers.items() if source not in dropped for target in targets - {source}}
        dead = {m for m, name in defined.items() if m not in dropped and name not in public and m not in used}
        if not dead:
            return dropped
        dropped |= dead


def _unions(schemas: Mapping[str, Any]) -> dict[str, list[str]]:
    """``{schema: [member schemas]}`` for the schemas that are a oneOf/anyOf of $refs and nothing else."""
    unions = {}
    for name, schema in schemas.items():
        members = schema.get("oneOf") or schema.get("anyOf")
        if not members or schema.get("properties") or not all("$ref" in m for m in members):
            continue
        unions[name] = [m["$ref"].removeprefix(_SCHEMA_REF) for m in members]
    return unions


def _alias_module(name: str, members: Iterable[tuple[str, str]]) -> str:
    members = list(members)
    imports = "".join(f"from .{module} import {member}\n" for module, member in members)
    listed = ", ".join(f"`{member}`" for _, member in members)
    return (
        f'"""`{name}`: one of {listed} (a union of the API\'s schemas, not a class of its own)."""\n\n'
        "from typing import TypeAlias\n\n"
        f"{imports}\n"
        f"{name}: TypeAlias = {' | '.join(member for _, member in members)}\n"
    )


def _snake(name: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix="field_"))


def error_body_schemas(document: Mapping[str, Any]) -> set[str]:
    """Schemas that only ever describe an error answer (4xx/5xx bodies and shared error responses)."""
    in_errors: set[str] = set()
    elsewhere: set[str] = set()

    def collect(node: Any, into: set[str]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
                into.add(ref.removeprefix(_SCHEMA_REF))
            for value in node.values():
                collect(value, into)
        elif isinstance(node, list):
            for value in node:
                collect(value, into)

    components = document.get("components", {})
    collect(components.get("responses", {}), in_errors)
    collect(components.get("schemas", {}), elsewhere)
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for key, value in operation.items():
                if key != "responses":
                    collect(value, elsewhere)
            for status, response in operation.get("responses", {}).items():
                collect(response, elsewhere if str(status).startswith("2") else in_errors)
    return in_errors - elsewhere


class _Index:
    """models/__init__.py as models_init.py.jinja writes it: three blocks of one-line entries."""

    _BLOCKS = (("if TYPE_CHECKING:", "    pass"), ("_MODULES: dict[str, str] = {", "}"), ("__all__ = (", ")"))

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines = path.read_text().splitlines(keepends=True)

    def _block(self, opener: str, closer: str) -> tuple[int, int]:
        start = next(i for i, line in enumerate(self.lines) if line.rstrip("\n") == opener) + 1
        end = next(i for i in range(start, len(self.lines)) if self.lines[i].rstrip("\n") == closer)
        return start, end

    def _edit(self, block: int, keep: Any = None, extra: str | None = None) -> None:
        start, end = self._block(*self._BLOCKS[block])
        entries = [line for line in self.lines[start:end] if keep is None or keep(line)]
        if extra is not None:
            entries.append(extra)
        entries.sort(key=lambda line: re.sub(r"[^\w ]", "", line).split())
        self.lines[start:end] = entries

    def remove(self, name: str) -> None:
        mentions = re.compile(rf"\b{name}\b")
        for block in range(3):
            self._edit(block, keep=lambda line: not mentions.search(line))

    def add(self, name: str, module: str) -> None:
        self._edit(0, extra=f"    from .{module} import {name} as {name}\n")
        self._edit(1, extra=f'    "{name}": ".{module}",\n')
        self._edit(2, extra=f'    "{name}",\n')

    def unstar(self, names: set[str]) -> None:
        self._edit(2, keep=lambda line: line.strip().strip('",') not in names)

    def write(self) -> None:
        self.path.write_text("".join(self.lines))
