"""The domain package never imports Qt, pyqtgraph or the ui package."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

WORKSHOP = Path(__file__).resolve().parents[2] / "workshop"
FORBIDDEN = ("PySide6", "pyqtgraph", "ui", "PyQt5", "PyQt6", "shiboken6")


def _imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_module_in_workshop_imports_qt() -> None:
    offenders = {
        str(p.relative_to(WORKSHOP)): sorted(_imported_roots(p) & set(FORBIDDEN))
        for p in WORKSHOP.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_every_workshop_module_loads_no_qt() -> None:
    modules = [
        ".".join(p.relative_to(WORKSHOP.parent).with_suffix("").parts)
        for p in WORKSHOP.rglob("*.py") if p.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=WORKSHOP.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_module_has_a_docstring() -> None:
    root = WORKSHOP.parent
    missing = [
        str(p.relative_to(root))
        for folder in ("workshop", "ui")
        for p in (root / folder).rglob("*.py")
        if ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
