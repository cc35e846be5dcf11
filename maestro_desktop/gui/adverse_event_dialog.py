"""Recording or following up an adverse event. Every choice starts empty; refusals are
shown in the dialog, which stays open until the record is saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QWidget

from ..domain.adverse_events import (
    ACTIONS,
    AE_TERMS,
    OUTCOMES,
    RELATION_SCALE,
    SERIOUS_CRITERIA,
    AdverseEvent,
    choice_words,
    grade_meaning,
    term_words,
)
from ..domain.i18n import tr
from ..services.clinic import local_zone
from .answer_widgets import parse_local_datetime, show_datetime
from .fitting import fit_texts, scroll_column
from .forms.ui_adverse_event_dialog import Ui_AdverseEventDialog

FRAME_ALLOWANCE = 60      # px for the window manager's title bar and borders


def _fill(box: QComboBox, values, labels=None) -> None:  # noqa: ANN001
    """'— choose —', then each value shown as its label (the data is the value itself)."""
    box.addItem(tr("adverse_event_dialog", "— choose —"), None)
    for index, value in enumerate(values):
        box.addItem(labels[index] if labels else choice_words(value), value)


class AdverseEventDialog(QDialog):
    submitted = Signal(object, str)   # AdverseEvent, reason for a change ("" for a new one)

    def __init__(self, existing: AdverseEvent | None = None, *, suggested_grade: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AdverseEventDialog()
        ui = self.ui
        ui.setupUi(self)
        fit_texts(self)
        # The fields scroll when the dialog would be taller than the screen (a serious event
        # adds its criteria); the buttons stay in view.
        self.fields_area = scroll_column(ui.layout, ui.form)
        ui.termCombo.addItem("")
        for term in AE_TERMS:        # shown in the current language; the record keeps the term
            ui.termCombo.addItem(term_words(term), term)
        _fill(ui.gradeCombo, (1, 2, 3, 4, 5),
              [tr("adverse_event_dialog", "Grade {grade}", grade=g) for g in (1, 2, 3, 4, 5)])
        _fill(ui.seriousCombo, (False, True),
              [tr("adverse_event_dialog", "No"), tr("adverse_event_dialog", "Yes")])
        for box, values in ((ui.relationLpCombo, RELATION_SCALE),
                            (ui.relationProductCombo, RELATION_SCALE),
                            (ui.actionCombo, ACTIONS), (ui.outcomeCombo, OUTCOMES)):
            _fill(box, values)
        self.criteria = {name: QCheckBox(choice_words(name)) for name in SERIOUS_CRITERIA}
        for box in self.criteria.values():
            ui.criteriaLayout.addWidget(box)
        ui.gradeCombo.currentIndexChanged.connect(self._explain_grade)
        ui.termCombo.currentTextChanged.connect(self._explain_grade)
        ui.seriousCombo.currentIndexChanged.connect(self._serious_changed)
        ui.saveButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.reasonEdit.setVisible(existing is not None)
        ui.reasonCaption.setVisible(existing is not None)
        ui.onsetEdit.setText(show_datetime(datetime.now(local_zone())))
        if existing is not None:
            self._show(existing)
        elif suggested_grade:
            ui.gradeDefinition.setText(tr("adverse_event_dialog", "Suggested from the measured "
                                          "values: grade {grade}.", grade=suggested_grade))
        self._serious_changed()

    def _show(self, event: AdverseEvent) -> None:
        ui = self.ui
        ui.termCombo.setCurrentText(term_words(event.term))
        ui.onsetEdit.setText(show_datetime(event.onset))
        for box, value in ((ui.gradeCombo, event.grade), (ui.seriousCombo, event.serious),
                           (ui.relationLpCombo, event.relation_lp),
                           (ui.relationProductCombo, event.relation_product),
                           (ui.actionCombo, event.action), (ui.outcomeCombo, event.outcome)):
            box.setCurrentIndex(max(box.findData(value), 0))
        for name, box in self.criteria.items():
            box.setChecked(name in event.serious_criteria)
        ui.endEdit.setText(show_datetime(event.end))
        ui.descriptionEdit.setText(event.description or "")

    def _explain_grade(self) -> None:
        grade = self.ui.gradeCombo.currentData()
        if grade is None:
            return
        self.ui.gradeDefinition.setText(grade_meaning(self._term(), grade))
        self._grow()

    def _grow(self) -> None:
        """Room for a longer definition or the serious criteria, as far as the screen allows
        (the fields scroll beyond): an open dialog would otherwise keep its size."""
        self.layout().activate()          # the layout takes the new text into account now
        room = self.screen().availableGeometry().height() - FRAME_ALLOWANCE
        width = max(self.width(), self.sizeHint().width())
        height = min(max(self.height(), self.sizeHint().height()), room)
        self.resize(width, height)

    def _term(self) -> str:
        """The pick-list term chosen (whatever language it is shown in), or the typed one."""
        text = self.ui.termCombo.currentText().strip()
        index = self.ui.termCombo.findText(text)
        known = self.ui.termCombo.itemData(index) if index > 0 else None
        return known or text

    def _serious_changed(self) -> None:
        self.ui.criteriaBox.setVisible(self.ui.seriousCombo.currentData() is True)
        self._grow()

    def _save(self) -> None:
        ui = self.ui
        try:
            onset = parse_local_datetime(ui.onsetEdit.text())
            end = parse_local_datetime(ui.endEdit.text()) if ui.endEdit.text().strip() else None
        except ValueError as exc:
            self.show_message(str(exc))
            return
        choices = {tr("adverse_event_dialog", "grade"): ui.gradeCombo,
                   tr("adverse_event_dialog", "serious"): ui.seriousCombo,
                   tr("adverse_event_dialog", "relation to the LP"): ui.relationLpCombo,
                   tr("adverse_event_dialog", "relation to the cells"): ui.relationProductCombo,
                   tr("adverse_event_dialog", "action taken"): ui.actionCombo,
                   tr("adverse_event_dialog", "outcome"): ui.outcomeCombo}
        unanswered = [name for name, box in choices.items() if box.currentData() is None]
        if unanswered:
            self.show_message(tr("adverse_event_dialog", "Choose: {fields}.",
                                 fields=", ".join(unanswered)))
            return
        event = AdverseEvent(
            term=self._term(), onset=onset,
            grade=ui.gradeCombo.currentData(), serious=ui.seriousCombo.currentData(),
            serious_criteria=tuple(n for n, b in self.criteria.items()
                                   if b.isChecked() and ui.seriousCombo.currentData()),
            relation_lp=ui.relationLpCombo.currentData(),
            relation_product=ui.relationProductCombo.currentData(),
            action=ui.actionCombo.currentData(), outcome=ui.outcomeCombo.currentData(),
            end=end, description=ui.descriptionEdit.text().strip() or None)
        self.submitted.emit(event, ui.reasonEdit.text().strip())

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(f"⚠ {text}" if text else "")
