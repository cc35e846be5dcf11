"""Drives the observation page: vital-sign sets, missed checks, the SpO2 scale, adverse
events and the discharge, each through the database thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.adverse_events import suggest_grade
from ..domain.i18n import tr
from ..services import adverse_events, observation
from ..services.errors import FieldInputError, NeedsConfirmation
from .adverse_event_dialog import AdverseEventDialog

if TYPE_CHECKING:
    from ..domain.adverse_events import AdverseEvent
    from ..domain.observation import Extras
    from ..domain.vitals import VitalSigns
    from ..services.adverse_events import AeRecord
    from .main_window import MainWindow


class ObservationFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.page = window.observation_page
        self.dialog: AdverseEventDialog | None = None
        page = self.page
        page.record_requested.connect(self.record)
        page.missed_requested.connect(self.missed)
        page.scale_requested.connect(self.scale)
        page.ae_requested.connect(self.open_ae)
        page.reported_requested.connect(self.reported)
        page.discharge_requested.connect(self.discharge)

    def load(self) -> None:
        window, session_id = self.window, self.window.session.id

        def loaded(result: tuple) -> None:
            state, aes = result
            if window.session is None or window.session.id != session_id or window.locked:
                return
            self.page.show_state(state)
            self.page.show_aes(aes)
            window.ui.pages.setCurrentWidget(self.page)
        window.ops.run(lambda clinic: (observation.observation_state(clinic, session_id),
                                       adverse_events.list_aes(clinic, session_id)),
                       done=loaded, failed=window.status)

    def _session(self) -> str:
        return self.window.session.id

    def record(self, vitals: VitalSigns, extras: Extras, confirmed: bool) -> None:
        form = self.page.vitals

        def failed(message: str) -> None:
            exc = getattr(message, "exc", None)
            if isinstance(exc, NeedsConfirmation):
                form.ask_confirmation(exc.warnings)
            elif isinstance(exc, FieldInputError):
                form.show_errors([e for e in exc.errors if e.field in form.rows])
                for error in exc.errors:
                    if error.field in self.page.extras:
                        self.page.extras[error.field].set_message(error.message)
            else:
                form.summary.setText(f"⚠ {message}")
        self.window.ops.run(observation.record_observation, self.window.user, self._session(),
                            vitals, extras, confirmed=confirmed,
                            done=lambda _s: self.load(), failed=failed)

    def missed(self, check_key: str, reason: str) -> None:
        self.window.ops.run(observation.record_missed, self.window.user, self._session(),
                            check_key, reason, done=lambda _s: self.load(),
                            failed=self.window.status)

    def scale(self, scale: int, reason: str) -> None:
        self.window.ops.run(observation.set_spo2_scale, self.window.user, self._session(),
                            scale, reason, done=lambda _s: self.load(),
                            failed=self.window.status)

    def open_ae(self, existing: AeRecord | None) -> None:
        last = self.page.state.sets[-1].vitals if self.page.state and self.page.state.sets \
            else None
        suggested = max(filter(None, (
            suggest_grade("fever", temperature=last.temperature) if last else None,
            suggest_grade("hypertension", systolic_bp=last.systolic_bp,
                          diastolic_bp=last.diastolic_bp) if last else None)), default=None)
        self.dialog = AdverseEventDialog(existing.event if existing else None,
                                         suggested_grade=suggested, parent=self.window)
        self.dialog.submitted.connect(
            lambda event, reason: self._save_ae(existing, event, reason))
        self.dialog.open()

    def _save_ae(self, existing: AeRecord | None, event: AdverseEvent, reason: str) -> None:
        def saved(_record: AeRecord) -> None:
            self.dialog.accept()
            self.load()

        def failed(message: str) -> None:
            exc = getattr(message, "exc", None)
            if isinstance(exc, FieldInputError):
                message = "\n".join(e.message for e in exc.errors)
            self.dialog.show_message(message)
        if existing is None:
            self.window.ops.run(adverse_events.record_ae, self.window.user, self._session(),
                                event, done=saved, failed=failed)
        else:
            self.window.ops.run(adverse_events.update_ae, self.window.user, existing.id, event,
                                reason, done=saved, failed=failed)

    def reported(self, ae_id: str) -> None:
        self.window.ops.run(adverse_events.mark_reported, self.window.user, ae_id,
                            done=lambda _r: self.load(), failed=self.window.status)

    def discharge(self, criteria: dict[str, bool]) -> None:
        def done(state: observation.ObservationState) -> None:
            self.window.status(tr("observation_flow", "Discharge recorded: the sign-off step is "
                                  "open."))
            self.window.show_session(state.session)
        self.window.ops.run(observation.discharge, self.window.user, self._session(), criteria,
                            done=done, failed=self.page.show_discharge_message)
