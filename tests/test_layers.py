"""Imports go downward only (docs: DESIGN.md, "Layers"). Read from the source with `ast`, so an
import hidden inside a function counts as much as one at the top of a file."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import maestro_desktop

PACKAGE = Path(maestro_desktop.__file__).resolve().parent
ROOT = PACKAGE.parent
HEADLESS_PACKAGES = ("domain", "store", "sync", "export", "services")
HEADLESS_MODULES = ("__init__.py", "cli.py", "cli_commands.py", "cli_export.py", "cli_sync.py",
                    "settings.py", "paths.py", "translations.py")
QT_ROOTS = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
DOMAIN_IO = ("sqlite3", "sqlite_utils", "os", "pathlib", "shutil", "io", "tempfile", "socket",
             "subprocess", "filelock", "platformdirs", "psycopg", "maestro_desktop.store",
             "maestro_desktop.settings", "maestro_desktop.paths")
DOMAIN_IO_CALLS = ("open", "print", "input")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:  # `from .. import store` imports a module too
                yield node.lineno, f"{module}.{alias.name}"
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and _called_name(node) in ("import_module", "__import__")):
            yield node.lineno, node.args[0].value


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def is_under(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == root or module.startswith(root + ".") for root in roots)


def py_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (PACKAGE / folder).rglob("*.py"))


HEADLESS_FILES = py_files(*HEADLESS_PACKAGES) + [PACKAGE / name for name in HEADLESS_MODULES]
GUI_FILES = py_files("gui")
DOMAIN_FILES = py_files("domain")


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def offences(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [f"{rel(path)}:{line} imports {module}"
            for path in files for line, module in imports(path)
            if is_under(module, forbidden)]


def test_the_layers_exist():
    # Guards the guards: an emptied list would make every test below pass vacuously.
    assert len(DOMAIN_FILES) >= 5
    assert any(p.parent.name == "store" for p in HEADLESS_FILES)
    assert any(p.parent.name == "services" for p in HEADLESS_FILES)
    assert all(p.is_file() for p in HEADLESS_FILES)


def test_nothing_below_gui_imports_qt():
    found = offences(HEADLESS_FILES, QT_ROOTS)
    assert not found, "Qt imported below gui/:\n" + "\n".join(found)


def test_gui_goes_through_services_not_the_store():
    found = offences(GUI_FILES, ("maestro_desktop.store",))
    assert not found, "gui/ must use services/, not the store:\n" + "\n".join(found)


def test_domain_does_no_io():
    found = offences(DOMAIN_FILES, DOMAIN_IO)
    for path in DOMAIN_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{rel(path)}:{node.lineno} calls {node.func.id}()"
                  for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                  and node.func.id in DOMAIN_IO_CALLS]
    assert not found, "domain/ must stay pure (no I/O):\n" + "\n".join(found)


def test_domain_imports_only_domain_and_the_standard_library():
    allowed_packages = ("maestro_desktop.domain",)
    found = [f"{rel(path)}:{line} imports {module}"
             for path in DOMAIN_FILES for line, module in imports(path)
             if module.startswith("maestro_desktop") and not is_under(module,
                                                                       allowed_packages)]
    assert not found, "domain/ is the bottom layer:\n" + "\n".join(found)


def test_store_does_not_reach_up_into_services_or_gui():
    found = offences(py_files("store"), ("maestro_desktop.services", "maestro_desktop.gui",
                                         "maestro_desktop.cli", "maestro_desktop.sync",
                                         "maestro_desktop.export"))
    assert not found, "store/ must not import the layers above it:\n" + "\n".join(found)


@pytest.mark.parametrize(("source", "expected"), [
    ("import PySide6.QtCore", "PySide6.QtCore"),
    ("from PySide6 import QtWidgets", "PySide6.QtWidgets"),
    ("def f():\n    from shiboken6 import isValid", "shiboken6.isValid"),
    ("import importlib\nimportlib.import_module('PySide6.QtGui')", "PySide6.QtGui"),
    ("from ..store import journal", "maestro_desktop.store.journal"),
    ("from .. import store", "maestro_desktop.store"),
])
def test_the_checker_sees_every_form_of_import(monkeypatch, source, expected):
    # A checker that misses an import form would let a violation through silently.
    fake = PACKAGE / "gui" / "probe.py"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source)
    assert expected in [module for _, module in imports(fake)]


def test_the_window_does_not_load_the_postgresql_driver():
    # psycopg costs ~70 ms and ~19 MB: only a real sync (or the CLI's) may load it.
    import subprocess
    import sys

    probe = ("import sys, maestro_desktop.gui.workflow, maestro_desktop.services.sync; "
             "print('psycopg' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                          timeout=60)
    assert done.stdout.strip() == "False", done.stderr
