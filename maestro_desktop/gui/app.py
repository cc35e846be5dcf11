"""Start-up: arguments, Qt application, fonts and style, language, main window, database worker.

Only the login window is built before the first paint: the modules behind the database
(worker, Ops, services) are imported and the database opens on its worker thread right after
it, and the rest of the screens are built once it is open. A protocol file or a database that
cannot be used ends in a plain-words dialog.

The language (gui/language.py) is settled before the first paint when it is asked for
(`--lang`) or likely to be French (the system's): the catalogues then cost about 15 ms before
the window shows, and its first paint is already French. Otherwise the first paint is in
English, the source language, which needs no catalogue, and the saved choice is read right after
it: a French choice on an English system then retranslates the window (MainWindow.retranslate).
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..paths import default_db_path, default_training_db_path, ensure_parent
from .main_window import LANGUAGE_NAMES, MainWindow

if TYPE_CHECKING:
    from ..services.clinic import Clinic
    from ..services.worker import DbWorker

log = logging.getLogger(__name__)


def _resource(*parts: str) -> Path:
    # The package's folder, without importlib.resources (3 ms before the first paint): the
    # resources are installed as plain files (pyproject.toml package-data), never zipped.
    from .. import resources

    return Path(resources.__file__).parent.joinpath(*parts)


# The usual desktop text size in points (Windows 9, KDE 10, GNOME 11). A system text size set
# above it, for eyesight, enlarges every size of the bedside style by as much; a smaller one
# never shrinks them. Display scaling (DPI) applies on top, as points follow it.
USUAL_SYSTEM_PT = 11.0


def system_text_pt() -> float:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def text_scale(system_pt: float) -> float:
    return max(1.0, system_pt / USUAL_SYSTEM_PT)


def scaled_points(style: str, scale: float) -> str:
    """The style sheet with each "15pt" multiplied by `scale`."""
    if scale == 1.0:
        return style
    return re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{float(m[1]) * scale:.1f}pt", style)


def setup_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("maestro-desktop")
    app.setApplicationVersion(__version__)
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        QFontDatabase.addApplicationFont(str(_resource("fonts", name)))
    scale = text_scale(system_text_pt())
    app.setFont(QFont("DejaVu Sans"))
    app.setStyleSheet(scaled_points(_resource("style.qss").read_text(encoding="utf-8"), scale))
    # PNG, not the SVG: the SVG image plugin would load before the first paint.
    app.setWindowIcon(QIcon(str(_resource("icons", "maestro-desktop-256.png"))))
    return app


def open_clinic(path: Path, *, training: bool = False) -> Clinic:
    """Runs on the database thread: settings, rules and store load there, not on the GUI's."""
    from ..services.clinic import Clinic

    return Clinic.open(path, training=training)


