"""A whole injection session with the keyboard and the scanner alone, never the mouse.

Every key goes to the widget that has keyboard focus (Tab / Shift+Tab, arrows, Space, Enter,
Alt+letter mnemonics, Ctrl shortcuts), as on the procedure-room workstation with gloves on:
no `.click()`, no mouse event, no slot called by the test. The scanner is a burst of key
events ending with Enter, sent to whatever has focus (tests/gui/test_vial_page.py).

Only time is helped along: the database's clock jumps forward to each scheduled observation
check and to the discharge six hours later, as the clock on the wall would.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from driving import Running, stop
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from test_vial_page import isbt, scanner_types

from maestro_desktop.gui.main_window import MainWindow
from maestro_desktop.gui.ops import Ops
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.worker import DbWorker
from maestro_desktop.settings import load_protocol

Key = Qt.Key
NO_MOD, ALT, SHIFT, CTRL = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier,
                            Qt.KeyboardModifier.ShiftModifier,
                            Qt.KeyboardModifier.ControlModifier)
BASELINE = (("systolic_bp", "124"), ("diastolic_bp", "78"), ("heart_rate", "72"),
            ("respiratory_rate", "14"), ("spo2", "98"), ("temperature", "36,8"))
OBSERVED = (("systolic_bp", "118"), ("diastolic_bp", "74"), ("heart_rate", "76"),
            ("respiratory_rate", "15"), ("spo2", "97"), ("temperature", "36,9"))


# --- the keyboard -------------------------------------------------------------------------
def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def name_of(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    face = QAccessible.queryAccessibleInterface(widget)
    text = face.text(QAccessible.Text.Name) if face is not None else ""
    return f"{type(widget).__name__} {text or widget.objectName() or '(unnamed)'!r}"


def press(qtbot, key: Key, modifier=NO_MOD) -> None:
    qtbot.keyClick(focus(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def mnemonic(qtbot, letter: str) -> None:
    """Alt+letter: the underlined letter of a button, a tab or a field's caption."""
    press(qtbot, getattr(Key, f"Key_{letter.upper()}"), ALT)


def tab_until(qtbot, accept: Callable[[QWidget], bool], what: str, *,
              backwards: bool = False, limit: int = 120) -> QWidget:
    """Tab (or Shift+Tab) until the focused widget is the one wanted; fails naming the way
    focus went when it cannot be reached."""
    path = []
    for _ in range(limit):
        widget = focus()
        if accept(widget):
            return widget
        path.append(name_of(widget))
        press(qtbot, Key.Key_Tab, SHIFT if backwards else NO_MOD)
    pytest.fail(f"{what} cannot be reached with the Tab key; focus went through: "
                + " -> ".join(path[:40]))


def tab_to(qtbot, widget: QWidget, **how) -> QWidget:
    return tab_until(qtbot, lambda w: w is widget, name_of(widget), **how)


def arrow_to(qtbot, target: QAbstractButton, group: list[QAbstractButton]) -> None:
    """Inside a group of answer buttons the arrow keys move between the choices."""
    for key in (Key.Key_Right, Key.Key_Down, Key.Key_Left, Key.Key_Up):
        for _ in range(len(group)):
            if focus() is target:
                return
            press(qtbot, key)
    assert focus() is target, f"the arrows never reach {name_of(target)}"


def settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.ops.pending == 0)


def choose(qtbot, window: MainWindow, row, label: str) -> None:  # noqa: ANN001 - ChoiceRow
    """Tab into the question's answers, arrow to the one wanted, Space."""
    buttons = row.group.buttons()
    target = row.button(label)
    tab_until(qtbot, lambda w: w in buttons, f"the answers of {row.question.text()!r}")
    arrow_to(qtbot, target, buttons)
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: target.isChecked())
    settle(qtbot, window)


def enter_text(qtbot, window: MainWindow, edit: QWidget, text: str) -> None:
    """Tab to the field, replace what it holds, Enter."""
    tab_to(qtbot, edit)
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, text)
    press(qtbot, Key.Key_Return)
    settle(qtbot, window)


def activate(qtbot, button: QAbstractButton) -> None:
    """Tab to a button and press Space."""
    tab_to(qtbot, button)
    press(qtbot, Key.Key_Space)


