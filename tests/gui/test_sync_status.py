"""Sync from the window: off the GUI thread, its state in words in the status bar, retries
with back-off, and the centre's flags acknowledged by a coordinator. Against the real
PostgreSQL central store of tests/central_server.py."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from driving import log_in, stop
from psycopg.conninfo import make_conninfo
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from maestro_desktop.domain.roles import Role
from maestro_desktop.gui.sync_status import backoff_delay, describe
from maestro_desktop.services import accounts, sync
from maestro_desktop.services.clinic import Clinic

PASSWORD = "correct horse 42"
PEOPLE = (("dr.house", Role.INVESTIGATOR), ("nurse.joy", Role.NURSE),
          ("coord.amy", Role.COORDINATOR))


@pytest.fixture
def workstation(tmp_path, central, cheap_argon2):
    """make(port=None) -> path: a clinical database with 300 events and staff, registered at
    the centre, its address saved by the coordinator (port: a server that is not there)."""
    def make(*, port: int | None = None) -> Path:
        path = tmp_path / "maestro.sqlite"
        clinic = Clinic.open(path)
        try:
            with clinic.transaction():
                people = {}
                for username, role in PEOPLE:
                    people[role] = accounts.create_account(
                        clinic, people.get(Role.INVESTIGATOR), username=username,
                        display_name=username, role=role, password=PASSWORD)
                for n in range(300):
                    clinic.record("test.note", {"n": n}, actor="dr.house")
            dsn = central.register(clinic.store.workstation)
            if port is not None:
                dsn = make_conninfo(dsn, port=port)
            sync.configure(clinic, people[Role.COORDINATOR], dsn, insecure=True)
        finally:
            clinic.close()
        return path
    return make


def local_journal(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM journal").fetchone()[0]


def bar_text(window) -> str:
    return window.sync_status.label.full_text


def test_sync_now_pushes_the_journal_and_says_up_to_date(qtbot, launch, workstation, central):
    path = workstation()
    window = launch(path).window
    bar = window.sync_status
    qtbot.waitUntil(lambda: "events waiting" in bar_text(window))
    waiting = local_journal(path)
    assert bar_text(window) == f"⇅ Sync: {waiting} events waiting · last never"
    assert bar.sync_button.isEnabled()

    bar.sync_button.click()
    qtbot.waitUntil(lambda: "up to date" in bar_text(window), timeout=15000)
    assert bar_text(window).startswith("✓ Sync: up to date · last ")
    assert central.count("SELECT count(*) FROM journal") == local_journal(path)
    assert bar.runner.failures == 0 and bar.runner.delay == bar.runner.interval


def test_the_window_stays_responsive_while_the_centre_makes_the_sync_wait(
        qtbot, launch, workstation, central):
    path = workstation()
    window = launch(path).window
    bar = window.sync_status
    qtbot.waitUntil(lambda: bar.sync_button.isEnabled())
    blocker = central.admin()
    blocker.execute("BEGIN")
    blocker.execute("LOCK TABLE journal IN EXCLUSIVE MODE")   # the push waits on this for 1.5 s
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start(20)
    try:
        bar.sync_button.click()
        assert bar.runner.running and "in progress" in bar_text(window)
        assert not bar.runner.sync_now()          # one sync at a time
        QTimer.singleShot(1500, lambda: blocker.execute("ROLLBACK"))
        qtbot.waitUntil(lambda: "up to date" in bar_text(window), timeout=15000)
    finally:
        heartbeat.stop()
        blocker.close()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert ticks[-1] - ticks[0] > 1.4            # the sync really was held up that long
    assert max(gaps) < 0.2
    assert central.count("SELECT count(*) FROM journal") == local_journal(path)


def test_closing_the_window_does_not_wait_for_a_sync_held_up_at_the_centre(
        qtbot, qapp, launch, workstation, central):
    path = workstation()
    running = launch(path)
    bar = running.window.sync_status
    qtbot.waitUntil(lambda: bar.sync_button.isEnabled())
    with central.admin() as blocker:
        blocker.execute("BEGIN")
        blocker.execute("LOCK TABLE journal IN EXCLUSIVE MODE")
        bar.sync_button.click()
        qtbot.wait(300)                              # the push is now waiting on the lock
        started = time.monotonic()
        stop(qapp, running)                          # as on quitting: window, then database
        assert time.monotonic() - started < 1.0
        blocker.execute("ROLLBACK")
    # The abandoned sync ends by itself once the centre lets it go, its batch in whole.
    qtbot.waitUntil(lambda: not any(t.name == "maestro-sync" for t in threading.enumerate()),
                    timeout=10000)
    assert central.count("SELECT count(*) FROM journal") == local_journal(path)


def test_a_server_that_is_not_there_is_shown_in_words_and_retried_later_and_later(
        qtbot, launch, workstation):
    path = workstation(port=1)
    window = launch(path).window
    bar = window.sync_status
    runner = bar.runner
    runner.backoff_base, runner.backoff_cap = 0.3, 1.0
    delays: list[float] = []
    runner.finished.connect(lambda _outcome: delays.append(runner.delay))
    qtbot.waitUntil(lambda: bar.sync_button.isEnabled())

    bar.sync_button.click()
    qtbot.waitUntil(lambda: "Sync failed" in bar_text(window), timeout=15000)
    assert bar_text(window).startswith("✗ Sync failed ")
    assert "not answering (connection refused)" in bar.label.toolTip()
    assert f"{local_journal(path)} events waiting here" in bar.label.toolTip()
    # No one presses anything: the retries come by themselves, each later than the last.
    qtbot.waitUntil(lambda: len(delays) >= 3, timeout=15000)
    assert delays[:3] == [0.3, 0.6, 1.0]
    assert runner.failures >= 3


def test_back_off_doubles_from_30_seconds_up_to_30_minutes():
    assert [backoff_delay(n) for n in range(1, 9)] == [30, 60, 120, 240, 480, 960, 1800, 1800]


def test_every_state_reads_as_words_with_a_symbol():
    def status(**changes) -> sync.SyncStatus:
        fields = dict(configured=True, waiting=0, last_ok=None, last_error=None,
                      last_error_at=None, open_flags=(), conflicts=0)
        return sync.SyncStatus(**{**fields, **changes})
    noon = datetime.now().astimezone().replace(hour=12, minute=5)
    assert describe(status(configured=False))[0] == "○ Sync: not configured"
    assert describe(status(waiting=1))[0] == "⇅ Sync: 1 event waiting · last never"
    assert describe(status(last_ok=noon.isoformat()))[0] == "✓ Sync: up to date · last 12:05"
    assert describe(status(), running=True)[0] == "⟳ Sync: in progress…"
    long_error = "The central server did not answer in time. " * 5
    text, tip = describe(status(waiting=3, last_error=long_error,
                                last_error_at=noon.isoformat()))
    assert text.startswith("✗ Sync failed 12:05: The central server") and text.endswith("…")
    assert long_error in tip and "3 events waiting here" in tip
    text, _ = describe(status(last_error="0 events pushed; 2 event(s) in conflict", conflicts=2))
    assert text == "✗ Sync failed: 2 events in conflict with the centre, for the data manager"


def acknowledge_in_dialog(qtbot, window, flag_id: int, note: str) -> None:
    """Press "Acknowledge…" and type the note in the box it asks with."""
    def fill_note() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):   # not shown yet on a busy machine: look again
            QTimer.singleShot(50, fill_note)
            return
        box.setTextValue(note)
        box.accept()
    QTimer.singleShot(50, fill_note)
    window.sync_status.flags_dialog.ack_buttons[flag_id].click()


def test_a_flag_from_the_centre_is_shown_and_acknowledged_by_a_coordinator(
        qtbot, launch, workstation, central):
    with central.admin() as conn:
        conn.execute("INSERT INTO flags (kind, key, sites, details) VALUES "
                     "('double_administration', 'X', ARRAY['01'], "
                     "'{\"vial_id\": \"X\", \"administrations\": []}'::jsonb)")
    path = workstation()
    window = launch(path).window
    bar = window.sync_status
    qtbot.waitUntil(lambda: bar.sync_button.isEnabled())
    bar.sync_button.click()
    qtbot.waitUntil(lambda: bar.flags_button.isVisible(), timeout=15000)
    assert bar.flags_button.text() == "⚠ 1 problem flagged by the centre"

    bar.flags_button.click()                       # locked: the flags are not shown
    assert bar.flags_dialog is None

    log_in(qtbot, window, "nurse.joy", PASSWORD)
    qtbot.waitUntil(lambda: window.user is not None)
    bar.flags_button.click()
    dialog = bar.flags_dialog
    (flag_id,) = dialog.ack_buttons
    acknowledge_in_dialog(qtbot, window, flag_id, "seen")
    qtbot.waitUntil(lambda: "may not acknowledge" in dialog.message.text())
    assert dialog.message.text() == ("A nurse may not acknowledge a problem flagged by the "
                                     "centre.")

    window.logout()                                # locking closes the list of flags
    qtbot.waitUntil(lambda: bar.flags_dialog is None)
    log_in(qtbot, window, "coord.amy", PASSWORD)
    qtbot.waitUntil(lambda: window.user is not None)
    bar.flags_button.click()
    acknowledge_in_dialog(qtbot, window, flag_id, "Vial quarantined, pharmacy told")
    qtbot.waitUntil(lambda: not bar.flags_button.isVisible(), timeout=15000)
    assert "acknowledged" in bar.flags_dialog.message.text()
    qtbot.waitUntil(lambda: central.count("SELECT count(*) FROM flags WHERE acknowledged_by "
                                          "= 'coord.amy'") == 1, timeout=15000)
    # The centre's closing of the flag came back with the pull: one event, sent next time.
    qtbot.waitUntil(lambda: bar_text(window).startswith("⇅ Sync: 1 event waiting · last "),
                    timeout=15000)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT kind FROM journal ORDER BY seq DESC").fetchone() == (
            "reference.pulled",)
