"""Automatic backups from the window: after each signature and at the site's interval.

A backup opens its own read-only connection (services.backup), so it runs on a plain thread of
its own: neither the GUI thread nor the database thread waits for it. The status bar shows
when the last one was verified, or why it failed, in words.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..domain.i18n import tr
from ..services import backup
from .elided_label import ElidedLabel
from .ops import user_message

if TYPE_CHECKING:
    from ..domain.protocol import Protocol
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class BackupRunner(QObject):
    """One backup at a time; a request made while one runs is served right after it."""

    finished = Signal(object)       # BackupInfo, or the failure in words (a str)
    _done = Signal(object)          # from the backup thread; queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.protocol: Protocol | None = None
        self.running = False
        self._again = False
        self._stopped = False
        self.label: BackupLabel | None = None    # the status bar's, set by `attach`
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.backup_now("interval"))
        self._done.connect(self._finished)

    def configure(self, path: Path, protocol: Protocol) -> None:
        self.path, self.protocol = path, protocol
        self.timer.start(round(protocol.site.backups.every_minutes * 60_000))

    def backup_now(self, reason: str) -> bool:
        """Start a backup now (False when it has to wait for the one running)."""
        if self._stopped or self.path is None:
            return False
        if self.running:
            self._again = True
            return False
        self.running = True
        path, protocol = self.path, self.protocol
        log.info("backup (%s) of %s", reason, path)

        def work() -> None:
            try:
                outcome: object = backup.make_backup(path, protocol)
            except Exception as exc:  # noqa: BLE001 - reported in words on the GUI thread
                outcome = str(user_message(exc))
            self._done.emit(outcome)

        threading.Thread(target=work, name="maestro-backup", daemon=True).start()
        return True

    @Slot(object)
    def _finished(self, outcome: object) -> None:
        self.running = False
        if self._stopped:
            return
        self.finished.emit(outcome)
        if self._again:
            self._again = False
            self.backup_now("requested while busy")

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()


class BackupLabel(ElidedLabel):
    """'✓ Backup 08:14' or '✗ Backup failed: ...' (whole message in the tooltip)."""

    def __init__(self) -> None:
        super().__init__(minimum_width=120)
        self.outcome: object = None
        self.when = ""
        self.retranslate()

    def retranslate(self) -> None:
        if self.outcome is None:
            self.set_full_text("○ " + tr("backup_status", "Backup: none yet"))
        elif isinstance(self.outcome, str):
            self.set_full_text("✗ " + tr("backup_status", "Backup failed"))
            self.setToolTip(self.outcome)
        else:
            self.set_full_text("✓ " + tr("backup_status", "Backup {time}", time=self.when))
            self.setToolTip(tr("backup_status", "{file} ({count} events), verified.",
                               file=str(self.outcome.path),
                               count=self.outcome.snapshot.events))
        self.setAccessibleName(tr("backup_status", "Last backup: {state}", state=self.full_text))
        self.setAccessibleDescription(self.toolTip())

    def show_outcome(self, outcome: object) -> None:
        self.outcome = outcome
        self.when = datetime.now().astimezone().strftime("%H:%M")
        self.setProperty("alert", "error" if isinstance(outcome, str) else "")
        self.retranslate()
        self.style().polish(self)


def attach(window: MainWindow) -> BackupRunner:
    """Start automatic backups for the open database and show their state."""
    runner = BackupRunner(window)
    runner.label = label = BackupLabel()
    window.ui.statusbar.addPermanentWidget(label)
    runner.finished.connect(label.show_outcome)
    window.ops.run(backup.where, done=lambda found: runner.configure(*found),
                   failed=label.show_outcome)
    return runner
