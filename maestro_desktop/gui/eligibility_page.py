"""Eligibility at enrolment: every criterion answered explicitly, then signed by an investigator.

Each answer is saved as it is given; after the signature a change asks for its reason and the
record shows "changed after signature" until an investigator signs again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..domain.eligibility import ELIGIBILITY_LABELS, EXCLUSION, EligibilityAnswers
from ..domain.verdict import Outcome
from ..services.eligibility import EligibilityState
from .answer_widgets import ChoiceRow, EntryRow, QuestionRow, date_row, show_datetime
from .checks_page import OUTCOME_TEXT
from .forms.ui_eligibility_page import Ui_EligibilityPage

DATES = ("screening_date", "birth_date", "consent_date")
ELIGIBLE_TEXT = {Outcome.GO: "✓ ELIGIBLE", Outcome.NO_GO: "✕ NOT ELIGIBLE",
                 Outcome.INCOMPLETE: OUTCOME_TEXT[Outcome.INCOMPLETE]}


def _row_for(field: str) -> QuestionRow:
    label = ELIGIBILITY_LABELS[field]
    if field in DATES:
        return date_row(field, label)
    if field == "edss":
        return EntryRow(field, label, unit="(0-10, steps of 0.5)")
    return ChoiceRow(field, ("Exclusion: " if field in EXCLUSION else "") + label)


class EligibilityPage(QWidget):
    changed = Signal(str, object)      # subject code, EligibilityAnswers
    sign_requested = Signal(str, str)  # subject code, password
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EligibilityPage()
        self.ui.setupUi(self)
        self.rows: dict[str, QuestionRow] = {}
        for field in ELIGIBILITY_LABELS:
            row = _row_for(field)
            row.answered.connect(self._answered)
            self.rows[field] = row
            self.ui.itemsLayout.addWidget(row)
        self.ui.itemsLayout.addStretch(1)
        self.state: EligibilityState | None = None
        self.ui.signButton.clicked.connect(self._sign)
        self.ui.passwordEdit.returnPressed.connect(self._sign)
        self.ui.backButton.clicked.connect(self.back_requested)

    def show_state(self, state: EligibilityState) -> None:
        self.state = state
        self.ui.headingLabel.setText(f"Eligibility at enrolment: subject {state.subject}")
        evaluation = state.evaluation
        messages = {r.item: (r.text, "reason") for r in evaluation.reasons}
        messages.update({r.item: (r.text, "note") for r in evaluation.notes
                         if r.item not in messages})
        for field, row in self.rows.items():
            row.setVisible(field in state.applicable)
            row.set_value(getattr(state.answers, field))
            row.set_message(*messages.get(field, ("", "note")))
        self.ui.outcomeLabel.setText(ELIGIBLE_TEXT[evaluation.outcome])
        self.ui.outcomeLabel.setProperty("verdict", evaluation.outcome.name)
        self.ui.outcomeLabel.style().polish(self.ui.outcomeLabel)
        lines = [f"✕ {r.text}" for r in evaluation.reasons]
        lines += [f"… {r.text}" for r in evaluation.missing]
        self.ui.verdictText.setText("\n".join(lines))
        if state.signed_by is None:
            signature = "Not signed yet."
        elif state.changed_after_signature:
            signature = f"⚠ Changed after the signature of {state.signed_by}: sign again."
        else:
            signed = show_datetime(datetime.fromisoformat(state.signed_at))
            signature = f"✓ Signed by {state.signed_by} on {signed}."
        self.ui.signatureLabel.setText(signature)
        needs_signature = state.signed_by is None or state.changed_after_signature
        self.ui.signButton.setEnabled(needs_signature
                                      and evaluation.outcome is not Outcome.INCOMPLETE)
        self.ui.passwordEdit.setEnabled(self.ui.signButton.isEnabled())
        self.ui.passwordEdit.clear()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(f"⚠ {text}" if text else "")

    def show_field_errors(self, errors: list) -> None:
        for error in errors:
            if error.field in self.rows:
                self.rows[error.field].set_message(error.message, "error")

    def _answered(self, field: str, value: object) -> None:
        if self.state is None:
            return
        answers: EligibilityAnswers = replace(self.state.answers, **{field: value})
        self.changed.emit(self.state.subject, answers)

    def _sign(self) -> None:
        if self.state is not None and self.ui.signButton.isEnabled():
            self.sign_requested.emit(self.state.subject, self.ui.passwordEdit.text())
            self.ui.passwordEdit.clear()
