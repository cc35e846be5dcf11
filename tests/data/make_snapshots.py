"""Write tests/data/schema-<migration>.sqlite: the database as an earlier release left it.

Run once when a migration ships, commit the output, never regenerate an existing snapshot
(it stands for files already on workstations):

    .venv/bin/python tests/data/make_snapshots.py

tests/store/test_migrations.py migrates every snapshot to the current schema.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from maestro_desktop.store import journal, projections
from maestro_desktop.store.migrations import migrations

HERE = Path(__file__).resolve().parent
WORKSTATION = "ws-snapshot0001"
WHEN = "2025-01-15T09:30:00.000000+00:00"
# An argon2id hash of "snapshot password" (the 0001 release hashed the same way).
PASSWORD_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$TL9Ul0FokDVsd4i/cRVmTQ$"
                 "JPWapk9Cl9kndugCrp5IyMfR/1RuZNzoKy/KQGe6/R0")


def _events(db: Database) -> None:
    def record(kind: str, payload: dict, *, actor: str | None, subject: str | None = None,
               session: str | None = None) -> None:
        event = journal.append(db, kind=kind, payload=payload, actor=actor, clinical_time=WHEN,
                               recorded_time=WHEN, workstation=WORKSTATION, subject=subject,
                               session=session)
        projections.apply(db, event)

    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES ('workstation', ?)", [WORKSTATION])
        db.execute("INSERT INTO meta (key, value) VALUES ('training', '0')")
        record("account.created", {"username": "dr.old", "display_name": "Dr Old Release",
                                   "role": "investigator", "password_hash": PASSWORD_HASH},
               actor="dr.old")
        record("login.succeeded", {"username": "dr.old", "purpose": "login"}, actor="dr.old")
        record("subject.registered", {"code": "01-001", "initials": "ABC", "birth_year": 1970,
                                      "sex": "F", "childbearing_potential": False,
                                      "enrolment_date": "2025-01-15"},
               actor="dr.old", subject="01-001")
        record("vial.registered", {"vial_id": "ASC-24-0001", "lot": "L24A",
                                   "expiry": "2026-01-01", "release_status": "released",
                                   "allocated_subject": "01-001", "allocated_visit": 1,
                                   "administered_session": None},
               actor="dr.old", subject="01-001")
        session = "5e55a0e1-0001-4000-8000-000000000001"
        record("session.opened", {"visit": "V1", "visit_label": "Injection 1",
                                  "due": "2025-01-15", "window": "in window (due 2025-01-15)"},
               actor="dr.old", subject="01-001", session=session)
        record("login.failed", {"username": "nobody", "purpose": "login",
                                "reason": "unknown user"}, actor=None)


def make(target: Path, stop_before: str) -> None:
    """The schema as it stood before `stop_before` shipped, with the same few events."""
    conn = sqlite3.connect(target, isolation_level=None)  # rollback journal: one plain file
    db = Database(conn)
    migrations.apply(db, stop_before=stop_before)
    _events(db)
    conn.execute("VACUUM")
    conn.close()


# snapshot name -> the migration that came after it
SNAPSHOTS = {"0001_initial": "0002_journal_indexes",
             "0002_journal_indexes": "0003_pre_procedure_checks",
             "0003_pre_procedure_checks": "0004_vial_identity",
             "0004_vial_identity": "0005_procedure",
             "0005_procedure": "0006_observation",
             "0006_observation": "0007_signatures",
             "0007_signatures": "0008_central_sync"}


def main() -> int:
    for name, stop_before in SNAPSHOTS.items():
        target = HERE / f"schema-{name}.sqlite"
        if target.exists():
            print(f"{target.name}: exists, kept (snapshots are never regenerated)")
            continue
        make(target, stop_before)
        print(f"{target.name}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
