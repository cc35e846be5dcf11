"""Eligibility at enrolment through the screen: answered item by item, signed, gating visit 1."""

from __future__ import annotations

from datetime import date

from driving import log_in
from PySide6.QtCore import Qt

from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.services import subjects
from maestro_desktop.services.clinic import Clinic, User

NEW = "01-005"


def register_new_subject(path) -> None:
    clinic = Clinic.open(path)
    try:
        coordinator = User("coord.bernard", "Marc Bernard", Role.COORDINATOR)
        subjects.register_subject(clinic, coordinator, Subject(
            NEW, "RVB", 1980, "M", False, clinic.today()))
    finally:
        clinic.close()


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.ops.pending == 0)


def open_eligibility(qtbot, window, passwords) -> None:
    log_in(qtbot, window, "dr.martin", passwords["dr.martin"])
    qtbot.waitUntil(lambda: bool(window.subjects_page.rows) and window.ops.pending == 0)
    codes = [r.subject.code for r in window.subjects_page.rows]
    window.subjects_page.ui.subjectTable.selectRow(codes.index(NEW))
    window.subjects_page.ui.eligibilityButton.click()
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.eligibility_page)


def fill(qtbot, window, *, edss: str) -> None:
    page = window.eligibility_page
    typed = {"screening_date": date.today().strftime("%d/%m/%Y"), "birth_date": "15/06/1980",
             "edss": edss, "consent_date": date.today().strftime("%d/%m/%Y")}
    for field, row in page.rows.items():
        if not row.isVisible():
            continue
        if field in typed:
            row.edit.setFocus()
            qtbot.keyClicks(row.edit, typed[field])
            qtbot.keyClick(row.edit, Qt.Key.Key_Return)
        else:
            label = "No" if row.question.text().startswith("Exclusion") else "Yes"
            row.button(label).click()
        settle(qtbot, window)


def test_eligible_record_is_signed_and_opens_visit_1(qtbot, launch, demo_db):
    path, passwords = demo_db
    register_new_subject(path)
    window = launch(path).window
    open_eligibility(qtbot, window, passwords)
    page = window.eligibility_page
    assert "INCOMPLETE" in page.ui.outcomeLabel.text()
    assert not page.ui.signButton.isEnabled()

    fill(qtbot, window, edss="4,5")
    qtbot.waitUntil(lambda: "ELIGIBLE" in page.ui.outcomeLabel.text())
    page.ui.passwordEdit.setText("wrong password")
    page.ui.signButton.click()
    qtbot.waitUntil(lambda: "Wrong" in page.ui.messageLabel.text())
    page.ui.passwordEdit.setText(passwords["dr.martin"])
    page.ui.signButton.click()
    qtbot.waitUntil(lambda: "Signed by dr.martin" in page.ui.signatureLabel.text())

    page.ui.backButton.click()
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.subjects_page
                    and bool(window.subjects_page.rows) and window.ops.pending == 0)
    codes = [r.subject.code for r in window.subjects_page.rows]
    window.subjects_page.ui.subjectTable.selectRow(codes.index(NEW))
    window.subjects_page.ui.openSessionButton.click()
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.checks_page)


def test_edss_out_of_range_is_not_eligible_and_visit_1_stays_closed(qtbot, launch, demo_db):
    path, passwords = demo_db
    register_new_subject(path)
    window = launch(path).window
    open_eligibility(qtbot, window, passwords)
    page = window.eligibility_page
    fill(qtbot, window, edss="6.5")
    qtbot.waitUntil(lambda: "NOT ELIGIBLE" in page.ui.outcomeLabel.text())
    assert "EDSS 6.5" in page.rows["edss"].message.text()
    page.ui.passwordEdit.setText(passwords["dr.martin"])
    page.ui.signButton.click()
    qtbot.waitUntil(lambda: "Signed by" in page.ui.signatureLabel.text())

    window.show_subjects()
    qtbot.waitUntil(lambda: bool(window.subjects_page.rows) and window.ops.pending == 0)
    codes = [r.subject.code for r in window.subjects_page.rows]
    window.subjects_page.ui.subjectTable.selectRow(codes.index(NEW))
    window.subjects_page.ui.openSessionButton.click()
    qtbot.waitUntil(lambda: "not eligible" in window.subjects_page.ui.messageLabel.text())
    assert window.ui.pages.currentWidget() is window.subjects_page


def test_impossible_birth_date_is_refused_next_to_the_field(qtbot, launch, demo_db):
    path, passwords = demo_db
    register_new_subject(path)
    window = launch(path).window
    open_eligibility(qtbot, window, passwords)
    row = window.eligibility_page.rows["birth_date"]
    row.edit.setFocus()
    qtbot.keyClicks(row.edit, "15/06/1890")
    qtbot.keyClick(row.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row.message.isVisible())
    assert row.edit.text() == ""            # nothing was stored
    assert row.message.text().startswith("⚠")