def french_likely() -> bool:
    """Whether the system speaks French, judged without loading anything (Qt's view of the
    system locale, and the usual variables): then the language is settled before the first
    paint. `translations.chosen_language` decides in the end either way."""
    if QLocale.system().language() == QLocale.Language.French:
        return True
    return any(os.environ.get(name, "").lower().startswith("fr")
               for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"))


def settle_language(window: MainWindow, language: str | None = None) -> str:
    """Make `language` (default: the chosen one) current and put the window's texts in it."""
    from ..domain.i18n import SOURCE_LANGUAGE
    from . import language as gui_language

    chosen = gui_language.apply(language)
    if chosen != SOURCE_LANGUAGE or os.environ.get("MAESTRO_I18N_PSEUDO"):
        window.retranslate()
    return chosen


class Launcher:
    """Owns the current database worker and window; can switch to the training database.

    `settle_language`: read the chosen language right after the first paint (see the module's
    text), before the database opens."""

    def __init__(self, app: QApplication, *, settle_language: bool = False) -> None:
        self.app = app
        self.settle_language = settle_language
        self.worker: DbWorker | None = None
        self.window: MainWindow | None = None
        self.path: Path | None = None

    def start(self, path: Path, *, training: bool = False) -> MainWindow:
        """Show the login window now; the database worker and Ops are attached after its
        first paint (`window.ops` is None until then), and the database opens right away."""
        self.stop()
        self.path = path
        window = MainWindow()
        window.fatal.connect(self._fatal)
        window.training_requested.connect(self.open_training)
        # Queued, so whatever else waits for the first paint runs first (the bench hook).
        window.first_painted.connect(
            lambda: QTimer.singleShot(0, lambda: self._attach(window, path, training)))
        window.show()
        self.window = window
        return window

    def _attach(self, window: MainWindow, path: Path, training: bool) -> None:
        if window is not self.window:      # stopped or replaced before its first paint
            return
        if self.settle_language:
            self.settle_language = False
            settle_language(window)
        from ..services.worker import DbWorker
        from .ops import Ops

        # An application-wide Python event filter wraps every object that receives an event,
        # creating dozens of PySide types (15 ms) before the first paint if installed earlier.
        # Nobody is logged in yet, so the inactivity lock is disarmed until then anyway.
        self.app.installEventFilter(window.idle)
        self.worker = DbWorker(lambda: open_clinic(path, training=training))
        ops = Ops(self.worker)
        ops.setParent(window)
        window.ops = ops
        window.start()
        window.ops_attached.emit()

    def stop(self) -> None:
        if self.window is not None:
            self.app.removeEventFilter(self.window.idle)
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.worker is not None:
            self.worker.close()
            self.worker = None

    def open_training(self) -> None:
        path = ensure_parent(default_training_db_path())
        fresh = not path.exists()
        window = self.start(path, training=True)
        if fresh:
            def build() -> None:
                from ..services.demo import build_demo
                window.ops.run(build_demo, done=lambda made: self._show_passwords(made.passwords),
                               failed=self._fatal)
            window.ops_attached.connect(build)

    def _show_passwords(self, passwords: dict[str, str]) -> None:
        from ..domain.i18n import tr

        lines = "\n".join(f"{user}:  {pw}" for user, pw in passwords.items())
        QMessageBox.information(self.window, tr("app", "Training database"),
                                tr("app", "Training accounts (shown only now; write them "
                                   "down):") + "\n\n" + lines)
        self.window.login_page.prepare("login", next(iter(passwords)), training=True)

    def _fatal(self, message: str) -> None:
        from ..domain.i18n import tr

        log.error("cannot start: %s", message)
        backup = getattr(getattr(message, "exc", None), "backup", None)
        if backup is not None and self.path is not None:
            offer_restore(self, self.path, backup, message)
            return
        QMessageBox.critical(self.window, tr("app", "maestro-desktop cannot start"), message)
        self.stop()
        self.app.exit(1)


def offer_restore(launcher: Launcher, path: Path, backup: Path, message: str) -> None:
    """The way out of a damaged database: restore the newest verified backup (the damaged file
    is kept beside it) and start again on it, or quit leaving everything as it is."""
    from concurrent.futures import ThreadPoolExecutor

    from ..domain.i18n import tr
    from ..services.backup import restore

    box = QMessageBox(QMessageBox.Icon.Critical, tr("app", "The database is damaged"), message,
                      parent=launcher.window)
    restore_button = box.addButton(tr("app", "Restore this backup"),
                                   QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore_button:
        launcher.stop()
        launcher.app.exit(1)
        return
    # File work of up to hundreds of MB: on a thread of its own, never the GUI's.
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="maestro-restore")
    future = pool.submit(restore, backup, path, force=True)
    pool.shutdown(wait=False)

    def restored(result: tuple) -> None:
        _, kept = result
        log.info("restored %s into %s; damaged file kept as %s", backup, path, kept)
        launcher.start(path)

    launcher.window.ops.watch(future, restored, launcher._fatal)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="maestro-desktop")
    # The default is looked up (platformdirs) only when it is shown or used, not to start.
    default = default_db_path() if {"-h", "--help"} & set(argv) else "the user data folder"
    parser.add_argument("--db", type=Path, default=None, help=f"database file (default: {default})")
    parser.add_argument("--lang", choices=sorted(LANGUAGE_NAMES),
                        help="language of this run (default: the one chosen in the Language "
                             "menu, else the system's)")
    parser.add_argument("--version", action="version", version=f"maestro-desktop {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: "
                        "%(message)s")
    app = setup_application([sys.argv[0], *argv])
    early = bool(args.lang or os.environ.get("MAESTRO_I18N_PSEUDO") or french_likely())
    if early:     # before any text: the first paint is in the right language
        from . import language as gui_language

        gui_language.apply(args.lang)
    path = args.db or ensure_parent(default_db_path())
    launcher = Launcher(app, settle_language=not early)
    window = launcher.start(path)
    _bench_hooks(window)
    code = app.exec()
    launcher.stop()
    return code


def _bench_hooks(window: MainWindow) -> None:
    """MAESTRO_BENCH=shown|ready|login|idle: measurement hooks of `make bench` (benchmarks/)."""
    mode = os.environ.get("MAESTRO_BENCH")
    if mode == "shown":
        def shown() -> None:
            print("SHOWN", flush=True)
            QApplication.instance().exit(0)
        window.first_painted.connect(shown)
    elif mode in ("ready", "login", "idle"):
        from . import bench_idle
        {"ready": bench_idle.run_ready_probe, "login": bench_idle.run_login_probe,
         "idle": bench_idle.run_idle_probe}[mode](window)
