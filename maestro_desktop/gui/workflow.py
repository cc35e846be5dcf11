"""What the main window does once the database is open: login, locking, subjects, sessions.

Built after the first paint (see MainWindow._database_opened): this is where the pages and the
use cases behind them are imported, so the login form never waits for them.
"""

from __future__ import annotations

import gc
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem

from ..domain.i18n import tr
from ..domain.protocol import Protocol
from ..domain.steps import STEPS, StepState
from ..services import accounts, procedure, sessions, subjects
from ..services.clinic import User
from ..services.sessions import SessionInfo
from .backup_status import attach as attach_backups
from .cellbank_page import CellBankFlow, CellBankPage
from .checks_flow import ChecksFlow
from .checks_page import ChecksPage
from .clock_watch import ClockWatch
from .eligibility_flow import EligibilityFlow
from .eligibility_page import EligibilityPage
from .first_run import FirstRunDialog
from .observation_flow import ObservationFlow
from .observation_page import ObservationPage
from .procedure_flow import ProcedureFlow
from .procedure_page import ProcedurePage
from .session_page import SessionPage
from .signoff_page import SignoffFlow, SignoffPage
from .subjects_page import SubjectsPage
from .sync_status import attach as attach_sync_status
from .vial_flow import VialFlow
from .vial_page import VialPage

if TYPE_CHECKING:
    from .main_window import MainWindow


