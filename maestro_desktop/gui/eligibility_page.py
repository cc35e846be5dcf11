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
from ..domain.i18n import tr
from ..domain.verdict import Outcome
from ..services.eligibility import EligibilityState
from .answer_widgets import ChoiceRow, EntryRow, QuestionRow, date_row, show_datetime
from .checks_page import outcome_text
from .fitting import fit_texts
from .forms.ui_eligibility_page import Ui_EligibilityPage

DATES = ("screening_date", "birth_date", "consent_date")


def eligible_text(outcome: Outcome) -> str:
    if outcome is Outcome.GO:
        return "✓ " + tr("eligibility_page", "ELIGIBLE")
    if outcome is Outcome.NO_GO:
        return "✕ " + tr("eligibility_page", "NOT ELIGIBLE")
    return outcome_text(outcome)


def _row_for(field: str) -> QuestionRow:
    def label() -> str:
        return ELIGIBILITY_LABELS[field]
    if field in DATES:
        return date_row(field, label)
    if field == "edss":
        return EntryRow(field, label,
                        unit=lambda: tr("eligibility_page", "(0-10, steps of 0.5)"))
    if field in EXCLUSION:
        return ChoiceRow(field, lambda: tr("eligibility_page", "Exclusion: {criterion}",
                                           criterion=label()))
    return ChoiceRow(field, label)


class EligibilityPage(QWidget):
    changed = Signal(str, object)      # subject code, EligibilityAnswers
    sign_requested = Signal(str, str)  # subject code, password
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EligibilityPage()
        self.ui.setupUi(self)
        fit_texts(self)
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

    def retranslate(self) -> None:
        """The form and every row; answers and the verdict come with the reload."""
        self.ui.retranslateUi(self)
        for row in self.rows.values():
            row.retranslate()

    def show_state(self, state: EligibilityState) -> None:
        self.state = state
        self.ui.headingLabel.setText(tr("eligibility_page", "Eligibility at enrolment: subject "
                                        "{subject}", subject=state.subject))
        evaluation = state.evaluation
        messages = {r.item: (r.text, "reason") for r in evaluation.reasons}
        messages.update({r.item: (r.text, "note") for r in evaluation.notes
                         if r.item not in messages})
        for field, row in self.rows.items():
            row.setVisible(field in state.applicable)
            row.set_value(getattr(state.answers, field))
            row.set_message(*messages.get(field, ("", "note")))
        self.ui.outcomeLabel.setText(eligible_text(evaluation.outcome))
        self.ui.outcomeLabel.setProperty("verdict", evaluation.outcome.name)
        self.ui.outcomeLabel.style().polish(self.ui.outcomeLabel)
        lines = [f"✕ {r.text}" for r in evaluation.reasons]
        lines += [f"… {r.text}" for r in evaluation.missing]
        self.ui.verdictText.setText("\n".join(lines))
        if state.signed_by is None:
            signature = tr("eligibility_page", "Not signed yet.")
        elif state.changed_after_signature:
            signature = "⚠ " + tr("eligibility_page", "Changed after the signature of {user}: "
                                  "sign again.", user=state.signed_by)
        else:
            signed = show_datetime(datetime.fromisoformat(state.signed_at))
            signature = "✓ " + tr("eligibility_page", "Signed by {user} on {time}.",
                                  user=state.signed_by, time=signed)
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
