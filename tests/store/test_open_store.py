"""Opening the clinical database: created private, durable settings, one instance at a time, and
every unusable file refused with words a clinician can act on -- and left exactly as it was."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from maestro_desktop.store import journal
from maestro_desktop.store.database import open_readonly, open_store
from maestro_desktop.store.errors import (
    DamagedDatabase,
    DatabaseInUse,
    LocationNotWritable,
    NewerDatabase,
    StoreError,
    WriteFailed,
    explain,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled_db(tmp_db_path: Path) -> Path:
    """A closed maestro database holding a few dozen events."""
    store = open_store(tmp_db_path)
    with store.db.atomic():
        for i in range(40):
            journal.append(store.db, kind="note", payload={"i": i, "text": "x" * 300},
                           actor="dr.house", clinical_time="2025-03-10T12:00:00+00:00",
                           recorded_time="2025-03-10T12:00:00+00:00",
                           workstation=store.workstation)
    store.close()
    return tmp_db_path


def test_new_file_is_private(tmp_db_path):
    open_store(tmp_db_path).close()
    assert stat.S_IMODE(tmp_db_path.stat().st_mode) == 0o600


def test_durability_pragmas(tmp_db_path):
    store = open_store(tmp_db_path)
    try:
        pragma = {name: store.db.execute(f"PRAGMA {name}").fetchone()[0]
                  for name in ("journal_mode", "synchronous", "foreign_keys")}
    finally:
        store.close()
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def test_workstation_identity_survives_reopening(tmp_db_path):
    first = open_store(tmp_db_path)
    first.close()
    second = open_store(tmp_db_path)
    second.close()
    assert first.workstation.startswith("ws-")
    assert second.workstation == first.workstation
    assert second.training is False


def test_training_flag_is_stored(tmp_db_path):
    open_store(tmp_db_path, training=True).close()
    store = open_store(tmp_db_path)  # the flag belongs to the file, not to the caller
    store.close()
    assert store.training is True


def test_second_instance_is_refused(tmp_db_path):
    first = open_store(tmp_db_path)
    try:
        with pytest.raises(DatabaseInUse) as caught:
            open_store(tmp_db_path)
        assert "already open" in str(caught.value)
        assert str(tmp_db_path) in str(caught.value)
    finally:
        first.close()
    open_store(tmp_db_path).close()  # free again once the first one is closed


def test_missing_file_without_create(tmp_db_path):
    with pytest.raises(StoreError, match="There is no database"):
        open_store(tmp_db_path, create=False)
    assert not tmp_db_path.exists()


def test_not_sqlite_file_is_refused_untouched(tmp_db_path):
    tmp_db_path.write_bytes(b"%PDF-1.7 not a database " + bytes(range(256)) * 20)
    before = digest(tmp_db_path)
    with pytest.raises(DamagedDatabase, match="not an SQLite file"):
        open_store(tmp_db_path)
    assert digest(tmp_db_path) == before


@pytest.mark.parametrize("keep", [100, 4096, 8192, "half"])
def test_truncated_database_is_refused_untouched(filled_db, keep):
    data = filled_db.read_bytes()
    size = len(data) // 2 if keep == "half" else keep
    filled_db.write_bytes(data[:size])
    before = digest(filled_db)
    with pytest.raises(StoreError) as caught:
        open_store(filled_db)
    assert isinstance(caught.value, DamagedDatabase)
    assert "left untouched" in str(caught.value)
    assert digest(filled_db) == before


def test_other_programs_sqlite_file_is_refused_untouched(tmp_db_path, raw_sqlite):
    conn = raw_sqlite(tmp_db_path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.close()
    before = digest(tmp_db_path)
    with pytest.raises(DamagedDatabase, match="not a maestro database"):
        open_store(tmp_db_path)
    assert digest(tmp_db_path) == before


def test_newer_database_is_refused_untouched(filled_db, raw_sqlite):
    conn = raw_sqlite(filled_db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('maestro', '0099_from_the_future', '2030-01-01 00:00:00')")
    conn.close()
    before = digest(filled_db)
    with pytest.raises(NewerDatabase) as caught:
        open_store(filled_db)
    assert "newer version" in str(caught.value)
    assert "0099_from_the_future" in str(caught.value)
    assert digest(filled_db) == before
    assert not list(filled_db.parent.glob("*.bak"))
    # The failed attempt released its lock: a later open reports the same reason, not "in use".
    with pytest.raises(NewerDatabase):
        open_store(filled_db)


def test_missing_folder_is_not_created(tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "maestro.sqlite"
    with pytest.raises(LocationNotWritable, match="does not exist"):
        open_store(target)
    assert not (tmp_path / "no").exists()


@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    """A folder where creating any file fails with EACCES, as for a non-root user after
    chmod 0o500 (the tests run as root, who ignores permission bits)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    real_open = os.open

    def guarded_open(path, flags, *args, **kwargs):
        if Path(os.fsdecode(path)).parent == folder and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    return folder


def test_read_only_folder(read_only_folder):
    with pytest.raises(LocationNotWritable, match="read-only"):
        open_store(read_only_folder / "maestro.sqlite")
    assert list(read_only_folder.iterdir()) == []


def test_read_only_open_needs_an_existing_maestro_file(tmp_db_path, raw_sqlite):
    with pytest.raises(StoreError, match="There is no database"):
        open_readonly(tmp_db_path)
    raw_sqlite(tmp_db_path).execute("CREATE TABLE t (x)")
    with pytest.raises(DamagedDatabase, match="not a maestro database"):
        open_readonly(tmp_db_path)


def test_read_only_open_cannot_write(filled_db):
    db = open_readonly(filled_db)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    finally:
        db.close()


@pytest.mark.parametrize(("sqlite_message", "kind", "words"), [
    ("database or disk is full", WriteFailed, "full or failing"),
    ("disk I/O error", WriteFailed, "full or failing"),
    ("attempt to write a readonly database", LocationNotWritable, "cannot be written"),
    ("unable to open database file", LocationNotWritable, "cannot be written"),
    ("file is not a database", DamagedDatabase, "is damaged"),
    ("database disk image is malformed", DamagedDatabase, "is damaged"),
    ("database is locked", DatabaseInUse, "busy in another program"),
    ("no such table: journal", WriteFailed, "refused the change"),
])
def test_sqlite_errors_in_plain_words(sqlite_message, kind, words):
    error = explain(sqlite3.OperationalError(sqlite_message), "/data/maestro.sqlite")
    assert type(error) is kind
    assert words in str(error)
    assert "/data/maestro.sqlite" in str(error)