class Workflow:
    def __init__(self, window: MainWindow, protocol: Protocol) -> None:
        self.window = window
        w = window
        w.subjects_page, w.session_page = SubjectsPage(), SessionPage()
        w.checks_page, w.eligibility_page = ChecksPage(), EligibilityPage()
        w.vial_page, w.cellbank_page = VialPage(), CellBankPage()
        w.procedure_page = ProcedurePage(protocol.site.procedure)
        w.observation_page = ObservationPage(protocol.site)
        w.signoff_page = SignoffPage()
        for page in (w.subjects_page, w.session_page, w.checks_page, w.eligibility_page,
                     w.vial_page, w.cellbank_page, w.procedure_page, w.observation_page,
                     w.signoff_page):
            w.ui.pages.addWidget(page)
        w.size_to_current_page()
        QApplication.instance().installEventFilter(w.vial_page.capture)
        self.checks = ChecksFlow(w)
        self.eligibility = EligibilityFlow(w)
        self.vials = VialFlow(w)
        self.cellbank = CellBankFlow(w)
        self.procedure = ProcedureFlow(w)
        self.observation = ObservationFlow(w)
        self.signoff = SignoffFlow(w)
        self.clock_watch = ClockWatch(protocol.site.procedure.clock_jump_seconds, w)
        self.clock_watch.jumped.connect(self._clock_jumped)
        w.subjects_page.eligibility_requested.connect(self.eligibility.show)
        w.ui.stepRail.itemActivated.connect(self._rail_activated)
        w.ui.stepRail.itemClicked.connect(self._rail_activated)
        w.login_page.submitted.connect(self._login)
        w.subjects_page.open_requested.connect(self._open_session)
        w.subjects_page.resume_requested.connect(lambda _id: self._load_open_session())
        w.subjects_page.refresh_requested.connect(self.refresh_subjects)
        w.session_page.close_in_error.connect(self._close_in_error)
        w.sync_status = attach_sync_status(w)
        w.backups = attach_backups(w)
        # Everything built so far lives as long as the window: out of the collector's way, so
        # a collection triggered by a worker thread stays short for the GUI thread too.
        gc.freeze()

    def stop(self) -> None:
        self.clock_watch.timer.stop()
        self.window.sync_status.stop()
        self.window.backups.stop()
        self.window.procedure_page.stop_timers()
        self.window.observation_page.stop_timers()
        QApplication.instance().removeEventFilter(self.window.vial_page.capture)

    def retranslate(self) -> None:
        """After a language switch: each page's own texts and the status bar, then the screen
        on show loaded again, since its texts are worked out from the database state."""
        w = self.window
        for page in (w.subjects_page, w.session_page, w.checks_page, w.eligibility_page,
                     w.vial_page, w.cellbank_page, w.procedure_page, w.observation_page,
                     w.signoff_page):
            page.retranslate()
        w.sync_status.retranslate()
        if w.backups.label is not None:
            w.backups.label.retranslate()
        if not w.locked:
            self.reload()

    def reload(self) -> None:
        """The screen on show, loaded again as if the user had just opened it."""
        w = self.window
        current = w.ui.pages.currentWidget()
        if current is w.cellbank_page:
            self.cellbank.show()
        elif current is w.eligibility_page and w.eligibility_page.state is not None:
            self.eligibility.show(w.eligibility_page.state.subject)
        elif w.session is not None:
            step = {w.checks_page: "checks", w.vial_page: "vial", w.procedure_page: "procedure",
                    w.observation_page: "observation", w.signoff_page: "signoff"}.get(current)
            session_id = w.session.id

            def reopened(session: SessionInfo) -> None:
                if w.session is not None and w.session.id == session_id and not w.locked:
                    self.show_session(session, step)
            w.ops.run(sessions.get_session, session_id, done=reopened, failed=w.status)
        else:
            self.show_subjects()

    def check_accounts(self) -> None:
        self.window.ops.run(accounts.has_accounts, done=self._accounts_checked,
                            failed=self.window.fatal.emit)

    def _accounts_checked(self, has_any: bool) -> None:
        self.window.show_locked_state()
        if not has_any:
            self.window.first_run = FirstRunDialog(self.window)
            self.window.first_run.create_requested.connect(self._create_first_account)
            self.window.first_run.training_requested.connect(self.window.training_requested)
            self.window.first_run.open()

    def _create_first_account(self, username: str, name: str, password: str) -> None:
        def created(user: User) -> None:
            self.window.first_run.accept()
            self.window.login_page.prepare("login", user.username, self.window.training)
            self.window.login_page.show_message(
                tr("workflow", "Account created. Log in with your new password."), error=False)
        self.window.ops.run(accounts.create_account, None, username=username, display_name=name,
                     role="investigator", password=password, done=created,
                            failed=self.window.first_run.show_message)

    # --- login, lock, switch ---------------------------------------------------------------
    def _login(self, username: str, password: str, purpose: str) -> None:
        current = self.window.user
        if purpose == "unlock" and current and username.lower() != current.username:
            purpose = "switch"
        self.window.ops.run(accounts.login, username, password, purpose=purpose,
                     done=self._logged_in, failed=self._login_failed)

    def _login_failed(self, message: str) -> None:
        self.window.login_page.set_busy(False)
        self.window.login_page.show_message(message)

    def _logged_in(self, user: User) -> None:
        self.window.user = user
        self.window.locked = False
        self.window._show_user()
        for action in self.window.actions_when_logged_in:
            action.setEnabled(True)
        self.window.idle.arm()
        self._load_open_session()

    def lock_now(self, reason: str, *, switch: bool = False) -> None:
        if self.window.locked or self.window.user is None:
            return
        self.window.ops.run(accounts.screen_locked, self.window.user, reason=reason,
                            failed=self.window.status)
        self.window.show_locked_state("switch" if switch else "unlock",
                                "" if switch else self.window.user.username)

    def logout(self) -> None:
        if self.window.user is not None:
            self.window.ops.run(accounts.logout, self.window.user, failed=self.window.status)
        self.window.user = None
        self.window.show_locked_state("login")

    # --- subjects and sessions -----------------------------------------------------------
    def _load_open_session(self) -> None:
        self.window.ops.run(sessions.open_on_workstation, done=self._open_session_loaded,
                            failed=self.window.status)

    def _open_session_loaded(self, session: SessionInfo | None) -> None:
        if session is None:
            self.window.session = None
            self.show_subjects()
        else:
            self.show_session(session)

    def show_subjects(self, notice: str = "") -> None:
        if self.window.locked:
            return
        self.window.set_banner(None)
        self.window.ui.pages.setCurrentWidget(self.window.subjects_page)
        self.refresh_subjects(notice)

    def refresh_subjects(self, notice: str = "") -> None:
        def listed(rows: list) -> None:
            self.window.subjects_page.set_rows(rows)
            if notice:
                self.window.subjects_page.show_message(notice)
        today = datetime.now().astimezone().date()
        self.window.ops.run(subjects.overview, today, done=listed,
                            failed=self.window.subjects_page.show_message)

    def _open_session(self, code: str, visit: str) -> None:
        self.window.ops.run(sessions.open_session, self.window.user, code, visit,
                            done=self.show_session,
                            failed=self.window.subjects_page.show_message)

    def show_session(self, session: SessionInfo, step: str | None = None) -> None:
        self.window.session = session
        self.window.set_banner(session)
        if (step or session.step) == "checks":
            self.checks.load()
            return
        if (step or session.step) == "vial":
            self.vials.load()
            return
        if (step or session.step) == "procedure":
            self.procedure.load()
            return
        if (step or session.step) == "observation":
            self.observation.load()
            return
        if (step or session.step) == "signoff":
            self.signoff.load()
            return
        row = next((r for r in self.window.subjects_page.rows if r.subject.code == session.subject),
                   None)
        planned = next((v for v in row.plan if v.key == session.visit), None) if row else None
        today = datetime.now().astimezone().date()
        self.window.session_page.show_session(session, planned.describe(today) if planned else "")
        self.window.ui.pages.setCurrentWidget(self.window.session_page)
        if row is None:   # first view after a restart: fetch the plan for the window text
            self.window.ops.run(subjects.overview, today, done=self._plan_loaded,
                                failed=self.window.status)

    def _plan_loaded(self, rows: list) -> None:
        self.window.subjects_page.rows = rows
        if self.window.session is not None and not self.window.locked:
            row = next((r for r in rows if r.subject.code == self.window.session.subject), None)
            planned = next((v for v in row.plan if v.key == self.window.session.visit), None)
            if planned:
                today = datetime.now().astimezone().date()
                self.window.session_page.show_session(self.window.session, planned.describe(today))

    def _rail_activated(self, item: QListWidgetItem) -> None:
        step = STEPS[self.window.ui.stepRail.row(item)]
        if self.window.session is None or item.data(Qt.ItemDataRole.UserRole) == StepState.LOCKED:
            return
        if step != "patient":
            self.show_session(self.window.session, step=step)

    def _close_in_error(self, session_id: str, reason: str) -> None:
        def closed(_result: object) -> None:
            self.window.session = None
            self.window.status(tr("workflow", "Session closed as opened in error."))
            self.show_subjects()
        self.window.ops.run(sessions.close_opened_in_error, self.window.user, session_id, reason,
                     done=closed, failed=self.window.status)

    def _clock_jumped(self, jump: timedelta, before: datetime) -> None:
        """Shown until acknowledged by the next user action; journalled with the session."""
        minutes = round(abs(jump.total_seconds()) / 60)
        self.window.status("⚠ " + (
            tr("workflow", "The computer's clock jumped forward by {minutes} min. Check the time "
               "before recording.", minutes=minutes) if jump > timedelta(0) else
            tr("workflow", "The computer's clock jumped back by {minutes} min. Check the time "
               "before recording.", minutes=minutes)))
        session_id = self.window.session.id if self.window.session else None
        self.window.ops.run(procedure.note_clock_jump, self.window.user, session_id, jump, before,
                            failed=self.window.status)

