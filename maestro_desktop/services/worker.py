"""The one thread that owns the database connection.

SQLite connections must stay on the thread that made them, and a GUI thread that shares a
connection with workers gets "database is locked" at the worst moment. So the Clinic is opened
on a single dedicated thread and every use case is submitted to it; results come back as
futures (gui/ops.py turns them into callbacks on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.i18n import tr
from ..store.errors import StoreError

if TYPE_CHECKING:  # the Clinic is imported by the opener, on the database thread
    from .clinic import Clinic

T = TypeVar("T")


class DbWorker:
    def __init__(self, opener: Callable[[], Clinic]) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="maestro-db")
        self._opener = opener
        self._clinic: Clinic | None = None
        self._closed = False
        self.opened: Future[Clinic] | None = None

    def start(self) -> Future[Clinic]:
        """Open the database on the worker thread; later submissions queue behind it."""
        if self.opened is None:
            self.opened = self._executor.submit(self._open, self._opener)
        return self.opened

    def _open(self, opener: Callable[[], Clinic]) -> Clinic:
        self._clinic = opener()
        return self._clinic

    def submit(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Run `func(clinic, *args, **kwargs)` on the database thread."""
        self.start()   # the opening always runs first, whatever is submitted before start()
        if self._closed:
            refused: Future[T] = Future()
            refused.set_exception(StoreError(tr("store", "The database is closed.")))
            return refused
        return self._executor.submit(self._call, func, args, kwargs)

    def _call(self, func: Callable[..., T], args: tuple, kwargs: dict) -> T:
        if self._clinic is None:
            raise StoreError(tr("store", "The database is not open."))
        return func(self._clinic, *args, **kwargs)

    def close(self) -> None:
        """Close the connection on its own thread, then stop the thread. Safe to repeat."""
        if self._closed:
            return
        self._closed = True
        def _close() -> None:
            if self._clinic is not None:
                self._clinic.close()
                self._clinic = None
        self._executor.submit(_close)
        self._executor.shutdown(wait=True)
