"""The main window: patient banner, step rail, pages, status bar, locking, the Language menu.

Only what the first screen needs is imported here, so the login form paints at once: not even
`Ops` (the application attaches it after the first paint, see gui/app.py), nor the session
steps. The pages and the use cases behind them (gui/workflow.py) are built when the database
has opened. Every database call goes through `Ops`, so the GUI thread never waits on SQLite.

The first screen's texts (this file and login_page.py) are translated by Qt (`self.tr`, in
resources/i18n/<language>/forms.ts with the Designer forms' texts), not by domain.i18n's `tr`
as everywhere else: the catalogues behind the latter, and the domain package itself, cost
about 5 ms to import, and nothing of it is loaded before the first paint. Both are switched
together by gui/language.py.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QListView,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from .elided_label import ElidedLabel
from .forms.ui_main_window import Ui_MainWindow
from .idle import IdleWatcher
from .login_page import LoginPage

if TYPE_CHECKING:
    from ..services.clinic import Clinic, User
    from ..services.sessions import SessionInfo
    from .ops import Ops
    from .workflow import Workflow

STATE_MARK = {"done": "✓", "current": "▶", "locked": "○"}   # StepState is a StrEnum
MARK_SIZE = 24                 # px of a step's mark in the rail
DEFAULT_AUTOLOCK_MINUTES = 5   # until the protocol settings arrive with the database
QWIDGETSIZE_MAX = 16777215     # Qt's "no maximum"
# domain.i18n.LANGUAGES, each language in its own words (not imported before the first paint;
# tests/gui/test_translations_gui.py checks they are the same).
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def mark_icon(mark: str, view: QWidget) -> QIcon:
    """A step's mark (✓ ▶ ○) drawn in the view's font and text colour, as an icon."""
    ratio = view.devicePixelRatioF()
    pixmap = QPixmap(QSize(MARK_SIZE, MARK_SIZE) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setFont(view.font())
    painter.setPen(view.palette().text().color())
    painter.drawText(QRect(0, 0, MARK_SIZE, MARK_SIZE), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    fatal = Signal(object)               # the database cannot be used: an ops.Failure (a str)
    training_requested = Signal()        # first start: the user chose the training database
    shown_login = Signal()
    first_painted = Signal()
    ops_attached = Signal()              # gui/app.py has set `ops` (after the first paint)

    def __init__(self, ops: Ops | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        # Two-line steps wrap at the rail's width, whatever width the page leaves it.
        self.ui.stepRail.setResizeMode(QListView.ResizeMode.Adjust)
        self.ops = ops
        self.flow: Workflow | None = None
        self.user: User | None = None
        self.session: SessionInfo | None = None
        self.training = False
        self.locked = True
        self.first_run = None
        self.database_path: str | None = None     # once open
        self.login_page = LoginPage()
        self.ui.pages.addWidget(self.login_page)
        # The window is as narrow as the page on show allows, not as the widest of all pages.
        self.ui.pages.currentChanged.connect(self.size_to_current_page)
        # Both may shrink on a narrow screen (or in a longer language); whole in the tooltip.
        self.user_label = ElidedLabel(minimum_width=120)
        self.db_label = ElidedLabel(minimum_width=80)
        self.ui.statusbar.addWidget(self.user_label)
        self.ui.statusbar.addPermanentWidget(self.db_label)
        self.ui.statusbar.messageChanged.connect(self._room_for_message)
        self._build_actions()
        self.idle = IdleWatcher(DEFAULT_AUTOLOCK_MINUTES * 60, self)
        self.idle.idle.connect(lambda: self.lock_now("inactivity"))
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        self._tick()
        self.show_locked_state()
        self.login_page.set_busy(True)            # until the database is open
        self._show_database()
        self._painted = False
        self.installEventFilter(self)

    def __getattr__(self, name: str) -> QWidget:
        """A step's page (checks_page, vial_page, ...), which the workflow builds on first
        use; only called for attributes not set already."""
        flow = self.__dict__.get("flow")
        if flow is None or not name.endswith("_page"):
            raise AttributeError(name)
        return flow.page(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
            QTimer.singleShot(0, self, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        """What the first screen can do without before its first paint (a few ms): longer
        texts than English or French fit from the next layout on, and a control that gets the
        focus is scrolled into view, both ready before anyone can type."""
        from PySide6.QtWidgets import QApplication

        from .fitting import fit_texts, follow_focus

        follow_focus(QApplication.instance())
        # The login title and the banner stay on one line: a wrapped label prefers to be
        # narrow, and they have the room, even with every string doubled.
        fit_texts(self.login_page, keep=(self.login_page.ui.titleLabel,))

    def start(self) -> None:
        """Open the database on its worker; the caller has connected `fatal` first."""
        self.ops.watch(self.ops.worker.start(), self._database_opened, self.fatal.emit)

    def _database_opened(self, clinic: Clinic) -> None:
        # Plain attributes set once on open; reading them here touches no connection.
        from .workflow import Workflow

        self.training = clinic.store.training
        self.database_path = str(clinic.store.path)
        self._show_database()
        self.ui.trainingLabel.setVisible(self.training)
        self._show_title()
        self.idle.timeout_s = clinic.protocol.site.autolock_minutes * 60
        self.flow = Workflow(self, clinic.protocol)
        self.flow.check_accounts()

    def _room_for_message(self, text: str) -> None:
        """A message ("Vial verified by two people: ...") gets the bar while it shows: the
        database's name hides, the other labels keep only their minimum, ending in "…"."""
        self.db_label.setVisible(not text)
        for label in self.ui.statusbar.findChildren(ElidedLabel):
            if label is not self.user_label and label is not self.db_label:
                label.setMaximumWidth(label.minimumWidth() if text else QWIDGETSIZE_MAX)

    def size_to_current_page(self) -> None:
        """Hidden pages do not count in the window's minimum size (Qt's stack counts all)."""
        current = self.ui.pages.currentWidget()
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        for index in range(self.ui.pages.count()):
            page = self.ui.pages.widget(index)
            page.setSizePolicy(*(2 * (preferred if page is current else ignored,)))
        self.ui.pages.updateGeometry()

    def _show_database(self) -> None:
        if self.database_path is None:
            self.db_label.set_full_text(self.tr("Opening the database…"))
        else:    # the file's name; the whole path in the tooltip
            self.db_label.set_full_text(self.tr("Database: {path}").format(
                path=Path(self.database_path).name))
            self.db_label.setToolTip(self.database_path)

    def _show_title(self) -> None:
        self.setWindowTitle(self.tr("MAESTRO-4MS [TRAINING]") if self.training
                            else "MAESTRO-4MS")

    def _build_actions(self) -> None:
        self.toolbar = bar = QToolBar(self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.actions_when_logged_in = []
        for slot in (lambda: self.show_subjects(), lambda: self.flow.cellbank.show(),
                     lambda: self.lock_now("switch user", switch=True),
                     lambda: self.lock_now("on demand"), lambda: self.logout()):
            action = QAction(self)
            action.triggered.connect(slot)
            bar.addAction(action)
            self.actions_when_logged_in.append(action)
        # Usable before anyone logs in: the login screen itself may need another language.
        bar.addSeparator()
        self.language_menu = QMenu(self)
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():   # each language in its own words
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_menu.aboutToShow.connect(self._check_language)
        self.language_action = self.language_menu.menuAction()
        self.language_action.setObjectName("languageAction")
        bar.addAction(self.language_action)
        button = bar.widgetForAction(self.language_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._action_texts()

    def _action_texts(self) -> None:
        self.toolbar.setWindowTitle(self.tr("Session"))
        texts = (self.tr("Subjects"), self.tr("Cell bank"), self.tr("Switch user"),
                 self.tr("Lock"), self.tr("Log out"))
        shortcuts = ("Ctrl+H", "Ctrl+B", "Ctrl+U", "Ctrl+L", "Ctrl+Q")
        for action, text, shortcut in zip(self.actions_when_logged_in, texts, shortcuts,
                                          strict=True):
            action.setText(text)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({shortcut})")
        # In both languages, so that whoever reads neither can still find it.
        words = self.tr("Language / Langue")
        self.language_menu.setTitle(words)
        self.language_action.setText(words)
        self.language_action.setToolTip(self.tr("Language of the application: Français or "
                                                "English"))

    # --- language ------------------------------------------------------------------------
    def _check_language(self) -> None:
        from ..domain.i18n import language

        self.language_actions[language()].setChecked(True)

    def switch_language(self, language: str) -> None:
        """The Language menu: saved for the next start, and every text changed at once."""
        from ..domain import i18n
        from . import language as gui_language

        if language != i18n.language():
            gui_language.switch(language)
            self.retranslate()
        self._check_language()

    def retranslate(self) -> None:
        """Every text again in the current language: forms, the window's own texts, the
        pages, and the screen on show reloaded (its texts come from the database state)."""
        self.ui.retranslateUi(self)
        self._action_texts()
        self._show_title()
        self._show_database()
        self._tick()
        self.login_page.retranslate()
        if self.first_run is not None:
            self.first_run.retranslate()
        if self.user is not None:
            self._show_user()
        if self.locked:
            self._show_locked_banner(self.login_page.purpose)
        if self.flow is not None:
            self.flow.retranslate()
        elif not self.locked:
            self.set_banner(self.session)

    def _show_user(self) -> None:
        self.user_label.set_full_text(f"{self.user.display_name} · {self.user.role.label}")

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
        self._show_locked_banner(purpose)
        self.ui.stepRail.clear()
        self.ui.stepRail.setVisible(False)
        for action in self.actions_when_logged_in:
            action.setEnabled(False)
        self.user_label.set_full_text("")
        self.login_page.prepare(purpose, username, self.training)
        self.ui.pages.setCurrentWidget(self.login_page)
        self.shown_login.emit()

    # --- banner, rail, status --------------------------------------------------------------
    def _show_locked_banner(self, purpose: str) -> None:
        for label in (self.ui.subjectLabel, self.ui.initialsLabel, self.ui.visitLabel):
            label.setText("")
        self.ui.subjectLabel.setText(self.tr("Locked") if purpose != "login"
                                     else self.tr("Not logged in"))

    def set_banner(self, session: SessionInfo | None) -> None:
        ui = self.ui
        if session is None:
            ui.subjectLabel.setText(self.tr("No patient selected"))
            ui.initialsLabel.setText("")
            ui.visitLabel.setText("")
            ui.stepRail.setVisible(False)
            return
        ui.subjectLabel.setText(self.tr("Subject {code}").format(code=session.subject))
        ui.initialsLabel.setText(session.initials)
        ui.visitLabel.setText(session.visit_label)
        from ..domain.steps import STEP_LABELS, STEP_STATE_WORDS, STEPS, StepState, step_states
        from .fitting import WrappedItems

        if not isinstance(ui.stepRail.itemDelegate(), WrappedItems):
            ui.stepRail.setIconSize(QSize(MARK_SIZE, MARK_SIZE))
            ui.stepRail.setItemDelegate(WrappedItems(24 + MARK_SIZE + 6, ui.stepRail))
        ui.stepRail.clear()
        done = set(STEPS[:STEPS.index(session.step)]) if session.step in STEPS else {"patient"}
        states = step_states(done if session.status == "open" else set(STEPS))
        for step in STEPS:
            state = states[step]
            label, words = STEP_LABELS[step], STEP_STATE_WORDS[state.value]
            # The mark as the item's icon: the text then wraps beside it, under the label.
            item = QListWidgetItem(mark_icon(STATE_MARK[state], ui.stepRail),
                                   f"{label}\n{words}")
            item.setToolTip(f"{label}\n{words}")    # the rail may be narrower than a long label
            item.setData(Qt.ItemDataRole.UserRole, state.value)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("{step}: {state}").format(step=label, state=words))
            if state is StepState.LOCKED:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.stepRail.addItem(item)
            if state is StepState.CURRENT:
                ui.stepRail.setCurrentItem(item)
        ui.stepRail.setVisible(True)

    def rail_states(self) -> dict[str, str]:
        from ..domain.steps import STEPS

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
