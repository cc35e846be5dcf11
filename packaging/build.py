"""Build the one-folder app with packaging/maestro.spec, once per set of inputs.

    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--force]

writes DIR/maestro-desktop/ (default dist/) and, beside it, maestro-desktop.inputs: a SHA-256
of everything the build reads (the spec and this folder's scripts, pyproject.toml, every file
of maestro_desktop/ and resources/ including the compiled forms, the installed distributions
and their versions, the Python version and platform). When that file matches and both
executables are there, the build is skipped, so `make package` and tests/packaging reuse an
up-to-date folder. After the build the Python runtime's own debug information is stripped
(Linux, when `strip` exists; the pyenv/distribution interpreter carries about 20 MB of it) and
the folder's size is printed.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "maestro.spec"
APP = "maestro-desktop"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
EXECUTABLES = (APP, "maestro")
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
MIB = 1024 * 1024


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not SKIP_DIRS.intersection(p.relative_to(ROOT).parts))


def inputs_digest() -> str:
    """What decides the content of the folder; changes whenever a rebuild could differ."""
    digest = hashlib.sha256()
    files = [ROOT / "pyproject.toml", *_files(ROOT / "packaging"),
             *_files(ROOT / "maestro_desktop"), *_files(ROOT / "resources")]
    for path in files:
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    # A set: the project's own metadata can be found twice (site-packages and a *.egg-info in
    # the current folder), depending on where this runs from.
    installed = sorted({f"{d.metadata['Name']}=={d.version}"
                        for d in importlib.metadata.distributions()})
    digest.update("\n".join(installed).encode())
    digest.update(f"{sys.version}|{platform.platform()}|{sys.executable}".encode())
    return digest.hexdigest()


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def strip_python_runtime(app: Path) -> int:
    """Remove the debug sections of the interpreter's own binaries (libpython, lib-dynload).
    Only these: the wheels' libraries are already stripped, and some were rewritten by
    patchelf, which `strip` is known to damage. Returns the bytes saved."""
    strip = shutil.which("strip")
    if sys.platform != "linux" or strip is None:
        return 0
    internal = app / "_internal"
    targets = [p for p in internal.glob("libpython3*.so*") if not p.is_symlink()]
    targets += sorted(internal.glob("python3*/lib-dynload/*.so"))
    before = sum(p.stat().st_size for p in targets)
    if targets:
        subprocess.run([strip, "--strip-debug", *map(str, targets)], check=True)
    return before - sum(p.stat().st_size for p in targets)


def build(dist: Path, work: Path, *, force: bool = False) -> Path:
    """The folder dist/maestro-desktop, built unless an up-to-date one is already there."""
    app = dist / APP
    stamp = dist / f"{APP}.inputs"
    digest = inputs_digest()
    complete = all((app / f"{name}{EXE_SUFFIX}").is_file() for name in EXECUTABLES)
    if not force and complete and stamp.exists() and stamp.read_text().strip() == digest:
        print(f"package: {app} is up to date ({folder_size(app) / MIB:.0f} MiB)")
        return app
    try:
        import PyInstaller  # noqa: F401 - only to fail early, with the way out
    except ImportError:
        raise SystemExit("package: PyInstaller is not installed in this Python; run "
                         "`make package`, or `pip install -e .[package]`") from None
    stamp.unlink(missing_ok=True)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   cwd=ROOT, check=True)
    saved = strip_python_runtime(app)
    stamp.write_text(digest + "\n")
    print(f"package: built {app} in {time.monotonic() - started:.0f} s: "
          f"{folder_size(app) / MIB:.0f} MiB"
          + (f" ({saved / MIB:.0f} MiB of debug information stripped)" if saved else ""))
    return app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--force", action="store_true", help="build even if up to date")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # the Qt hooks start QtCore
    build(args.dist.resolve(), args.work.resolve(), force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
