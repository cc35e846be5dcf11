"""Backups of the clinical database and restoring one.

A backup is made with SQLite's online backup API from a connection of its own (never a file
copy of a live database): in WAL mode that is a consistent snapshot taken while the app keeps
writing. It is written to a temporary name, verified (integrity check, journal count and chain
head equal to the source's at that moment, chain intact), flushed to disk, then renamed: a
backup file that exists is a verified one. The newest `keep` are kept.

Restoring refuses a file that is not a maestro database, is damaged, or was written by a newer
version; it refuses to replace a database whose journal is longer than the backup's unless
forced; and it always keeps the replaced file beside it.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.i18n import tr
from .database import SQLITE_HEADER, _take_lock
from .errors import DamagedDatabase, LocationNotWritable, NewerDatabase, StoreError, WriteFailed
from .journal import GENESIS, verify_chain

# <database file stem>-<UTC time>-e<last event>.sqlite: the stem keeps the backups of a
# training database and of the clinical one apart, even in a shared folder.
BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-e(?P<seq>\d+)\.sqlite$")


class RestoreRefused(StoreError):
    pass


@dataclass(frozen=True)
class Snapshot:
    """What a database holds: its journal's length and head."""

    events: int
    head_seq: int
    head_hash: str


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    snapshot: Snapshot
    removed: tuple[Path, ...] = ()


def _snapshot(conn: sqlite3.Connection) -> Snapshot:
    count = conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    row = conn.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    return Snapshot(count, *(row or (0, GENESIS)))


