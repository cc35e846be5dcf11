"""Drives the eligibility page: load a subject's record, save each answer, sign."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from ..domain.eligibility import EligibilityAnswers
from ..domain.i18n import tr
from ..services import eligibility
from ..services.errors import FieldInputError

if TYPE_CHECKING:
    from .main_window import MainWindow


class EligibilityFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.page = window.eligibility_page
        self.page.changed.connect(self.save)
        self.page.sign_requested.connect(self.sign)
        self.page.back_requested.connect(window.show_subjects)

    def show(self, code: str) -> None:
        def loaded(state: eligibility.EligibilityState) -> None:
            if self.window.locked:
                return
            self.page.show_message("")
            self.page.show_state(state)
            self.window.ui.pages.setCurrentWidget(self.page)
        self.window.ops.run(eligibility.get_eligibility, code, done=loaded,
                            failed=self.window.subjects_page.show_message)

    def save(self, code: str, answers: EligibilityAnswers) -> None:
        reason = None
        state = self.page.state
        if state is not None and state.signed_by:
            reason, ok = QInputDialog.getText(
                self.window, tr("eligibility_flow", "Change after signature"),
                tr("eligibility_flow", "Reason for changing the signed record:"))
            if not ok or not reason.strip():
                self.show(code)
                return
        self.window.ops.run(eligibility.save_eligibility, self.window.user, code, answers,
                            reason, done=self.page.show_state,
                            failed=lambda message: self._failed(code, message))

    def _failed(self, code: str, message: str) -> None:
        exc = getattr(message, "exc", None)

        def explain() -> None:
            self.page.show_message(message)
            if isinstance(exc, FieldInputError):
                self.page.show_field_errors(exc.errors)
        self.window.ops.run(eligibility.get_eligibility, code,
                            done=lambda state: (self.page.show_state(state), explain()),
                            failed=self.page.show_message)

    def sign(self, code: str, password: str) -> None:
        self.window.ops.run(eligibility.sign_eligibility, self.window.user, code, password,
                            done=self._signed, failed=self.page.show_message)

    def _signed(self, state: eligibility.EligibilityState) -> None:
        self.page.show_state(state)
        self.page.show_message("")
        self.window.status(tr("eligibility_flow", "Eligibility of {subject} signed.",
                              subject=state.subject))
