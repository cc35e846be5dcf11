"""Drives the checks page: loads the session's checks, saves answers, vitals and the verdict.

Every call goes through the window's Ops (database thread); failures come back as words,
with field errors shown next to their field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from ..domain.i18n import tr
from ..domain.vitals import VitalSigns
from ..services import checks
from ..services.errors import FieldInputError, NeedsConfirmation

if TYPE_CHECKING:
    from .main_window import MainWindow


class ChecksFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.page = window.checks_page
        self.page.answered.connect(self.answer)
        self.page.vitals_submitted.connect(self.record_baseline)
        self.page.go_requested.connect(lambda: self.verdict("GO"))
        self.page.no_go_requested.connect(lambda reason, day: self.verdict("NO-GO", reason, day))

    def load(self, then: Callable[[], None] | None = None) -> None:
        window = self.window
        session_id = window.session.id

        def loaded(result: tuple) -> None:
            state, (drugs, source) = result
            if window.session is None or window.session.id != session_id or window.locked:
                return
            window.session = state.session
            window.set_banner(state.session)
            self.page.show_state(state, drugs, source)
            window.ui.pages.setCurrentWidget(self.page)
            if then is not None:
                then()
        window.ops.run(lambda clinic: (checks.get_checks(clinic, session_id),
                                       checks.reference(clinic)),
                       done=loaded, failed=window.status)

    def answer(self, field: str, value: object) -> None:
        reason = None
        if self.page.state is not None and self.page.state.verdict:
            reason, ok = QInputDialog.getText(
                self.window, tr("checks_flow", "Change after the verdict"),
                tr("checks_flow", "Reason for changing this answer:"))
            if not ok or not reason.strip():
                self.load()
                return
        self.window.ops.run(checks.answer, self.window.user, self.window.session.id, field,
                            value, reason, done=lambda _state: self.load(), failed=self._failed)

    def _failed(self, message: str) -> None:
        exc = getattr(message, "exc", None)
        errors = exc.errors if isinstance(exc, FieldInputError) else []
        # Put every control back to what is stored, then say why next to the field.
        self.load(then=lambda: self.page.show_field_errors(errors))
        self.window.status(message)

    def record_baseline(self, vitals: VitalSigns, confirmed: bool) -> None:
        form = self.page.vitals

        def failed(message: str) -> None:
            exc = getattr(message, "exc", None)
            if isinstance(exc, NeedsConfirmation):
                form.ask_confirmation(exc.warnings)
            elif isinstance(exc, FieldInputError):
                form.show_errors(exc.errors)
            else:
                form.summary.setText(f"⚠ {message}")
        self.window.ops.run(checks.record_vitals, self.window.user, self.window.session.id,
                            vitals, confirmed=confirmed, done=lambda _state: self.load(),
                            failed=failed)

    def verdict(self, outcome: str, reason: str | None = None, day: date | None = None) -> None:
        window = self.window

        def recorded(state: checks.ChecksState) -> None:
            if outcome == "GO":
                window.status(tr("checks_flow", "GO recorded: the vial step is open."))
                window.show_session(state.session)
            else:
                window.session = None
                window.show_subjects(tr("checks_flow", "Session of {subject} closed: not "
                                        "performed (NO-GO).", subject=state.session.subject))
        window.ops.run(checks.record_verdict, window.user, window.session.id, outcome,
                       reason=reason, new_date=day, done=recorded, failed=window.status)
