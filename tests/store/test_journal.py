"""The journal is append-only and hash-chained: the database refuses edits, and any edit made
behind its back (triggers dropped) is found by `verify_chain` and by `maestro audit verify`,
which name the first event that does not fit."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from maestro_desktop.cli import main
from maestro_desktop.store import journal
from maestro_desktop.store.database import open_readonly, open_store

WHEN = "2025-03-10T12:00:00.000000+00:00"


def append(db, kind="note", **payload):
    return journal.append(db, kind=kind, payload=payload, actor="dr.house", clinical_time=WHEN,
                          recorded_time=WHEN, workstation="ws-test")


@pytest.fixture
def store(tmp_db_path):
    opened = open_store(tmp_db_path)
    yield opened
    opened.close()


def test_append_outside_a_transaction_is_refused(store):
    with pytest.raises(RuntimeError, match="inside a transaction"):
        append(store.db)
    assert journal.head(store.db) == (0, journal.GENESIS)


def test_events_are_chained(store):
    with store.db.atomic():
        first = append(store.db, n=1)
        second = append(store.db, n=2)
    assert (first.seq, first.prev_hash) == (1, journal.GENESIS)
    assert (second.seq, second.prev_hash) == (2, first.hash)
    assert journal.head(store.db) == (2, second.hash)
    assert store.meta("chain_head") == f"2:{second.hash}"
    assert [e.data for e in journal.events(store.db)] == [{"n": 1}, {"n": 2}]


def test_payload_is_stored_as_canonical_json(store):
    with store.db.atomic():
        event = append(store.db, zeta=1, alpha="é")
    assert event.payload == '{"alpha":"é","zeta":1}'


def test_rolled_back_action_leaves_no_event(store):
    with pytest.raises(ZeroDivisionError), store.db.atomic():
        append(store.db)
        1 / 0  # noqa: B018 - the user action fails after the event was appended
    assert list(journal.events(store.db)) == []
    assert store.meta("chain_head") is None


def test_events_filter_by_session_and_subject(store):
    with store.db.atomic():
        for subject, session in (("01-001", "s1"), ("01-001", "s2"), ("01-002", "s3")):
            journal.append(store.db, kind="k", payload={}, actor=None, clinical_time=WHEN,
                           recorded_time=WHEN, workstation="w", subject=subject,
                           session=session)
    assert [e.session for e in journal.events(store.db, subject="01-001")] == ["s1", "s2"]
    assert [e.session for e in journal.events(store.db, session="s3")] == ["s3"]
    assert [e.seq for e in journal.events(store.db, after_seq=1)] == [2, 3]


@pytest.mark.parametrize("statement", [
    "UPDATE journal SET payload = '{}' WHERE seq = 1",
    "UPDATE journal SET actor = 'someone.else'",
    "DELETE FROM journal WHERE seq = 1",
    "DELETE FROM journal",
])
def test_database_refuses_changes_to_the_journal(store, raw_sqlite, statement):
    with store.db.atomic():
        append(store.db)
    conn = raw_sqlite(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute(statement)
    assert journal.verify_chain(store.db).ok


def test_empty_journal_verifies(store):
    report = journal.verify_chain(store.db)
    assert (report.ok, report.count, report.message) == (True, 0, "0 events, chain intact")


def test_demo_database_verifies(demo_file, capsys):
    db = open_readonly(demo_file)
    try:
        count = db.execute("SELECT count(*) FROM journal").fetchone()[0]
        report = journal.verify_chain(db)
    finally:
        db.close()
    assert report.ok and report.count == count > 20
    assert main(["audit", "verify", "--db", str(demo_file)]) == 0
    assert capsys.readouterr().out.strip() == f"{count} events, chain intact"


# --- tampering behind the app's back -------------------------------------------------------

def _last_seq(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT max(seq) FROM journal").fetchone()[0]


def alter_payload(conn):
    # Event #8 imports the demo cell bank (lots L24A...); pretend vials came from another lot.
    before = conn.execute("SELECT payload FROM journal WHERE seq = 8").fetchone()[0]
    conn.execute("UPDATE journal SET payload = replace(payload, 'L24A', 'L99X') WHERE seq = 8")
    assert conn.execute("SELECT payload FROM journal WHERE seq = 8").fetchone()[0] != before
    return 8


def alter_actor(conn):
    conn.execute("UPDATE journal SET actor = 'nurse.leroy' WHERE seq = 5")
    return 5


def delete_middle_row(conn):
    conn.execute("DELETE FROM journal WHERE seq = 9")
    return 9


def delete_last_row(conn):
    last = _last_seq(conn)
    conn.execute("DELETE FROM journal WHERE seq = ?", [last])
    return last


def delete_everything(conn):
    conn.execute("DELETE FROM journal")
    return 1


def _forged_fields(conn) -> dict:
    seq, prev = conn.execute("SELECT seq, hash FROM journal ORDER BY seq DESC").fetchone()
    return {"id": "f0f0f0f0-0000-4000-8000-000000000000", "seq": seq + 1,
            "kind": "session.closed", "payload": journal.canonical_json({"status": "performed"}),
            "actor": "dr.martin", "clinical_time": WHEN, "recorded_time": WHEN,
            "workstation": "ws-forged", "subject": "01-001", "session": None, "prev_hash": prev}


def _insert(conn, fields: dict) -> None:
    conn.execute(f"INSERT INTO journal ({', '.join(fields)}) VALUES "
                 f"({', '.join('?' * len(fields))})", list(fields.values()))


def insert_forged_row(conn):
    fields = _forged_fields(conn)
    _insert(conn, {**fields, "hash": "0" * 64})
    return fields["seq"]


def insert_forged_row_with_valid_hash(conn):
    # Someone who read this code recomputes the hash; only the recorded head gives it away.
    fields = _forged_fields(conn)
    _insert(conn, {**fields, "hash": journal.event_hash(fields)})
    return fields["seq"]


def replace_last_row_with_valid_hash(conn):
    last = delete_last_row(conn)
    insert_forged_row_with_valid_hash(conn)
    return last


TAMPERING = [alter_payload, alter_actor, delete_middle_row, delete_last_row, delete_everything,
             insert_forged_row, insert_forged_row_with_valid_hash,
             replace_last_row_with_valid_hash]


@pytest.mark.parametrize("tamper", TAMPERING, ids=[t.__name__ for t in TAMPERING])
def test_tampering_is_found_and_named(demo_file, raw_sqlite, capsys, tamper):
    conn = raw_sqlite(demo_file)
    conn.execute("DROP TRIGGER journal_no_update")
    conn.execute("DROP TRIGGER journal_no_delete")
    bad_seq = tamper(conn)
    conn.close()

    db = open_readonly(demo_file)
    try:
        report = journal.verify_chain(db)
    finally:
        db.close()
    assert not report.ok
    assert report.first_bad_seq == bad_seq
    assert f"#{bad_seq}" in report.message

    assert main(["audit", "verify", "--db", str(demo_file)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"CHAIN BROKEN at event #{bad_seq}:")
    assert "chain intact" not in out


def test_db_check_reports_a_broken_chain(demo_file, raw_sqlite, capsys):
    conn = raw_sqlite(demo_file)
    conn.execute("DROP TRIGGER journal_no_update")
    alter_payload(conn)
    conn.close()
    assert main(["db", "check", "--db", str(demo_file)]) == 1
    out = capsys.readouterr().out
    assert "SQLite integrity: ok" in out
    assert "event #8" in out


def test_event_data_round_trips(store):
    payload = {"vitals": {"sbp": 120, "spo2": 98.5}, "note": "céphalée légère", "none": None}
    with store.db.atomic():
        append(store.db, **payload)
    (event,) = journal.events(store.db)
    assert event.data == payload
    assert json.loads(event.payload) == payload
    assert journal.verify_chain(store.db).ok


def test_hash_covers_every_field():
    fields = {name: f"value-{name}" for name in journal.HASHED_FIELDS}
    base = journal.event_hash(fields)
    for name in journal.HASHED_FIELDS:
        assert journal.event_hash({**fields, name: "changed"}) != base, name


def test_verify_survives_paths(tmp_path: Path):
    # A path with spaces and accents works in the read-only URI too.
    path = tmp_path / "dossier patients é" / "maestro.sqlite"
    path.parent.mkdir()
    open_store(path).close()
    db = open_readonly(path)
    try:
        assert journal.verify_chain(db).ok
    finally:
        db.close()
