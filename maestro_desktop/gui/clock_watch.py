"""Notices a wall-clock jump (manual change, NTP step, suspend) by comparing it with the
monotonic clock every few seconds; the rule itself is domain.procedure.clock_jump."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.procedure import clock_jump
from ..services.clinic import local_zone


class ClockWatch(QObject):
    jumped = Signal(object, object)   # the jump (timedelta), the wall time before it

    def __init__(self, threshold_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = threshold_seconds
        self._mark()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(5000)

    def _mark(self) -> None:
        self.wall, self.mono = datetime.now(local_zone()), time.monotonic()

    def check(self) -> None:
        wall_now, mono_now = datetime.now(local_zone()), time.monotonic()
        jump: timedelta | None = clock_jump(wall_before=self.wall, mono_before=self.mono,
                                            wall_now=wall_now, mono_now=mono_now,
                                            threshold_seconds=self.threshold)
        before = self.wall
        self._mark()
        if jump is not None:
            self.jumped.emit(jump, before)
