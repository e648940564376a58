"""The wheel ships schematic_ext, the generated package and py.typed, and installs into a fresh venv
with only httpx, attrs and python-dateutil."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
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
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("schematic_ext-*.whl")
    return built


def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "schematic_ext/__init__.py",
        "schematic_ext/py.typed",
        "schematic_api/__init__.py",
        "schematic_api/py.typed",
        "schematic_api/api/companies/__init__.py",
        "schematic_api/models/__init__.py",
        "schematic_devserver/__init__.py",
        "schematic_devserver/openapi.yaml",
    ):
        assert required in names, required
    top_level = {name.split("/", 1)[0] for name in names if "/" in name and ".dist-info" not in name}
    # Only names of this project's own: never a bare `devserver` that another package could own.
    assert top_level == {"schematic_ext", "schematic_api", "schematic_devserver"}, top_level
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    requires = [
        line.split(":", 1)[1].strip()
        for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    assert sorted(r.split(">")[0].split("<")[0].split("=")[0] for r in requires) == [
        "attrs",
        "httpx",
        "python-dateutil",
    ]


def test_installs_and_imports_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True)
    code = (
        "import importlib.util, schematic_ext, schematic_ext.models as m;"
        "assert importlib.util.find_spec('devserver') is None;"
        "from schematic_ext.models import UpsertCompanyRequestBody, EventBodyIdentifyCompany;"
        "c = schematic_ext.Schematic('sk_x');"
        "assert callable(c.companies.upsert_company) and callable(c.features.check_flag);"
        "print(schematic_ext.__version__)"
    )
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == schematic_ext_version()


def schematic_ext_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "schematic_ext" / "_version.py").read_text(), namespace)
    return namespace["__version__"]
