"""Bedside accessibility of the main screens, at the screenshot size (1280 x 800).

Each screen is reached on a training database as `make screenshots` does, then checked:
- every visible control has a name a screen reader can speak (its accessible name, its text,
  or the caption whose buddy it is);
- the screen fits a 1280 px wide display;
- every visible control is at least 44 px high (buttons and tabs 44 px wide too), and so are
  the rows of lists and tables, for gloved fingers;
- the mnemonics (Alt+letter) of what is on screen are unique, so each one does what it says;
- an alert (a label with alert="error" or "warning") carries a symbol, never colour alone.
The style sheet's colour pairs are checked for contrast (WCAG 2 relative luminance), and a
subprocess shows that the fonts follow the platform's font DPI.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import maestro_desktop.resources
import pytest
from driving import log_in
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QWidget,
)
from test_observation_page import FEVERISH
from test_procedure_page import prepare_procedure
from test_vial_page import BASELINE, isbt, scanner_types
from visit_day import reach_go

from maestro_desktop.domain.observation import Extras
from maestro_desktop.domain.vitals import VitalSigns
from maestro_desktop.services import (
    accounts,
    checks,
    demo_sessions,
    observation,
    procedure,
    sessions,
    vials,
)
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.demo import demo_din

SIZE = QSize(1280, 800)
MIN_TARGET = 44                                  # px, the touch target of WCAG 2.5.5 / Apple HIG
STYLE = Path(maestro_desktop.resources.__file__).parent / "style.qss"
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit, QTabBar)
# What marks an alert besides its colour (the ellipsis "…" means "pending", not "warning").
ALERT_SYMBOLS = "⚠✕✗✖⛔❗‼🛑"


# --- reaching each screen ------------------------------------------------------------------
@dataclass
class Reached:
    window: object
    page: QWidget


def on(qtbot, window, page) -> Reached:
    qtbot.waitUntil(lambda: window.ui.pages.currentWidget() is page and window.ops.pending == 0,
                    timeout=10000)
    return Reached(window, page)


def logged_in(qtbot, launch, path, passwords, user: str = "dr.martin"):
    window = launch(path).window
    log_in(qtbot, window, user, passwords[user])
    qtbot.waitUntil(lambda: window.user is not None and window.ops.pending == 0)
    return window


def alt(qtbot, letter: str) -> None:
    qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{letter}"),
                   Qt.KeyboardModifier.AltModifier)


def services(path, passwords, clock: Callable[[], datetime] | None = None):
    """The database opened beside the app, to set a screen's state up (closed by the caller)."""
    clinic = Clinic.open(path, clock=clock) if clock else Clinic.open(path)
    doctor = accounts.login(clinic, "dr.martin", passwords["dr.martin"])
    nurse = accounts.login(clinic, "nurse.leroy", passwords["nurse.leroy"])
    return clinic, doctor, nurse


def answer_checks(clinic, nurse, session, platelets: int) -> None:
    answers = {"raised_icp": False, "puncture_site_infection": False, "antithrombotic": False,
               "breastfeeding": False, "high_dose_corticosteroids": False,
               "relapse_or_new_t2": False, "new_dmd": False, "other_trial": False,
               "consent_valid": True, "pregnancy_test": "negative",
               "platelets_g_per_l": platelets, "platelets_sampled_on": clinic.today()}
    for field, value in answers.items():
        checks.answer(clinic, nurse, session, field, value)


def reach_login(qtbot, launch, path, passwords) -> Reached:
    window = launch(path).window
    return on(qtbot, window, window.login_page)


def reach_subjects(qtbot, launch, path, passwords) -> Reached:
    window = logged_in(qtbot, launch, path, passwords)
    qtbot.waitUntil(lambda: bool(window.subjects_page.rows))
    return on(qtbot, window, window.subjects_page)


def reach_eligibility(qtbot, launch, path, passwords) -> Reached:
    window = reach_subjects(qtbot, launch, path, passwords).window
    alt(qtbot, "E")                                     # &Eligibility… of 01-001
    return on(qtbot, window, window.eligibility_page)


