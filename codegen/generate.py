"""Rebuild the generated client layer from an OpenAPI spec, or check that it is up to date.

    python codegen/generate.py                     # openapi.yaml -> generated/schematic_api
    python codegen/generate.py --check             # regenerate in a temp dir, diff, list stale files
    python codegen/generate.py --spec S --out DIR  # any spec, any output folder (used by the tests)

The tree is built from scratch in a temporary directory with the pinned openapi-python-client and the
templates in codegen/templates, formatted with the pinned ruff, and only then swapped in, so a failed
run never leaves a half-written generated/ behind. Two runs on the same spec give identical bytes.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from finish_models import finish_models  # codegen/ is the script's directory, so first on sys.path

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"
PACKAGE = "schematic_api"


def _bin(name: str) -> str:
    """The tool installed next to the running interpreter (the project venv), else on PATH."""
    candidate = Path(sys.executable).parent / name
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"generate: {name} is not installed (pip install -e '.[dev]')")
    return found


def _run(*cmd: str, cwd: Path | None = None) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        sys.exit(f"generate: {' '.join(cmd[:2])} failed:\n{output}")
    warnings = [line for line in output.splitlines() if "Warning" in line or "WARNING" in line]
    if warnings:
        sys.exit("generate: the generator warned (the spec has something it cannot express):\n" + output)


def build(spec: Path, dest: Path) -> Path:
    """Generate the package for `spec` into `dest/schematic_api`, formatted; return that path."""
    package_dir = dest / PACKAGE
    _run(
        _bin("openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CODEGEN / "config.yaml"),
        "--custom-template-path",
        str(CODEGEN / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--overwrite",
        "--fail-on-warning",
    )
    (package_dir / "py.typed").write_text("")
    _name_operations(spec, package_dir)
    _unreserve_tag_packages(package_dir)
    finish_models(yaml.safe_load(spec.read_text()), package_dir)
    ruff_config = str(CODEGEN / "ruff.toml")
    _run(_bin("ruff"), "check", "--config", ruff_config, "--fix", "--unsafe-fixes", "--quiet", str(package_dir))
    _run(_bin("ruff"), "format", "--config", ruff_config, "--quiet", str(package_dir))
    return package_dir


def _name_operations(spec: Path, package_dir: Path) -> None:
    """Give each `PreparedRequest` the spec's own operationId (errors name the call by it).

    The generator hands templates only the snake_case name, so the endpoint template writes that and
    this step maps it back through the same identifier rule the generator used.
    """
    from openapi_python_client.parser.openapi import PythonIdentifier

    config = yaml.safe_load((CODEGEN / "config.yaml").read_text())
    document = yaml.safe_load(spec.read_text())
    by_name = {
        str(PythonIdentifier(operation["operationId"], prefix=config.get("field_prefix", "field_"))): operation[
            "operationId"
        ]
        for item in document.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    for module in (package_dir / "api").rglob("*.py"):
        text = module.read_text()
        named = re.sub(r'operation="(\w+)"', lambda m: f'operation="{by_name.get(m.group(1), m.group(1))}"', text)
        if named != text:
            module.write_text(named)


def _unreserve_tag_packages(package_dir: Path) -> None:
    """Name a tag's package as the API names the tag: ``api/credits``, not ``api/credits_``.

    The generator suffixes identifiers that are builtins' names. A package (and the client attribute the
    templates derive the same way, see ``tag_name`` in resource_macros.py.jinja) may shadow a builtin, and
    users expect ``client.credits`` as schematichq spells it.
    """
    from openapi_python_client.strings import RESERVED_WORDS

    for tag_dir in sorted((package_dir / "api").iterdir()):
        if tag_dir.is_dir() and tag_dir.name.endswith("_") and tag_dir.name[:-1] in RESERVED_WORDS:
            tag_dir.rename(tag_dir.with_name(tag_dir.name[:-1]))


def _tree(path: Path) -> set[str]:
    return {str(p.relative_to(path)) for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def stale_files(fresh: Path, current: Path) -> list[str]:
    """Paths (relative to the package) that differ between two generated trees."""
    a, b = _tree(fresh), _tree(current) if current.exists() else set()
    changed = [f for f in sorted(a & b) if not filecmp.cmp(fresh / f, current / f, shallow=False)]
    return sorted(set(changed) | (a - b) | (b - a))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument("--check", action="store_true", help="fail if the output folder is stale")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="schematic-codegen-") as tmp:
        fresh = build(args.spec.resolve(), Path(tmp))
        current = args.out.resolve() / PACKAGE
        if args.check:
            stale = stale_files(fresh, current)
            if stale:
                listing = "\n".join(f"  {args.out.name}/{PACKAGE}/{f}" for f in stale)
                sys.exit(f"generated/ is stale; run `make generate` and commit. Differing files:\n{listing}")
            print(f"{args.out.name}/{PACKAGE} is up to date with {args.spec.name}")
            return
        args.out.mkdir(parents=True, exist_ok=True)
        staging = args.out.resolve() / f".{PACKAGE}.new"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(fresh, staging)
        shutil.rmtree(current, ignore_errors=True)
        os.replace(staging, current)
        print(f"generated {current.relative_to(Path.cwd()) if current.is_relative_to(Path.cwd()) else current}")


if __name__ == "__main__":
    main()
