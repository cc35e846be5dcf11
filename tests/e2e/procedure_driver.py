"""The real application in its own process, driven through its widgets at the procedure step.

    python tests/e2e/procedure_driver.py --db PATH --user dr.martin --password PW --mode drive

Both modes start the application objects as `maestro-desktop` does (setup_application and
Launcher), log in through the login form and wait for the open session's procedure page.

drive  taps the stamp buttons in order, details filled in the row's own fields, ~0.3 s apart;
       after each stamp the page shows as saved (its row's done label filled by the Ops
       callback) it prints `SAVED <kind> <iso time>` and flushes. Stamps already recorded are
       skipped. Ends with `DONE`.
check  prints `STEP <step shown>`, `SESSION <id>`, one `STAMP <kind> <iso time>` per stamp the
       page displays, and `TIMER since_needle_in <seconds>` read from the page's timer label
       (`-` when that clock has not started).

Both print `SESSION <id>` once the procedure page is shown. Every wait is bounded: a timeout,
a refused login or a refused stamp ends the process with code 3 and the reason on stderr.
tests/e2e/test_kill_during_procedure.py kills `drive` at chosen moments and runs `check`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox  # noqa: E402

from maestro_desktop.domain.procedure import STAMPS  # noqa: E402
from maestro_desktop.gui.app import Launcher, setup_application  # noqa: E402
from maestro_desktop.gui.main_window import MainWindow  # noqa: E402

WAIT_SECONDS = 20.0
TAP_GAP_SECONDS = 0.3
NO_VALUE = "–"     # what a timer label shows before its clock starts
# What the nurse enters in the row's own fields before tapping its button.
ENTRIES: dict[str, dict[str, str | int]] = {
    "needle_in": {"spinal_level": "L3-L4", "needle_gauge": "22G atraumatic", "attempts": 1},
    "csf_obtained": {"volume_ml": "5", "appearance": "clear"},
    "infusion_end": {"volume_ml": "10"},
}


def launcher(app: QApplication) -> Launcher:
    return Launcher(app)


def say(line: str) -> None:
    print(line, flush=True)


def die(message: str) -> NoReturn:
    print(f"DRIVER FAILED: {message}", file=sys.stderr, flush=True)
    os._exit(3)


def spin(app: QApplication, seconds: float) -> None:
    """Let the event loop run (Ops callbacks, timers) for `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def wait_until(app: QApplication, condition: Callable[[], bool], what: str,
               seconds: float = WAIT_SECONDS) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            die(f"timed out after {seconds:g} s waiting for {what}")
        spin(app, 0.02)


def log_in(app: QApplication, window: MainWindow, user: str, password: str) -> None:
    """Type into the real login form and press Enter, once the database is open."""
    page = window.login_page
    wait_until(app, lambda: "Database:" in window.db_label.text() and window.ops.pending == 0
               and window.ui.pages.currentWidget() is page, "the login form")
    page.ui.usernameEdit.clear()
    QTest.keyClicks(page.ui.usernameEdit, user)
    QTest.keyClicks(page.ui.passwordEdit, password)
    QTest.keyClick(page.ui.passwordEdit, Qt.Key.Key_Return)

    def past_login() -> bool:
        if window.ui.pages.currentWidget() is page and page.ui.messageLabel.text():
            die(f"login refused: {page.ui.messageLabel.text()}")
        return window.ui.pages.currentWidget() is not page
    wait_until(app, past_login, "the login to finish")


def show_procedure(app: QApplication, window: MainWindow) -> None:
    """Wait for the open session; past the procedure step, open it from the rail."""
    page = window.procedure_page
    wait_until(app, lambda: window.ops.pending == 0 and window.session is not None
               and window.ui.pages.currentWidget() in (page, window.session_page),
               "the open session")
    if window.ui.pages.currentWidget() is not page:
        window.show_session(window.session, step="procedure")     # as the rail does
    wait_until(app, lambda: window.ops.pending == 0 and window.ui.pages.currentWidget() is page
               and page.state is not None, "the procedure page")


def fill(window: MainWindow, kind: str) -> None:
    row = window.procedure_page.rows[kind]
    for key, value in ENTRIES.get(kind, {}).items():
        widget = row.fields[key]
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0:
                die(f"{kind}: {value!r} is not offered for {key}")
            widget.setCurrentIndex(index)
        elif isinstance(value, int):
            widget.setValue(value)
        else:
            widget.setText(value)


def drive(app: QApplication, window: MainWindow) -> None:
    page = window.procedure_page
    for kind in STAMPS:
        row = page.rows[kind]
        if row.done_label.text():
            continue                      # recorded before (a restart after a crash)
        fill(window, kind)
        page.show_message("")
        row.button.click()

        def saved(row=row, kind=kind) -> bool:  # noqa: ANN001 - the loop's row
            if window.ops.pending == 0 and page.ui.messageLabel.text():
                die(f"{kind} refused: {page.ui.messageLabel.text()}")
            return window.ops.pending == 0 and bool(row.done_label.text())
        wait_until(app, saved, f"{kind} to show as saved")
        say(f"SAVED {kind} {page.state.stamp(kind).at.isoformat()}")
        spin(app, TAP_GAP_SECONDS)
    say("DONE")


def parse_clock(text: str) -> int:
    """Seconds of a domain.procedure.format_clock text: '0:07:05' -> 425, '-0:05:00' -> -300."""
    sign = -1 if text.startswith("-") else 1
    hours, minutes, seconds = (int(part) for part in text.lstrip("-").split(":"))
    return sign * (hours * 3600 + minutes * 60 + seconds)


def check(app: QApplication, window: MainWindow, step: str) -> None:
    page = window.procedure_page
    say(f"STEP {step}")
    for kind in STAMPS:
        stamp = page.state.stamp(kind)
        if stamp is not None and page.rows[kind].done_label.text():
            say(f"STAMP {kind} {stamp.at.isoformat()}")
    label = page.timer_labels["since_needle_in"]
    if page.state.stamp("needle_in") is None:
        spin(app, 1.2)                    # one tick of the page's own timer
    else:
        wait_until(app, lambda: label.text() not in ("", NO_VALUE),
                   "the since-needle-in timer", seconds=5)
    text = label.text()
    say(f"TIMER since_needle_in {'-' if text in ('', NO_VALUE) else parse_clock(text)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--mode", choices=("drive", "check"), required=True)
    args = parser.parse_args(argv)

    # A database that cannot be used ends in a modal box: say why and stop instead of waiting.
    QMessageBox.critical = staticmethod(
        lambda _parent, title, text, *_a, **_k: die(f"{title}: {text}"))
    app = setup_application([sys.argv[0]])
    running = launcher(app)
    window = running.start(args.db)
    log_in(app, window, args.user, args.password)
    wait_until(app, lambda: window.ops.pending == 0 and window.session is not None,
               "the open session")
    step = ("procedure" if window.ui.pages.currentWidget() is window.procedure_page
            else window.session.step)
    show_procedure(app, window)
    say(f"SESSION {window.session.id}")
    if args.mode == "drive":
        drive(app, window)
    else:
        check(app, window, step)
    running.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
