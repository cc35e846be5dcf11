"""Running use cases on the database thread with callbacks on the GUI thread.

    ops.run(accounts.login, "dr.martin", pw, done=self._logged_in, failed=self._show)

`done(result)` or `failed(message)` is called later on the GUI thread; the GUI thread itself
never waits on SQLite. Errors meant for users arrive as their plain message; anything else
is logged with its traceback and reported as an unexpected error, never shown as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from ..domain.i18n import tr
from ..services.errors import USER_FACING

if TYPE_CHECKING:
    from ..services.worker import DbWorker

log = logging.getLogger(__name__)


class Failure(str):
    """The message to show, carrying the exception for callers that show more (field errors)."""

    exc: BaseException


def user_message(exc: BaseException) -> Failure:
    if isinstance(exc, USER_FACING):
        failure = Failure(str(exc))
    else:
        log.error("unexpected error", exc_info=exc)
        failure = Failure(tr("ops", "Unexpected error ({error}); nothing was changed. Details "
                             "are in the log.", error=type(exc).__name__))
    failure.exc = exc
    return failure


class Ops(QObject):
    """Bridge from a DbWorker's futures to GUI-thread callbacks."""

    _finished = Signal(object, object, object)  # future, done, failed
    busy_changed = Signal(int)

    def __init__(self, worker: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.pending = 0
        self._finished.connect(self._deliver)

    def run(self, func: Callable[..., Any], *args: Any, done: Callable[[Any], None] | None = None,
            failed: Callable[[str], None] | None = None, **kwargs: Any) -> Future:
        future = self.worker.submit(func, *args, **kwargs)
        self._track(future, done, failed)
        return future

    def watch(self, future: Future, done: Callable[[Any], None] | None,
              failed: Callable[[str], None] | None) -> None:
        """Deliver an already-running future (e.g. the database opening) the same way."""
        self._track(future, done, failed)

    def _track(self, future: Future, done, failed) -> None:  # noqa: ANN001
        self.pending += 1
        self.busy_changed.emit(self.pending)
        # The callback runs on the worker thread; the signal hops to the GUI thread.
        future.add_done_callback(lambda f: self._finished.emit(f, done, failed))

    @Slot(object, object, object)
    def _deliver(self, future: Future, done, failed) -> None:  # noqa: ANN001
        self.pending -= 1
        self.busy_changed.emit(self.pending)
        exc = future.exception()
        if exc is None:
            if done is not None:
                done(future.result())
        elif failed is not None:
            failed(user_message(exc))
        else:
            log.error("operation failed without a handler: %s", user_message(exc))
