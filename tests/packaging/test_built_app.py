"""The one-folder app built by packaging/maestro.spec works on its own.

Both executables start; the bundled CLI builds a training database and renders a procedure
sheet that embeds the bundled DejaVu fonts; the bundled GUI reaches its first window on that
database offscreen (Qt's platform plugin loaded from inside the folder) and on a real X server
(Xvfb, through the xcb plugin); the resources, the central schema, every compiled translation,
Qt's plugins and translations and the compiled extensions are inside; and every library in the
folder finds what it links to inside it, except the system's own (libc, OpenGL, X, Wayland).

The folder is built by packaging/build.py into build/package-cache/ and reused while its
inputs (spec, sources, resources, installed packages) are unchanged: the first run builds it
(about 30 s on two cores), later runs cost a few seconds. See packaging/README.md.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from maestro_desktop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "package-cache"
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120

# Libraries the folder deliberately takes from the workstation (PyInstaller's own exclusions):
# the C library, the OpenGL/EGL driver stack, the X connection and the Wayland client, which
# must match the running system.
SYSTEM_LIBRARY = re.compile(
    r"^(linux-vdso|ld-linux[^ ]*|lib(c|m|dl|pthread|rt|resolv|util|anl|nsl|crypt)"
    r"|libE?(Open)?GLX?(ESv1_CM|ESv2)?(dispatch)?|libdrm|libxcb|libxcb-dri\d*"
    r"|libwayland-(client|cursor|egl|server))\.so")


def _need(tool: str, package: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} is needed by this test: install {package} "
                    "(bash packaging/system-deps.sh does it as root)")
    return found


@pytest.fixture(scope="module")
def app() -> Path:
    """build/package-cache/dist/maestro-desktop, built now unless up to date."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed in this Python: run `make install` (it "
                    "installs the [package] extra) or `pip install -e .[package]`")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    built = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"),
         "--dist", str(CACHE / "dist"), "--work", str(CACHE / "work")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    if built.returncode != 0:
        pytest.fail(f"packaging/build.py failed ({built.returncode}):\n"
                    f"{built.stdout[-4000:]}\n{built.stderr[-4000:]}")
    print(built.stdout.strip().splitlines()[-1])
    return CACHE / "dist" / "maestro-desktop"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """Nothing from the development environment: no virtualenv, no PYTHONPATH, no Qt paths."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "MAESTRO_DATA_DIR": str(home / "data"), "TMPDIR": str(home)}
    env.update(extra)
    return env


def run(app: Path, exe: str, *args: object, env: dict[str, str],
        wrapper: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*wrapper, str(app / exe), *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=RUN_TIMEOUT)


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, (result.args, result.stdout[-3000:], result.stderr[-3000:])
    return result.stdout


@pytest.fixture(scope="module")
def training(app: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A training database made by the bundled CLI, and the folder used as HOME."""
    home = tmp_path_factory.mktemp("packaged-home")
    db = home / "training.sqlite"
    out = ok(run(app, "maestro", "demo", "--db", db, env=clean_env(home)))
    assert db.exists(), out
    return db, home


