"""The main window: patient banner, step rail, pages, status bar, locking.

Every database call goes through `Ops`, so the GUI thread never waits on SQLite.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QToolBar,
    QWidget,
)

from ..domain.protocol import ProcedureSettings
from ..domain.steps import STEP_LABELS, STEPS, StepState, step_states
from ..services import accounts, procedure, sessions, subjects
from ..services.clinic import Clinic, User
from ..services.sessions import SessionInfo
from .cellbank_page import CellBankFlow, CellBankPage
from .checks_flow import ChecksFlow
from .checks_page import ChecksPage
from .clock_watch import ClockWatch
from .eligibility_flow import EligibilityFlow
from .eligibility_page import EligibilityPage
from .first_run import FirstRunDialog
from .forms.ui_main_window import Ui_MainWindow
from .idle import IdleWatcher
from .login_page import LoginPage
from .ops import Ops
from .procedure_flow import ProcedureFlow
from .procedure_page import ProcedurePage
from .session_page import SessionPage
from .subjects_page import SubjectsPage
from .vial_flow import VialFlow
from .vial_page import VialPage

STATE_MARK = {StepState.DONE: "✓", StepState.CURRENT: "▶", StepState.LOCKED: "○"}


class MainWindow(QMainWindow):
    fatal = Signal(str)                  # the database cannot be used: message for the user
    training_requested = Signal()        # first start: the user chose the training database
    shown_login = Signal()

    def __init__(self, ops: Ops, *, autolock_minutes: float, settings: ProcedureSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ops = ops
        self.user: User | None = None
        self.session: SessionInfo | None = None
        self.training = False
        self.locked = True
        self.first_run: FirstRunDialog | None = None

        self.login_page, self.subjects_page, self.session_page = (
            LoginPage(), SubjectsPage(), SessionPage())
        self.checks_page, self.eligibility_page = ChecksPage(), EligibilityPage()
        self.vial_page, self.cellbank_page = VialPage(), CellBankPage()
        self.procedure_page = ProcedurePage(settings)
        for page in (self.login_page, self.subjects_page, self.session_page, self.checks_page,
                     self.eligibility_page, self.vial_page, self.cellbank_page,
                     self.procedure_page):
            self.ui.pages.addWidget(page)
        QApplication.instance().installEventFilter(self.vial_page.capture)
        self.checks = ChecksFlow(self)
        self.eligibility = EligibilityFlow(self)
        self.vials = VialFlow(self)
        self.cellbank = CellBankFlow(self)
        self.procedure = ProcedureFlow(self)
        self.clock_watch = ClockWatch(settings.clock_jump_seconds, self)
        self.clock_watch.jumped.connect(self._clock_jumped)
        self.subjects_page.eligibility_requested.connect(self.eligibility.show)
        self.ui.stepRail.itemActivated.connect(self._rail_activated)
        self.ui.stepRail.itemClicked.connect(self._rail_activated)
        self.login_page.submitted.connect(self._login)
        self.subjects_page.open_requested.connect(self._open_session)
        self.subjects_page.resume_requested.connect(lambda _id: self._load_open_session())
        self.subjects_page.refresh_requested.connect(self.refresh_subjects)
        self.session_page.close_in_error.connect(self._close_in_error)

        self.user_label, self.db_label = QLabel(), QLabel()
        self.ui.statusbar.addWidget(self.user_label)
        self.ui.statusbar.addPermanentWidget(self.db_label)
        self._build_actions()

        self.idle = IdleWatcher(autolock_minutes * 60, self)
        self.idle.idle.connect(lambda: self.lock_now("inactivity"))
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        self._tick()
        self._show_locked_state()
        self.db_label.setText("Opening the database…")

    def start(self) -> None:
        """Wait for the database (opening on its worker) once the caller has connected `fatal`."""
        self.ops.watch(self.ops.worker.start(), self._database_opened, self.fatal.emit)

    # --- set-up -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = QToolBar("Session", self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.actions_when_logged_in = []
        for text, shortcut, slot in (
            ("Subjects", "Ctrl+H", lambda: self.show_subjects()),
            ("Cell bank", "Ctrl+B", lambda: self.cellbank.show()),
            ("Switch user", "Ctrl+U", lambda: self.lock_now("switch user", switch=True)),
            ("Lock", "Ctrl+L", lambda: self.lock_now("on demand")),
            ("Log out", "Ctrl+Q", self.logout),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({shortcut})")
            action.triggered.connect(slot)
            bar.addAction(action)
            self.actions_when_logged_in.append(action)

    def _database_opened(self, clinic: Clinic) -> None:
        # Plain attributes set once on open; reading them here touches no connection.
        self.training = clinic.store.training
        self.db_label.setText(f"Database: {clinic.store.path}")
        self.ui.trainingLabel.setVisible(self.training)
        self.setWindowTitle("MAESTRO-4MS" + (" [TRAINING]" if self.training else ""))
        self.ops.run(accounts.has_accounts, done=self._accounts_checked, failed=self.fatal.emit)

    def _accounts_checked(self, has_any: bool) -> None:
        self._show_locked_state()
        if not has_any:
            self.first_run = FirstRunDialog(self)
            self.first_run.create_requested.connect(self._create_first_account)
            self.first_run.training_requested.connect(self.training_requested)
            self.first_run.open()

    def _create_first_account(self, username: str, name: str, password: str) -> None:
        def created(user: User) -> None:
            self.first_run.accept()
            self.login_page.prepare("login", user.username, self.training)
            self.login_page.show_message("Account created. Log in with your new password.",
                                         error=False)
        self.ops.run(accounts.create_account, None, username=username, display_name=name,
                     role="investigator", password=password, done=created,
                     failed=self.first_run.show_message)

    # --- login, lock, switch ---------------------------------------------------------------
    def _show_locked_state(self, purpose: str = "login", username: str = "") -> None:
        """No patient data while nobody is logged in or the window is locked."""
        self.locked = True
        self.idle.disarm()
        for label in (self.ui.subjectLabel, self.ui.initialsLabel, self.ui.visitLabel):
            label.setText("")
        self.ui.subjectLabel.setText("Locked" if purpose != "login" else "Not logged in")
        self.ui.stepRail.clear()
        self.ui.stepRail.setVisible(False)
        for action in self.actions_when_logged_in:
            action.setEnabled(False)
        self.user_label.setText("")
        self.login_page.prepare(purpose, username, self.training)
        self.ui.pages.setCurrentWidget(self.login_page)
        self.shown_login.emit()

    def _login(self, username: str, password: str, purpose: str) -> None:
        if purpose == "unlock" and self.user and username.lower() != self.user.username:
            purpose = "switch"
        self.ops.run(accounts.login, username, password, purpose=purpose,
                     done=self._logged_in, failed=self._login_failed)

    def _login_failed(self, message: str) -> None:
        self.login_page.set_busy(False)
        self.login_page.show_message(message)

    def _logged_in(self, user: User) -> None:
        self.user = user
        self.locked = False
        self.user_label.setText(f"{user.display_name} · {user.role.label}")
        for action in self.actions_when_logged_in:
            action.setEnabled(True)
        self.idle.arm()
        self._load_open_session()

    def lock_now(self, reason: str, *, switch: bool = False) -> None:
        if self.locked or self.user is None:
            return
        self.ops.run(accounts.screen_locked, self.user, reason=reason, failed=self.status)
        self._show_locked_state("switch" if switch else "unlock",
                                "" if switch else self.user.username)

    def logout(self) -> None:
        if self.user is not None:
            self.ops.run(accounts.logout, self.user, failed=self.status)
        self.user = None
        self._show_locked_state("login")

    # --- subjects and sessions -----------------------------------------------------------
    def _load_open_session(self) -> None:
        self.ops.run(sessions.open_on_workstation, done=self._open_session_loaded,
                     failed=self.status)

    def _open_session_loaded(self, session: SessionInfo | None) -> None:
        if session is None:
            self.session = None
            self.show_subjects()
        else:
            self.show_session(session)

    def show_subjects(self, notice: str = "") -> None:
        if self.locked:
            return
        self.set_banner(None)
        self.ui.pages.setCurrentWidget(self.subjects_page)
        self.refresh_subjects(notice)

    def refresh_subjects(self, notice: str = "") -> None:
        def listed(rows: list) -> None:
            self.subjects_page.set_rows(rows)
            if notice:
                self.subjects_page.show_message(notice)
        today = datetime.now().astimezone().date()
        self.ops.run(subjects.overview, today, done=listed,
                     failed=self.subjects_page.show_message)

    def _open_session(self, code: str, visit: str) -> None:
        self.ops.run(sessions.open_session, self.user, code, visit, done=self.show_session,
                     failed=self.subjects_page.show_message)

    def show_session(self, session: SessionInfo, step: str | None = None) -> None:
        self.session = session
        self.set_banner(session)
        if (step or session.step) == "checks":
            self.checks.load()
            return
        if (step or session.step) == "vial":
            self.vials.load()
            return
        if (step or session.step) == "procedure":
            self.procedure.load()
            return
        row = next((r for r in self.subjects_page.rows if r.subject.code == session.subject),
                   None)
        planned = next((v for v in row.plan if v.key == session.visit), None) if row else None
        today = datetime.now().astimezone().date()
        self.session_page.show_session(session, planned.describe(today) if planned else "")
        self.ui.pages.setCurrentWidget(self.session_page)
        if row is None:   # first view after a restart: fetch the plan for the window text
            self.ops.run(subjects.overview, today, done=self._plan_loaded, failed=self.status)

    def _plan_loaded(self, rows: list) -> None:
        self.subjects_page.rows = rows
        if self.session is not None and not self.locked:
            row = next((r for r in rows if r.subject.code == self.session.subject), None)
            planned = next((v for v in row.plan if v.key == self.session.visit), None)
            if planned:
                today = datetime.now().astimezone().date()
                self.session_page.show_session(self.session, planned.describe(today))

    def _rail_activated(self, item: QListWidgetItem) -> None:
        step = STEPS[self.ui.stepRail.row(item)]
        if self.session is None or item.data(Qt.ItemDataRole.UserRole) == StepState.LOCKED:
            return
        if step != "patient":
            self.show_session(self.session, step=step)

    def _close_in_error(self, session_id: str, reason: str) -> None:
        def closed(_result: object) -> None:
            self.session = None
            self.status("Session closed as opened in error.")
            self.show_subjects()
        self.ops.run(sessions.close_opened_in_error, self.user, session_id, reason,
                     done=closed, failed=self.status)

    # --- banner, rail, status --------------------------------------------------------------
    def set_banner(self, session: SessionInfo | None) -> None:
        ui = self.ui
        if session is None:
            ui.subjectLabel.setText("No patient selected")
            ui.initialsLabel.setText("")
            ui.visitLabel.setText("")
            ui.stepRail.setVisible(False)
            return
        ui.subjectLabel.setText(f"Subject {session.subject}")
        ui.initialsLabel.setText(session.initials)
        ui.visitLabel.setText(session.visit_label)
        ui.stepRail.clear()
        done = set(STEPS[:STEPS.index(session.step)]) if session.step in STEPS else {"patient"}
        states = step_states(done if session.status == "open" else set(STEPS))
        for step in STEPS:
            state = states[step]
            item = QListWidgetItem(f"{STATE_MARK[state]}  {STEP_LABELS[step]}\n     {state.value}")
            item.setData(Qt.ItemDataRole.UserRole, state.value)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{STEP_LABELS[step]}: {state.value}")
            if state is StepState.LOCKED:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.stepRail.addItem(item)
            if state is StepState.CURRENT:
                ui.stepRail.setCurrentItem(item)
        ui.stepRail.setVisible(True)

    def _clock_jumped(self, jump: timedelta, before: datetime) -> None:
        """Shown until acknowledged by the next user action; journalled with the session."""
        direction = "forward" if jump > timedelta(0) else "back"
        minutes = abs(jump.total_seconds()) / 60
        self.status(f"⚠ The computer's clock jumped {direction} by {minutes:.0f} min. "
                    "Check the time before recording.")
        session_id = self.session.id if self.session else None
        self.ops.run(procedure.note_clock_jump, self.user, session_id, jump, before,
                     failed=self.status)

    def rail_states(self) -> dict[str, str]:
        rail = self.ui.stepRail
        return {STEPS[i]: rail.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(rail.count())}

    def _tick(self) -> None:
        self.ui.clockLabel.setText(datetime.now().astimezone().strftime("%H:%M:%S"))

    def status(self, message: str) -> None:
        self.ui.statusbar.showMessage(message, 15000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.idle.stop()
        self._clock.stop()
        self.clock_watch.timer.stop()
        self.procedure_page.stop_timers()
        QApplication.instance().removeEventFilter(self.vial_page.capture)
        super().closeEvent(event)
