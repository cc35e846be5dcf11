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
    QListWidgetItem,
    QWidget,
)

from ..domain.observation import CheckStatus, Extras, check_states
from ..domain.protocol import Site
from ..services.adverse_events import AeRecord
from ..services.clinic import local_zone
from ..services.observation import ObservationState
from .answer_widgets import ChoiceRow, EntryRow
from .forms.ui_observation_page import Ui_ObservationPage
from .vitals_form import VitalsForm

MARK = {CheckStatus.DONE: "✓", CheckStatus.DUE: "▶", CheckStatus.OVERDUE: "⚠",
        CheckStatus.UPCOMING: "…", CheckStatus.MISSED: "✕"}


def _text(value: str) -> str:
    return value.strip()


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
        self.site = site
        self.state: ObservationState | None = None
        self.aes: list[AeRecord] = []
        self._overdue_seen: set[str] = set()
        self.vitals = VitalsForm("Record this set of vital signs")
        self.extras = {
            "pain": EntryRow("pain", "Pain (0-10)", parse=lambda t: int(t)),
            "headache": ChoiceRow("headache", "Headache?"),
            "headache_postural": ChoiceRow("headache_postural", "Headache postural?"),
            "neuro_note": EntryRow("neuro_note", "Neurological check", parse=_text,
                                   show=lambda v: v or ""),
        }
        self.extra_values: dict[str, object] = {}
        for row in self.extras.values():
            row.answered.connect(self._extra_changed)
            self.vitals.layout().insertWidget(self.vitals.layout().count() - 3, row)
        self.extras["headache_postural"].setVisible(False)
        self.vitals.submitted.connect(self._submit)
        self.ui.formLayout.addWidget(self.vitals)
        self.criteria = {name: QCheckBox(name) for name in site.discharge_criteria}
        for box in self.criteria.values():
            self.ui.criteriaLayout.addWidget(box)
        self.chart = None      # built when the trend tab is first shown (QtCharts is heavy)
        ui = self.ui
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
            self.ui.news2Label.setText(
                f"Last set {last.taken_at.astimezone(tz):%H:%M} by {last.recorded_by}: "
                f"NEWS2 {last.news2_total} ({last.news2_band}), SpO2 scale {state.spo2_scale}")
            self.ui.news2Label.setProperty("alert", "error" if last.news2_band in
                                           ("medium", "high") else "info")
            self.ui.news2Label.style().polish(self.ui.news2Label)
            self.ui.alertsLabel.setText("\n".join(f"⚠ {a}" for a in last.alerts))
        discharged = state.discharged_at is not None
        self.ui.dischargeButton.setEnabled(not discharged)
        if discharged:
            self.ui.dischargeMessage.setText(f"✓ Discharged by {state.discharged_by}.")
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
            extra = " + ".join(i for i in check.items if i != "vitals")
            text = (f"{MARK[check_state.status]} {check.key}  {check.due.astimezone(tz):%H:%M}"
                    f"  {check_state.status.value}" + (f"  ({extra})" if extra else ""))
            if check_state.done_at:
                text += f" at {check_state.done_at.astimezone(tz):%H:%M}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, check.key)
            ui.scheduleList.addItem(item)
        if 0 <= selected < ui.scheduleList.count():
            ui.scheduleList.setCurrentRow(selected)
        overdue = [s.check.key for s in states if s.status is CheckStatus.OVERDUE]
        ui.overdueBanner.setText(f"⚠ OVERDUE: {', '.join(overdue)}. Take the vital signs "
                                 "now, or record why not." if overdue else "")
        ui.overdueBanner.setProperty("alert", "error" if overdue else "info")
        ui.overdueBanner.style().polish(ui.overdueBanner)
        if set(overdue) - self._overdue_seen:
            QApplication.beep()
        self._overdue_seen = set(overdue)

    def _ask_missed(self) -> None:
        item = self.ui.scheduleList.currentItem()
        if item is None:
            return
        reason, ok = QInputDialog.getText(self, "Check not done",
                                          f"Why was {item.data(Qt.ItemDataRole.UserRole)} "
                                          "not done?")
        if ok and reason.strip():
            self.missed_requested.emit(item.data(Qt.ItemDataRole.UserRole), reason.strip())

    def _ask_scale(self) -> None:
        if self.state is None:
            return
        new = 2 if self.state.spo2_scale == 1 else 1
        reason, ok = QInputDialog.getText(
            self, f"NEWS2 SpO2 scale {new}",
            "Scale 2 is only for a prescribed SpO2 target of 88-92 %. Reason:")
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
            text = (f"{event.onset.astimezone(tz):%d/%m %H:%M}  {event.term}, grade "
                    f"{event.grade}" + (", SERIOUS" if event.serious else "")
                    + f", {event.outcome}")
            if record.clock is not None:
                text += "  ⚠ report to the sponsor"
            elif record.reported_at:
                text += "  ✓ reported"
            ui.aeList.addItem(text)
        clocks = [r for r in records if r.clock is not None]
        if clocks:
            first = min(clocks, key=lambda r: r.clock.due)
            hours = first.clock.remaining.total_seconds() / 3600
            ui.saeClockLabel.setText(
                f"⚠ Serious adverse event '{first.event.term}': report to the sponsor by "
                f"{first.clock.due.astimezone(tz):%d/%m %H:%M} "
                + (f"({hours:.1f} h left)." if not first.clock.overdue else "(OVERDUE).")
            )
        else:
            ui.saeClockLabel.setText("")

    def _reported(self) -> None:
        row = self.ui.aeList.currentRow()
        if 0 <= row < len(self.aes):
            self.reported_requested.emit(self.aes[row].id)

    def show_discharge_message(self, text: str) -> None:
        self.ui.dischargeMessage.setText(f"⚠ {text}" if text else "")