def log_in_by_keyboard(qtbot, window: MainWindow, username: str, password: str) -> None:
    page = window.login_page.ui
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.login_page
                    and focus() in (page.usernameEdit, page.passwordEdit))
    if not page.usernameEdit.text():
        assert focus() is page.usernameEdit
        type_text(qtbot, username)
        press(qtbot, Key.Key_Return)                  # Enter in the user name: to the password
    assert focus() is page.passwordEdit
    type_text(qtbot, password)
    press(qtbot, Key.Key_Return)


def fill_vitals(qtbot, window: MainWindow, form, values) -> None:  # noqa: ANN001 - VitalsForm
    for field, text in values:
        enter_text(qtbot, window, form.rows[field].edit, text)
    choose(qtbot, window, form.rows["oxygen"], "Air")
    choose(qtbot, window, form.rows["consciousness"], "A")


# --- the app, on a clock that can be moved forward ----------------------------------------
class Wall:
    """The database's clock: now, plus however far the test has moved it."""

    def __init__(self) -> None:
        self.ahead = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.ahead

    def set_to(self, moment: datetime) -> None:
        self.ahead = max(self.ahead, moment - datetime.now(UTC))


@dataclass
class App:
    window: MainWindow
    path: Path
    passwords: dict[str, str]
    wall: Wall
    running: Running


@pytest.fixture
def app(qtbot, qapp, demo_db):
    """The real main window, shown and active, on a training database whose clock is `wall`."""
    path, passwords = demo_db
    wall = Wall()
    protocol = load_protocol()
    worker = DbWorker(lambda: Clinic.open(path, protocol=protocol, clock=wall))
    window = MainWindow(Ops(worker))
    qapp.installEventFilter(window.idle)
    qtbot.addWidget(window)
    running = Running(window, worker)
    window.fatal.connect(running.fatal.append)
    window.resize(1280, 800)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.ops.pending == 0 and "Database:" in window.db_label.full_text,
                    timeout=10000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield App(window, path, passwords, wall, running)
    stop(qapp, running)


def journal(path) -> list[tuple[str, str, dict]]:
    with sqlite3.connect(path) as conn:
        return [(kind, actor, json.loads(payload)) for kind, actor, payload in conn.execute(
            "SELECT kind, actor, payload FROM journal WHERE session IN "
            "(SELECT id FROM sessions WHERE subject = '01-001') ORDER BY seq")]


