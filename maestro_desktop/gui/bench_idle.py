"""`make bench` probes (MAESTRO_BENCH, see gui/app.py and benchmarks/): each drives the real
window, prints one line on stdout and ends the application with code 0.

  ready: `READY <session id|none>` once the window has painted, the database is open, the
         login form accepts input and the session left open on this workstation is located
         (sessions.open_on_workstation): everything a resume needs but the user's password.
  login: from there, log in through the real form with MAESTRO_BENCH_LOGIN=user:password and
         print `LOGIN <ms> <session id>`: from pressing Log in to the reopened session's page
         being current with no database call pending, timed here (argon2id check included).
  idle:  log in, settle 1.5 s, print `RSS <kB>` (VmRSS).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .main_window import MainWindow

SETTLE_MS = 1500


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def _credentials() -> tuple[str, str]:
    username, _, password = os.environ.get("MAESTRO_BENCH_LOGIN", "").partition(":")
    return username, password


def _finish(line: str) -> None:
    print(line, flush=True)
    QApplication.instance().exit(0)


def _fail(why: str) -> None:
    """Broken contract: the benchmark reports the last stderr line and the exit code."""
    print(f"bench probe failed: {why}", file=sys.stderr, flush=True)
    QApplication.instance().exit(1)


def _fill_and_press(window: MainWindow, username: str, password: str) -> None:
    page = window.login_page
    page.ui.usernameEdit.setText(username)
    page.ui.passwordEdit.setText(password)
    page.ui.loginButton.click()


def _when_ready(window: MainWindow, then) -> None:  # noqa: ANN001 - then(session or None)
    """Call `then(open session or None)` once painted, open, accepting input and located."""
    state: dict = {"painted": False, "located": False, "session": None, "done": False}

    def check() -> None:
        if state["done"] or not (state["painted"] and state["located"]):
            return
        if window.flow is None or not window.login_page.ui.loginButton.isEnabled():
            return
        state["done"] = True
        window.shown_login.disconnect(check)
        then(state["session"])

    def painted() -> None:
        state["painted"] = True
        check()

    def located(session) -> None:  # noqa: ANN001 - SessionInfo | None
        state["located"], state["session"] = True, session
        check()

    def attached() -> None:
        # Imported now, not before the first paint (it imports the store). The call queues
        # behind the opening on the database thread, as the app's own calls do.
        from ..services import sessions

        window.ops.run(sessions.open_on_workstation, done=located,
                       failed=lambda message: _fail(message))

    window.first_painted.connect(painted)
    window.ops_attached.connect(attached)
    window.shown_login.connect(check)      # emitted once the accounts are checked


def run_ready_probe(window: MainWindow) -> None:
    _when_ready(window, lambda session: _finish(f"READY {session.id if session else 'none'}"))


def run_login_probe(window: MainWindow) -> None:
    username, password = _credentials()

    def ready(session) -> None:  # noqa: ANN001 - SessionInfo | None
        if session is None:
            _fail("no session is open on this workstation")
            return
        started = time.perf_counter()
        flow_pages = {window.login_page, window.subjects_page}
        finished = []

        def check() -> None:
            shown, page = window.session, window.ui.pages.currentWidget()
            if finished or window.ops.pending:
                return
            if page is window.login_page and window.login_page.ui.messageLabel.text():
                finished.append(True)
                _fail(f"login refused: {window.login_page.ui.messageLabel.text()}")
            elif shown is not None and shown.id == session.id and page not in flow_pages:
                finished.append(True)
                _finish(f"LOGIN {(time.perf_counter() - started) * 1000:.1f} {session.id}")

        def later(_pending: int) -> None:
            QTimer.singleShot(0, check)   # after the callback that delivered the result ran

        window.ops.busy_changed.connect(later)
        _fill_and_press(window, username, password)

    _when_ready(window, ready)


def run_idle_probe(window: MainWindow) -> None:
    username, password = _credentials()

    def report() -> None:
        _finish(f"RSS {_rss_kb()}")

    def logged_in_view() -> None:
        if window.user is not None:
            QTimer.singleShot(SETTLE_MS, report)
        else:
            QTimer.singleShot(50, logged_in_view)

    def fill() -> None:
        _fill_and_press(window, username, password)
        logged_in_view()

    if not username:
        QTimer.singleShot(SETTLE_MS, report)
        return

    def on_login_page() -> None:
        window.shown_login.disconnect(on_login_page)
        QTimer.singleShot(0, fill)

    window.shown_login.connect(on_login_page)