def reach_checks(qtbot, launch, path, passwords) -> Reached:
    """01-001's checks answered with 42 G/L platelets: the NO-GO reason beside its item."""
    clinic, doctor, nurse = services(path, passwords)
    try:
        session = sessions.open_session(clinic, doctor, "01-001", "V1").id
        answer_checks(clinic, nurse, session, platelets=42)
    finally:
        clinic.close()
    window = logged_in(qtbot, launch, path, passwords)
    return on(qtbot, window, window.checks_page)


def reach_vial(qtbot, launch, path, passwords) -> Reached:
    """Scanned and thawed: waiting for the second person."""
    clinic, doctor, nurse = services(path, passwords)
    try:
        session = reach_go(clinic, doctor, nurse, BASELINE)
        vials.scan(clinic, nurse, session, isbt(1))
        vials.set_thaw_time(clinic, nurse, session, clinic.now() - timedelta(minutes=5))
    finally:
        clinic.close()
    window = logged_in(qtbot, launch, path, passwords, "nurse.leroy")
    return on(qtbot, window, window.vial_page)


def reach_vial_hard_stop(qtbot, launch, path, passwords) -> Reached:
    clinic, doctor, nurse = services(path, passwords)
    try:
        reach_go(clinic, doctor, nurse, BASELINE)
    finally:
        clinic.close()
    window = logged_in(qtbot, launch, path, passwords, "nurse.leroy")
    reached = on(qtbot, window, window.vial_page)
    scanner_types(qtbot, isbt(10))                      # a vial in quarantine
    qtbot.waitUntil(lambda: "DO NOT USE" in window.vial_page.ui.outcomeLabel.text())
    return on(qtbot, window, reached.page)


def stamp_to_infusion_end(path, passwords, clock=None) -> None:
    clinic, _doctor, nurse = services(path, passwords, clock)
    try:
        session = clinic.db.execute("SELECT id FROM sessions WHERE status = 'open'").fetchone()[0]
        details = {"needle_in": {"spinal_level": "L3-L4", "needle_gauge": "22G atraumatic",
                                 "attempts": 1},
                   "csf_obtained": {"volume_ml": 2, "appearance": "clear"},
                   "infusion_end": {"volume_ml": 10}}
        for kind in ("positioned", "needle_in", "csf_obtained", "infusion_start",
                     "infusion_end"):
            procedure.stamp(clinic, nurse, session, kind, details=details.get(kind))
    finally:
        clinic.close()


def reach_procedure(qtbot, launch, path, passwords) -> Reached:
    """Infusion ended too fast: the deviation waits for the investigator's acknowledgement."""
    prepare_procedure((path, passwords), minutes_ago=30)
    stamp_to_infusion_end(path, passwords)
    window = logged_in(qtbot, launch, path, passwords, "nurse.leroy")
    reached = on(qtbot, window, window.procedure_page)
    assert reached.page.ui.ackButton.isVisible()
    return reached


def reach_procedure_stability_expired(qtbot, launch, path, passwords) -> Reached:
    """Vial thawed 5 h 20 min ago (4 h stability): the timer is past its end."""
    prepare_procedure((path, passwords), minutes_ago=300)
    window = logged_in(qtbot, launch, path, passwords, "nurse.leroy")
    reached = on(qtbot, window, window.procedure_page)
    label = reached.page.timer_labels["stability_left"]
    qtbot.waitUntil(lambda: label.property("alert") == "error")
    return reached