def test_a_whole_session_with_keyboard_and_scanner_only(qtbot, app):
    window, path, passwords, wall = app.window, app.path, app.passwords, app.wall

    # Log in: the user name has focus; Enter moves to the password, Enter logs in.
    log_in_by_keyboard(qtbot, window, "dr.martin", passwords["dr.martin"])
    subjects = window.subjects_page
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is subjects
                    and bool(subjects.rows) and window.ops.pending == 0)

    # The subject list: arrows pick the subject, Enter opens the session of its next visit.
    table = subjects.ui.subjectTable
    tab_to(qtbot, table)
    press(qtbot, Key.Key_Home)
    assert subjects.selected().subject.code == "01-001"
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is window.checks_page)
    settle(qtbot, window)
    assert window.ui.subjectLabel.text() == "Subject 01-001"

    # The nurse switches in (Ctrl+U) and answers the pre-procedure checks.
    press(qtbot, Key.Key_U, CTRL)
    log_in_by_keyboard(qtbot, window, "nurse.leroy", passwords["nurse.leroy"])
    checks = window.checks_page
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is checks
                    and window.user.username == "nurse.leroy")
    settle(qtbot, window)
    rows = checks.rows
    for field in ("raised_icp", "puncture_site_infection", "antithrombotic", "breastfeeding",
                  "high_dose_corticosteroids", "relapse_or_new_t2", "new_dmd", "other_trial"):
        choose(qtbot, window, rows[field], "No")
    choose(qtbot, window, rows["consent_valid"], "Yes")
    choose(qtbot, window, rows["pregnancy_test"], "Negative")
    enter_text(qtbot, window, rows["platelets_g_per_l"].edit, "180")
    enter_text(qtbot, window, rows["platelets_sampled_on"].edit,
               date.today().strftime("%d/%m/%Y"))
    fill_vitals(qtbot, window, checks.vitals, BASELINE)
    activate(qtbot, checks.vitals.button)
    qtbot.waitUntil(lambda: "Baseline recorded" in checks.vitals.summary.text())
    settle(qtbot, window)
    assert "GO" in checks.ui.outcomeLabel.text(), checks.ui.verdictText.text()

    # The investigator switches back in and records GO with its mnemonic (Alt+G).
    press(qtbot, Key.Key_U, CTRL)
    log_in_by_keyboard(qtbot, window, "dr.martin", passwords["dr.martin"])
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is checks
                    and window.user.username == "dr.martin")
    settle(qtbot, window)
    qtbot.waitUntil(checks.ui.goButton.isEnabled)
    mnemonic(qtbot, "G")
    vial = window.vial_page
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is vial)
    settle(qtbot, window)

    # The vial: the scanner reads the label wherever focus is (outside a text field).
    scanner_types(qtbot, isbt(1))
    qtbot.waitUntil(lambda: "scanned by dr.martin" in vial.ui.outcomeLabel.text())
    mnemonic(qtbot, "N")                                              # thawed &Now
    qtbot.waitUntil(lambda: "second person" in vial.ui.reasonsLabel.text())
    # The second person: Alt+U to the user name, Tab, password, Enter, then scans the vial.
    mnemonic(qtbot, "U")
    assert focus() is vial.ui.secondUserEdit
    type_text(qtbot, "nurse.leroy")
    press(qtbot, Key.Key_Tab)
    assert focus() is vial.ui.secondPasswordEdit
    type_text(qtbot, passwords["nurse.leroy"])
    press(qtbot, Key.Key_Return)
    assert focus() not in (vial.ui.secondUserEdit, vial.ui.secondPasswordEdit), \
        "after Enter in the password the scan would be typed into a field"
    scanner_types(qtbot, isbt(1))
    procedure = window.procedure_page
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is procedure)
    settle(qtbot, window)

    # The step rail is reachable too: Shift+Tab to it, Up to the vial step, Enter shows it;
    # Down and Enter come back to the procedure.
    rail = window.ui.stepRail
    tab_to(qtbot, rail, backwards=True)
    press(qtbot, Key.Key_Up)
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is vial)
    assert "verified by dr.martin and nurse.leroy" in vial.ui.outcomeLabel.text()
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is procedure)
    settle(qtbot, window)

    # The procedure: Tab to each stamp's fields and button; arrows pick from the lists.
    rows = procedure.rows
    activate(qtbot, rows["positioned"].button)
    qtbot.waitUntil(lambda: rows["positioned"].done_label.isVisible())
    needle = rows["needle_in"].fields
    for box in (needle["spinal_level"], needle["needle_gauge"]):
        tab_to(qtbot, box)
        press(qtbot, Key.Key_Down)
        press(qtbot, Key.Key_Down)                                    # L3-L4, 22G atraumatic
    tab_to(qtbot, needle["attempts"])
    press(qtbot, Key.Key_Up)                                          # 2 attempts
    activate(qtbot, rows["needle_in"].button)
    qtbot.waitUntil(lambda: rows["needle_in"].done_label.isVisible())
    assert rows["needle_in"].done_label.text().endswith("L3-L4, 22G atraumatic, 2 attempts")
    csf = rows["csf_obtained"].fields
    enter_text(qtbot, window, csf["volume_ml"], "2,5")
    tab_to(qtbot, csf["appearance"])
    press(qtbot, Key.Key_Down)                                        # clear
    activate(qtbot, rows["csf_obtained"].button)
    qtbot.waitUntil(lambda: rows["csf_obtained"].done_label.isVisible())
    activate(qtbot, rows["infusion_start"].button)
    qtbot.waitUntil(lambda: rows["infusion_start"].done_label.isVisible())
    enter_text(qtbot, window, rows["infusion_end"].fields["volume_ml"], "10")
    activate(qtbot, rows["infusion_end"].button)
    # Ten millilitres in a few seconds: the investigator acknowledges the deviation.
    qtbot.waitUntil(procedure.ui.ackButton.isVisible)
    enter_text(qtbot, window, procedure.ui.ackCommentEdit, "Test walk: infusion not timed")
    mnemonic(qtbot, "A")                                              # &Acknowledge
    qtbot.waitUntil(lambda: "Acknowledged by dr.martin" in procedure.ui.infusionLabel.text())
    activate(qtbot, rows["needle_out"].button)
    qtbot.waitUntil(lambda: rows["needle_out"].done_label.isVisible())
    activate(qtbot, rows["lying_flat"].button)
    observation = window.observation_page
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is observation)
    settle(qtbot, window)

    # Observation: each scheduled set of vital signs as it falls due, then the discharge.
    plan = list(observation.state.plan)
    assert len(plan) == 10
    for number, check in enumerate(plan, start=1):
        wall.set_to(check.due + timedelta(minutes=1))
        fill_vitals(qtbot, window, observation.vitals, OBSERVED)
        enter_text(qtbot, window, observation.extras["pain"].edit, "0")
        choose(qtbot, window, observation.extras["headache"], "No")
        activate(qtbot, observation.vitals.button)
        qtbot.waitUntil(lambda n=number: len(observation.state.sets) == n)
        settle(qtbot, window)
    assert all(s.done_at for s in observation.state.states)
    wall.set_to(plan[-1].due + timedelta(minutes=5))
    mnemonic(qtbot, "D")                                              # the &Discharge tab
    assert observation.ui.tabs.currentWidget() is observation.ui.dischargeTab
    for box in observation.criteria.values():
        tab_to(qtbot, box)
        press(qtbot, Key.Key_Space)
        assert box.isChecked()
    mnemonic(qtbot, "C")                                              # Record the dis&charge
    signoff = window.signoff_page
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is signoff, timeout=10000)
    settle(qtbot, window)

    # Sign-off: Alt+M to the meaning, Down to choose, Alt+P to the password, Enter signs.
    mnemonic(qtbot, "M")
    assert focus() is signoff.ui.meaningCombo
    press(qtbot, Key.Key_Down)
    assert signoff.ui.meaningCombo.currentData() == "performed by"
    mnemonic(qtbot, "P")
    assert focus() is signoff.ui.passwordEdit
    type_text(qtbot, passwords["dr.martin"])
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: "✓ Signed" in signoff.ui.statusLabel.text(), timeout=10000)
    settle(qtbot, window)

    events = journal(path)
    actors = {}
    for kind, actor, _payload in events:
        actors.setdefault(kind, set()).add(actor)
    assert actors["session.opened"] == {"dr.martin"}
    assert actors["checks.answered"] == {"nurse.leroy"}
    assert actors["checks.verdict"] == {"dr.martin"}
    assert actors["session.discharged"] == actors["session.signed"] == {"dr.martin"}
    verified = next(p for kind, _a, p in events if kind == "vial.verified")
    assert verified["second"] == "nurse.leroy"
    assert [p["kind"] for kind, _a, p in events if kind == "procedure.stamped"] == [
        "positioned", "needle_in", "csf_obtained", "infusion_start", "infusion_end",
        "needle_out", "lying_flat"]
    sets = [p for kind, _a, p in events if kind == "vitals.recorded"]
    assert len(sets) == 1 + len(plan)                       # the baseline, then every check
    assert [s["check_key"] for s in sets[1:]] == [check.key for check in plan]
    assert app.running.fatal == []


