"""The subject list: each subject's next due visit and whether today is inside its window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..domain.i18n import short_date, tr
from ..domain.visits import WindowStatus
from ..services.subjects import SubjectOverview
from .fitting import fit_texts
from .forms.ui_subjects_page import Ui_SubjectsPage

WINDOW_MARK = {WindowStatus.IN_WINDOW: "✓ ", WindowStatus.EARLY: "… ", WindowStatus.LATE: "⚠ "}


def columns() -> list[str]:
    return [tr("subjects_page", "Subject"), tr("subjects_page", "Initials"),
            tr("subjects_page", "Enrolled"), tr("subjects_page", "Next visit"),
            tr("subjects_page", "Window"), tr("subjects_page", "Session")]


class SubjectsPage(QWidget):
    open_requested = Signal(str, str)   # subject code, visit key
    resume_requested = Signal(str)      # session id
    refresh_requested = Signal()
    eligibility_requested = Signal(str)  # subject code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SubjectsPage()
        self.ui.setupUi(self)
        fit_texts(self)
        table = self.ui.subjectTable
        table.setColumnCount(len(columns()))
        table.setHorizontalHeaderLabels(columns())
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.itemActivated.connect(lambda _item: self._open())
        self.ui.openSessionButton.clicked.connect(self._open)
        self.ui.refreshButton.clicked.connect(self.refresh_requested)
        self.ui.eligibilityButton.clicked.connect(self._eligibility)
        self.rows: list[SubjectOverview] = []

    def retranslate(self) -> None:
        """The form and the headers; the rows come back with the list's reload."""
        self.ui.retranslateUi(self)
        self.ui.subjectTable.setHorizontalHeaderLabels(columns())
        self._selection_changed()

    def set_rows(self, rows: list[SubjectOverview]) -> None:
        self.rows = rows
        table = self.ui.subjectTable
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            nxt = row.next_visit
            cells = (row.subject.code, row.subject.initials,
                     short_date(row.subject.enrolment_date),
                     nxt.label if nxt else tr("subjects_page", "plan complete"),
                     (WINDOW_MARK.get(row.window, "") + row.window_text) if nxt else "",
                     tr("subjects_page", "open") if row.open_session else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4 and row.window is not None:
                    item.setData(Qt.ItemDataRole.UserRole, row.window.name)
                table.setItem(r, c, item)
        if rows and not table.selectedItems():
            table.selectRow(0)
        self._selection_changed()

    def selected(self) -> SubjectOverview | None:
        index = self.ui.subjectTable.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        button, message = self.ui.openSessionButton, ""
        self.ui.eligibilityButton.setEnabled(row is not None)
        if row is None:
            button.setEnabled(False)
        elif row.open_session:
            button.setText(tr("subjects_page", "&Resume the open session"))
            button.setEnabled(True)
        elif row.next_visit is None or row.next_visit.injection is None:
            button.setText(tr("subjects_page", "&Open session for this visit"))
            button.setEnabled(False)
            message = tr("subjects_page", "{subject}: no injection visit left ({visit}).",
                         subject=row.subject.code,
                         visit=row.next_visit.label if row.next_visit
                         else tr("subjects_page", "plan complete"))
        else:
            button.setText(tr("subjects_page", "&Open session: {subject}, {visit}",
                              subject=row.subject.code, visit=row.next_visit.label))
            button.setEnabled(True)
            if row.window is not WindowStatus.IN_WINDOW:
                message = "⚠ " + tr("subjects_page", "{visit} of {subject}: {window}.",
                                    visit=row.next_visit.label, subject=row.subject.code,
                                    window=row.window_text)
        self.show_message(message)

    def show_message(self, text: str) -> None:
        """A notice in amber, with a symbol as well as its colour."""
        if text and text[0] not in "⚠✕✓":
            text = f"⚠ {text}"
        self.ui.messageLabel.setProperty("alert", "warning" if text else "info")
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.style().polish(self.ui.messageLabel)

    def _eligibility(self) -> None:
        row = self.selected()
        if row is not None:
            self.eligibility_requested.emit(row.subject.code)

    def _open(self) -> None:
        row = self.selected()
        if row is None or not self.ui.openSessionButton.isEnabled():
            return
        if row.open_session:
            self.resume_requested.emit(row.open_session)
        else:
            self.open_requested.emit(row.subject.code, row.next_visit.key)
