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

from ..domain.i18n import decimal, tr
from ..domain.vitals import parse_number
from ..services.clinic import local_zone
from .fitting import WideButton

# A text given to a row: as it is, or a function giving it in the current language (read again
# by `retranslate()` when the language changes).
Words = str | Callable[[], str]


def say(words: Words) -> str:
    return words() if callable(words) else words


YES_NO: Sequence[tuple[Any, Words]] = ((True, lambda: tr("answer_widgets", "Yes")),
                                       (False, lambda: tr("answer_widgets", "No")))


def parse_date(text: str) -> date:
    """DD/MM/YYYY as written at the bedside (ISO YYYY-MM-DD also accepted)."""
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(tr("answer_widgets", "'{text}' is not a date: write it as {format}.",
                        text=text, format=date_format()))


def parse_local_datetime(text: str) -> datetime:
    """DD/MM/YYYY HH:MM in the workstation's zone, returned as an aware datetime."""
    text = text.strip()
    for fmt in ("%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=local_zone())
        except ValueError:
            continue
    raise ValueError(tr("answer_widgets", "'{text}' is not a date and time: write it as "
                        "{format}.", text=text, format=datetime_format()))


def date_format() -> str:
    """DD/MM/YYYY as a French user reads it (JJ/MM/AAAA): the dates are written so in both."""
    return tr("answer_widgets", "DD/MM/YYYY")


def datetime_format() -> str:
    return tr("answer_widgets", "DD/MM/YYYY HH:MM")


def time_format() -> str:
    return tr("answer_widgets", "HH:MM")


def show_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def show_datetime(value: datetime | None) -> str:
    return value.astimezone(local_zone()).strftime("%d/%m/%Y %H:%M") if value else ""


def show_number(value: Any) -> str:
    """37.8 or 37,8 (the language's decimal mark); 180 not 180.0."""
    return "" if value is None else decimal(value)


class QuestionRow(QWidget):
    """A question, its controls, and one inline message line (reason, note or error)."""

    answered = Signal(str, object)   # field, value

    def __init__(self, field: str, question: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.question_words = question
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 6, 4, 6)
        self.controls = QHBoxLayout()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.controls.addWidget(self.question, 1)
        outer.addLayout(self.controls)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        outer.addWidget(self.message)
        self._question_texts()

    def _question_texts(self) -> None:
        question = say(self.question_words)
        self.question.setText(question)
        self.message.setAccessibleName(tr("answer_widgets", "{question}: message",
                                          question=question))

    def retranslate(self) -> None:
        """The row's own texts in the current language (its message comes with the state)."""
        self._question_texts()

    def set_message(self, text: str, kind: str = "error") -> None:
        """kind: error (refused input), reason (contraindication), warning (an unusual value
        to confirm), note, missing."""
        mark = {"error": "⚠ ", "reason": "✕ ", "warning": "⚠ ", "note": "ℹ ",
                "missing": "… "}[kind]
        self.message.setText(mark + text if text else "")
        self.message.setProperty("alert", {"error": "error", "reason": "error",
                                           "warning": "warning",
                                           "missing": "warning"}.get(kind, "info"))
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))


class ChoiceRow(QuestionRow):
    """Large exclusive buttons (Yes / No, Negative / Positive...), none checked at first."""

    def __init__(self, field: str, question: Words,
                 options: Sequence[tuple[Any, Words]] = YES_NO,
                 parent: QWidget | None = None) -> None:
        super().__init__(field, question, parent)
        self.group = QButtonGroup(self)
        self.values = [value for value, _ in options]
        self.labels = [label for _, label in options]
        grid = None
        if len(options) > 3:   # long pick-lists wrap under the question, three per line
            grid = QGridLayout()
            self.layout().insertLayout(1, grid)
        for index in range(len(options)):
            button = WideButton(at_least=96)
            button.setCheckable(True)
            # The chosen answer carries a tick as well as its colour.
            button.toggled.connect(lambda _on, i=index: self._show_button(i))
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, index)
            if grid is None:
                self.controls.addWidget(button)
            else:
                grid.addWidget(button, index // 3, index % 3)
        self.group.idClicked.connect(lambda index: self.answered.emit(self.field,
                                                                      self.values[index]))
        self._button_texts()

    def _show_button(self, index: int) -> None:
        button, text = self.group.button(index), say(self.labels[index])
        button.setText(f"✓ {text}" if button.isChecked() else text)

    def _button_texts(self) -> None:
        question = self.question.text()
        for index in range(len(self.values)):
            self._show_button(index)
            self.group.button(index).setAccessibleName(f"{question} {say(self.labels[index])}")

    def retranslate(self) -> None:
        super().retranslate()
        self._button_texts()

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)   # lets the group show "no answer"
        for index, button in enumerate(self.group.buttons()):
            button.setChecked(value is not None and self.values[index] == value)
        self.group.setExclusive(True)

    def button(self, label: str) -> QPushButton:
        """The button showing `label` (in the current language)."""
        return next(b for b in self.group.buttons() if b.text().removeprefix("✓ ") == label)

    def choose(self, value: Any) -> None:
        """Click the button of `value`, whatever the language (scripts and screenshots)."""
        self.group.button(self.values.index(value)).click()


class EntryRow(QuestionRow):
    """A typed value with its unit; committed on Enter or when focus leaves."""

    def __init__(self, field: str, question: Words, *, unit: Words = "",
                 placeholder: Words = "", parse: Callable[[str], Any] = parse_number,
                 show: Callable[[Any], str] = show_number,
                 parent: QWidget | None = None) -> None:
        super().__init__(field, question, parent)
        self.parse, self.show = parse, show
        self.unit_words, self.placeholder_words = unit, placeholder
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(220)
        self.controls.addWidget(self.edit)
        self.unit = QLabel() if unit else None
        if self.unit is not None:
            self.controls.addWidget(self.unit)
        self.value: Any = None
        self._shown = ""
        self.edit.editingFinished.connect(self._commit)
        self._entry_texts()

    def _entry_texts(self) -> None:
        self.edit.setPlaceholderText(say(self.placeholder_words))
        self.edit.setAccessibleName(self.question.text())
        if self.unit is not None:
            self.unit.setText(say(self.unit_words))

    def retranslate(self) -> None:
        super().retranslate()
        self._entry_texts()
        if self.edit.text().strip() == self._shown:    # nothing being typed: shown anew
            self.set_value(self.value)

    def set_value(self, value: Any) -> None:
        self.value = value
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


def date_row(field: str, question: Words) -> EntryRow:
    return EntryRow(field, question, placeholder=date_format, parse=parse_date, show=show_date)


def datetime_row(field: str, question: Words) -> EntryRow:
    return EntryRow(field, question, placeholder=datetime_format, parse=parse_local_datetime,
                    show=show_datetime)