def prepare_observation(path, passwords) -> None:
    """The procedure of 01-001 recorded 48 to 34 minutes ago: T+15 and T+30 overdue."""
    prepare_procedure((path, passwords), minutes_ago=50)
    moment = [datetime.now(UTC) - timedelta(minutes=48)]
    clinic, _doctor, nurse = services(path, passwords, lambda: moment[0])
    try:
        session = clinic.db.execute("SELECT id FROM sessions WHERE status = 'open'").fetchone()[0]
        details = {"needle_in": {"spinal_level": "L3-L4", "needle_gauge": "22G atraumatic",
                                 "attempts": 1}, "infusion_end": {"volume_ml": 10}}
        for kind, minutes in (("positioned", 0), ("needle_in", 2), ("infusion_start", 5),
                              ("infusion_end", 12), ("needle_out", 13), ("lying_flat", 14)):
            moment[0] = datetime.now(UTC) - timedelta(minutes=48 - minutes)
            procedure.stamp(clinic, nurse, session, kind, details=details.get(kind))
    finally:
        clinic.close()


def reach_observation(qtbot, launch, path, passwords) -> Reached:
    prepare_observation(path, passwords)
    window = logged_in(qtbot, launch, path, passwords, "nurse.leroy")
    reached = on(qtbot, window, window.observation_page)
    assert "OVERDUE" in reached.page.ui.overdueBanner.text()
    return reached


def reach_observation_tab(letter: str, tab: str) -> Callable[..., Reached]:
    def reach(qtbot, launch, path, passwords) -> Reached:
        reached = reach_observation(qtbot, launch, path, passwords)
        alt(qtbot, letter)
        tabs = reached.page.ui.tabs
        qtbot.waitUntil(lambda: tabs.currentWidget() is getattr(reached.page.ui, tab))
        return reached
    return reach


def reach_observation_news2_medium(qtbot, launch, path, passwords) -> Reached:
    """A set scoring NEWS2 5 (medium): the score line turns red."""
    prepare_observation(path, passwords)
    clinic, _doctor, nurse = services(path, passwords)
    try:
        session = clinic.db.execute("SELECT id FROM sessions WHERE status = 'open'").fetchone()[0]
        observation.record_observation(clinic, nurse, session,
                                       VitalSigns(104, 70, 112, 22, 95, False, 38.4, "A"),
                                       Extras(pain=2), confirmed=True)
    finally:
        clinic.close()
    window = logged_in(qtbot, launch, path, passwords, "nurse.leroy")
    reached = on(qtbot, window, window.observation_page)
    assert reached.page.ui.news2Label.property("alert") == "error"
    return reached


def reach_observation_unusual_value(qtbot, launch, path, passwords) -> Reached:
    """38.4 °C typed in a set: the form asks to confirm the unusual value beside its field."""
    reached = reach_observation(qtbot, launch, path, passwords)
    form = reached.page.vitals
    form.enter(FEVERISH, oxygen=False, consciousness="A")
    form.button.click()
    qtbot.waitUntil(form.confirm_button.isVisible)
    return reached


def reach_signoff(qtbot, launch, path, passwords) -> Reached:
    clinic, doctor, nurse = services(path, passwords)
    try:
        demo_sessions.complete_session(clinic, doctor, nurse, passwords, "01-001", "V1",
                                       demo_din(1), datetime.now(UTC) - timedelta(days=1),
                                       sign=False)
    finally:
        clinic.close()
    window = logged_in(qtbot, launch, path, passwords)
    return on(qtbot, window, window.signoff_page)


def reach_subjects_after_no_go(qtbot, launch, path, passwords) -> Reached:
    """NO-GO recorded on the checks screen: the subject list says the session closed."""
    reached = reach_checks(qtbot, launch, path, passwords)
    window = reached.window

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, fill_dialog)
            return
        field = dialog.ui.reasonEdit                    # typed into, wherever focus is yet
        qtbot.keyClicks(field, "Haematology opinion requested")
        qtbot.keyClick(field, Qt.Key.Key_Return)        # Enter: the default button
    QTimer.singleShot(50, fill_dialog)
    alt(qtbot, "N")                                     # Record &NO-GO…
    reached = on(qtbot, window, window.subjects_page)
    assert "not performed" in window.subjects_page.ui.messageLabel.text()
    return reached