def test_tab_and_shift_tab_leave_the_tables(qtbot, app):
    """Tab moves to the next control, not to the next cell: a table is no keyboard trap."""
    log_in_by_keyboard(qtbot, app.window, "dr.martin", app.passwords["dr.martin"])
    subjects = app.window.subjects_page
    qtbot.waitUntil(lambda: app.window.ui.pages.currentWidget() is subjects
                    and bool(subjects.rows))
    table = subjects.ui.subjectTable
    tab_to(qtbot, table)
    press(qtbot, Key.Key_Tab)
    assert focus() is not table
    press(qtbot, Key.Key_Tab, SHIFT)
    assert focus() is table
    press(qtbot, Key.Key_Tab, SHIFT)
    assert focus() is not table
    # Ctrl+B opens the cell bank; its table lets Tab through as well.
    press(qtbot, Key.Key_B, CTRL)
    bank = app.window.cellbank_page
    qtbot.waitUntil(lambda: app.window.ui.pages.currentWidget() is bank
                    and bank.model.rowCount() > 0)
    tab_to(qtbot, bank.ui.vialTable)
    press(qtbot, Key.Key_Tab)
    assert focus() is not bank.ui.vialTable
    mnemonic(qtbot, "B")                                            # &Back to the subject list
    qtbot.waitUntil(lambda: app.window.ui.pages.currentWidget() is subjects)


