"""Drives the procedure page: stamps, the deviation acknowledgement, incidents."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.i18n import tr
from ..services import procedure
from ..services.errors import FieldInputError

if TYPE_CHECKING:
    from .main_window import MainWindow


class ProcedureFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.page = window.procedure_page
        self.page.stamp_requested.connect(self.stamp)
        self.page.acknowledge_requested.connect(self.acknowledge)
        self.page.incident_requested.connect(self.incident)

    def load(self) -> None:
        window, session_id = self.window, self.window.session.id

        def loaded(state: procedure.ProcedureState) -> None:
            if window.session is None or window.session.id != session_id or window.locked:
                return
            self.page.show_message("")
            self.page.show_state(state)
            window.ui.pages.setCurrentWidget(self.page)
        window.ops.run(procedure.procedure_state, session_id, done=loaded, failed=window.status)

    def _saved(self, state: procedure.ProcedureState) -> None:
        self.page.show_message("")
        self.page.show_state(state)
        if state.session.status != "open":
            self.window.session = None
            self.window.show_subjects(tr("procedure_flow", "Session of {subject} closed: not "
                                         "performed (procedure abandoned).",
                                         subject=state.session.subject))
        elif state.session.step != self.window.session.step:
            self.window.status(tr("procedure_flow", "Procedure recorded: the observation step is "
                                  "open."))
            self.window.show_session(state.session)

    def _failed(self, message: str) -> None:
        exc = getattr(message, "exc", None)
        if isinstance(exc, FieldInputError):
            message = "\n".join(e.message for e in exc.errors)
        self.page.show_message(message)

    def stamp(self, kind: str, at: datetime | None, details: dict[str, Any],
              reason: str | None) -> None:
        self.window.ops.run(procedure.stamp, self.window.user, self.window.session.id, kind,
                            at=at, details=details, reason=reason, done=self._saved,
                            failed=self._failed)

    def acknowledge(self, comment: str) -> None:
        self.window.ops.run(procedure.acknowledge_deviation, self.window.user,
                            self.window.session.id, comment, done=self._saved,
                            failed=self._failed)

    def incident(self, kind: str, details: dict[str, Any]) -> None:
        self.window.ops.run(procedure.incident, self.window.user, self.window.session.id, kind,
                            details, done=self._saved, failed=self._failed)
