"""Observation through the screen: overdue banner, a set with NEWS2, a missed check, the
trend, an adverse event with its SAE clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from driving import log_in
from test_procedure_page import prepare_procedure

from maestro_desktop.services import accounts, procedure
from maestro_desktop.services.clinic import Clinic

# A set of vital signs as typed, with a temperature of 38.4 °C (unusual: asks to confirm).
FEVERISH = {"systolic_bp": "118", "diastolic_bp": "74", "heart_rate": "80",
            "respiratory_rate": "16", "spo2": "97", "temperature": "38,4"}


@pytest.fixture
def observing(demo_db):
    """The procedure of 01-001 V1 recorded 48 to 34 minutes ago (infusion end 36 minutes ago):
    T+15 and T+30 are overdue, T+45 upcoming."""
    path, passwords = prepare_procedure(demo_db, minutes_ago=50)
    moment = [datetime.now(UTC) - timedelta(minutes=48)]
    clinic = Clinic.open(path, clock=lambda: moment[0])
    try:
        nurse = accounts.login(clinic, "nurse.leroy", passwords["nurse.leroy"])
        details = {"needle_in": {"spinal_level": "L3-L4", "needle_gauge": "22G atraumatic",
                                 "attempts": 1},
                   "infusion_end": {"volume_ml": 10}}
        for kind, minutes in (("positioned", 0), ("needle_in", 2), ("infusion_start", 5),
                              ("infusion_end", 12), ("needle_out", 13), ("lying_flat", 14)):
            moment[0] = datetime.now(UTC) - timedelta(minutes=48 - minutes)
            procedure.stamp(clinic, nurse, procedure_session_id(clinic), kind,
                            details=details.get(kind))
    finally:
        clinic.close()
    return path, passwords


def procedure_session_id(clinic: Clinic) -> str:
    return clinic.db.execute("SELECT id FROM sessions WHERE status = 'open'").fetchone()[0]


def open_observation(qtbot, launch, path, passwords, user="nurse.leroy"):
    window = launch(path).window
    log_in(qtbot, window, user, passwords[user])
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.observation_page
                    and window.ops.pending == 0)
    return window


def test_overdue_checks_a_set_and_a_missed_check(qtbot, launch, observing):
    path, passwords = observing
    window = open_observation(qtbot, launch, path, passwords)
    page = window.observation_page
    assert "OVERDUE: T+15, T+30" in page.ui.overdueBanner.text()
    form = page.vitals
    form.enter(FEVERISH, oxygen=False, consciousness="A")
    page.extras["pain"].edit.setText("3")
    page.extras["headache"].button("Yes").click()
    assert page.extras["headache_postural"].isVisible()
    page.extras["headache_postural"].button("No").click()
    form.button.click()
    qtbot.waitUntil(lambda: form.confirm_button.isVisible())         # 38.4 °C is unusual
    form.confirm_button.click()
    qtbot.waitUntil(lambda: "NEWS2 1 (low)" in page.ui.news2Label.text())
    assert "Fever 38.4 °C" in page.ui.alertsLabel.text()
    assert "OVERDUE: T+15." in page.ui.overdueBanner.text()           # T+30 now done

    page.missed_requested.emit("T+15", "patient in the toilet")
    qtbot.waitUntil(lambda: page.ui.overdueBanner.text() == "")
    items = [page.ui.scheduleList.item(i).text() for i in range(page.ui.scheduleList.count())]
    assert items[0].startswith("✕ T+15") and items[1].startswith("✓ T+30")

    page.ui.tabs.setCurrentWidget(page.ui.trendTab)
    qtbot.waitUntil(lambda: page.chart is not None)
    assert len(page.chart.chart.series()) == 8          # 5 parameters and 3 baseline lines


def test_a_serious_adverse_event_starts_its_reporting_clock(qtbot, launch, observing):
    path, passwords = observing
    window = open_observation(qtbot, launch, path, passwords)
    page = window.observation_page
    page.ae_requested.emit(None)
    qtbot.waitUntil(lambda: window.flow.observation.dialog is not None)
    dialog = window.flow.observation.dialog
    ui = dialog.ui
    ui.termCombo.setCurrentText("post-dural-puncture headache")
    ui.gradeCombo.setCurrentIndex(3)
    assert ui.gradeDefinition.text().startswith("Severe")
    ui.seriousCombo.setCurrentIndex(2)                                # Yes
    # With the serious criteria shown the dialog still fits the screen; the fields scroll
    # and Save stays in view.
    screen = dialog.screen().availableGeometry()
    qtbot.waitUntil(lambda: dialog.fields_area.verticalScrollBar().maximum() > 0)
    assert dialog.height() <= screen.height()
    assert ui.saveButton.geometry().bottom() <= dialog.rect().bottom()
    dialog.fields_area.ensureWidgetVisible(dialog.criteria["hospitalisation or prolongation"])
    dialog.criteria["hospitalisation or prolongation"].setChecked(True)
    for box in (ui.relationLpCombo, ui.relationProductCombo, ui.actionCombo, ui.outcomeCombo):
        box.setCurrentIndex(2)
    ui.saveButton.click()
    qtbot.waitUntil(lambda: page.ui.aeList.count() == 1)
    assert "SERIOUS" in page.ui.aeList.item(0).text()
    assert "report to the sponsor by" in page.ui.saeClockLabel.text()
    page.ui.aeList.setCurrentRow(0)
    page.ui.reportedButton.click()
    qtbot.waitUntil(lambda: "✓ reported" in page.ui.aeList.item(0).text())
    assert page.ui.saeClockLabel.text() == ""


def test_an_impossible_adverse_event_is_refused_in_the_dialog(qtbot, launch, observing):
    path, passwords = observing
    window = open_observation(qtbot, launch, path, passwords)
    window.observation_page.ae_requested.emit(None)
    dialog = window.flow.observation.dialog
    ui = dialog.ui
    ui.termCombo.setCurrentText("fever")
    ui.onsetEdit.setText((datetime.now() + timedelta(days=1)).strftime("%d/%m/%Y %H:%M"))
    ui.gradeCombo.setCurrentIndex(1)
    ui.seriousCombo.setCurrentIndex(1)
    for box in (ui.relationLpCombo, ui.relationProductCombo, ui.actionCombo, ui.outcomeCombo):
        box.setCurrentIndex(1)
    ui.saveButton.click()
    qtbot.waitUntil(lambda: "future" in ui.messageLabel.text())
    assert dialog.isVisible()
    assert window.observation_page.ui.aeList.count() == 0
