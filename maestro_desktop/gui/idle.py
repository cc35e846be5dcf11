"""Inactivity lock: any key, mouse or touch input counts as activity.

Elapsed time comes from the monotonic clock, never from counting timer ticks, so a busy GUI
thread or a wall-clock change cannot stretch or shrink the delay.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.TouchBegin, QEvent.Type.Wheel}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.armed = False
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in ACTIVITY:
            self._last = time.monotonic()
        return False

    def arm(self) -> None:
        self._last = time.monotonic()
        self.armed = True

    def disarm(self) -> None:
        self.armed = False

    def check(self) -> None:
        if self.armed and time.monotonic() - self._last >= self.timeout_s:
            self.armed = False
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
