"""The vial step driven like a bedside scanner: key bursts, hard stops, the second person."""

from __future__ import annotations

import json
import sqlite3

import pytest
from driving import log_in
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from visit_day import reach_go

from maestro_desktop.domain.labels import isbt_checksum
from maestro_desktop.domain.vitals import VitalSigns
from maestro_desktop.services import accounts
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.demo import demo_din

BASELINE = VitalSigns(124, 78, 72, 14, 98, False, 36.8, "A")


def isbt(sequence: int) -> str:
    din = demo_din(sequence)
    return f"={din}{60 + isbt_checksum(din)}"


@pytest.fixture
def at_vial_step(demo_db):
    """01-001, injection 1, with every check passed and GO recorded by the investigator."""
    path, passwords = demo_db
    clinic = Clinic.open(path)
    try:
        doctor = accounts.login(clinic, "dr.martin", passwords["dr.martin"])
        reach_go(clinic, doctor, doctor, BASELINE)
    finally:
        clinic.close()
    return path, passwords


def events(path, kind: str) -> list[dict]:
    with sqlite3.connect(path) as conn:
        return [json.loads(p) for (p,) in conn.execute(
            "SELECT payload FROM journal WHERE kind = ? AND session IN "
            "(SELECT id FROM sessions WHERE status = 'open') ORDER BY seq", [kind])]


def scanner_types(qtbot, text: str, terminator=Qt.Key.Key_Return) -> None:
    """Raw key events into whatever has focus, as a keyboard-wedge scanner does (the group
    separator included, which qtbot.keyClicks cannot send)."""
    target = QApplication.focusWidget()
    for char in text:
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                 Qt.KeyboardModifier.NoModifier, char))
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, terminator,
                                             Qt.KeyboardModifier.NoModifier, ""))


def reach_vial_page(qtbot, launch, path, passwords, user="nurse.leroy"):
    window = launch(path).window
    log_in(qtbot, window, user, passwords[user])
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.vial_page
                    and window.ops.pending == 0)
    window.vial_page.ui.thawNowButton.setFocus()      # focus on a button, not a text field
    return window


def test_scan_thaw_and_second_person_unlock_the_procedure(qtbot, launch, at_vial_step):
    path, passwords = at_vial_step
    window = reach_vial_page(qtbot, launch, path, passwords)
    page = window.vial_page
    scanner_types(qtbot, isbt(1), terminator=Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "scanned by nurse.leroy" in page.ui.outcomeLabel.text())
    assert "thawing or preparation time" in page.ui.reasonsLabel.text()
    page.ui.thawNowButton.click()
    qtbot.waitUntil(lambda: "second person" in page.ui.reasonsLabel.text())

    # The same nurse cannot confirm her own scan.
    page.ui.secondUserEdit.setText("nurse.leroy")
    page.ui.secondPasswordEdit.setText(passwords["nurse.leroy"])
    page.ui.thawNowButton.setFocus()
    scanner_types(qtbot, isbt(1))
    qtbot.waitUntil(lambda: "cannot confirm" in page.ui.secondMessage.text())

    page.ui.secondUserEdit.setText("dr.martin")
    page.ui.secondPasswordEdit.setText(passwords["dr.martin"])
    page.ui.thawNowButton.setFocus()
    scanner_types(qtbot, isbt(1))
    qtbot.waitUntil(lambda: "verified by nurse.leroy and dr.martin" in page.ui.outcomeLabel.text())
    assert window.rail_states()["procedure"] == "current"
    assert [e["outcome"] for e in events(path, "vial.scanned")] == ["accepted", "accepted"]
    assert events(path, "vial.verified")[0]["second"] == "dr.martin"


@pytest.mark.parametrize(("sequence", "reason"), [
    (10, "is not released: its status is 'quarantine'"),
    (11, "expired on"),
    (4, "was already administered"),
    (12, "is allocated to subject 01-004, injection 1"),
])
def test_a_wrong_vial_is_a_hard_stop_in_words(qtbot, launch, at_vial_step, sequence, reason):
    path, passwords = at_vial_step
    page = reach_vial_page(qtbot, launch, path, passwords).vial_page
    scanner_types(qtbot, isbt(sequence))
    qtbot.waitUntil(lambda: "DO NOT USE" in page.ui.outcomeLabel.text())
    assert reason in page.ui.reasonsLabel.text()
    assert "Call the cell-therapy unit" in page.ui.reasonsLabel.text()
    refused = events(path, "vial.scanned")[-1]
    assert (refused["outcome"], refused["raw"]) == ("refused", isbt(sequence))


def test_gs1_scan_with_the_group_separator_is_read_and_unknown_vial_refused(
        qtbot, launch, at_vial_step):
    path, passwords = at_vial_step
    page = reach_vial_page(qtbot, launch, path, passwords).vial_page
    gs1 = "]d20109506000134352172705311010L24A\x1d21SN0001"
    scanner_types(qtbot, gs1)
    qtbot.waitUntil(lambda: "DO NOT USE" in page.ui.outcomeLabel.text())
    assert "Vial SN0001 is not in the cell bank." in page.ui.reasonsLabel.text()
    assert events(path, "vial.scanned")[-1]["raw"] == gs1


def test_garbage_scan_is_refused_and_journalled(qtbot, launch, at_vial_step):
    path, passwords = at_vial_step
    page = reach_vial_page(qtbot, launch, path, passwords).vial_page
    scanner_types(qtbot, "hello world")
    qtbot.waitUntil(lambda: "not accepted" in page.ui.outcomeLabel.text())
    assert events(path, "vial.scanned")[-1]["outcome"] == "unreadable"
