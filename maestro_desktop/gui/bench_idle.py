"""`make bench` idle-memory probe: log in through the real form, settle, report VmRSS."""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .main_window import MainWindow

SETTLE_MS = 1500


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def run_idle_probe(window: MainWindow) -> None:
    username, _, password = os.environ.get("MAESTRO_BENCH_LOGIN", "").partition(":")

    def report() -> None:
        print(f"RSS {_rss_kb()}", flush=True)
        QApplication.instance().exit(0)

    def logged_in_view() -> None:
        if window.user is not None:
            QTimer.singleShot(SETTLE_MS, report)
        else:
            QTimer.singleShot(50, logged_in_view)

    def fill() -> None:
        page = window.login_page
        page.ui.usernameEdit.setText(username)
        page.ui.passwordEdit.setText(password)
        page.ui.loginButton.click()
        logged_in_view()

    if not username:
        QTimer.singleShot(SETTLE_MS, report)
        return

    def on_login_page() -> None:
        window.shown_login.disconnect(on_login_page)
        QTimer.singleShot(0, fill)

    window.shown_login.connect(on_login_page)
