"""The open session: what it is for, and the current step."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from ..domain.i18n import tr
from ..domain.steps import STEP_LABELS
from ..services.sessions import SessionInfo
from .answer_widgets import show_datetime
from .fitting import fit_texts
from .forms.ui_session_page import Ui_SessionPage


class SessionPage(QWidget):
    close_in_error = Signal(str, str)   # session id, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionPage()
        self.ui.setupUi(self)
        fit_texts(self)
        self.session: SessionInfo | None = None
        self.ui.closeInErrorButton.clicked.connect(self._ask_close)

    def show_session(self, session: SessionInfo, window_text: str) -> None:
        self.session = session
        opened = datetime.fromisoformat(session.opened_at).astimezone()
        self.ui.subjectValue.setText(f"{session.subject}  ({session.initials})")
        self.ui.visitValue.setText(session.visit_label)
        self.ui.windowValue.setText(window_text)
        self.ui.openedValue.setText(tr("session_page", "{time} by {user}",
                                       time=show_datetime(opened), user=session.opened_by))
        self.ui.stepTitleLabel.setText(STEP_LABELS.get(session.step, session.step))
        self.ui.stepBodyLabel.setText(tr(
            "session_page", "This step is not available in this version of maestro-desktop: "
            "record it on the paper source document and keep this session open."))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)     # the session's own texts come back with its reload

    def _ask_close(self) -> None:
        if self.session is None:
            return
        reason, ok = QInputDialog.getText(
            self, tr("session_page", "Close session opened in error"),
            tr("session_page", "Why close the session of {subject}, {visit}?\nIt stays in the "
               "journal with this reason.", subject=self.session.subject,
               visit=self.session.visit_label))
        if ok and reason.strip():
            self.close_in_error.emit(self.session.id, reason.strip())
