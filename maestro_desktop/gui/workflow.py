"""What the main window does once the database is open: login, locking, subjects, sessions.

Built after the first paint (see MainWindow._database_opened): this is where the pages and the
use cases behind them are imported, so the login form never waits for them.
"""

from __future__ import annotations

import gc
from datetime import datetime, timedelta
from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem, QWidget

from ..domain.i18n import tr
from ..domain.protocol import Protocol
from ..domain.steps import STEPS, StepState
from ..services import accounts, sessions, subjects
from ..services.clinic import User
from ..services.sessions import SessionInfo
from .backup_status import attach as attach_backups
from .clock_watch import ClockWatch
from .first_run import FirstRunDialog
from .session_page import SessionPage
from .subjects_page import SubjectsPage
from .sync_status import attach as attach_sync_status

if TYPE_CHECKING:
    from .main_window import MainWindow


# The pages of a session's steps and the cell bank, each with the flow that drives it: built
# (modules imported, widgets made) the first time they are needed, not before the login form
# accepts input. Flow attribute: (window attribute, page module and class, flow module and class).
LAZY_STEPS = {
    "checks": ("checks_page", ".checks_page", "ChecksPage", ".checks_flow", "ChecksFlow"),
    "eligibility": ("eligibility_page", ".eligibility_page", "EligibilityPage",
                    ".eligibility_flow", "EligibilityFlow"),
    "vials": ("vial_page", ".vial_page", "VialPage", ".vial_flow", "VialFlow"),
    "cellbank": ("cellbank_page", ".cellbank_page", "CellBankPage", ".cellbank_page",
                 "CellBankFlow"),
    "procedure": ("procedure_page", ".procedure_page", "ProcedurePage", ".procedure_flow",
                  "ProcedureFlow"),
    "observation": ("observation_page", ".observation_page", "ObservationPage",
                    ".observation_flow", "ObservationFlow"),
    "signoff": ("signoff_page", ".signoff_page", "SignoffPage", ".signoff_page", "SignoffFlow"),
}
FLOW_OF_PAGE = {page: flow for flow, (page, *_rest) in LAZY_STEPS.items()}


class Workflow:
    def __init__(self, window: MainWindow, protocol: Protocol) -> None:
        self.window = window
        self.protocol = protocol
        w = window
        w.subjects_page, w.session_page = SubjectsPage(), SessionPage()
        for page in (w.subjects_page, w.session_page):
            w.ui.pages.addWidget(page)
        w.size_to_current_page()
        self.clock_watch = ClockWatch(protocol.site.procedure.clock_jump_seconds, w)
        self.clock_watch.jumped.connect(self._clock_jumped)
        w.subjects_page.eligibility_requested.connect(lambda code: self.eligibility.show(code))
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

    def __getattr__(self, name: str) -> Any:
        """A step's flow (self.checks, self.vials, ...), built with its page on first use."""
        if name not in LAZY_STEPS:
            raise AttributeError(name)
        page_attr, page_module, page_class, flow_module, flow_class = LAZY_STEPS[name]
        w = self.window
        page_type = getattr(import_module(page_module, __package__), page_class)
        page = page_type(*self._page_settings(name))
        w.__dict__[page_attr] = page            # set first: the flow reads it from the window
        w.ui.pages.addWidget(page)
        w.size_to_current_page()
        flow = getattr(import_module(flow_module, __package__), flow_class)(w)
        self.__dict__[name] = flow
        if name == "vials":      # scans are caught application-wide while the vial step shows
            QApplication.instance().installEventFilter(page.capture)
        gc.freeze()
        return flow

    def _page_settings(self, name: str) -> tuple:
        site = self.protocol.site
        return {"procedure": (site.procedure,), "observation": (site,)}.get(name, ())

    def pages(self) -> list[QWidget]:
        """The pages built so far."""
        w = self.window
        return [w.subjects_page, w.session_page] + [
            w.__dict__[page] for page in FLOW_OF_PAGE if page in w.__dict__]

    def page(self, attribute: str) -> QWidget:
        """window.<step>_page: built with its flow on first use."""
        if attribute not in FLOW_OF_PAGE:
            raise AttributeError(attribute)
        getattr(self, FLOW_OF_PAGE[attribute])
        return self.window.__dict__[attribute]

    def stop(self) -> None:
        w = self.window
        self.clock_watch.timer.stop()
        w.sync_status.stop()
        w.backups.stop()
        for page in self.pages():
            if hasattr(page, "stop_timers"):
                page.stop_timers()
        if "vial_page" in w.__dict__:
            QApplication.instance().removeEventFilter(w.vial_page.capture)

    def retranslate(self) -> None:
        """After a language switch: each page's own texts and the status bar, then the screen
        on show loaded again, since its texts are worked out from the database state."""
        w = self.window
        for page in self.pages():
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
        if current is w.__dict__.get("cellbank_page"):
            self.cellbank.show()
        elif (current is w.__dict__.get("eligibility_page")
              and w.eligibility_page.state is not None):
            self.eligibility.show(w.eligibility_page.state.subject)
        elif w.session is not None:
            step = {w.__dict__.get(f"{step}_page"): step for step in
                    ("checks", "vial", "procedure", "observation", "signoff")}.get(current)
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
        from ..services import procedure

        session_id = self.window.session.id if self.window.session else None
        self.window.ops.run(procedure.note_clock_jump, self.window.user, session_id, jump, before,
                            failed=self.window.status)

