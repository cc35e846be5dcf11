"""Post-injection observation: the schedule with due / overdue checks, vital signs with
NEWS2, the trend, adverse events with the SAE clock, and the discharge.

Check statuses are recomputed every few seconds from the stored times; an overdue check puts
a banner that stays (text and symbol) and, where the machine has one, a beep.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QInputDialog,
    QListView,
    QListWidgetItem,
    QWidget,
)

from ..domain.adverse_events import choice_words, term_words
from ..domain.i18n import decimal, tr, tr_table
from ..domain.news2 import BAND_WORDS
from ..domain.observation import CHECK_STATUS_WORDS, CheckStatus, Extras, check_states
from ..domain.protocol import Site
from ..domain.vitals import FIELD_LABELS
from ..services.adverse_events import AeRecord
from ..services.clinic import local_zone
from ..services.observation import ObservationState
from .answer_widgets import ChoiceRow, EntryRow
from .fitting import chain_tab_order, fit_texts, tab_stops
from .forms.ui_observation_page import Ui_ObservationPage
from .vitals_form import VitalsForm

MARK = {CheckStatus.DONE: "✓", CheckStatus.DUE: "▶", CheckStatus.OVERDUE: "⚠",
        CheckStatus.UPCOMING: "…", CheckStatus.MISSED: "✕"}
# Items a check may add to the vital signs (site.observation.extra_checks), as shown.
ITEM_WORDS = tr_table("observation_page", {"headache": "headache", "pain": "pain",
                                           "neuro": "neurological check"})
# The shipped discharge criteria (site.observation.discharge_criteria), as shown; a site's own
# criteria are shown as written in its settings.
CRITERION_WORDS = tr_table("observation_page", {
    "No new neurological deficit": "No new neurological deficit",
    "Headache controlled": "Headache controlled",
    "Walking unaided": "Walking unaided",
    "Vital signs back near baseline": "Vital signs back near baseline",
    "Puncture site dry, no CSF leak": "Puncture site dry, no CSF leak",
})


def item_words(item: str) -> str:
    if item in FIELD_LABELS:
        return FIELD_LABELS[item][0].lower()
    return ITEM_WORDS.get(item, item)


def _text(value: str) -> str:
    return value.strip()


def _pain(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValueError(tr("observation_page", "'{text}' is not a whole number from 0 to 10.",
                            text=text.strip())) from None


class ObservationPage(QWidget):
    record_requested = Signal(object, object, bool)   # VitalSigns, Extras, confirmed
    missed_requested = Signal(str, str)               # check key, reason
    scale_requested = Signal(int, str)
    ae_requested = Signal(object)                     # AeRecord to follow up, or None
    reported_requested = Signal(str)                  # AE id
    discharge_requested = Signal(object)              # {criterion: bool}

    def __init__(self, site: Site, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ObservationPage()
        self.ui.setupUi(self)
        fit_texts(self)
        self.site = site
        self.state: ObservationState | None = None
        self.aes: list[AeRecord] = []
        self._overdue_seen: set[str] = set()
        self.vitals = VitalsForm(lambda: tr("observation_page", "Record this set of vital signs"))
        self.extras = {
            "pain": EntryRow("pain", lambda: tr("observation_page", "Pain (0-10)"),
                             parse=_pain),
            "headache": ChoiceRow("headache", lambda: tr("observation_page", "Headache?")),
            "headache_postural": ChoiceRow("headache_postural",
                                           lambda: tr("observation_page", "Headache postural?")),
            "neuro_note": EntryRow("neuro_note",
                                   lambda: tr("observation_page", "Neurological check"),
                                   parse=_text, show=lambda v: v or ""),
        }
        self.extra_values: dict[str, object] = {}
        for row in self.extras.values():
            row.answered.connect(self._extra_changed)
            self.vitals.layout().insertWidget(self.vitals.layout().count() - 3, row)
        self.extras["headache_postural"].setVisible(False)
        # The extra rows come before the button that records the set, as on screen.
        ui = self.ui
        chain_tab_order([ui.scheduleList, ui.missedButton, ui.tabs.tabBar()]
                        + [w for row in self.vitals.rows.values() for w in tab_stops(row)]
                        + [w for row in self.extras.values() for w in tab_stops(row)]
                        + [self.vitals.button, self.vitals.confirm_button, ui.scaleButton])
        self.vitals.submitted.connect(self._submit)
        self.ui.formLayout.addWidget(self.vitals)
        self.criteria = {name: QCheckBox() for name in site.discharge_criteria}
        for box in self.criteria.values():
            self.ui.criteriaLayout.addWidget(box)
        self._criteria_texts()
        self.chart = None      # built when the trend tab is first shown (QtCharts is heavy)
        ui = self.ui
        ui.scheduleList.setWordWrap(True)           # a check's extra items on a second line
        ui.scheduleList.setResizeMode(QListView.ResizeMode.Adjust)
        ui.scheduleList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.tabs.currentChanged.connect(lambda _i: self._show_trend())
        ui.missedButton.clicked.connect(self._ask_missed)
        ui.scaleButton.clicked.connect(self._ask_scale)
        ui.recordAeButton.clicked.connect(lambda: self.ae_requested.emit(None))
        ui.aeList.itemActivated.connect(
            lambda item: self.ae_requested.emit(self.aes[ui.aeList.row(item)]))
        ui.reportedButton.clicked.connect(self._reported)
        ui.dischargeButton.clicked.connect(
            lambda: self.discharge_requested.emit({n: b.isChecked()
                                                   for n, b in self.criteria.items()}))
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.refresh_schedule)
        self._tick.start(5000)

    def stop_timers(self) -> None:
        self._tick.stop()

    def _criteria_texts(self) -> None:
        for name, box in self.criteria.items():
            box.setText(CRITERION_WORDS.get(name, name))

    def retranslate(self) -> None:
        """The form, the vital-sign rows and the criteria; the rest comes with the reload."""
        current = self.ui.tabs.currentIndex()
        self.ui.retranslateUi(self)
        self.ui.tabs.setCurrentIndex(current)
        self.vitals.retranslate()
        for row in self.extras.values():
            row.retranslate()
        self._criteria_texts()
        if self.chart is not None:
            self.chart.retranslate()

    # --- vital signs ------------------------------------------------------------------
    def _extra_changed(self, field: str, value: object) -> None:
        self.extra_values[field] = value
        if field == "headache":
            self.extras["headache_postural"].setVisible(value is True)
            if value is not True:
                self.extra_values["headache_postural"] = None

    def _submit(self, vitals, confirmed: bool) -> None:  # noqa: ANN001 - VitalSigns
        for row in self.extras.values():
            if isinstance(row, EntryRow):
                row.edit.editingFinished.emit()
        self.record_requested.emit(vitals, Extras(**self.extra_values), confirmed)

    def show_state(self, state: ObservationState) -> None:
        self.state = state
        self.vitals.show_recorded(None, "")
        for row in self.extras.values():
            row.set_value(None)
            row.set_message("")
        self.extra_values.clear()
        if state.sets:
            last = state.sets[-1]
            tz = local_zone()
            raised = last.news2_band in ("medium", "high")
            self.ui.news2Label.setText(("⚠ " if raised else "") + tr(
                "observation_page", "Last set {time} by {user}: NEWS2 {total} ({band}), SpO2 "
                "scale {scale}", time=f"{last.taken_at.astimezone(tz):%H:%M}",
                user=last.recorded_by, total=last.news2_total,
                band=BAND_WORDS.get(last.news2_band, last.news2_band), scale=state.spo2_scale))
            self.ui.news2Label.setProperty("alert", "error" if raised else "info")
            self.ui.news2Label.style().polish(self.ui.news2Label)
            self.ui.alertsLabel.setText("\n".join(f"⚠ {a}" for a in last.alerts))
        discharged = state.discharged_at is not None
        self.ui.dischargeButton.setEnabled(not discharged)
        if discharged:
            self.ui.dischargeMessage.setText("✓ " + tr("observation_page", "Discharged by {user}.",
                                                       user=state.discharged_by))
        self.refresh_schedule()
        self._show_trend()

    def refresh_schedule(self) -> None:
        """Statuses at the current time, from the stored done / not-done records."""
        if self.state is None:
            return
        done = {s.check.key: s.done_at for s in self.state.states if s.done_at}
        missed = {s.check.key: s.note for s in self.state.states if s.note}
        states = check_states(list(self.state.plan), done=done, missed=missed,
                              now=datetime.now(local_zone()), site=self.site)
        ui, tz = self.ui, local_zone()
        selected = ui.scheduleList.currentRow()
        ui.scheduleList.clear()
        for check_state in states:
            check = check_state.check
            extra = " + ".join(item_words(i) for i in check.items if i != "vitals")
            text = (f"{MARK[check_state.status]} {check.key}  {check.due.astimezone(tz):%H:%M}"
                    f"  {CHECK_STATUS_WORDS[check_state.status.value]}"
                    + (f"  ({extra})" if extra else ""))
            if check_state.done_at:
                text += " " + tr("observation_page", "at {time}",
                                 time=f"{check_state.done_at.astimezone(tz):%H:%M}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, check.key)
            ui.scheduleList.addItem(item)
        if 0 <= selected < ui.scheduleList.count():
            ui.scheduleList.setCurrentRow(selected)
        overdue = [s.check.key for s in states if s.status is CheckStatus.OVERDUE]
        ui.overdueBanner.setText("⚠ " + tr("observation_page", "OVERDUE: {checks}. Take the vital "
                                           "signs now, or record why not.",
                                           checks=", ".join(overdue)) if overdue else "")
        ui.overdueBanner.setProperty("alert", "error" if overdue else "info")
        ui.overdueBanner.style().polish(ui.overdueBanner)
        if set(overdue) - self._overdue_seen:
            QApplication.beep()
        self._overdue_seen = set(overdue)

    def _ask_missed(self) -> None:
        item = self.ui.scheduleList.currentItem()
        if item is None:
            return
        reason, ok = QInputDialog.getText(self, tr("observation_page", "Check not done"),
                                          tr("observation_page", "Why was {check} not done?",
                                             check=item.data(Qt.ItemDataRole.UserRole)))
        if ok and reason.strip():
            self.missed_requested.emit(item.data(Qt.ItemDataRole.UserRole), reason.strip())

    def _ask_scale(self) -> None:
        if self.state is None:
            return
        new = 2 if self.state.spo2_scale == 1 else 1
        reason, ok = QInputDialog.getText(
            self, tr("observation_page", "NEWS2 SpO2 scale {scale}", scale=new),
            tr("observation_page", "Scale 2 is only for a prescribed SpO2 target of 88-92 %. "
               "Reason:"))
        if ok and reason.strip():
            self.scale_requested.emit(new, reason.strip())

    # --- trend, adverse events, discharge -----------------------------------------------
    def _show_trend(self) -> None:
        if self.state is None or self.ui.tabs.currentWidget() is not self.ui.trendTab:
            return
        if self.chart is None:
            from .trend_chart import TrendChart
            self.chart = TrendChart()
            self.ui.trendLayout.addWidget(self.chart)
        points: dict[str, list] = {}
        for entry in self.state.sets:
            for key in ("systolic_bp", "diastolic_bp", "heart_rate", "spo2", "temperature"):
                points.setdefault(key, []).append((entry.taken_at, getattr(entry.vitals, key)))
        base = self.state.baseline
        baseline = {k: getattr(base, k) for k in ("systolic_bp", "heart_rate", "temperature")
                    if base is not None and getattr(base, k) is not None}
        self.chart.set_data(points, baseline)

    def show_aes(self, records: list[AeRecord]) -> None:
        self.aes = records
        ui, tz = self.ui, local_zone()
        ui.aeList.clear()
        for record in records:
            event = record.event
            onset = f"{event.onset.astimezone(tz):%d/%m %H:%M}"
            text = (tr("observation_page", "{onset}  {term}, grade {grade}, SERIOUS, {outcome}",
                       onset=onset, term=term_words(event.term), grade=event.grade,
                       outcome=choice_words(event.outcome)) if event.serious else
                    tr("observation_page", "{onset}  {term}, grade {grade}, {outcome}",
                       onset=onset, term=term_words(event.term), grade=event.grade,
                       outcome=choice_words(event.outcome)))
            if record.clock is not None:
                text += "  ⚠ " + tr("observation_page", "report to the sponsor")
            elif record.reported_at:
                text += "  ✓ " + tr("observation_page", "reported")
            ui.aeList.addItem(text)
        clocks = [r for r in records if r.clock is not None]
        if clocks:
            first = min(clocks, key=lambda r: r.clock.due)
            hours = first.clock.remaining.total_seconds() / 3600
            due = f"{first.clock.due.astimezone(tz):%d/%m %H:%M}"
            term = term_words(first.event.term)
            ui.saeClockLabel.setText("⚠ " + (
                tr("observation_page", "Serious adverse event '{term}': report to the sponsor "
                   "by {due} (OVERDUE).", term=term, due=due) if first.clock.overdue else
                tr("observation_page", "Serious adverse event '{term}': report to the sponsor "
                   "by {due} ({hours} h left).", term=term, due=due, hours=decimal(hours, 1))))
        else:
            ui.saeClockLabel.setText("")

    def _reported(self) -> None:
        row = self.ui.aeList.currentRow()
        if 0 <= row < len(self.aes):
            self.reported_requested.emit(self.aes[row].id)

    def show_discharge_message(self, text: str) -> None:
        self.ui.dischargeMessage.setText(f"⚠ {text}" if text else "")


