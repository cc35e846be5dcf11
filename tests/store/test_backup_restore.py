"""Backups (online, verified, rotated) and restore (checked, never losing the replaced file),
with every bad folder or file refused in words and the live database untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from maestro_desktop.cli import main as maestro
from maestro_desktop.services.backup import backup_folder, make_backup, newest_backup
from maestro_desktop.store import backup as store_backup
from maestro_desktop.store.backup import RestoreRefused, backups_in, verify_file
from maestro_desktop.store.database import open_store
from maestro_desktop.store.errors import (
    DatabaseInUse,
    LocationNotWritable,
    NewerDatabase,
    WriteFailed,
)
from maestro_desktop.store.journal import verify_chain

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def notes(clinic, count: int) -> None:
    for n in range(count):
        clinic.record("test.note", {"n": n}, actor="dr.house")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "backups"
    made.mkdir()
    return made


def test_a_backup_of_the_open_database_is_verified_and_owner_only(clinic, staff, folder):
    notes(clinic, 5)                                       # the app keeps the file open
    info = store_backup.backup(clinic.store.path, folder, keep=3, now=T0)
    assert info.path.parent == folder and info.path.name.startswith("maestro-20261124T080000")
    assert backups_in(folder, "maestro-training") == []      # another database's backups
    assert info.snapshot.events == 8
    assert verify_file(info.path) == info.snapshot
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert not list(folder.glob(".*partial"))
    notes(clinic, 1)                                       # still writable afterwards
    copy = open_store(info.path)                           # and the backup opens as a database
    try:
        assert verify_chain(copy.db).ok
    finally:
        copy.close()


def test_backups_are_rotated_newest_kept(clinic, staff, folder):
    for i in range(5):
        notes(clinic, 1)
        store_backup.backup(clinic.store.path, folder, keep=3, now=T0 + timedelta(minutes=i))
    kept = backups_in(folder, "maestro")
    assert len(kept) == 3
    assert [verify_file(p).events for p in kept] == [8, 7, 6]


def test_a_missing_backup_folder_is_named(clinic, tmp_path):
    with pytest.raises(LocationNotWritable, match="does not exist"):
        store_backup.backup(clinic.store.path, tmp_path / "nowhere", keep=3)


def test_a_read_only_backup_folder_is_refused(clinic, folder, monkeypatch):
    # Simulated: as root, a mode 0555 folder is still writable.
    real = store_backup.os.access
    monkeypatch.setattr(store_backup.os, "access",
                        lambda path, mode: False if Path(path) == folder else real(path, mode))
    with pytest.raises(LocationNotWritable, match="read-only"):
        store_backup.backup(clinic.store.path, folder, keep=3)


def test_a_full_disk_leaves_no_partial_backup_and_the_database_untouched(clinic, staff, folder,
                                                                         monkeypatch):
    before = digest(clinic.store.path)

    class FullDisk:
        def __init__(self, real):
            self.real = real

        def __getattr__(self, name):
            return getattr(self.real, name)

        def backup(self, dest):
            raise sqlite3.OperationalError("database or disk is full")

    real_connect = sqlite3.connect
    monkeypatch.setattr(store_backup.sqlite3, "connect",
                        lambda *a, **k: FullDisk(real_connect(*a, **k)))
    with pytest.raises(WriteFailed, match="is full"):
        store_backup.backup(clinic.store.path, folder, keep=3)
    assert list(folder.iterdir()) == []
    assert digest(clinic.store.path) == before
    monkeypatch.undo()
    assert store_backup.backup(clinic.store.path, folder, keep=3).snapshot.events == 3


def test_a_damaged_backup_is_passed_over_for_the_newest_good_one(clinic, staff, folder,
                                                                 protocol, tmp_path):
    older = store_backup.backup(clinic.store.path, folder, keep=5, now=T0)
    notes(clinic, 2)
    newer = store_backup.backup(clinic.store.path, folder, keep=5, now=T0 + timedelta(hours=1))
    data = bytearray(newer.path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):               # garbage in every page header
        data[start:start + 12] = b"\xff" * 12
    newer.path.write_bytes(bytes(data))
    with pytest.raises(store_backup.DamagedDatabase):
        verify_file(newer.path)
    found = store_backup.newest_verified(folder, "maestro")
    assert found is not None and found[0] == older.path


def test_the_site_folder_defaults_beside_the_database(clinic, staff, protocol):
    info = make_backup(clinic.store.path, protocol)
    assert info.path.parent == clinic.store.path.parent / "backups"
    assert backup_folder(clinic.store.path, protocol) == info.path.parent
    assert newest_backup(clinic.store.path, protocol)[0] == info.path


@pytest.fixture
def closed_db(clinic, staff, folder):
    """The clinic's database with a backup at 3 events and then 2 events more, closed."""
    info = store_backup.backup(clinic.store.path, folder, keep=5, now=T0)
    notes(clinic, 2)
    path = clinic.store.path
    clinic.close()
    return path, info


