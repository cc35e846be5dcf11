"""The open session: what it is for, and the current step."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from ..domain.steps import STEP_LABELS
from ..services.sessions import SessionInfo
from .forms.ui_session_page import Ui_SessionPage

NOT_YET = ("This step is not available in this version of maestro-desktop: record it on the "
           "paper source document and keep this session open.")


class SessionPage(QWidget):
    close_in_error = Signal(str, str)   # session id, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionPage()
        self.ui.setupUi(self)
        self.session: SessionInfo | None = None
        self.ui.closeInErrorButton.clicked.connect(self._ask_close)

    def show_session(self, session: SessionInfo, window_text: str) -> None:
        self.session = session
        opened = datetime.fromisoformat(session.opened_at).astimezone()
        self.ui.subjectValue.setText(f"{session.subject}  ({session.initials})")
        self.ui.visitValue.setText(session.visit_label)
        self.ui.windowValue.setText(window_text)
        self.ui.openedValue.setText(f"{opened:%Y-%m-%d %H:%M} by {session.opened_by}")
        self.ui.stepTitleLabel.setText(STEP_LABELS.get(session.step, session.step))
        self.ui.stepBodyLabel.setText(NOT_YET)

    def _ask_close(self) -> None:
        if self.session is None:
            return
        reason, ok = QInputDialog.getText(
            self, "Close session opened in error",
            f"Why close the session of {self.session.subject}, {self.session.visit_label}?\n"
            "It stays in the journal with this reason.")
        if ok and reason.strip():
            self.close_in_error.emit(self.session.id, reason.strip())
