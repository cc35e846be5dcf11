"""The main window: patient banner, step rail, pages, status bar, locking.

Only what the first screen needs is imported here, so the login form paints at once; the
pages and the use cases behind them (gui/workflow.py) are built when the database has opened.
Every database call goes through `Ops`, so the GUI thread never waits on SQLite.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QToolBar, QWidget

from ..domain.steps import STEP_LABELS, STEPS, StepState, step_states
from .forms.ui_main_window import Ui_MainWindow
from .idle import IdleWatcher
from .login_page import LoginPage
from .ops import Ops

if TYPE_CHECKING:
    from ..services.clinic import Clinic, User
    from ..services.sessions import SessionInfo
    from .workflow import Workflow

STATE_MARK = {StepState.DONE: "✓", StepState.CURRENT: "▶", StepState.LOCKED: "○"}
DEFAULT_AUTOLOCK_MINUTES = 5   # until the protocol settings arrive with the database


class MainWindow(QMainWindow):
    fatal = Signal(str)                  # the database cannot be used: message for the user
    training_requested = Signal()        # first start: the user chose the training database
    shown_login = Signal()
    first_painted = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ops = ops
        self.flow: Workflow | None = None
        self.user: User | None = None
        self.session: SessionInfo | None = None
        self.training = False
        self.locked = True
        self.first_run = None
        self.login_page = LoginPage()
        self.ui.pages.addWidget(self.login_page)
        self.user_label, self.db_label = QLabel(), QLabel()
        self.ui.statusbar.addWidget(self.user_label)
        self.ui.statusbar.addPermanentWidget(self.db_label)
        self._build_actions()
        self.idle = IdleWatcher(DEFAULT_AUTOLOCK_MINUTES * 60, self)
        self.idle.idle.connect(lambda: self.lock_now("inactivity"))
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        self._tick()
        self.show_locked_state()
        self.login_page.set_busy(True)            # until the database is open
        self.db_label.setText("Opening the database…")
        self._painted = False
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return False

    def start(self) -> None:
        """Open the database on its worker; the caller has connected `fatal` first."""
        self.ops.watch(self.ops.worker.start(), self._database_opened, self.fatal.emit)

    def _database_opened(self, clinic: Clinic) -> None:
        # Plain attributes set once on open; reading them here touches no connection.
        from .workflow import Workflow

        self.training = clinic.store.training
        self.db_label.setText(f"Database: {clinic.store.path}")
        self.ui.trainingLabel.setVisible(self.training)
        self.setWindowTitle("MAESTRO-4MS" + (" [TRAINING]" if self.training else ""))
        self.idle.timeout_s = clinic.protocol.site.autolock_minutes * 60
        self.flow = Workflow(self, clinic.protocol)
        self.flow.check_accounts()

    def _build_actions(self) -> None:
        bar = QToolBar("Session", self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.actions_when_logged_in = []
        for text, shortcut, slot in (
            ("Subjects", "Ctrl+H", lambda: self.show_subjects()),
            ("Cell bank", "Ctrl+B", lambda: self.flow.cellbank.show()),
            ("Switch user", "Ctrl+U", lambda: self.lock_now("switch user", switch=True)),
            ("Lock", "Ctrl+L", lambda: self.lock_now("on demand")),
            ("Log out", "Ctrl+Q", lambda: self.logout()),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({shortcut})")
            action.triggered.connect(slot)
            bar.addAction(action)
            self.actions_when_logged_in.append(action)

    # --- what the workflow does, reachable from the window ------------------------------
    def lock_now(self, reason: str, *, switch: bool = False) -> None:
        if self.flow is not None:
            self.flow.lock_now(reason, switch=switch)

    def logout(self) -> None:
        if self.flow is not None:
            self.flow.logout()

    def show_subjects(self, notice: str = "") -> None:
        if self.flow is not None:
            self.flow.show_subjects(notice)

    def show_session(self, session: SessionInfo, step: str | None = None) -> None:
        self.flow.show_session(session, step)

    def show_locked_state(self, purpose: str = "login", username: str = "") -> None:
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
        if self.flow is not None:
            self.flow.stop()
        super().closeEvent(event)
