"""Start-up: arguments, Qt application, fonts and style, database worker, main window.

The login window paints first; the protocol settings load and the database opens on the
worker thread meanwhile, and the rest of the screens are built once it is open. A protocol
file or a database that cannot be used ends in a plain-words dialog.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..paths import default_db_path, default_training_db_path, ensure_parent
from ..services.worker import DbWorker
from .main_window import MainWindow
from .ops import Ops

if TYPE_CHECKING:
    from ..services.clinic import Clinic

log = logging.getLogger(__name__)


def _resource(*parts: str) -> Path:
    return Path(str(resources.files("maestro_desktop.resources").joinpath(*parts)))


def setup_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("maestro-desktop")
    app.setApplicationVersion(__version__)
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        QFontDatabase.addApplicationFont(str(_resource("fonts", name)))
    app.setFont(QFont("DejaVu Sans"))
    app.setStyleSheet(_resource("style.qss").read_text(encoding="utf-8"))
    return app


def open_clinic(path: Path, *, training: bool = False) -> Clinic:
    """Runs on the database thread: settings, rules and store load there, not on the GUI's."""
    from ..services.clinic import Clinic

    return Clinic.open(path, training=training)


class Launcher:
    """Owns the current database worker and window; can switch to the training database."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.worker: DbWorker | None = None
        self.window: MainWindow | None = None

    def start(self, path: Path, *, training: bool = False) -> MainWindow:
        self.stop()
        self.worker = DbWorker(lambda: open_clinic(path, training=training))
        ops = Ops(self.worker)
        window = MainWindow(ops)
        ops.setParent(window)
        self.app.installEventFilter(window.idle)
        window.fatal.connect(self._fatal)
        window.training_requested.connect(self.open_training)
        # The database opens once the login form is on screen.
        window.first_painted.connect(window.start)
        window.show()
        self.window = window
        return window

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
            from ..services.demo import build_demo
            window.ops.run(build_demo, done=lambda made: self._show_passwords(made.passwords),
                           failed=self._fatal)

    def _show_passwords(self, passwords: dict[str, str]) -> None:
        lines = "\n".join(f"{user}:  {pw}" for user, pw in passwords.items())
        QMessageBox.information(self.window, "Training database",
                                "Training accounts (shown only now; write them down):\n\n"
                                + lines)
        self.window.login_page.prepare("login", next(iter(passwords)), training=True)

    def _fatal(self, message: str) -> None:
        log.error("cannot start: %s", message)
        QMessageBox.critical(self.window, "maestro-desktop cannot start", message)
        self.stop()
        self.app.exit(1)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="maestro-desktop")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"database file (default: {default_db_path()})")
    parser.add_argument("--version", action="version", version=f"maestro-desktop {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: "
                        "%(message)s")
    app = setup_application([sys.argv[0], *argv])
    path = args.db or ensure_parent(default_db_path())
    launcher = Launcher(app)
    window = launcher.start(path)
    _bench_hooks(window)
    code = app.exec()
    launcher.stop()
    return code


def _bench_hooks(window: MainWindow) -> None:
    """MAESTRO_BENCH=shown|idle: measurement hooks used by `make bench` (benchmarks/)."""
    mode = os.environ.get("MAESTRO_BENCH")
    if mode == "shown":
        def shown() -> None:
            print("SHOWN", flush=True)
            QApplication.instance().exit(0)
        window.first_painted.connect(shown)
    elif mode == "idle":
        from .bench_idle import run_idle_probe
        run_idle_probe(window)
