"""Helpers of the sync tests: local events, the two sides' journals, one sync, a backup."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from pathlib import Path

from maestro_desktop.services import sync
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.store import journal
from maestro_desktop.sync.central import EVENT_COLUMNS, Central


def add_notes(clinic: Clinic, count: int, *, start: int = 0) -> None:
    """`count` journal events of an audit-only kind (no projection), each its own action."""
    for n in range(start, start + count):
        clinic.record("test.note", {"n": n, "text": f"note {n} é"}, actor="dr.house")


def local_rows(clinic: Clinic) -> list[tuple]:
    return [tuple(asdict(e)[c] for c in EVENT_COLUMNS) for e in journal.events(clinic.db)]


def central_rows(central, workstation: str) -> list[tuple]:
    with central.admin() as conn:
        return [tuple(row) for row in conn.execute(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM journal WHERE workstation = %s "
            "ORDER BY seq", [workstation])]


def run_sync(clinic: Clinic, dsn: str, **options) -> sync.SyncReport:
    with Central.open(dsn, allow_insecure=True) as central:
        return sync.sync_once(sync.run_direct(clinic), central, **options)


def backup_file(clinic: Clinic, target: Path) -> Path:
    """An online copy with SQLite's backup API, as a workstation backup is made."""
    dest = sqlite3.connect(target)
    try:
        clinic.db.conn.backup(dest)
    finally:
        dest.close()
    return target
