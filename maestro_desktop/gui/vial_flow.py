"""Drives the vial page: scans, manual entry, thawing time and the second-person check."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.i18n import tr
from ..services import vials
from ..services.vials import VialRefused

if TYPE_CHECKING:
    from .main_window import MainWindow


class VialFlow:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.page = window.vial_page
        self.page.first_scan.connect(self.scan)
        self.page.manual_entry.connect(self.manual)
        self.page.thaw_time.connect(self.thawed)
        self.page.second_scan.connect(self.confirm)

    def load(self) -> None:
        window, session_id = self.window, self.window.session.id

        def loaded(state: vials.VialState) -> None:
            if window.session is None or window.session.id != session_id or window.locked:
                return
            self.page.show_state(state)
            window.ui.pages.setCurrentWidget(self.page)
        window.ops.run(vials.vial_state, session_id, done=loaded, failed=window.status)

    def _failed(self, message: str) -> None:
        exc = getattr(message, "exc", None)
        if isinstance(exc, VialRefused):
            self.page.show_refusal([r.text for r in exc.verdict.reasons], exc.contact)
        else:
            self.page.show_error(message)

    def scan(self, raw: str) -> None:
        self.window.ops.run(vials.scan, self.window.user, self.window.session.id, raw,
                            done=self.page.show_state, failed=self._failed)

    def manual(self, first: str, second: str, reason: str) -> None:
        self.window.ops.run(vials.enter_manually, self.window.user, self.window.session.id,
                            first, second, reason, done=self.page.show_state,
                            failed=self._failed)

    def thawed(self, when: datetime) -> None:
        self.window.ops.run(vials.set_thaw_time, self.window.user, self.window.session.id, when,
                            done=self.page.show_state, failed=self._failed)

    def confirm(self, username: str, password: str, raw: str, typed_again: str | None) -> None:
        def done(state: vials.VialState) -> None:
            self.page.show_second_message("")
            self.page.show_state(state)
            self.window.status(tr("vial_flow", "Vial verified by two people: the procedure "
                                  "step is open."))
            self.window.show_session(state.session)

        def failed(message: str) -> None:
            self.page.show_second_message(message)
            self._failed(message)
        self.window.ops.run(vials.confirm, self.window.session.id, username, password, raw,
                            typed_again=typed_again, done=done, failed=failed)
