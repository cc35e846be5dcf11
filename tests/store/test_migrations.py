"""Schema migrations: a new file gets the whole schema, and every earlier release's database
(tests/data/schema-*.sqlite) is backed up, then brought to the current schema with its journal
intact."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from maestro_desktop.store import journal, migrations
from maestro_desktop.store.database import open_store

DATA = Path(__file__).resolve().parent.parent / "data"
SNAPSHOTS = sorted(DATA.glob("schema-*.sqlite"))


def applied_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'maestro' ORDER BY id")]
    finally:
        conn.close()


def journal_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM journal ORDER BY seq").fetchall()
    finally:
        conn.close()


def test_known_migrations_are_numbered_in_order():
    assert migrations.KNOWN[0] == "0001_initial"
    numbers = [int(name.split("_")[0]) for name in migrations.KNOWN]
    assert numbers == list(range(1, len(numbers) + 1))


def test_every_earlier_schema_has_a_snapshot():
    # Adding migration N means shipping a snapshot of schema N-1 (tests/data/make_snapshots.py).
    have = {p.stem.removeprefix("schema-") for p in SNAPSHOTS}
    missing = [name for name in migrations.KNOWN[:-1] if name not in have]
    assert not missing, f"no tests/data/schema-<name>.sqlite for {missing}"


@pytest.mark.parametrize("empty_file", [False, True], ids=["no file", "zero-byte file"])
def test_new_database_gets_the_whole_schema_without_backup(tmp_db_path, empty_file):
    if empty_file:
        tmp_db_path.touch()
    store = open_store(tmp_db_path)
    try:
        assert migrations.schema_version(store.db) == migrations.KNOWN
        assert store.backup is None
        assert {"meta", "journal", "accounts", "subjects", "vials", "sessions"} <= set(
            store.db.table_names())
    finally:
        store.close()
    assert not list(tmp_db_path.parent.glob("*.bak"))


def test_current_database_is_not_migrated_again(tmp_db_path):
    open_store(tmp_db_path).close()
    store = open_store(tmp_db_path)
    store.close()
    assert store.backup is None
    assert applied_names(tmp_db_path) == migrations.KNOWN


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=[p.name for p in SNAPSHOTS])
def test_earlier_schema_is_backed_up_and_migrated(tmp_path, snapshot):
    path = tmp_path / "maestro.sqlite"
    shutil.copyfile(snapshot, path)
    old_applied = applied_names(path)
    old_journal = journal_rows(path)
    first_pending = migrations.KNOWN[len(old_applied)]

    store = open_store(path)
    try:
        assert migrations.schema_version(store.db) == migrations.KNOWN
        report = journal.verify_chain(store.db)
        assert report.ok, report.message
        assert report.count == len(old_journal) > 0
        assert store.workstation  # the old file's identity is kept
    finally:
        store.close()
    assert journal_rows(path) == old_journal

    backups = list(tmp_path.glob(f"maestro.sqlite.before-{first_pending}-*.bak"))
    assert backups == [store.backup]
    assert stat.S_IMODE(store.backup.stat().st_mode) == 0o600
    assert applied_names(store.backup) == old_applied
    assert journal_rows(store.backup) == old_journal


def test_schema_0001_gains_the_journal_indexes(tmp_path):
    path = tmp_path / "maestro.sqlite"
    shutil.copyfile(DATA / "schema-0001_initial.sqlite", path)
    store = open_store(path)
    try:
        indexes = {row[0] for row in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        plan = " ".join(str(row) for row in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM journal WHERE session = 'x'"))
    finally:
        store.close()
    assert {"journal_session", "journal_subject", "sessions_open"} <= indexes
    assert "journal_session" in plan


def test_migrated_snapshot_keeps_its_projections(tmp_path):
    path = tmp_path / "maestro.sqlite"
    shutil.copyfile(DATA / "schema-0001_initial.sqlite", path)
    store = open_store(path)
    try:
        sessions = store.db.execute("SELECT subject, visit, status FROM sessions").fetchall()
        accounts = store.db.execute("SELECT username, role FROM accounts").fetchall()
    finally:
        store.close()
    assert sessions == [("01-001", "V1", "open")]
    assert accounts == [("dr.old", "investigator")]


def test_snapshots_were_never_opened_in_place():
    # open_store switches a file to WAL (header bytes 18-19 become 2); the committed snapshots
    # must stay as the old release wrote them, and the tests only ever open copies.
    for snapshot in SNAPSHOTS:
        header = snapshot.read_bytes()[:20]
        assert header[:16] == b"SQLite format 3\x00"
        assert (header[18], header[19]) == (1, 1), f"{snapshot.name} was opened in place"
