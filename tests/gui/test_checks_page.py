"""The pre-procedure checks screen driven like a user, to GO and to NO-GO."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from driving import log_in
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

NO_ITEMS = ("raised_icp", "puncture_site_infection", "antithrombotic", "breastfeeding",
            "high_dose_corticosteroids", "relapse_or_new_t2", "new_dmd", "other_trial")
BASELINE = {"systolic_bp": "124", "diastolic_bp": "78", "heart_rate": "72",
            "respiratory_rate": "14", "spo2": "98", "temperature": "36,8"}


def events(path, *, open_session_only: bool = False) -> list[tuple[str, dict]]:
    """The journal, or only the events of the session open now (the demo has its own)."""
    where = (" WHERE session IN (SELECT id FROM sessions WHERE status = 'open')"
             if open_session_only else "")
    with sqlite3.connect(path) as conn:
        return [(kind, json.loads(payload)) for kind, payload in
                conn.execute(f"SELECT kind, payload FROM journal{where} ORDER BY seq")]


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.ops.pending == 0)


def open_checks(qtbot, window, passwords) -> None:
    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    qtbot.waitUntil(lambda: bool(window.subjects_page.rows) and window.ops.pending == 0)
    window.subjects_page.ui.subjectTable.selectRow(0)           # 01-001, Injection 1
    window.subjects_page.ui.openSessionButton.click()
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.checks_page)
    settle(qtbot, window)


def choose(qtbot, window, field: str, label: str) -> None:
    """Tab to the answer and press Space, as with the keyboard alone."""
    button = window.checks_page.rows[field].button(label)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle(qtbot, window)


def type_into(qtbot, window, edit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle(qtbot, window)


def answer_all_clear(qtbot, window, platelets: str = "180") -> None:
    page = window.checks_page
    for field in NO_ITEMS:
        choose(qtbot, window, field, "No")
    choose(qtbot, window, "consent_valid", "Yes")
    choose(qtbot, window, "pregnancy_test", "Negative")
    type_into(qtbot, window, page.rows["platelets_g_per_l"].edit, platelets)
    type_into(qtbot, window, page.rows["platelets_sampled_on"].edit,
              date.today().strftime("%d/%m/%Y"))


def record_baseline(qtbot, window) -> None:
    form = window.checks_page.vitals
    for field, text in BASELINE.items():
        type_into(qtbot, window, form.rows[field].edit, text)
    form.rows["oxygen"].button("Air").click()
    form.rows["consciousness"].button("A").click()
    form.button.click()
    settle(qtbot, window)


def test_all_clear_leads_to_go_and_opens_the_vial_step(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launch(path).window
    open_checks(qtbot, window, passwords)
    page = window.checks_page
    assert not page.ui.goButton.isEnabled()
    assert "INCOMPLETE" in page.ui.outcomeLabel.text()
    assert page.rows["pregnancy_test"].isVisible()      # 01-001 has childbearing potential
    assert not page.rows["antithrombotic_drug"].isVisible()

    answer_all_clear(qtbot, window)
    assert "Baseline vital signs not recorded" in page.ui.verdictText.text()
    record_baseline(qtbot, window)
    qtbot.waitUntil(lambda: page.ui.goButton.isEnabled())
    assert "GO" in page.ui.outcomeLabel.text()

    page.ui.goButton.click()
    qtbot.waitUntil(lambda: window.rail_states().get("vial") == "current")
    kinds = [kind for kind, _ in events(path, open_session_only=True)]
    assert kinds.count("checks.answered") == 12
    assert "vitals.recorded" in kinds
    verdict = [p for k, p in events(path) if k == "checks.verdict"][-1]
    assert verdict["outcome"] == "GO"


def test_low_platelets_show_inline_and_no_go_closes_the_session(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launch(path).window
    open_checks(qtbot, window, passwords)
    page = window.checks_page
    answer_all_clear(qtbot, window, platelets="42")
    row_text = page.rows["platelets_g_per_l"].message.text()
    assert "Platelets 42 G/L (< 50 G/L)" in row_text
    assert "NO-GO" in page.ui.outcomeLabel.text()
    assert not page.ui.goButton.isEnabled()

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:                 # not shown yet on a busy machine: look again
            QTimer.singleShot(50, fill_dialog)
            return
        dialog.ui.reasonEdit.setText("Haematology opinion requested")
        dialog.ui.confirmButton.click()
    QTimer.singleShot(50, fill_dialog)
    page.ui.noGoButton.click()
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.subjects_page)
    assert "not performed" in window.subjects_page.ui.messageLabel.text()
    closed = [p for k, p in events(path) if k == "session.closed"][-1]
    assert closed["status"] == "not performed"
    assert any("Platelets 42 G/L" in r for r in closed["reasons"])
    assert "Haematology opinion requested" in closed["reasons"]


def test_absurd_platelets_are_refused_next_to_the_field(qtbot, launch, demo_db):
    path, passwords = demo_db
    window = launch(path).window
    open_checks(qtbot, window, passwords)
    before = len(events(path))
    row = window.checks_page.rows["platelets_g_per_l"]
    type_into(qtbot, window, row.edit, "2500")
    qtbot.waitUntil(lambda: row.message.isVisible())
    assert "2000" in row.message.text()
    assert len(events(path)) == before
    type_into(qtbot, window, row.edit, "abc")
    assert "not a number" in row.message.text()
    assert len(events(path)) == before
