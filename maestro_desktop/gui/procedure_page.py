"""The procedure: one tap per time stamp, live timers readable from two metres, incidents.

Timers are recomputed every second from the stored times (the state the page was given),
never by counting ticks, so they are right after a restart and when the GUI was busy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.i18n import decimal, tr, tr_table
from ..domain.procedure import (
    CSF_APPEARANCE_WORDS,
    CSF_APPEARANCES,
    DETAIL_LABELS,
    INCIDENT_LABELS,
    STAMP_LABELS,
    STAMPS,
    VIAL_FATE_WORDS,
    VIAL_FATES,
    describe_details,
    format_clock,
)
from ..domain.protocol import ProcedureSettings
from ..domain.vitals import parse_number
from ..services.clinic import local_zone
from ..services.procedure import ProcedureState
from .answer_widgets import time_format
from .fitting import WideButton, fit_texts
from .forms.ui_procedure_page import Ui_ProcedurePage

TIMERS = tr_table("procedure_page", {"since_needle_in": "Since needle in",
                                     "infusion_running": "Infusion", "lying_flat": "Lying flat",
                                     "stability_left": "Stability left"})


def choose_text() -> str:
    return tr("procedure_page", "— choose —")


def _choice(options: tuple[str, ...]) -> QComboBox:
    """No default: an explicit choice is needed. The data is the option itself (what the
    journal keeps); the texts are set by `_choice_texts`."""
    box = QComboBox()
    box.addItem("", None)
    for option in options:
        box.addItem(option, option)
    return box


def _choice_texts(box: QComboBox, words: Callable[[str], str] | None) -> None:
    """'— choose —' and each option, through `words` when the options are words."""
    box.setItemText(0, choose_text())
    for index in range(1, box.count()):
        option = box.itemData(index)
        box.setItemText(index, words(option) if words else option)


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
        self.button = WideButton(at_least=230)
        layout.addWidget(self.button)
        self.fields: dict[str, Any] = {}
        self.words: dict[str, Callable[[str], str]] = {"appearance": CSF_APPEARANCE_WORDS.get}
        if kind == "needle_in":
            self.fields["spinal_level"] = _choice(settings.spinal_levels)
            self.fields["needle_gauge"] = _choice(settings.needle_gauges)
            attempts = QSpinBox()
            attempts.setRange(1, settings.max_attempts)
            self.fields["attempts"] = attempts
        elif kind == "csf_obtained":
            self.fields["volume_ml"] = self._volume()
            self.fields["appearance"] = _choice(CSF_APPEARANCES)
        elif kind == "infusion_end":
            self.fields["volume_ml"] = self._volume()
        if len(self.fields) > 2:
            # Three detail fields beside the button would need more than a 1280 px screen
            # leaves the stamps: they go on their own line under it.
            layout.addStretch(1)
            layout = QHBoxLayout()
            layout.setContentsMargins(24, 0, 0, 0)
            outer.addLayout(layout)
        for widget in self.fields.values():
            layout.addWidget(widget)
        layout.addStretch(1)
        self.done_label = QLabel()       # what was recorded, under the button
        self.done_label.setWordWrap(True)
        self.done_label.setVisible(False)
        outer.addWidget(self.done_label)
        self.retranslate()

    def retranslate(self) -> None:
        label = STAMP_LABELS[self.kind]
        self.button.setText(("✓ " if self.done_label.text() else "") + label)
        self.button.setAccessibleName(tr("procedure_page", "Record: {stamp}", stamp=label))
        for key, widget in self.fields.items():
            widget.setAccessibleName(DETAIL_LABELS[key])
            if isinstance(widget, QComboBox):
                _choice_texts(widget, self.words.get(key))
            elif isinstance(widget, QSpinBox):
                widget.setPrefix(tr("procedure_page", "attempts: "))
            else:
                widget.setPlaceholderText(tr("procedure_page", "mL"))
        if "volume_ml" in self.fields:
            self.fields["volume_ml"].setAccessibleName(
                tr("procedure_page", "CSF volume withdrawn (mL)") if self.kind == "csf_obtained"
                else tr("procedure_page", "Volume injected (mL)"))

    @staticmethod
    def _volume() -> QLineEdit:
        edit = QLineEdit()
        edit.setMaximumWidth(110)
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
            other, _ok = QInputDialog.getText(self, DETAIL_LABELS["appearance"],
                                              tr("procedure_page", "Describe the CSF:"))
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
        fit_texts(self)      # before the timers, whose values stay on one line
        self.state: ProcedureState | None = None
        self.rows = {kind: StampRow(kind, settings) for kind in STAMPS}
        for kind, row in self.rows.items():
            row.button.clicked.connect(lambda _c=False, k=kind: self._tap(k))
            self.ui.stampsLayout.addWidget(row)
        self.ui.stampsLayout.addStretch(1)
        self.timer_labels: dict[str, QLabel] = {}
        self.timer_titles: dict[str, QLabel] = {}
        for column, key in enumerate(TIMERS):
            title, value = QLabel(), QLabel("–")
            title.setWordWrap(True)
            value.setObjectName("timerValue")
            self.ui.timersLayout.addWidget(title, 0, column)
            self.ui.timersLayout.addWidget(value, 1, column)
            self.timer_titles[key], self.timer_labels[key] = title, value
        self._timer_texts()
        self.ui.ackButton.clicked.connect(
            lambda: self.acknowledge_requested.emit(self.ui.ackCommentEdit.text()))
        self.ui.incidentButton.clicked.connect(self._ask_incident)
        self.ui.abandonButton.clicked.connect(self._ask_abandon)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.refresh_timers)
        self._tick.start(1000)

    def _timer_texts(self) -> None:
        for key, caption in TIMERS.items():
            self.timer_titles[key].setText(caption)
            self.timer_labels[key].setAccessibleName(caption)

    def retranslate(self) -> None:
        """The form, the stamp rows and the timers; what was recorded comes with the reload."""
        self.ui.retranslateUi(self)
        for row in self.rows.values():
            row.retranslate()
        self._timer_texts()
        if self.state is not None:
            self._show_infusion(self.state)      # until the reload: nothing hidden by mistake

    def _tap(self, kind: str) -> None:
        late, reason = self.ui.lateTimeEdit.text().strip(), self.ui.lateReasonEdit.text()
        at = None
        if late:
            try:
                clock = datetime.strptime(late, "%H:%M").time()
            except ValueError:
                self.show_message(tr("procedure_page", "'{text}' is not a time: write it as "
                                     "{format}.", text=late, format=time_format()))
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
                text += (" · " + tr("procedure_page", "late, reason: {reason}",
                                    reason=stamp.reason)) if stamp.retrospective else ""
            row.show_done(text)
        self.ui.lateTimeEdit.clear()
        self.ui.lateReasonEdit.clear()
        self._show_infusion(state)
        self.ui.incidentsLabel.setText("\n".join(
            f"{i.at.astimezone(tz):%H:%M} {INCIDENT_LABELS[i.kind]}"
            + (f": {i.details.get('note') or i.details.get('reason')}"
               if i.details.get("note") or i.details.get("reason") else "")
            for i in state.incidents) or tr("procedure_page", "None."))
        self.refresh_timers()

    def _show_infusion(self, state: ProcedureState) -> None:
        infusion, ui = state.infusion, self.ui
        needs = state.needs_acknowledgement
        ui.ackCommentEdit.setVisible(needs)
        ui.ackButton.setVisible(needs)
        if infusion is None:
            ui.infusionLabel.setText(tr("procedure_page", "Not ended yet."))
            return
        minutes = infusion.duration.total_seconds() / 60
        lines = [tr("procedure_page", "Duration {minutes} min, {volume} mL, rate {rate} mL/min",
                    minutes=decimal(minutes, 1), volume=decimal(float(f"{infusion.volume_ml:g}")),
                    rate=decimal(infusion.rate_ml_per_min, 2))]
        lines += [f"⚠ {r.text}" for r in infusion.deviations]
        if infusion.deviations and state.acknowledged_by:
            lines.append("✓ " + tr("procedure_page", "Acknowledged by {user}",
                                   user=state.acknowledged_by))
        elif not infusion.deviations:
            lines.append("✓ " + tr("procedure_page", "Within the protocol's duration and rate"))
        ui.infusionLabel.setText("\n".join(lines))

    def refresh_timers(self) -> None:
        if self.state is None:
            return
        timers = self.state.timers(datetime.now(local_zone()))
        for key, label in self.timer_labels.items():
            value: timedelta | None = getattr(timers, key)
            expired = key == "stability_left" and value is not None and value < timedelta(0)
            shown = format_clock(value) if value is not None else "–"
            label.setText(f"⚠ {shown}" if expired else shown)     # colour and a symbol
            label.setProperty("alert", "error" if expired else "info")
            label.style().polish(label)

    def stop_timers(self) -> None:
        self._tick.stop()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(f"⚠ {text}" if text else "")

    def _ask_incident(self) -> None:
        kinds = [k for k in INCIDENT_LABELS if k != "abandoned"]
        labels = [INCIDENT_LABELS[k] for k in kinds]
        label, ok = QInputDialog.getItem(self, tr("procedure_page", "Incident"),
                                         tr("procedure_page", "What happened?"), labels, 0, False)
        if not ok:
            return
        note, ok = QInputDialog.getText(self, tr("procedure_page", "Incident"),
                                        tr("procedure_page", "Note (optional):"))
        if ok:
            kind = kinds[labels.index(label)]
            self.incident_requested.emit(kind, {"note": note.strip()} if note.strip() else {})

    def _ask_abandon(self) -> None:
        reason, ok = QInputDialog.getText(self, tr("procedure_page", "Abandon the procedure"),
                                          tr("procedure_page", "Why is the procedure abandoned?"))
        if not ok or not reason.strip():
            return
        fates = [VIAL_FATE_WORDS[f] for f in VIAL_FATES]
        fate, ok = QInputDialog.getItem(self, tr("procedure_page", "The vial"),
                                        tr("procedure_page", "What happened to the vial?"),
                                        fates, 0, False)
        if ok:
            self.incident_requested.emit("abandoned", {"reason": reason.strip(),
                                                       "vial_fate": VIAL_FATES[fates.index(fate)]})