def test_restore_refuses_to_lose_events_unless_forced_and_keeps_the_replaced_file(closed_db):
    path, info = closed_db
    before = digest(path)
    with pytest.raises(RestoreRefused, match="holds 5 events and the backup only 3"):
        store_backup.restore(info.path, path)
    assert digest(path) == before
    snapshot, kept = store_backup.restore(info.path, path, force=True)
    assert snapshot.events == 3
    assert digest(kept) == before                      # the replaced file, intact
    reopened = open_store(path)
    try:
        assert verify_chain(reopened.db).count == 3
    finally:
        reopened.close()


def test_restore_refuses_while_the_database_is_open(clinic, staff, folder):
    info = store_backup.backup(clinic.store.path, folder, keep=5)
    with pytest.raises(DatabaseInUse):
        store_backup.restore(info.path, clinic.store.path, force=True)


@pytest.mark.parametrize("kind", ["text", "foreign", "newer"])
def test_restore_refuses_a_file_that_is_not_a_usable_maestro_backup(closed_db, tmp_path, kind):
    path, info = closed_db
    bad = tmp_path / "bad.sqlite"
    if kind == "text":
        bad.write_text("subject,initials\n01-001,ABC\n")
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE photos (id INTEGER)")
        conn.close()
    else:
        shutil.copyfile(info.path, bad)
        conn = sqlite3.connect(bad)
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('maestro', '0099_future', '2030-01-01')")
        conn.commit()
        conn.close()
    before = digest(path)
    error = NewerDatabase if kind == "newer" else RestoreRefused
    with pytest.raises(error, match="newer version" if kind == "newer" else "not a maestro"):
        store_backup.restore(bad, path, force=True)
    assert digest(path) == before


def test_cli_backup_and_restore(closed_db, folder, capsys):
    path, _ = closed_db
    assert maestro(["backup", "--db", str(path), "--to", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Backup written and verified" in out and "(5 events, last #5)" in out
    newest = backups_in(folder, "maestro")[0]
    assert maestro(["restore", "--db", str(path), "--from", str(newest)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept as" in out
    assert maestro(["backup", "--db", str(path), "--to", str(folder / "missing")]) == 1
    assert "does not exist" in capsys.readouterr().err


def garble_pages(path: Path, first_page: int) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page * first_page, len(data), page):
        data[start:start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def test_a_damaged_page_is_found_by_the_next_backup(clinic, staff, folder):
    notes(clinic, 200)
    path = clinic.store.path
    clinic.close()
    garble_pages(path, first_page=3)
    before = digest(path)
    with pytest.raises(store_backup.DamagedDatabase, match="itself is damaged"):
        store_backup.backup(path, folder, keep=3)
    assert digest(path) == before and list(folder.iterdir()) == []


def test_a_damaged_database_at_start_up_names_the_way_out(clinic, staff, protocol, capsys):
    good = make_backup(clinic.store.path, protocol)
    path = clinic.store.path
    clinic.close()
    path.write_bytes(path.read_bytes()[:4096])              # truncated
    before = digest(path)
    assert maestro(["subjects", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err or "not a" in err
    assert f"The newest verified backup is {good.path.name} (3 events)" in err
    assert "Traceback" not in err and digest(path) == before
    assert maestro(["restore", "--db", str(path), "--from", str(good.path)]) == 0
    assert maestro(["subjects", "--db", str(path)]) == 0
