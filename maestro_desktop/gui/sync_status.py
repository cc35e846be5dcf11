"""Sync with the central store from the window, never on the GUI thread.

`SyncRunner` runs one sync at a time on a plain Python thread: the network calls block there,
and every local step is handed to the database thread (services.sync expects a `local`
runner for that). `SyncStatusWidget` sits in the status bar: how many events wait, when the
last sync went through, what failed (in words), and the problems the centre flagged.

    widget = attach(window)     # once the database is open; widget.stop() when closing
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..domain.i18n import tr, trn
from ..services import sync
from .elided_label import ElidedLabel
from .ops import Ops, user_message

if TYPE_CHECKING:
    from ..services.clinic import User
    from ..services.worker import DbWorker
    from .main_window import MainWindow

log = logging.getLogger(__name__)

INTERVAL_S = 5 * 60          # between automatic syncs while all goes well
FIRST_SYNC_S = 20            # after opening: the login and first screens get the database first
BACKOFF_BASE_S = 30          # after a failure: 30 s, 60 s, 120 s ... up to BACKOFF_CAP_S
BACKOFF_CAP_S = 30 * 60
REFRESH_MS = 15_000          # status bar refresh (events recorded meanwhile, a CLI sync)
SHORT_ERROR = 90             # characters of the error shown in the bar; all of it in the tooltip

__all__ = ["ElidedLabel", "FlagsDialog", "SyncRunner", "SyncStatusWidget", "attach",
           "backoff_delay", "describe"]


def backoff_delay(failures: int, base: float = BACKOFF_BASE_S,
                  cap: float = BACKOFF_CAP_S) -> float:
    """Seconds before the next attempt after `failures` failed attempts in a row (>= 1)."""
    return min(base * 2 ** (failures - 1), cap)


class SyncRunner(QObject):
    """Syncs every `interval` seconds while a central address is saved, sooner after a
    failure (exponential back-off), and at once on `sync_now()`. Use from the GUI thread.

    `finished` carries a SyncReport when the sync ran (conflicts included: retrying will not
    resolve them), the error in words when it failed, or None when no address is saved."""

    started = Signal()
    finished = Signal(object)
    _attempted = Signal(object)      # from the sync thread; queued to the GUI thread

    def __init__(self, worker: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.interval = INTERVAL_S
        self.backoff_base, self.backoff_cap = BACKOFF_BASE_S, BACKOFF_CAP_S
        self.running = False
        self.failures = 0
        self.delay: float | None = None      # seconds to the next automatic attempt
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._attempted.connect(self._finish)

    def start(self, first_delay: float = FIRST_SYNC_S) -> None:
        """Begin automatic syncing (the first attempt only checks that an address is saved)."""
        self._schedule(first_delay)

    def stop(self) -> None:
        """No further attempts. A sync in flight is abandoned: its thread is a daemon, every
        batch it sends is one transaction, and the next start simply carries on."""
        self._stopped = True
        self._timer.stop()

    @Slot()
    def sync_now(self) -> bool:
        """Start a sync unless one is running; False when none was started."""
        if self.running or self._stopped:
            return False
        self._timer.stop()
        self.running = True
        self.started.emit()
        threading.Thread(target=self._attempt, name="maestro-sync", daemon=True).start()
        return True

    # --- on the sync thread ---------------------------------------------------------------
    def _local(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.worker.submit(fn, *args).result()

    def _attempt(self) -> None:
        try:
            outcome = self._sync()
        except Exception as exc:   # noqa: BLE001 - e.g. the database closed meanwhile
            outcome = str(user_message(exc))
        try:
            self._attempted.emit(outcome)
        except RuntimeError:   # the window was closed and deleted meanwhile
            pass

    def _sync(self) -> sync.SyncReport | str | None:
        saved = self._local(sync.settings)
        if saved is None:
            return None
        dsn, insecure = saved
        report, error = None, None
        try:
            from ..sync.central import Central  # psycopg: loaded by the first sync only

            with Central.open(dsn, allow_insecure=insecure) as central:
                report = sync.sync_once(self._local, central)
        except Exception as exc:   # noqa: BLE001 - every failure reaches the bar in words
            error = str(user_message(exc))
        self._local(sync.record_outcome, report, error)
        return error if error is not None else report

    # --- back on the GUI thread -------------------------------------------------------------
    @Slot(object)
    def _finish(self, outcome: sync.SyncReport | str | None) -> None:
        self.running = False
        if self._stopped:
            return
        if isinstance(outcome, str):
            self.failures += 1
            self._schedule(backoff_delay(self.failures, self.backoff_base, self.backoff_cap))
        else:
            self.failures = 0
            self._schedule(self.interval)
        self.finished.emit(outcome)

    def _schedule(self, seconds: float) -> None:
        self.delay = seconds
        self._timer.start(round(seconds * 1000))


# --- the status bar -------------------------------------------------------------------------

def _clock_text(stamp: str | datetime | None) -> str:
    """HH:MM today, DD/MM HH:MM another day (24 h, in both languages)."""
    if stamp is None:
        return tr("sync_status", "never")
    moment = (datetime.fromisoformat(stamp) if isinstance(stamp, str) else stamp).astimezone()
    same_day = moment.date() == datetime.now().astimezone().date()
    return moment.strftime("%H:%M" if same_day else "%d/%m %H:%M")


def describe(status: sync.SyncStatus, *, running: bool = False) -> tuple[str, str]:
    """(bar text, tooltip): a symbol and words for each state, never colour alone."""
    waiting = trn("sync_status", "{count} event waiting here.", "{count} events waiting here.",
                  status.waiting)
    if not status.configured:
        return ("○ " + tr("sync_status", "Sync: not configured"),
                tr("sync_status", "No central address is saved for this workstation. A "
                   "coordinator saves it with `maestro central connect`."))
    if running:
        return ("⟳ " + tr("sync_status", "Sync: in progress…"),
                tr("sync_status", "Sending to the central store. {waiting}", waiting=waiting))
    if status.last_error:
        first = status.last_error.strip().splitlines()[0]
        short = first if len(first) <= SHORT_ERROR else first[:SHORT_ERROR - 1] + "…"
        if status.conflicts:     # the push stays stopped until the data manager acts
            short = trn("sync_status", "{count} event in conflict with the centre, for the data "
                        "manager", "{count} events in conflict with the centre, for the data "
                        "manager", status.conflicts)
        text = (tr("sync_status", "Sync failed {time}: {error}",
                   time=_clock_text(status.last_error_at), error=short)
                if status.last_error_at else
                tr("sync_status", "Sync failed: {error}", error=short))
        return ("✗ " + text,
                tr("sync_status", "{error}\n\n{waiting} Last successful sync: {time}.",
                   error=status.last_error, waiting=waiting, time=_clock_text(status.last_ok)))
    last = _clock_text(status.last_ok)
    if status.waiting:
        return ("⇅ " + trn("sync_status", "Sync: {count} event waiting · last {time}",
                           "Sync: {count} events waiting · last {time}", status.waiting,
                           time=last),
                tr("sync_status", "{waiting} They are sent at the next sync.", waiting=waiting))
    return ("✓ " + tr("sync_status", "Sync: up to date · last {time}", time=last),
            tr("sync_status", "Every event recorded here is at the centre."))


class SyncStatusWidget(QWidget):
    """Status bar: sync state in words, "Sync now", and the centre's flags when there are any.
    The state is read on the database thread (through `ops`), never on the GUI thread."""

    def __init__(self, ops: Ops, runner: SyncRunner, current_user: Callable[[], User | None],
                 *, training: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.runner, self.current_user = ops, runner, current_user
        self.training = training
        self.status: sync.SyncStatus | None = None
        self.flags_dialog: FlagsDialog | None = None
        self._refreshing = False
        self.label = ElidedLabel(tr("sync_status", "Sync: …"))
        self.sync_button = QPushButton()
        self.sync_button.setEnabled(False)           # until the status says an address is saved
        self.flags_button = QPushButton()
        self.flags_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        for widget in (self.label, self.sync_button, self.flags_button):
            layout.addWidget(widget)
        self.sync_button.clicked.connect(self.sync_now)
        self.flags_button.clicked.connect(self.show_flags)
        runner.started.connect(self._show)
        runner.finished.connect(self._sync_finished)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self._texts()
        if training:
            self.sync_button.hide()
        else:
            self.timer.start(REFRESH_MS)
            self.refresh()

    def _texts(self) -> None:
        self.sync_button.setText(tr("sync_status", "Sync now"))
        self.sync_button.setAccessibleName(tr("sync_status", "Sync with the central store now"))
        self.sync_button.setToolTip(tr("sync_status", "Send this workstation's events to the "
                                       "central store and fetch its reference data now"))
        if self.training:
            self.label.set_full_text("○ " + tr("sync_status", "Sync: off (training)"))
            self.label.setToolTip(tr("sync_status", "A training database never syncs to the "
                                     "trial's central store."))

    def retranslate(self) -> None:
        self._texts()
        self._show()
        if self.flags_dialog is not None:
            self.flags_dialog.retranslate()

    def stop(self) -> None:
        self.timer.stop()
        self.runner.stop()
        self.close_flags()

    @Slot()
    def sync_now(self) -> None:
        self.runner.sync_now()

    @Slot()
    def refresh(self) -> None:
        if self._refreshing or self.training:
            return
        self._refreshing = True
        self.ops.run(sync.status, done=self._status_read, failed=self._status_failed)

    def _status_read(self, status: sync.SyncStatus) -> None:
        self._refreshing = False
        self.status = status
        self._show()
        if self.flags_dialog is not None:
            self.flags_dialog.set_flags(status.open_flags)

    def _status_failed(self, message: str) -> None:
        self._refreshing = False
        self.label.set_full_text("✗ " + tr("sync_status", "Sync: status unknown"))
        self.label.setToolTip(message)

    def _sync_finished(self, _outcome: object) -> None:
        self.refresh()     # the outcome was recorded on the database thread

    def _show(self) -> None:
        status = self.status
        if status is None:
            return
        text, tip = describe(status, running=self.runner.running)
        self.label.set_full_text(text)
        self.label.setToolTip(tip)
        self.label.setAccessibleDescription(tip)
        self.sync_button.setEnabled(status.configured and not self.runner.running)
        count = len(status.open_flags)
        self.flags_button.setVisible(count > 0)
        words = trn("sync_status", "{count} problem flagged by the centre",
                    "{count} problems flagged by the centre", count)
        self.flags_button.setText(f"⚠ {words}")
        self.flags_button.setAccessibleName(tr("sync_status", "Warning: {problems}. Show them.",
                                               problems=words))

    # --- the centre's flags -------------------------------------------------------------------
    @Slot()
    def show_flags(self) -> None:
        if self.current_user() is None:          # their text names subjects: not when locked
            QToolTip.showText(self.flags_button.mapToGlobal(self.flags_button.rect().center()),
                              tr("sync_status", "Log in to see the problems flagged by the "
                                 "centre."),
                              self.flags_button)
            return
        if self.flags_dialog is None:
            self.flags_dialog = FlagsDialog(self.window())
            self.flags_dialog.acknowledge_requested.connect(self._acknowledge)
            self.flags_dialog.finished.connect(self._flags_closed)
        self.flags_dialog.set_flags(self.status.open_flags if self.status else ())
        self.flags_dialog.open()

    @Slot()
    def close_flags(self) -> None:
        if self.flags_dialog is not None:
            self.flags_dialog.reject()

    def _flags_closed(self) -> None:
        self.flags_dialog.deleteLater()
        self.flags_dialog = None

    def _acknowledge(self, flag_id: int, note: str) -> None:
        self.ops.run(sync.acknowledge_flag, self.current_user(), flag_id, note,
                     done=lambda _: self._acknowledged(flag_id),
                     failed=self._flags_message)

    def _acknowledged(self, flag_id: int) -> None:
        self._flags_message(tr("sync_status", "Flag {flag} acknowledged; the centre is told at "
                               "this sync.", flag=flag_id), error=False)
        self.refresh()
        self.runner.sync_now()

    def _flags_message(self, message: str, *, error: bool = True) -> None:
        if self.flags_dialog is not None:     # it may have been closed meanwhile
            self.flags_dialog.show_message(message, error=error)


class FlagsDialog(QDialog):
    """Each open flag in words, with a button to acknowledge it (a note is asked for)."""

    acknowledge_requested = Signal(int, str)     # flag id, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(720, 480)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, scroll, self.message, buttons):
            layout.addWidget(widget)
        self.ack_buttons: dict[int, QPushButton] = {}
        self.flags: tuple[dict[str, Any], ...] = ()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("sync_status", "Problems flagged by the centre"))
        self.intro.setText(tr("sync_status", "The trial's data manager found these problems with "
                              "records from this site. A coordinator acknowledges each one with "
                              "a note saying what was done."))
        self.message.setAccessibleName(tr("sync_status", "Message"))
        self.set_flags(self.flags)

    def set_flags(self, flags: tuple[dict[str, Any], ...]) -> None:
        while (item := self.rows_layout.takeAt(0)) is not None:
            if item.widget():
                item.widget().deleteLater()
        self.ack_buttons = {}
        self.flags = flags
        for flag in flags:
            text = QLabel(f"⚠ {flag['text']}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(tr("sync_status", "Acknowledge…"))
            button.setAccessibleName(tr("sync_status", "Acknowledge flag {flag}", flag=flag["id"]))
            button.clicked.connect(lambda _=False, flag_id=flag["id"]: self._ask_note(flag_id))
            row = QHBoxLayout()
            row.addWidget(text, 1)
            row.addWidget(button)
            holder = QWidget()
            holder.setLayout(row)
            self.rows_layout.addWidget(holder)
            self.ack_buttons[flag["id"]] = button
        if not flags:
            self.rows_layout.addWidget(QLabel("✓ " + tr("sync_status", "No open problems.")))
        self.rows_layout.addStretch(1)

    def _ask_note(self, flag_id: int) -> None:
        note, ok = QInputDialog.getText(self, tr("sync_status", "Acknowledge the flag"),
                                        tr("sync_status", "What was done about it? (kept with "
                                           "the acknowledgement)"))
        if ok:
            self.acknowledge_requested.emit(flag_id, note)

    def show_message(self, message: str, *, error: bool = True) -> None:
        self.message.setText(message)
        self.message.setProperty("alert", "error" if error else "")
        self.message.style().polish(self.message)


def attach(window: MainWindow) -> SyncStatusWidget:
    """Put the sync status in the window's status bar and start automatic syncing."""
    runner = SyncRunner(window.ops.worker, window)
    widget = SyncStatusWidget(window.ops, runner, lambda: None if window.locked else window.user,
                              training=window.training)
    window.ui.statusbar.addPermanentWidget(widget)
    window.shown_login.connect(widget.close_flags)   # flags name subjects: hidden when locked
    if not window.training:
        runner.start()
    return widget
