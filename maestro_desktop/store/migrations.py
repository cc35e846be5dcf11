"""Numbered schema migrations. Each runs in one transaction; the file is backed up first.

Never edit a migration that has shipped: add the next number. tests/data/ keeps a snapshot of
every earlier schema, and the tests migrate each of them to the current one.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database, Migrations

from ..domain.i18n import tr
from .errors import NewerDatabase

migrations = Migrations("maestro")

APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT "
    "RAISE(ABORT, 'the journal is append-only: record a correction instead'); END",
    "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT "
    "RAISE(ABORT, 'the journal is append-only: events cannot be deleted'); END",
)


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("""
        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            actor TEXT,
            clinical_time TEXT NOT NULL,
            recorded_time TEXT NOT NULL,
            workstation TEXT NOT NULL,
            subject TEXT,
            session TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )""")
    for trigger in APPEND_ONLY_TRIGGERS:
        db.execute(trigger)
    db.execute("""
        CREATE TABLE accounts (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE subjects (
            code TEXT PRIMARY KEY,
            initials TEXT NOT NULL,
            birth_year INTEGER NOT NULL,
            sex TEXT NOT NULL,
            childbearing_potential INTEGER NOT NULL,
            enrolment_date TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE vials (
            vial_id TEXT PRIMARY KEY,
            lot TEXT NOT NULL,
            expiry TEXT NOT NULL,
            release_status TEXT NOT NULL,
            allocated_subject TEXT REFERENCES subjects(code),
            allocated_visit INTEGER,
            administered_session TEXT
        )""")
    db.execute("""
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            subject TEXT NOT NULL REFERENCES subjects(code),
            visit TEXT NOT NULL,
            status TEXT NOT NULL,
            step TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            opened_by TEXT NOT NULL,
            workstation TEXT NOT NULL,
            closed_at TEXT
        )""")


@migrations(name="0002_journal_indexes")
def m0002_journal_indexes(db: Database) -> None:
    db.execute("CREATE INDEX journal_session ON journal(session) WHERE session IS NOT NULL")
    db.execute("CREATE INDEX journal_subject ON journal(subject) WHERE subject IS NOT NULL")
    db.execute("CREATE INDEX sessions_open ON sessions(status, workstation)")


@migrations(name="0003_pre_procedure_checks")
def m0003_pre_procedure_checks(db: Database) -> None:
    # Answers and evaluations are JSON written from journal payloads (projections only).
    db.execute("""
        CREATE TABLE eligibility (
            subject TEXT PRIMARY KEY REFERENCES subjects(code),
            answers TEXT NOT NULL,
            outcome TEXT NOT NULL,
            reasons TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            signed_by TEXT,
            signed_at TEXT,
            signed_outcome TEXT,
            changed_after_signature INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("""
        CREATE TABLE session_checks (
            session TEXT PRIMARY KEY REFERENCES sessions(id),
            answers TEXT NOT NULL,
            outcome TEXT NOT NULL,
            evaluation TEXT NOT NULL,
            verdict TEXT,
            verdict_by TEXT,
            verdict_at TEXT
        )""")
    db.execute("""
        CREATE TABLE vital_signs (
            event_id TEXT PRIMARY KEY,
            session TEXT NOT NULL REFERENCES sessions(id),
            purpose TEXT NOT NULL,
            taken_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            vitals TEXT NOT NULL,
            confirmed_warnings TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX vital_signs_session ON vital_signs(session, taken_at)")


@migrations(name="0004_vial_identity")
def m0004_vial_identity(db: Database) -> None:
    # vial_id is the identifier printed on the label: the ISBT 128 DIN (13 characters, no
    # flags) or the GS1 serial (AI 21).
    for column, kind in (("gtin", "TEXT"), ("product_code", "TEXT"), ("cells_per_vial", "REAL"),
                         ("volume_ml", "REAL"), ("imported_at", "TEXT")):
        db.execute(f"ALTER TABLE vials ADD COLUMN {column} {kind}")
    db.execute("CREATE INDEX vials_allocation ON vials(allocated_subject, allocated_visit)")
    db.execute("""
        CREATE TABLE session_vials (
            session TEXT PRIMARY KEY REFERENCES sessions(id),
            vial_id TEXT NOT NULL,
            label TEXT NOT NULL,
            scanned_by TEXT NOT NULL,
            scanned_at TEXT NOT NULL,
            manual INTEGER NOT NULL,
            thawed_at TEXT,
            confirmed_by TEXT,
            confirmed_at TEXT
        )""")


@migrations(name="0005_procedure")
def m0005_procedure(db: Database) -> None:
    db.execute("""
        CREATE TABLE procedure_stamps (
            session TEXT NOT NULL REFERENCES sessions(id),
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            details TEXT NOT NULL,
            retrospective INTEGER NOT NULL,
            reason TEXT,
            recorded_by TEXT NOT NULL,
            event_id TEXT NOT NULL,
            PRIMARY KEY (session, kind)
        )""")
    db.execute("""
        CREATE TABLE procedure_incidents (
            event_id TEXT PRIMARY KEY,
            session TEXT NOT NULL REFERENCES sessions(id),
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            details TEXT NOT NULL,
            recorded_by TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX procedure_incidents_session ON procedure_incidents(session, at)")
    db.execute("ALTER TABLE sessions ADD COLUMN infusion_acknowledged_by TEXT")


@migrations(name="0006_observation")
def m0006_observation(db: Database) -> None:
    for column, kind in (("check_key", "TEXT"), ("extras", "TEXT"), ("news2_total", "INTEGER"),
                         ("news2_band", "TEXT"), ("alerts", "TEXT")):
        db.execute(f"ALTER TABLE vital_signs ADD COLUMN {column} {kind}")
    for column in ("discharged_at", "discharged_by", "spo2_scale_reason"):
        db.execute(f"ALTER TABLE sessions ADD COLUMN {column} TEXT")
    db.execute("ALTER TABLE sessions ADD COLUMN spo2_scale INTEGER NOT NULL DEFAULT 1")
    db.execute("""
        CREATE TABLE missed_checks (
            session TEXT NOT NULL REFERENCES sessions(id),
            check_key TEXT NOT NULL,
            reason TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (session, check_key)
        )""")
    db.execute("""
        CREATE TABLE adverse_events (
            id TEXT PRIMARY KEY,
            session TEXT NOT NULL REFERENCES sessions(id),
            subject TEXT NOT NULL,
            record TEXT NOT NULL,
            serious INTEGER NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            reported_at TEXT,
            reported_by TEXT,
            updated_at TEXT
        )""")
    db.execute("CREATE INDEX adverse_events_session ON adverse_events(session)")


@migrations(name="0007_signatures")
def m0007_signatures(db: Database) -> None:
    db.execute("""
        CREATE TABLE signatures (
            event_id TEXT PRIMARY KEY,
            session TEXT NOT NULL REFERENCES sessions(id),
            username TEXT NOT NULL,
            printed_name TEXT NOT NULL,
            meaning TEXT NOT NULL,
            covers_hash TEXT NOT NULL,
            covers_seq INTEGER NOT NULL,
            signed_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX signatures_session ON signatures(session, signed_at)")
    db.execute("""
        CREATE TABLE amendments (
            event_id TEXT PRIMARY KEY,
            session TEXT NOT NULL REFERENCES sessions(id),
            target TEXT NOT NULL,
            field TEXT NOT NULL,
            old TEXT,
            new TEXT,
            reason TEXT NOT NULL,
            amended_by TEXT NOT NULL,
            amended_at TEXT NOT NULL
        )""")


@migrations(name="0008_central_sync")
def m0008_central_sync(db: Database) -> None:
    # What the centre flags (projection of reference.pulled and central_flag.acknowledged).
    db.execute("""
        CREATE TABLE central_flags (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            sites TEXT NOT NULL,
            details TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            acknowledged_by TEXT,
            acknowledged_at TEXT,
            resolved_at TEXT
        )""")
    # Sync bookkeeping, not clinical record: events the centre holds differently.
    db.execute("""
        CREATE TABLE sync_conflicts (
            seq INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            detected_at TEXT NOT NULL
        )""")


KNOWN = [m.name for m in migrations._migrations]  # noqa: SLF001 - read-only listing


def schema_version(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def backup_copy(db: Database, path: Path, label: str) -> Path:
    """Online copy with SQLite's backup API (safe on a live WAL database), mode 0600."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-{label}-{stamp}.bak")
    target.touch(mode=0o600, exist_ok=False)
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(db: Database, path: Path) -> Path | None:
    """Bring the file to the current schema; return the backup taken, if any.

    A database carrying migrations this app does not know was written by a newer version:
    it is refused untouched.
    """
    applied = schema_version(db)
    unknown = [name for name in applied if name not in KNOWN]
    if unknown:
        raise NewerDatabase(
            tr("store", "{path} was written by a newer version of maestro-desktop (schema "
               "{schema}). It was left untouched: install the current version to open it.",
               path=path, schema=unknown[-1]))
    pending = migrations.pending(db)
    if not pending:
        return None
    backup = backup_copy(db, path, pending[0].name) if applied else None
    migrations.apply(db)
    return backup