def reach_cellbank(qtbot, launch, path, passwords) -> Reached:
    window = reach_subjects(qtbot, launch, path, passwords).window
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    reached = on(qtbot, window, window.cellbank_page)
    qtbot.waitUntil(lambda: window.cellbank_page.model.rowCount() > 0)
    return reached


SCREENS = {
    "login": reach_login, "subject-list": reach_subjects, "eligibility": reach_eligibility,
    "checks": reach_checks, "vial": reach_vial, "vial-hard-stop": reach_vial_hard_stop,
    "procedure": reach_procedure, "observation": reach_observation,
    "observation-adverse-events": reach_observation_tab("A", "aeTab"),
    "observation-discharge": reach_observation_tab("D", "dischargeTab"),
    "signoff": reach_signoff,
    "cell-bank": reach_cellbank,
}
# The same screens in the states that raise an alert written by the code.
SCREENS |= {
    "subjects-after-no-go": reach_subjects_after_no_go,
    "observation-news2-medium": reach_observation_news2_medium,
    "observation-unusual-value": reach_observation_unusual_value,
    "procedure-stability-expired": reach_procedure_stability_expired,
}


# --- what is checked on a screen -------------------------------------------------------------
def shown(reached: Reached) -> list[QWidget]:
    """The visible widgets of the window (banner, toolbar, rail and the current page)."""
    window = reached.window
    window.resize(SIZE)
    QApplication.processEvents()
    return [w for w in window.findChildren(QWidget) if w.isVisible()
            and not w.window().isHidden() and w.window() is window]


def controls(widgets: list[QWidget]) -> list[QWidget]:
    """The controls a user acts on, and whatever else takes the keyboard focus (a scroll
    area); their own inner parts (a spin box's line edit, a table's headers and corner
    button, a tab bar's scroll arrows) belong to them."""
    def inner(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, INTERACTIVE):
                return True
            parent = parent.parentWidget()
        return False
    takes_focus = Qt.FocusPolicy.TabFocus
    return [w for w in widgets if (isinstance(w, INTERACTIVE) or (
                w.focusPolicy() & takes_focus and w.focusProxy() is None))
            and not isinstance(w, QHeaderView) and not inner(w)]


