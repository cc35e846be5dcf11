"""The procedure step: one-tap stamps, detail fields, refusals in words, live timers."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from driving import log_in
from test_vial_page import BASELINE, isbt
from visit_day import reach_go

from maestro_desktop.services import accounts, vials
from maestro_desktop.services.clinic import Clinic


@pytest.fixture
def at_procedure(demo_db):
    """01-001, injection 1: checks GO, vial verified by a nurse and the investigator, all
    half an hour ago (so that a late stamp can be tried)."""
    return prepare_procedure(demo_db, minutes_ago=30)


def prepare_procedure(demo_db, *, minutes_ago: int):
    path, passwords = demo_db
    clinic = Clinic.open(path, clock=lambda: datetime.now(UTC) - timedelta(minutes=minutes_ago))
    try:
        doctor = accounts.login(clinic, "dr.martin", passwords["dr.martin"])
        nurse = accounts.login(clinic, "nurse.leroy", passwords["nurse.leroy"])
        session = reach_go(clinic, doctor, nurse, BASELINE)
        vials.scan(clinic, nurse, session, isbt(1))
        vials.set_thaw_time(clinic, nurse, session, clinic.now() - timedelta(minutes=20))
        vials.confirm(clinic, session, "dr.martin", passwords["dr.martin"], isbt(1))
    finally:
        clinic.close()
    return path, passwords


def stamps(path) -> list[dict]:
    with sqlite3.connect(path) as conn:
        return [json.loads(p) for (p,) in conn.execute(
            "SELECT payload FROM journal WHERE kind = 'procedure.stamped' AND session IN "
            "(SELECT id FROM sessions WHERE status = 'open') ORDER BY seq")]


def open_procedure(qtbot, launch, path, passwords, user="nurse.leroy"):
    window = launch(path).window
    log_in(qtbot, window, user, passwords[user])
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.procedure_page
                    and window.ops.pending == 0)
    return window


def tap(qtbot, window, kind: str) -> None:
    window.procedure_page.rows[kind].button.click()
    qtbot.waitUntil(lambda: window.ops.pending == 0)


def test_stamps_with_details_and_live_timers(qtbot, launch, at_procedure):
    path, passwords = at_procedure
    window = open_procedure(qtbot, launch, path, passwords)
    page = window.procedure_page
    assert page.timer_labels["since_needle_in"].text() == "–"
    assert page.timer_labels["stability_left"].text().startswith("3:")   # 4 h window, 20 min gone
    tap(qtbot, window, "positioned")

    needle = page.rows["needle_in"]
    tap(qtbot, window, "needle_in")                                       # no level chosen yet
    assert "spinal level" in page.ui.messageLabel.text().lower()
    assert len(stamps(path)) == 1
    needle.fields["spinal_level"].setCurrentIndex(2)                      # L3-L4
    needle.fields["needle_gauge"].setCurrentIndex(2)                      # 22G atraumatic
    needle.fields["attempts"].setValue(2)
    tap(qtbot, window, "needle_in")
    assert needle.done_label.text().endswith("L3-L4, 22G atraumatic, 2 attempts")
    assert not needle.button.isEnabled()
    qtbot.waitUntil(lambda: page.timer_labels["since_needle_in"].text().startswith("0:00:0"))

    csf = page.rows["csf_obtained"]
    csf.fields["volume_ml"].setText("45")
    csf.fields["appearance"].setCurrentIndex(1)
    tap(qtbot, window, "csf_obtained")
    assert "above the sane maximum of 20 mL" in page.ui.messageLabel.text()
    csf.fields["volume_ml"].setText("2,5")
    tap(qtbot, window, "csf_obtained")
    assert stamps(path)[-1]["details"]["volume_ml"] == 2.5

    tap(qtbot, window, "infusion_start")
    qtbot.waitUntil(lambda: page.timer_labels["infusion_running"].text() != "–")
    page.rows["infusion_end"].fields["volume_ml"].setText("10")
    tap(qtbot, window, "infusion_end")
    assert "minimum 5 min" in page.ui.infusionLabel.text()
    assert page.ui.ackButton.isVisible()
    assert [s["kind"] for s in stamps(path)] == ["positioned", "needle_in", "csf_obtained",
                                                 "infusion_start", "infusion_end"]


def test_a_late_stamp_needs_its_reason(qtbot, launch, at_procedure):
    path, passwords = at_procedure
    window = open_procedure(qtbot, launch, path, passwords)
    page = window.procedure_page
    late = (page.state.opened_at.astimezone() + timedelta(minutes=2)).strftime("%H:%M")
    page.ui.lateTimeEdit.setText(late)
    tap(qtbot, window, "positioned")
    assert "give the reason" in page.ui.messageLabel.text()
    assert stamps(path) == []
    page.ui.lateTimeEdit.setText(late)
    page.ui.lateReasonEdit.setText("written on paper first")
    tap(qtbot, window, "positioned")
    assert stamps(path)[-1]["retrospective"] is True


def test_timers_after_a_restart_come_from_stored_times(qtbot, qapp, launch, at_procedure):
    from driving import stop

    path, passwords = at_procedure
    first = launch(path)
    log_in(qtbot, first.window, "nurse.leroy", passwords["nurse.leroy"])
    qtbot.waitUntil(lambda: first.window.ui.pages.currentWidget() is first.window.procedure_page)
    page = first.window.procedure_page
    page.rows["needle_in"].fields["spinal_level"].setCurrentIndex(1)
    page.rows["needle_in"].fields["needle_gauge"].setCurrentIndex(1)
    tap(qtbot, first.window, "needle_in")
    stop(qapp, first)

    window = open_procedure(qtbot, launch, path, passwords)
    assert window.procedure_page.rows["needle_in"].done_label.text()
    qtbot.waitUntil(lambda: window.procedure_page.timer_labels["since_needle_in"].text()
                    .startswith("0:00:"))


def test_a_wall_clock_jump_is_shown_and_journalled(qtbot, launch, at_procedure):
    path, passwords = at_procedure
    window = open_procedure(qtbot, launch, path, passwords)
    watch = window.flow.clock_watch
    watch.wall -= timedelta(minutes=7)      # as if the wall clock had been set 7 min forward
    watch.check()
    assert "clock jumped forward by 7 min" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.ops.pending == 0)
    with sqlite3.connect(path) as conn:
        (payload,) = conn.execute("SELECT payload FROM journal WHERE kind = 'clock.jumped'")
    assert 415 < json.loads(payload[0])["seconds"] < 425