def test_both_executables_print_the_version(app: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    assert ok(run(app, "maestro", "--version", env=env)).strip() == f"maestro {__version__}"
    assert (ok(run(app, "maestro-desktop", "--version", env=env)).strip()
            == f"maestro-desktop {__version__}")


def test_the_bundled_cli_renders_a_sheet_with_the_bundled_fonts(
        app: Path, training: tuple[Path, Path]) -> None:
    db, home = training
    env = clean_env(home)
    sessions = [json.loads(line) for line in
                ok(run(app, "maestro", "sessions", "--db", db, "--json", env=env)).splitlines()]
    assert sessions, "the training database has no session"
    session = next((s for s in sessions if s["status"] == "signed"), sessions[0])
    pdf = home / "sheet.pdf"
    ok(run(app, "maestro", "export", "sheet", "--db", db, "--session", session["id"],
           "--out", pdf, env=env))
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert pdf.stat().st_size > 20_000, pdf.stat().st_size

    fonts = subprocess.run([_need("pdffonts", "poppler-utils"), str(pdf)], capture_output=True,
                           text=True, check=True).stdout
    embedded = {line.split()[0].partition("+")[2] for line in fonts.splitlines()[2:]
                if line.split()[-5] == "yes"}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded, fonts
    text = subprocess.run([_need("pdftotext", "poppler-utils"), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert session["subject"] in text
    assert len(text.split()) > 100, text


def test_the_bundled_gui_reaches_its_first_window_offscreen(
        app: Path, training: tuple[Path, Path]) -> None:
    db, home = training
    env = clean_env(home, QT_QPA_PLATFORM="offscreen", MAESTRO_BENCH="shown",
                    QT_DEBUG_PLUGINS="1")
    result = run(app, "maestro-desktop", "--db", db, env=env)
    assert ok(result).strip().splitlines()[-1] == "SHOWN"
    # The platform plugin came from inside the folder, not from a Qt on the system.
    plugin = app / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqoffscreen.so"
    assert f'"{plugin}" loaded library' in result.stderr, result.stderr[-3000:]


def test_the_bundled_gui_opens_a_real_x11_window(
        app: Path, training: tuple[Path, Path]) -> None:
    db, home = training
    env = clean_env(home, QT_QPA_PLATFORM="xcb", MAESTRO_BENCH="shown")
    xvfb = _need("xvfb-run", "xvfb")
    result = run(app, "maestro-desktop", "--db", db, env=env,
                 wrapper=(xvfb, "-a", "-s", "-screen 0 1280x1024x24"))
    assert ok(result).strip().splitlines()[-1] == "SHOWN"


def test_resources_translations_and_qt_plugins_are_inside(app: Path) -> None:
    internal = app / "_internal"
    package = internal / "maestro_desktop"
    for exe in ("maestro-desktop", "maestro"):
        assert os.access(app / exe, os.X_OK), exe

    # Every data file of resources/ and maestro_desktop/ that the spec ships, at its place.
    expected = [(p, package / "resources" / p.relative_to(ROOT / "resources"))
                for p in (ROOT / "resources").rglob("*")
                if p.is_file() and p.suffix not in {".py", ".pyc"}
                and "__pycache__" not in p.parts]
    expected += [(p, package / p.relative_to(ROOT / "maestro_desktop"))
                 for p in (ROOT / "maestro_desktop").rglob("*")
                 if p.is_file() and p.suffix in {".sql", ".ts", ".qm"}]
    missing = [str(dest.relative_to(app)) for src, dest in expected
               if not dest.is_file() or dest.read_bytes() != src.read_bytes()]
    assert not missing, f"missing or different in the folder: {missing}"
    names = {dest.name for _, dest in expected}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "style.qss",
            "maestro-4ms.toml", "antithrombotic-hold-times.toml", "maestro-desktop.svg",
            "maestro-desktop-256.png", "0001_central.sql"} <= names

    qt = internal / "PySide6" / "Qt"
    plugins = {f"{p.parent.name}/{p.name}" for p in (qt / "plugins").rglob("*.so")}
    for wanted in ("platforms/libqoffscreen.so", "platforms/libqxcb.so",
                   "platforms/libqwayland.so", "imageformats/libqsvg.so",
                   "iconengines/libqsvgicon.so", "multimedia/libffmpegmediaplugin.so",
                   "xcbglintegrations/libqxcb-glx-integration.so"):
        assert wanted in plugins, (wanted, sorted(plugins))
    assert (qt / "translations" / "qtbase_fr.qm").is_file()
    everything = [p.name for p in internal.rglob("*")]
    for unwanted in ("Qt6WebEngine", "Qt63D", "QtWebEngine", "qtvirtualkeyboard", "qgtk3"):
        assert not [n for n in everything if unwanted in n], unwanted

    # Compiled extensions imported in ways PyInstaller cannot see, or through cffi.
    for pattern in ("_rl_accel*.so", "zxingcpp/zxingcpp*.so", "_argon2_cffi_bindings/_ffi*.so",
                    "_cffi_backend*.so", "psycopg_binary/pq*.so", "psycopg_binary/_psycopg*.so",
                    "PySide6/QtCharts*.so", "PySide6/QtMultimedia*.so",
                    "PySide6/Qt/lib/libQt6Svg.so*"):
        assert list(internal.glob(pattern)), pattern


def test_each_executable_carries_the_modules_it_imports(app: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    def modules(exe: str) -> set[str]:
        return set(CArchiveReader(str(app / exe)).open_embedded_archive("PYZ.pyz").toc)

    sources = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
               for p in (ROOT / "maestro_desktop").rglob("*.py")
               if "__pycache__" not in p.parts and p.name != "__main__.py"}
    sources.add("maestro_desktop.resources")
    gui, cli = modules("maestro-desktop"), modules("maestro")
    assert not sources - gui, sorted(sources - gui)
    assert not {m for m in sources if not m.startswith("maestro_desktop.gui")} - cli
    assert not {m for m in cli if m.split(".")[0] in {"PySide6", "shiboken6"}}, "CLI imports Qt"


def test_every_library_in_the_folder_resolves_inside_it(app: Path) -> None:
    internal = app / "_internal"
    dangling = [str(p.relative_to(app)) for p in app.rglob("*")
                if p.is_symlink() and not p.exists()]
    assert not dangling, f"links to nothing: {dangling}"
    ldd = _need("ldd", "libc-bin")
    libraries = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}

    def outside(library: Path) -> set[str]:
        lines = subprocess.run([ldd, str(library)], env=env, capture_output=True,
                               text=True).stdout.splitlines()
        found = set()
        for line in lines:
            name, _, target = line.strip().partition(" => ")
            if not target or SYSTEM_LIBRARY.match(name):
                continue
            if target.startswith("not found") or not target.startswith(str(internal)):
                found.add(f"{library.relative_to(internal)}: {name} => {target}")
        return found

    with ThreadPoolExecutor(max_workers=4) as pool:
        problems = sorted(set().union(*pool.map(outside, libraries)))
    assert not problems, "\n".join(problems[:40])


def test_the_desktop_entry_is_valid_and_names_the_icon() -> None:
    entry = ROOT / "packaging" / "maestro-desktop.desktop"
    result = subprocess.run([_need("desktop-file-validate", "desktop-file-utils"), str(entry)],
                            capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    text = entry.read_text(encoding="utf-8")
    for line in ("Icon=maestro-desktop", "Exec=maestro-desktop", "Terminal=false"):
        assert line in text.splitlines(), line
    assert re.search(r"^Name\[fr\]=", text, re.M) and re.search(r"^Comment\[fr\]=", text, re.M)


def test_the_icon_renders_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--check"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
        timeout=RUN_TIMEOUT)
    assert result.returncode == 0, result.stderr