def describe(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    name = widget.accessibleName() or (face.text(QAccessible.Text.Name) if face else "")
    return f"{type(widget).__name__} {widget.objectName() or name or '(unnamed)'!r}"


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name.

    On Linux Qt reports a combo box's current value as its name and leaves the label to the
    'labelled by' relation, so a combo box needs its accessibleName or a buddy caption."""
    face = QAccessible.queryAccessibleInterface(widget)
    if isinstance(widget, QComboBox):
        labels = [iface.text(QAccessible.Text.Name) for iface, _relation
                  in face.relations(QAccessible.Relation.Label)]
        return widget.accessibleName() or " ".join(labels)
    if isinstance(widget, QTabBar):
        return " ".join(face.child(i).text(QAccessible.Text.Name) or ""
                        for i in range(face.childCount())
                        if face.child(i).role() == QAccessible.Role.PageTab)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def unnamed(widgets: list[QWidget]) -> list[str]:
    problems = [describe(w) for w in controls(widgets) if not spoken_name(w).strip()]
    for bar in (w for w in controls(widgets) if isinstance(w, QTabBar)):
        problems += [f"tab {i} of {describe(bar)}" for i in range(bar.count())
                     if not bar.tabText(i).replace("&", "").strip()]
    return problems


def too_small(widgets: list[QWidget]) -> list[str]:
    problems = []
    for widget in (w for w in controls(widgets) if isinstance(w, INTERACTIVE)):
        wide = isinstance(widget, QAbstractButton)
        if widget.height() < MIN_TARGET or (wide and widget.width() < MIN_TARGET):
            problems.append(f"{describe(widget)} is {widget.width()}x{widget.height()} px")
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                rect = widget.tabRect(i)
                if rect.height() < MIN_TARGET or rect.width() < MIN_TARGET:
                    problems.append(f"tab {widget.tabText(i)!r} is {rect.width()}x"
                                    f"{rect.height()} px")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None \
                and widget.model().rowCount() > 0:
            row = widget.visualRect(widget.model().index(0, 0)).height()
            if row < MIN_TARGET:
                problems.append(f"the rows of {describe(widget)} are {row} px high")
    return problems


def mnemonic_of(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashing_mnemonics(widgets: list[QWidget]) -> list[str]:
    """Two visible Alt+letter on one screen: Qt then only moves focus between them."""
    owners: dict[str, list[str]] = {}
    for widget in widgets:
        texts = []
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = mnemonic_of(text)
            if letter:
                owners.setdefault(letter, []).append(text.replace("&", ""))
    return [f"Alt+{letter.upper()}: {' / '.join(names)}" for letter, names in owners.items()
            if len(names) > 1]


def alerts_without_symbol(widgets: list[QWidget]) -> list[tuple[QLabel, str]]:
    return [(label, f"{label.objectName() or label.accessibleName()!r}: {label.text()!r}")
            for label in widgets if isinstance(label, QLabel)
            and label.property("alert") in ("error", "warning") and label.text().strip()
            and not any(symbol in label.text() for symbol in ALERT_SYMBOLS)]


@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_controls_are_named_big_enough_and_alerts_marked(qtbot, launch, demo_db,
                                                                 screen):
    path, passwords = demo_db
    reached = SCREENS[screen](qtbot, launch, path, passwords)
    widgets = shown(reached)
    assert controls(widgets), "nothing to check: the screen was not reached"
    window = reached.window
    assert window.width() <= SIZE.width(), (
        f"{screen}: the window needs {window.minimumSizeHint().width()} px, wider than a "
        f"{SIZE.width()} px screen")
    for title, problems in (
            ("controls without a spoken name", unnamed(widgets)),
            ("touch targets under 44 px", too_small(widgets)),
            ("one Alt+letter for two controls", clashing_mnemonics(widgets)),
            ("alerts shown by colour alone",
             [text for _label, text in alerts_without_symbol(widgets)])):
        assert not problems, f"{screen}: {title}:\n" + "\n".join(problems)


# --- contrast --------------------------------------------------------------------------------
def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def over(color: QColor, background: QColor) -> QColor:
    """A translucent colour as painted over its background."""
    a = color.alphaF()
    return QColor.fromRgbF(*(a * getattr(color, c)() + (1 - a) * getattr(background, c)()
                             for c in ("redF", "greenF", "blueF")))


def contrast(text: QColor, background: QColor) -> float:
    lighter, darker = sorted((luminance(over(text, background)), luminance(background)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def qss_rules(text: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, declarations) for every selector of every rule, in order."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    rules = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        declarations = dict((k.strip(), v.strip()) for k, v in
                            (part.split(":", 1) for part in body.split(";") if ":" in part))
        rules += [(selector.strip(), declarations) for selector in selectors.split(",")]
    return rules


def colour(value: str | None) -> QColor | None:
    for token in (value or "").split():
        candidate = QColor(token)
        if candidate.isValid():
            return candidate
    return None


def base_selector(selector: str) -> str:
    """'#outcomeLabel[verdict="GO"]' -> '#outcomeLabel', '#stepRail::item:selected' ->
    '#stepRail::item': the rule whose size and weight it shares."""
    return re.sub(r"(\[[^\]]*\]|:(?!:)[\w-]+)+$", "", selector)


@dataclass
class Pair:
    where: str
    text: QColor
    background: QColor
    large: bool

    @property
    def needed(self) -> float:
        return 3.0 if self.large else 4.5


def style_pairs(rules: list[tuple[str, dict[str, str]]], palette: QPalette) -> list[Pair]:
    """Every text colour of the style sheet on the background it is painted on.

    A rule's own background, else its container's ('#banner QLabel' on '#banner',
    '#stepRail::item' on '#stepRail'), else both surfaces a label may sit on: the window and
    a white card. A background without a text colour of its own is read with the palette's
    text colour, unless its contents have their own rules. Disabled states are excepted."""
    declared: dict[str, dict[str, str]] = {}
    for selector, declarations in rules:
        declared.setdefault(selector, {}).update(declarations)
    default_pt = float(re.sub(r"[^\d.]", "", declared["*"]["font-size"]))
    window, white = palette.color(QPalette.ColorRole.Window), QColor("white")

    def inherited(selector: str, key: str) -> str | None:
        chain = [selector, base_selector(selector)]
        if " " in selector:
            chain.append(selector.rsplit(" ", 1)[0] + " QLabel")
        return next((declared[s][key] for s in chain if key in declared.get(s, {})), None)

    def container_background(selector: str) -> QColor | None:
        if "::" in selector:
            return colour(declared.get(selector.split("::")[0], {}).get("background"))
        if " " in selector:
            return colour(declared.get(selector.split(" ")[0], {}).get("background"))
        return None

    pairs = []
    for selector, declarations in declared.items():
        if ":disabled" in selector:
            continue
        text = colour(declarations.get("color"))
        own = colour(declarations.get("background") or declarations.get("background-color"))
        size = inherited(selector, "font-size") or f"{default_pt}pt"
        points = float(re.sub(r"[^\d.]", "", size)) * (0.75 if size.endswith("px") else 1)
        bold = (inherited(selector, "font-weight") or "") in ("bold", "600", "700", "800")
        large = points >= 18 or (bold and points >= 14)
        if text is None and own is not None:
            if any(other.startswith(selector + " ") or other.startswith(selector + "::")
                   for other in declared):
                continue                                # its contents have their own colours
            role = (QPalette.ColorRole.ButtonText if selector.startswith("QPushButton")
                    else QPalette.ColorRole.WindowText)
            text = palette.color(role)
        if text is None:
            continue
        if own is None:
            own = container_background(selector)
        for background in ([own] if own is not None else [window, white]):
            pairs.append(Pair(selector, text, background, large))
    return pairs


def widget_palette_pairs() -> list[Pair]:
    """Text the palette paints, read from widgets polished by the style sheet: plain text on
    the window, typed and placeholder text in a field, table rows, a selected row."""
    field, table = QLineEdit(), QTableWidget(1, 1)
    field.ensurePolished()
    table.ensurePolished()
    roles = QPalette.ColorRole
    window = QApplication.palette()
    return [
        Pair("window text", window.color(roles.WindowText), window.color(roles.Window), False),
        Pair("field text", field.palette().color(roles.Text), field.palette().color(roles.Base),
             False),
        Pair("placeholder text (DD/MM/YYYY HH:MM…)", field.palette().color(roles.PlaceholderText),
             field.palette().color(roles.Base), False),
        Pair("table row", table.palette().color(roles.Text), table.palette().color(roles.Base),
             False),
        Pair("alternate table row", table.palette().color(roles.Text),
             table.palette().color(roles.AlternateBase), False),
        Pair("selected row", table.palette().color(roles.HighlightedText),
             table.palette().color(roles.Highlight), False),
    ]


def test_text_contrast_of_the_style_sheet_and_palette(qapp):
    pairs = style_pairs(qss_rules(STYLE.read_text(encoding="utf-8")), qapp.palette())
    pairs += widget_palette_pairs()
    assert len(pairs) > 20, "the style sheet was not read"
    failing = [f"{p.where}: {p.text.name()} on {p.background.name()} is "
               f"{contrast(p.text, p.background):.2f}:1, needs {p.needed}:1"
               for p in pairs if contrast(p.text, p.background) < p.needed]
    assert not failing, "\n".join(failing)


def test_alert_colours_are_readable_on_every_surface(qapp):
    """Alert colours on the window, on a white card and on the selected rail step."""
    rules = dict(qss_rules(STYLE.read_text(encoding="utf-8")))
    surfaces = [qapp.palette().color(QPalette.ColorRole.Window), QColor("white"),
                colour(rules["#card"]["background"])]
    for kind in ("error", "warning"):
        text = colour(rules[f'QLabel[alert="{kind}"]']["color"])
        for surface in surfaces:
            assert contrast(text, surface) >= 4.5, (kind, surface.name())


def test_focus_ring_stands_out_from_the_control(qapp):
    """The keyboard focus ring (WCAG 1.4.11): 3:1 against the control it surrounds."""
    rules = dict(qss_rules(STYLE.read_text(encoding="utf-8")))
    base = qapp.palette().color(QPalette.ColorRole.Base)
    checked = [("QPushButton:focus", colour(rules["QPushButton"]["background"])),
               ("QLineEdit:focus", base)]
    checked += [(f"{state}:focus", colour(rules[state]["background"]))
                for state in ("QPushButton:default", "QPushButton:checked")]
    for selector, background in checked:
        ring = colour(rules.get(selector, {}).get("border") or rules.get(selector, {})
                      .get("border-color"))
        assert ring is not None, f"{selector} draws no focus ring"
        assert contrast(ring, background) >= 3.0, (selector, ring.name(), background.name(),
                                                   round(contrast(ring, background), 2))


# --- the system's font scale ---------------------------------------------------------------
RENDER_LOGIN = """
import sys
from PySide6.QtWidgets import QApplication
from maestro_desktop.gui import app as gui_app
from maestro_desktop.gui.app import setup_application

if len(sys.argv) > 1:      # the system's text size, as the desktop's settings would give it
    gui_app.system_text_pt = lambda: float(sys.argv[1])
from maestro_desktop.gui.main_window import MainWindow

app = setup_application(["maestro-font-scale"])
window = MainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
button = window.login_page.ui.loginButton
ratio = button.devicePixelRatioF()
print(button.fontInfo().pixelSize() * ratio, button.height() * ratio)
"""


def render_login(font_dpi: int, system_pt: float | None = None) -> tuple[float, float]:
    """The login button's font size and height in screen pixels, with this font DPI (and this
    system text size)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_FONT_DPI": str(font_dpi)}
    env.pop("QT_SCALE_FACTOR", None)
    extra = [] if system_pt is None else [str(system_pt)]
    out = subprocess.run([sys.executable, "-c", RENDER_LOGIN, *extra], env=env,
                         capture_output=True, text=True, timeout=60, check=True).stdout.split()
    return float(out[-2]), float(out[-1])