def tab_sequence(qtbot, start: QWidget, limit: int = 80) -> list[QWidget]:
    """The controls Tab visits from `start` until it comes back to it."""
    tab_to(qtbot, start)
    seen = [start]
    for _ in range(limit):
        press(qtbot, Key.Key_Tab)
        if focus() is start:
            return seen
        seen.append(focus())
    pytest.fail("Tab never comes back to where it started")


def test_tab_goes_down_the_checklist_then_to_the_baseline_vitals(qtbot, launch, demo_db):
    from test_accessibility import reach_checks

    path, passwords = demo_db
    page = reach_checks(qtbot, launch, path, passwords).page
    checklist = [w for row in page.rows.values() for w in row.findChildren(QWidget)
                 if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    vitals = [row.edit for row in page.vitals.rows.values() if hasattr(row, "edit")]
    sequence = tab_sequence(qtbot, checklist[0])
    last_answer = max(sequence.index(w) for w in checklist if w in sequence)
    if sequence[last_answer + 1] is not vitals[0]:
        pytest.xfail(
            "needs a Python change: Tab goes from the last checklist answer to the baseline "
            "vitals only through the rail and the verdict buttons, because "
            "gui/checks_page.py ChecksPage._build_rows adds the rows after the vital-signs "
            "form was built (they come last in the focus chain); at the end of _build_rows, "
            "QWidget.setTabOrder(a, b) for each consecutive pair of: the Tab-focusable "
            "widgets of each row in order, then those of self.vitals, then goButton, "
            "noGoButton")
    assert sequence.index(page.vitals.button) > sequence.index(vitals[-1])


def test_tab_reaches_the_extra_items_before_recording_the_set(qtbot, launch, demo_db):
    """Observation: pain, headache and the neurological check come before the button that
    records the set, as on screen."""
    from test_accessibility import reach_observation

    path, passwords = demo_db
    page = reach_observation(qtbot, launch, path, passwords).page
    extras = [page.extras["pain"].edit, page.extras["neuro_note"].edit]
    sequence = tab_sequence(qtbot, page.vitals.rows["systolic_bp"].edit)
    assert all(w in sequence for w in extras)
    if sequence.index(page.vitals.button) < max(sequence.index(w) for w in extras):
        pytest.xfail(
            "needs a Python change: Tab reaches 'Record this set of vital signs' before Pain, "
            "Headache and Neurological check, then leaves the form for the rail, because "
            "gui/observation_page.py ObservationPage.__init__ inserts the extra rows into the "
            "vitals layout after the form's button was created; after that loop, "
            "QWidget.setTabOrder(a, b) for each consecutive pair of: scheduleList, "
            "missedButton, tabs.tabBar(), the Tab-focusable widgets of each vitals row, of "
            "each extra row, vitals.button, vitals.confirm_button, scaleButton")


@pytest.mark.parametrize("screen", ["checks", "observation"])
def test_the_control_with_focus_is_scrolled_into_view(qtbot, launch, demo_db, screen):
    """Long forms scroll: wherever Tab lands, the control is on screen."""
    import test_accessibility

    path, passwords = demo_db
    reach = {"checks": test_accessibility.reach_checks,
             "observation": test_accessibility.reach_observation}[screen]
    window = reach(qtbot, launch, path, passwords).window
    stops = len(tab_sequence(qtbot, window.ui.stepRail))
    hidden = []
    for _ in range(2 * stops):                # twice round: into each form from every side
        press(qtbot, Key.Key_Tab)
        QApplication.processEvents()
        if focus().visibleRegion().isEmpty():
            hidden.append(name_of(focus()))
    if hidden:
        pytest.xfail(
            "needs a Python change: Tab lands on controls scrolled out of sight ("
            + ", ".join(sorted(set(hidden))) + "): a QScrollArea scrolls to the focused "
            "control only when Tab moves inside it, not when focus enters it from outside; "
            "in gui/main_window.py MainWindow.__init__ connect "
            "QApplication.instance().focusChanged to a slot that finds the new focus "
            "widget's nearest QScrollArea ancestor and calls area.ensureWidgetVisible(new)")
