"""A set of vital signs, entered field by field and recorded as one set.

The checks step uses it for the baseline; the observation step reuses it for each check.
Impossible values are refused next to their field; unusual ones must be confirmed.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.verdict import FieldError, Reason
from ..domain.vitals import CONSCIOUSNESS, FIELD_LABELS, VitalSigns
from .answer_widgets import ChoiceRow, EntryRow, QuestionRow

CHOICES = {
    "oxygen": ((False, "Air"), (True, "Oxygen")),
    "consciousness": tuple((c, c) for c in CONSCIOUSNESS),
}


class VitalsForm(QWidget):
    submitted = Signal(object, bool)   # VitalSigns, confirmed unusual values

    def __init__(self, button_text: str = "Record vital signs",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, QuestionRow] = {}
        self.values: dict[str, object] = {}
        for f in fields(VitalSigns):
            label, unit = FIELD_LABELS[f.name]
            if f.name in CHOICES:
                row = ChoiceRow(f.name, label, CHOICES[f.name])
            else:
                row = EntryRow(f.name, label, unit=unit)
            row.answered.connect(self._changed)
            self.rows[f.name] = row
            layout.addWidget(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_text)
        self.button.clicked.connect(lambda: self._submit(confirmed=False))
        self.confirm_button = QPushButton("Values checked: confirm and record")
        self.confirm_button.setVisible(False)
        self.confirm_button.clicked.connect(lambda: self._submit(confirmed=True))
        layout.addWidget(self.button)
        layout.addWidget(self.confirm_button)

    def _changed(self, field: str, value: object) -> None:
        if isinstance(self.rows[field], EntryRow) and value is not None:
            value = float(value) if field == "temperature" else int(round(float(value)))
        self.values[field] = value
        self.rows[field].set_message("")
        self.confirm_button.setVisible(False)

    def vitals(self) -> VitalSigns:
        return VitalSigns(**self.values)

    def _submit(self, *, confirmed: bool) -> None:
        # A value still being typed counts: commit every edit first.
        for row in self.rows.values():
            if isinstance(row, EntryRow):
                row.edit.editingFinished.emit()
        self.submitted.emit(self.vitals(), confirmed)

    def show_errors(self, errors: list[FieldError]) -> None:
        for error in errors:
            self.rows[error.field].set_message(error.message)
        self.confirm_button.setVisible(False)

    def ask_confirmation(self, warnings: list[Reason]) -> None:
        for warning in warnings:
            if warning.item in self.rows:
                self.rows[warning.item].set_message(warning.text, "missing")
        self.confirm_button.setVisible(True)
        self.confirm_button.setFocus()

    def show_recorded(self, vitals: VitalSigns | None, text: str) -> None:
        self.summary.setText(text)
        for name, row in self.rows.items():
            row.set_message("")
            value = getattr(vitals, name) if vitals else None
            row.set_value(value)
            self.values[name] = value
        self.confirm_button.setVisible(False)
