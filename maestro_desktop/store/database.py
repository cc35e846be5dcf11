"""Opening the clinical database: one file, one writer process, checked before use.

The file is created with mode 0600, opened in WAL mode with synchronous=FULL and foreign keys
on, locked against a second instance, and migrated (after a backup) before anything reads it.
A damaged, foreign or newer file is refused and left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.i18n import tr
from .errors import DamagedDatabase, DatabaseInUse, LocationNotWritable, StoreError, explain

if TYPE_CHECKING:  # loaded on the database thread, so the window shows without waiting
    from filelock import FileLock
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class Store:
    """An open clinical database. Use it only on the thread that opened it."""

    db: Database
    path: Path
    workstation: str
    training: bool
    backup: Path | None = None
    _lock: FileLock | None = field(default=None, repr=False)

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def meta(self, key: str) -> str | None:
        return _read_meta(self.db, key)


def _check_existing(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise LocationNotWritable(tr("store", "{path} cannot be read by this user.",
                                     path=path)) from None
    if header and header != SQLITE_HEADER:
        raise DamagedDatabase(tr("store", "{path} is not a maestro database (it is not an SQLite "
                                 "file). It was left untouched.", path=path))


def _check_maestro(path: Path) -> None:
    """Refuse another program's SQLite file before anything (even the WAL switch) writes to it."""

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        # 'maestro' is migrations.migrations.name, spelt out to keep sqlite-utils unimported.
        ours = "_sqlite_migrations" in tables and conn.execute(
            "SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'maestro' LIMIT 1"
        ).fetchone() is not None
    finally:
        conn.close()
    if tables and not ours:
        raise DamagedDatabase(tr("store", "{path} is an SQLite file but not a maestro database. "
                                 "It was left untouched.", path=path))


def _create_file(path: Path) -> None:
    if not path.parent.is_dir():
        raise LocationNotWritable(tr("store", "The folder {folder} does not exist.",
                                     folder=path.parent))
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except PermissionError:
        raise LocationNotWritable(tr("store", "Cannot create {path}: the folder is read-only.",
                                     path=path)) from None
    except OSError as exc:
        raise LocationNotWritable(tr("store", "Cannot create {path}: {problem}.",
                                     path=path, problem=exc.strerror)) from None


def _take_lock(path: Path) -> FileLock:
    from filelock import FileLock, Timeout

    lock = FileLock(str(path) + ".lock", timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseInUse(tr("store", "{path} is already open in another maestro-desktop "
                               "window or maestro command on this computer. Close it there first.",
                               path=path)) from None
    except OSError as exc:
        raise LocationNotWritable(tr("store", "Cannot lock {path}: the folder is read-only "
                                     "({problem}).", path=path, problem=exc.strerror)) from None
    return lock


def connect(path: Path, *, readonly: bool = False) -> Database:
    """A sqlite-utils Database on `path` with the durability settings, no file creation."""
    from sqlite_utils import Database

    mode = "ro" if readonly else "rw"
    conn = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 2000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    # No sqlite-utils plugins: whatever happens to be installed must not run code on the
    # clinical connection (and scanning for them costs the start-up ~10 ms).
    return Database(conn, execute_plugins=False)


def open_store(path: Path | str, *, create: bool = True, training: bool = False) -> Store:
    """Open (or create) the clinical database at `path`, migrated and locked.

    Raises a StoreError subclass whose message is meant for the user.
    """
    from . import migrations

    path = Path(path).expanduser().absolute()
    new = not path.exists() or path.stat().st_size == 0
    if not new:
        _check_existing(path)
    elif not create:
        raise StoreError(tr("store", "There is no database at {path}.", path=path))
    if not path.parent.is_dir():
        # Checked before locking: the lock library would silently create the missing folders.
        raise LocationNotWritable(tr("store", "The folder {folder} does not exist.",
                                     folder=path.parent))
    lock = _take_lock(path)
    try:
        if not path.exists():
            _create_file(path)
        elif not new:
            _check_maestro(path)
        db = connect(path)
        try:
            backup = migrations.migrate(db, path)
            _initialise_meta(db, training)
            workstation = _read_meta(db, "workstation")
            is_training = _read_meta(db, "training") == "1"
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            db.close()
            raise
    except sqlite3.Error as exc:
        lock.release()
        raise explain(exc, path) from None
    except BaseException:
        lock.release()
        raise
    return Store(db=db, path=path, workstation=workstation, training=is_training,
                 backup=backup, _lock=lock)


def _initialise_meta(db: Database, training: bool) -> None:
    if _read_meta(db, "workstation") is not None:
        return
    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES ('workstation', ?)",
                   [f"ws-{uuid.uuid4().hex[:12]}"])
        db.execute("INSERT INTO meta (key, value) VALUES ('training', ?)",
                   ["1" if training else "0"])


def _read_meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def open_readonly(path: Path | str) -> Database:
    """Read an existing database without locking, migrating or creating anything (audits)."""
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise StoreError(tr("store", "There is no database at {path}.", path=path))
    _check_existing(path)
    try:
        db = connect(path, readonly=True)
        tables = set(db.table_names())
    except sqlite3.Error as exc:
        raise explain(exc, path) from None
    if "journal" not in tables:
        db.close()
        raise DamagedDatabase(tr("store", "{path} is an SQLite file but not a maestro database.",
                                 path=path))
    return db
