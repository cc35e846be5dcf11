"""Question rows shared by the eligibility and checks forms.

Every row starts unanswered (no default), shows its reason or error inline, and works with
the keyboard: Tab moves between controls, Space picks a choice, Enter commits a typed value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.vitals import parse_number
from ..services.clinic import local_zone

YES_NO: Sequence[tuple[Any, str]] = ((True, "Yes"), (False, "No"))


def parse_date(text: str) -> date:
    """DD/MM/YYYY as written at the bedside (ISO YYYY-MM-DD also accepted)."""
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"'{text}' is not a date: write it as DD/MM/YYYY.")


def parse_local_datetime(text: str) -> datetime:
    """DD/MM/YYYY HH:MM in the workstation's zone, returned as an aware datetime."""
    text = text.strip()
    for fmt in ("%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=local_zone())
        except ValueError:
            continue
    raise ValueError(f"'{text}' is not a date and time: write it as DD/MM/YYYY HH:MM.")


def show_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def show_datetime(value: datetime | None) -> str:
    return value.astimezone(local_zone()).strftime("%d/%m/%Y %H:%M") if value else ""


class QuestionRow(QWidget):
    """A question, its controls, and one inline message line (reason, note or error)."""

    answered = Signal(str, object)   # field, value

    def __init__(self, field: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 6, 4, 6)
        self.controls = QHBoxLayout()
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.controls.addWidget(self.question, 1)
        outer.addLayout(self.controls)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setAccessibleName(f"{question}: message")
        outer.addWidget(self.message)

    def set_message(self, text: str, kind: str = "error") -> None:
        """kind: error (refused input), reason (contraindication), note, missing."""
        mark = {"error": "⚠ ", "reason": "✕ ", "note": "ℹ ", "missing": "… "}[kind]
        self.message.setText(mark + text if text else "")
        self.message.setProperty("alert", {"error": "error", "reason": "error",
                                           "missing": "warning"}.get(kind, "info"))
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))


class ChoiceRow(QuestionRow):
    """Large exclusive buttons (Yes / No, Negative / Positive...), none checked at first."""

    def __init__(self, field: str, question: str, options: Sequence[tuple[Any, str]] = YES_NO,
                 parent: QWidget | None = None) -> None:
        super().__init__(field, question, parent)
        self.group = QButtonGroup(self)
        self.values = [value for value, _ in options]
        grid = None
        if len(options) > 3:   # long pick-lists wrap under the question, three per line
            grid = QGridLayout()
            self.layout().insertLayout(1, grid)
        for index, (_value, label) in enumerate(options):
            button = QPushButton(label)
            button.setCheckable(True)
            # The chosen answer carries a tick as well as its colour.
            button.toggled.connect(lambda on, b=button, text=label:
                                   b.setText(f"✓ {text}" if on else text))
            button.setMinimumWidth(96)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{question} {label}")
            self.group.addButton(button, index)
            if grid is None:
                self.controls.addWidget(button)
            else:
                grid.addWidget(button, index // 3, index % 3)
        self.group.idClicked.connect(lambda index: self.answered.emit(self.field,
                                                                      self.values[index]))

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)   # lets the group show "no answer"
        for index, button in enumerate(self.group.buttons()):
            button.setChecked(value is not None and self.values[index] == value)
        self.group.setExclusive(True)

    def button(self, label: str) -> QPushButton:
        return next(b for b in self.group.buttons() if b.text().removeprefix("✓ ") == label)


class EntryRow(QuestionRow):
    """A typed value with its unit; committed on Enter or when focus leaves."""

    def __init__(self, field: str, question: str, *, unit: str = "", placeholder: str = "",
                 parse: Callable[[str], Any] = parse_number,
                 show: Callable[[Any], str] = lambda v: "" if v is None else f"{v:g}",
                 parent: QWidget | None = None) -> None:
        super().__init__(field, question, parent)
        self.parse, self.show = parse, show
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(question)
        self.edit.setMaximumWidth(220)
        self.controls.addWidget(self.edit)
        if unit:
            self.controls.addWidget(QLabel(unit))
        self._shown = ""
        self.edit.editingFinished.connect(self._commit)

    def set_value(self, value: Any) -> None:
        self._shown = self.show(value) if value is not None else ""
        self.edit.setText(self._shown)

    def _commit(self) -> None:
        text = self.edit.text().strip()
        if text == self._shown:
            return
        if not text:
            self.answered.emit(self.field, None)
            return
        try:
            value = self.parse(text)
        except ValueError as exc:
            self.set_message(str(exc))
            return
        self.answered.emit(self.field, value)


def date_row(field: str, question: str) -> EntryRow:
    return EntryRow(field, question, placeholder="DD/MM/YYYY", parse=parse_date, show=show_date)


def datetime_row(field: str, question: str) -> EntryRow:
    return EntryRow(field, question, placeholder="DD/MM/YYYY HH:MM", parse=parse_local_datetime,
                    show=show_datetime)
