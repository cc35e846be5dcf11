"""A set of vital signs, entered field by field and recorded as one set.

The checks step uses it for the baseline; the observation step reuses it for each check.
Impossible values are refused next to their field; unusual ones must be confirmed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.i18n import decimal, tr
from ..domain.verdict import FieldError, Reason
from ..domain.vitals import CONSCIOUSNESS, CONSCIOUSNESS_WORDS, FIELD_LABELS, VitalSigns
from .answer_widgets import ChoiceRow, EntryRow, QuestionRow, Words, say, show_number

CHOICES = {
    "oxygen": ((False, lambda: tr("vitals_form", "Air")),
               (True, lambda: tr("vitals_form", "Oxygen"))),
    # The letter itself on the button (the scale's own words are in the tooltip).
    "consciousness": tuple((c, c) for c in CONSCIOUSNESS),
}


def _show(field: str) -> Callable[[Any], str]:
    """How the field shows a stored value."""
    if field == "temperature":     # one decimal, as on a thermometer: 37.8, 38.0 (37,8 in French)
        return lambda v: "" if v is None else decimal(float(v), 1)
    return show_number


class VitalsForm(QWidget):
    submitted = Signal(object, bool)   # VitalSigns, confirmed unusual values

    def __init__(self, button_text: Words = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button_words = button_text or (lambda: tr("vitals_form", "Record vital signs"))
        self.rows: dict[str, QuestionRow] = {}
        self.values: dict[str, object] = {}
        for f in fields(VitalSigns):
            def label(name: str = f.name) -> str:
                return FIELD_LABELS[name][0]
            if f.name in CHOICES:
                row = ChoiceRow(f.name, label, CHOICES[f.name])
            else:
                row = EntryRow(f.name, label, unit=lambda name=f.name: FIELD_LABELS[name][1],
                               show=_show(f.name))
            row.answered.connect(self._changed)
            self.rows[f.name] = row
            layout.addWidget(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self._submit(confirmed=False))
        self.confirm_button = QPushButton()
        self.confirm_button.setVisible(False)
        self.confirm_button.clicked.connect(lambda: self._submit(confirmed=True))
        layout.addWidget(self.button)
        layout.addWidget(self.confirm_button)
        self._texts()

    def _texts(self) -> None:
        text = say(self.button_words)
        self.button.setText(text)
        self.button.setAccessibleName(text)
        self.confirm_button.setText(tr("vitals_form", "Values checked: confirm and record"))
        consciousness = self.rows["consciousness"]
        assert isinstance(consciousness, ChoiceRow)
        for index, code in enumerate(consciousness.values):
            consciousness.group.button(index).setToolTip(f"{code} – {CONSCIOUSNESS_WORDS[code]}")

    def retranslate(self) -> None:
        """Every label and button (a row inserted by the page is retranslated by the page)."""
        for row in self.rows.values():
            row.retranslate()
        self._texts()

    def _changed(self, field: str, value: object) -> None:
        if isinstance(self.rows[field], EntryRow) and value is not None:
            value = float(value) if field == "temperature" else int(round(float(value)))
        self.values[field] = value
        self.rows[field].set_message("")
        self.confirm_button.setVisible(False)

    def enter(self, texts: dict[str, str], *, oxygen: bool, consciousness: str) -> None:
        """Type each value and make the two choices, as a nurse would (screenshots, scripts);
        recording stays a separate click."""
        for field, text in texts.items():
            self.rows[field].edit.setText(text)
            self.rows[field].edit.editingFinished.emit()
        self.rows["oxygen"].choose(oxygen)
        self.rows["consciousness"].choose(consciousness)

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
                self.rows[warning.item].set_message(warning.text, "warning")
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