def _writable_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise LocationNotWritable(tr("store", "The backup folder {folder} does not exist. Create "
                                     "it or choose another one; the database was not touched.",
                                     folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise LocationNotWritable(tr("store", "The backup folder {folder} is read-only for this "
                                     "user; no backup was written and the database was not "
                                     "touched.", folder=folder))


def _disk_error(exc: BaseException, folder: Path) -> StoreError:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return WriteFailed(tr("store", "The disk holding the backup folder {folder} is full: no "
                              "backup was written. Free some space; the database was not touched.",
                              folder=folder))
    return WriteFailed(tr("store", "The backup could not be written to {folder} ({problem}); the "
                          "database was not touched.", folder=folder, problem=exc))


def verify_file(path: Path) -> Snapshot:
    """Integrity check and chain check of a closed database file; its snapshot, or raise."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise DamagedDatabase(tr("store", "{path} is damaged: {problems}.",
                                         path=path, problems="; ".join(problems[:3])))
            from sqlite_utils import Database

            report = verify_chain(Database(conn, execute_plugins=False))
            if not report.ok:
                raise DamagedDatabase(tr("store", "{path}: the journal's chain is broken "
                                         "({message}).", path=path, message=report.message))
            return _snapshot(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(tr("store", "{path} is not a readable maestro database ({problem}).",
                                 path=path, problem=exc)) from None


def backup(source: Path, folder: Path, *, keep: int, now: datetime | None = None) -> BackupInfo:
    """Write, verify and keep one backup of `source` in `folder`; drop the oldest over `keep`."""
    _writable_folder(folder)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
    partial = None
    try:
        src.execute("BEGIN")                       # one snapshot for the check and the copy
        # The backup thread doubles as the periodic health check of the live file: a damaged
        # page anywhere is found here, off the GUI and database threads.
        problems = [row[0] for row in src.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise DamagedDatabase(tr("store", "The database {source} itself is damaged "
                                     "({problems}); no backup was made. Keep using it only "
                                     "after the data manager has checked it.", source=source,
                                     problems="; ".join(problems[:3])))
        expected = _snapshot(src)
        name = (f"{source.stem}-{moment.strftime('%Y%m%dT%H%M%S%fZ')}-"
                f"e{expected.head_seq}.sqlite")
        target = folder / name
        partial = folder / f".{name}.partial"
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        dest = sqlite3.connect(partial)
        try:
            src.backup(dest)
        finally:
            dest.close()
        src.execute("COMMIT")
        got = verify_file(partial)
        if got != expected:
            raise DamagedDatabase(tr("store", "The backup {partial} does not hold what the "
                                     "database held ({events} events, expected {expected}).",
                                     partial=partial, events=got.events,
                                     expected=expected.events))
        with open(partial, "rb+") as handle:   # on disk before it takes its final name
            os.fsync(handle.fileno())
        os.replace(partial, target)
        _fsync_folder(folder)
        partial = None
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc):
            raise _disk_error(exc, folder) from None
        raise DamagedDatabase(tr("store", "The database {source} itself is damaged ({problem}); "
                                 "no backup was made.", source=source, problem=exc)) from None
    except OSError as exc:
        raise _disk_error(exc, folder) from None
    finally:
        src.close()
        if partial is not None:
            partial.unlink(missing_ok=True)
    return BackupInfo(target, expected, _rotate(folder, source.stem, keep))


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backups_in(folder: Path, stem: str) -> list[Path]:
    """The backups of database `stem` (its file name without .sqlite) in `folder`, newest
    first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir()
             if (m := BACKUP_NAME.match(p.name)) and m["stem"] == stem]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _rotate(folder: Path, stem: str, keep: int) -> tuple[Path, ...]:
    old = backups_in(folder, stem)[keep:]
    for path in old:
        path.unlink(missing_ok=True)
    return tuple(old)


def newest_verified(folder: Path, stem: str) -> tuple[Path, Snapshot] | None:
    """The newest backup of database `stem` that still passes verification (a later one may
    have been damaged)."""
    for path in backups_in(folder, stem):
        try:
            return path, verify_file(path)
        except StoreError:
            continue
    return None


def _check_restorable(path: Path) -> Snapshot:
    from . import migrations

    if not path.is_file():
        raise RestoreRefused(tr("store", "There is no file {path}.", path=path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise RestoreRefused(tr("store", "{path} is not a maestro database (not an SQLite "
                                    "file). Nothing was restored.", path=path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            applied = [row[0] for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'maestro'")]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise RestoreRefused(tr("store", "{path} is an SQLite file but not a maestro database. "
                                "Nothing was restored.", path=path)) from None
    if not applied:
        raise RestoreRefused(tr("store", "{path} is not a maestro database. Nothing was restored.",
                                path=path))
    if unknown := [name for name in applied if name not in migrations.KNOWN]:
        raise NewerDatabase(tr("store", "{path} was written by a newer version of "
                               "maestro-desktop (schema {schema}). Nothing was restored.",
                               path=path, schema=unknown[-1]))
    return verify_file(path)


def restore(source: Path, db_path: Path, *, force: bool = False,
            now: datetime | None = None) -> tuple[Snapshot, Path | None]:
    """Put backup `source` in place of `db_path`; return its snapshot and where the replaced
    database was kept (None when there was none)."""
    wanted = _check_restorable(source)
    lock = _take_lock(db_path)     # the app (or another command) must not have it open
    try:
        kept = None
        if db_path.exists() and db_path.stat().st_size > 0:
            current = _current_snapshot(db_path)
            if current is not None and current.events > wanted.events and not force:
                raise RestoreRefused(
                    tr("store", "{path} holds {events} events and the backup only {backup}: "
                       "restoring it would put {lost} events out of use. Nothing was restored; "
                       "add --force if that is intended (the current file is kept beside it).",
                       path=db_path, events=current.events, backup=wanted.events,
                       lost=current.events - wanted.events))
            stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
            kept = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
            for suffix in ("", "-wal", "-shm"):
                part = db_path.with_name(db_path.name + suffix)
                if part.exists():
                    os.replace(part, kept.with_name(kept.name + suffix))
        tmp = db_path.with_name(f".{db_path.name}.restoring")
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dest = sqlite3.connect(tmp)
        try:
            src.backup(dest)
        finally:
            dest.close()
            src.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, db_path)
        _fsync_folder(db_path.parent)
        return wanted, kept
    except OSError as exc:
        raise WriteFailed(tr("store", "Restoring into {path} failed ({problem}).", path=db_path,
                             problem=exc.strerror or exc)) from None
    finally:
        lock.release()


def _current_snapshot(path: Path) -> Snapshot | None:
    """The live file's snapshot, or None when it is too damaged to read (it is kept anyway)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return _snapshot(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
