"""The procedure: one tap per time stamp, live timers readable from two metres, incidents.

Timers are recomputed every second from the stored times (the state the page was given),
never by counting ticks, so they are right after a restart and when the GUI was busy.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.procedure import (
    CSF_APPEARANCES,
    INCIDENT_LABELS,
    STAMP_LABELS,
    STAMPS,
    VIAL_FATES,
    describe_details,
    format_clock,
)
from ..domain.protocol import ProcedureSettings
from ..domain.vitals import parse_number
from ..services.clinic import local_zone
from ..services.procedure import ProcedureState
from .forms.ui_procedure_page import Ui_ProcedurePage

TIMERS = (("since_needle_in", "Since needle in"), ("infusion_running", "Infusion"),
          ("lying_flat", "Lying flat"), ("stability_left", "Stability left"))


def _choice(options: tuple[str, ...], name: str) -> QComboBox:
    box = QComboBox()
    box.addItem("— choose —", None)          # no default: an explicit choice is needed
    for option in options:
        box.addItem(option, option)
    box.setAccessibleName(name)
    return box


class StampRow(QWidget):
    """A big button for one stamp, its detail fields, and what was recorded."""

    def __init__(self, kind: str, settings: ProcedureSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 6)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.button = QPushButton(STAMP_LABELS[kind])
        self.button.setMinimumWidth(230)
        self.button.setAccessibleName(f"Record: {STAMP_LABELS[kind]}")
        layout.addWidget(self.button)
        self.fields: dict[str, Any] = {}
        if kind == "needle_in":
            self.fields["spinal_level"] = _choice(settings.spinal_levels, "Spinal level")
            self.fields["needle_gauge"] = _choice(settings.needle_gauges, "Needle gauge")
            attempts = QSpinBox()
            attempts.setRange(1, settings.max_attempts)
            attempts.setPrefix("attempts: ")
            attempts.setAccessibleName("Number of attempts")
            self.fields["attempts"] = attempts
        elif kind == "csf_obtained":
            self.fields["volume_ml"] = self._volume("CSF volume withdrawn (mL)")
            self.fields["appearance"] = _choice(CSF_APPEARANCES, "CSF appearance")
        elif kind == "infusion_end":
            self.fields["volume_ml"] = self._volume("Volume injected (mL)")
        for widget in self.fields.values():
            layout.addWidget(widget)
        layout.addStretch(1)
        self.done_label = QLabel()       # what was recorded, under the button
        self.done_label.setWordWrap(True)
        self.done_label.setVisible(False)
        outer.addWidget(self.done_label)

    @staticmethod
    def _volume(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText("mL")
        edit.setMaximumWidth(110)
        edit.setAccessibleName(name)
        return edit

    def details(self) -> dict[str, Any]:
        """What the fields hold; a bad number is passed as text for the rules to refuse."""
        values: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                values[key] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                values[key] = widget.value()
            else:
                text = widget.text().strip()
                try:
                    values[key] = parse_number(text) if text else None
                except ValueError:
                    values[key] = text
        if values.get("appearance") == "other":
            other, _ok = QInputDialog.getText(self, "CSF appearance", "Describe the CSF:")
            values["appearance_other"] = other.strip()
        return values

    def show_done(self, text: str) -> None:
        self.done_label.setText(text)
        self.done_label.setVisible(bool(text))
        recorded = bool(text)
        self.button.setText(("✓ " if recorded else "") + STAMP_LABELS[self.kind])
        self.button.setEnabled(not recorded)
        for widget in self.fields.values():
            widget.setEnabled(not recorded)


class ProcedurePage(QWidget):
    stamp_requested = Signal(str, object, object, object)   # kind, at or None, details, reason
    acknowledge_requested = Signal(str)
    incident_requested = Signal(str, object)                 # kind, details

    def __init__(self, settings: ProcedureSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProcedurePage()
        self.ui.setupUi(self)
        self.state: ProcedureState | None = None
        self.rows = {kind: StampRow(kind, settings) for kind in STAMPS}
        for kind, row in self.rows.items():
            row.button.clicked.connect(lambda _c=False, k=kind: self._tap(k))
            self.ui.stampsLayout.addWidget(row)
        self.ui.stampsLayout.addStretch(1)
        self.timer_labels: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate(TIMERS):
            title, value = QLabel(caption), QLabel("–")
            value.setObjectName("timerValue")
            value.setAccessibleName(caption)
            self.ui.timersLayout.addWidget(title, 0, column)
            self.ui.timersLayout.addWidget(value, 1, column)
            self.timer_labels[key] = value
        self.ui.ackButton.clicked.connect(
            lambda: self.acknowledge_requested.emit(self.ui.ackCommentEdit.text()))
        self.ui.incidentButton.clicked.connect(self._ask_incident)
        self.ui.abandonButton.clicked.connect(self._ask_abandon)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.refresh_timers)
        self._tick.start(1000)

    def _tap(self, kind: str) -> None:
        late, reason = self.ui.lateTimeEdit.text().strip(), self.ui.lateReasonEdit.text()
        at = None
        if late:
            try:
                clock = datetime.strptime(late, "%H:%M").time()
            except ValueError:
                self.show_message(f"'{late}' is not a time: write it as HH:MM.")
                return
            now = datetime.now(local_zone())
            at = datetime.combine(now.date(), clock, local_zone())
            if at > now:          # 23:55 typed at 00:05 means yesterday evening
                at -= timedelta(days=1)
        self.stamp_requested.emit(kind, at, self.rows[kind].details(), reason)

    def show_state(self, state: ProcedureState) -> None:
        self.state = state
        tz = local_zone()
        for kind, row in self.rows.items():
            stamp = state.stamp(kind)
            text = ""
            if stamp is not None:
                text = f"{stamp.at.astimezone(tz):%H:%M:%S}"
                extras = describe_details(stamp.details)
                text += f" · {extras}" if extras else ""
                text += f" · late, reason: {stamp.reason}" if stamp.retrospective else ""
            row.show_done(text)
        self.ui.lateTimeEdit.clear()
        self.ui.lateReasonEdit.clear()
        self._show_infusion(state)
        self.ui.incidentsLabel.setText("\n".join(
            f"{i.at.astimezone(tz):%H:%M} {INCIDENT_LABELS[i.kind]}"
            + (f": {i.details.get('note') or i.details.get('reason')}"
               if i.details.get("note") or i.details.get("reason") else "")
            for i in state.incidents) or "None.")
        self.refresh_timers()

    def _show_infusion(self, state: ProcedureState) -> None:
        infusion, ui = state.infusion, self.ui
        needs = state.needs_acknowledgement
        ui.ackCommentEdit.setVisible(needs)
        ui.ackButton.setVisible(needs)
        if infusion is None:
            ui.infusionLabel.setText("Not ended yet.")
            return
        minutes = infusion.duration.total_seconds() / 60
        lines = [f"Duration {minutes:.1f} min, {infusion.volume_ml:g} mL, "
                 f"rate {infusion.rate_ml_per_min:.2f} mL/min"]
        lines += [f"⚠ {r.text}" for r in infusion.deviations]
        if infusion.deviations and state.acknowledged_by:
            lines.append(f"✓ Acknowledged by {state.acknowledged_by}")
        elif not infusion.deviations:
            lines.append("✓ Within the protocol's duration and rate")
        ui.infusionLabel.setText("\n".join(lines))

    def refresh_timers(self) -> None:
        if self.state is None:
            return
        timers = self.state.timers(datetime.now(local_zone()))
        for key, label in self.timer_labels.items():
            value: timedelta | None = getattr(timers, key)
            label.setText(format_clock(value) if value is not None else "–")
            label.setProperty("alert", "error" if key == "stability_left" and value is not None
                              and value < timedelta(0) else "info")
            label.style().polish(label)

    def stop_timers(self) -> None:
        self._tick.stop()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(f"⚠ {text}" if text else "")

    def _ask_incident(self) -> None:
        kinds = [k for k in INCIDENT_LABELS if k != "abandoned"]
        label, ok = QInputDialog.getItem(self, "Incident", "What happened?",
                                         [INCIDENT_LABELS[k] for k in kinds], 0, False)
        if not ok:
            return
        note, ok = QInputDialog.getText(self, "Incident", "Note (optional):")
        if ok:
            kind = kinds[[INCIDENT_LABELS[k] for k in kinds].index(label)]
            self.incident_requested.emit(kind, {"note": note.strip()} if note.strip() else {})

    def _ask_abandon(self) -> None:
        reason, ok = QInputDialog.getText(self, "Abandon the procedure",
                                          "Why is the procedure abandoned?")
        if not ok or not reason.strip():
            return
        fate, ok = QInputDialog.getItem(self, "The vial", "What happened to the vial?",
                                        list(VIAL_FATES), 0, False)
        if ok:
            self.incident_requested.emit("abandoned", {"reason": reason.strip(),
                                                       "vial_fate": fate})
