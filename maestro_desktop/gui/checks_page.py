"""Pre-procedure checks: one screen of explicit answers, baseline vitals, and the verdict.

Each answer is saved as soon as it is given (one journal event each); reasons appear next to
the item that causes them. The page only shows and asks: the rules and the gate live in
domain/checks.py and services/checks.py.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.checks import ITEM_LABELS, PREGNANCY_RESULT_WORDS, PREGNANCY_RESULTS
from ..domain.i18n import tr
from ..domain.verdict import OUTCOME_WORDS, Outcome
from ..services.checks import ChecksState
from .answer_widgets import ChoiceRow, EntryRow, QuestionRow, date_row, datetime_row, parse_date
from .fitting import chain_tab_order, fit_texts, tab_stops
from .forms.ui_checks_page import Ui_ChecksPage
from .forms.ui_no_go_dialog import Ui_NoGoDialog
from .vitals_form import VitalsForm

OUTCOME_MARK = {Outcome.GO: "✓", Outcome.NO_GO: "✕", Outcome.INCOMPLETE: "…"}


def outcome_text(outcome: Outcome) -> str:
    """'✓ GO', '✕ NO-GO', '… INCOMPLETE' in the current language."""
    return f"{OUTCOME_MARK[outcome]} {OUTCOME_WORDS[outcome.value]}"


def _row_for(field: str, drugs: list[tuple[str, str]]) -> QuestionRow:
    def label() -> str:
        return ITEM_LABELS[field]
    if field == "platelets_g_per_l":
        return EntryRow(field, label, unit="G/L")
    if field in ("platelets_sampled_on", "corticosteroid_last_dose"):
        return date_row(field, label)
    if field == "antithrombotic_last_dose":
        return datetime_row(field, label)
    if field == "antithrombotic_drug":
        return ChoiceRow(field, label, drugs)
    if field == "pregnancy_test":
        return ChoiceRow(field, label, [
            (r, lambda r=r: PREGNANCY_RESULT_WORDS[r].capitalize()) for r in PREGNANCY_RESULTS])
    return ChoiceRow(field, label)


class ChecksPage(QWidget):
    answered = Signal(str, object)            # field, value
    vitals_submitted = Signal(object, bool)   # VitalSigns, confirmed
    go_requested = Signal()
    no_go_requested = Signal(str, object)     # reason, new date or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecksPage()
        self.ui.setupUi(self)
        fit_texts(self)
        self.rows: dict[str, QuestionRow] = {}
        self.state: ChecksState | None = None
        self.vitals = VitalsForm(lambda: tr("checks_page", "Record baseline vital signs"))
        self.vitals.submitted.connect(self.vitals_submitted)
        self.ui.vitalsLayout.addWidget(self.vitals)
        self.ui.goButton.clicked.connect(self.go_requested)
        self.ui.noGoButton.clicked.connect(self._ask_no_go)

    def retranslate(self) -> None:
        """The form and every row; answers, reasons and the verdict come with the reload."""
        self.ui.retranslateUi(self)
        for row in self.rows.values():
            row.retranslate()
        self.vitals.retranslate()

    def _build_rows(self, state: ChecksState, drugs: list[tuple[str, str]]) -> None:
        for field in ITEM_LABELS:
            row = _row_for(field, drugs)
            row.answered.connect(self.answered)
            self.rows[field] = row
            self.ui.itemsLayout.addWidget(row)
        self.ui.itemsLayout.addStretch(1)
        # Down the checklist, then the baseline vitals and the verdict, as on screen.
        chain_tab_order([w for row in self.rows.values() for w in tab_stops(row)]
                        + tab_stops(self.vitals) + [self.ui.goButton, self.ui.noGoButton])

    def show_state(self, state: ChecksState, drugs: list[tuple[str, str]], source: str) -> None:
        if not self.rows:
            self._build_rows(state, drugs)
        self.state = state
        messages: dict[str, tuple[str, str]] = {}
        for kind, reasons in (("note", state.evaluation.notes),
                              ("missing", state.evaluation.missing),
                              ("reason", state.evaluation.reasons)):
            for reason in reasons:
                messages[reason.item] = (reason.text, kind)
        for field, row in self.rows.items():
            row.setVisible(field in state.applicable)
            row.set_value(getattr(state.answers, field))
            text, kind = messages.get(field, ("", "note"))
            row.set_message(text if kind != "missing" else "", kind)
        self._show_verdict(state)
        self.ui.sourceLabel.setText(tr("checks_page", "Antithrombotic hold times: {source}",
                                       source=source))
        if state.baseline is not None and not state.baseline.missing():
            self.vitals.show_recorded(state.baseline, tr("checks_page", "Baseline recorded."))

    def _show_verdict(self, state: ChecksState) -> None:
        evaluation = state.evaluation
        if state.go:
            self.ui.outcomeLabel.setText("✓ " + tr("checks_page", "GO recorded by {user}",
                                                   user=state.verdict_by))
        else:
            self.ui.outcomeLabel.setText(outcome_text(evaluation.outcome))
        self.ui.outcomeLabel.setProperty("verdict", evaluation.outcome.name)
        self.ui.outcomeLabel.style().polish(self.ui.outcomeLabel)
        lines = [f"✕ {r.text}" for r in evaluation.reasons]
        missing = [r.text for r in evaluation.missing]
        if len(missing) > 3:      # a long list would push the verdict buttons off the screen
            lines.append("… " + tr("checks_page", "{count} items still to answer or record",
                                   count=len(missing)))
        else:
            lines += [f"… {text}" for text in missing]
        self.ui.verdictText.setText("\n".join(lines))
        self.ui.goButton.setEnabled(evaluation.go and not state.go)
        self.ui.noGoButton.setEnabled(not state.go)

    def show_field_errors(self, errors: list) -> None:
        for error in errors:
            if error.field in self.rows:
                self.rows[error.field].set_message(error.message, "error")

    def _ask_no_go(self) -> None:
        if self.state is None:
            return
        dialog = NoGoDialog(self.state, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.no_go_requested.emit(dialog.reason, dialog.new_date)


class NoGoDialog(QDialog):
    """Asks the investigator's reason (required when every check passes) and a new date."""

    def __init__(self, state: ChecksState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NoGoDialog()
        self.ui.setupUi(self)
        fit_texts(self)
        self.reason, self.new_date = "", None
        reasons = [r.text for r in state.evaluation.reasons] or [
            tr("checks_page", "(no contraindication found)")]
        self.ui.reasonsLabel.setText(tr("checks_page", "The session will close as NOT PERFORMED.")
                                     + "\n" + "\n".join(f"✕ {r}" for r in reasons))
        self.ui.confirmButton.clicked.connect(self._confirm)
        self.ui.cancelButton.clicked.connect(self.reject)

    def _confirm(self) -> None:
        text = self.ui.dateEdit.text().strip()
        try:
            self.new_date: date | None = parse_date(text) if text else None
        except ValueError as exc:
            self.ui.messageLabel.setText(f"⚠ {exc}")
            return
        self.reason = self.ui.reasonEdit.text().strip()
        self.accept()