def test_fonts_follow_the_system_font_scale():
    """The style sheet sizes text in points, which follow the platform's font DPI (Qt 6 turns
    it into the device pixel ratio, so the px touch targets grow with it too)."""
    font_96, height_96 = render_login(96)
    font_144, height_144 = render_login(144)
    assert font_144 == pytest.approx(1.5 * font_96, rel=0.05)
    assert height_144 >= 1.5 * height_96 - 2


def test_fonts_follow_a_larger_system_text_size():
    """A user who set the desktop's text to 16.5 pt (1.5 times the usual 11) gets bedside text
    1.5 times larger; the usual sizes of Windows, KDE and GNOME change nothing."""
    usual, _ = render_login(96, 9.0)
    assert usual == pytest.approx(render_login(96, 11.0)[0])
    larger, _ = render_login(96, 16.5)
    assert larger == pytest.approx(1.5 * usual, rel=0.05)


def test_style_sheet_sizes_text_in_points_only():
    sizes = re.findall(r"font-size:\s*([\d.]+\s*\w+)", STYLE.read_text(encoding="utf-8"))
    assert sizes and all(size.endswith("pt") for size in sizes), sizes


def test_every_button_style_keeps_the_touch_size():
    """No rule shrinks a button below 44 px (a later 'min-height' or 'height' in px)."""
    for selector, declarations in qss_rules(STYLE.read_text(encoding="utf-8")):
        for key in ("min-height", "height", "max-height"):
            value = declarations.get(key, "")
            if value.endswith("px") and any(t in selector for t in ("Button", "QLineEdit",
                                                                    "QComboBox")):
                assert float(value[:-2]) >= MIN_TARGET, (selector, key, value)

