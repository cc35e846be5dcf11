"""Driving the real main window in tests: what a user does, in helper form."""

from __future__ import annotations

from dataclasses import dataclass, field

from maestro_desktop.gui.main_window import MainWindow
from maestro_desktop.services.worker import DbWorker


@dataclass
class Running:
    window: MainWindow
    worker: DbWorker
    fatal: list[str] = field(default_factory=list)


def stop(qapp, running: Running) -> None:
    qapp.removeEventFilter(running.window.idle)
    running.window.close()
    running.worker.close()


def log_in(qtbot, window: MainWindow, username: str, password: str) -> None:
    """Type into the real form and press Enter, as a user would."""
    from PySide6.QtCore import Qt

    page = window.login_page
    page.ui.usernameEdit.clear()
    qtbot.keyClicks(page.ui.usernameEdit, username)
    qtbot.keyClicks(page.ui.passwordEdit, password)
    qtbot.keyClick(page.ui.passwordEdit, Qt.Key.Key_Return)
