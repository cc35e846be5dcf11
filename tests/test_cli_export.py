"""`maestro sessions` and `maestro export sheet|csv` on the demo's training database, called as
`maestro_desktop.cli.main([...])`: what they print, what they write, their plain-words failures,
and that they only read, so they work while the app holds the database open."""

from __future__ import annotations

import csv
import json
from contextlib import contextmanager

import pytest

from maestro_desktop.cli import main
from maestro_desktop.export.tables import TABLES
from maestro_desktop.store.database import open_store
from maestro_desktop.store.errors import DatabaseInUse

pytestmark = pytest.mark.usefixtures("cheap_argon2")


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, db) -> list[dict]:
    code, out, err = run(capsys, "sessions", "--db", db, "--json")
    assert (code, err) == (0, "")
    return [json.loads(line) for line in out.splitlines()]


def session_of(capsys, db, subject: str) -> str:
    [found] = [row["id"] for row in listed(capsys, db)
               if (row["subject"], row["visit"]) == (subject, "V1")]
    return found


@contextmanager
def held_open(path):
    """The database as the running app holds it: opened, migrated and locked."""
    store = open_store(path)
    try:
        yield store
    finally:
        store.close()


def test_sessions_lists_every_session_with_its_status(demo_file, capsys):
    code, out, err = run(capsys, "sessions", "--db", demo_file)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 4
    by_subject = {}
    for line in lines:
        session_id, subject, *_ = line.split()
        by_subject.setdefault(subject, []).append(line)
        assert len(session_id) == 36  # a uuid
    [signed] = by_subject["01-002"]
    [no_go] = by_subject["01-004"]
    assert "Injection 1" in signed and signed.endswith("  signed")
    assert "Injection 1" in no_go and no_go.endswith("  not performed")
    assert all(line.endswith("  performed") for line in by_subject["01-003"])


def test_sessions_json_gives_one_object_per_session(demo_file, capsys):
    rows = listed(capsys, demo_file)
    assert all(set(row) == {"id", "subject", "visit", "visit_label", "date", "status"}
               for row in rows)
    assert {(r["subject"], r["visit"]): r["status"] for r in rows} == {
        ("01-002", "V1"): "signed", ("01-004", "V1"): "not performed",
        ("01-003", "V1"): "performed", ("01-003", "V2"): "performed"}
    assert len({r["id"] for r in rows}) == 4


def test_export_sheet_writes_a_pdf(demo_file, tmp_path, capsys):
    session = session_of(capsys, demo_file, "01-002")
    out = tmp_path / "sheet 01-002.pdf"
    code, printed, err = run(capsys, "export", "sheet", "--db", demo_file, "--session", session,
                             "--out", out)
    assert (code, err) == (0, "")
    assert printed == f"Procedure sheet written to {out}\n"
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_export_sheet_of_the_no_go_session(demo_file, tmp_path, capsys):
    session = session_of(capsys, demo_file, "01-004")
    out = tmp_path / "no-go.pdf"
    assert run(capsys, "export", "sheet", "--db", demo_file, "--session", session,
               "--out", out)[0] == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_export_sheet_of_an_unknown_session_fails_in_plain_words(demo_file, tmp_path, capsys):
    out = tmp_path / "sheets" / "x.pdf"
    out.parent.mkdir()
    code, printed, err = run(capsys, "export", "sheet", "--db", demo_file, "--session",
                             "no-such-id", "--out", out)
    assert (code, printed) == (1, "")
    assert err == "maestro: There is no session no-such-id: see `maestro sessions`.\n"
    assert list(out.parent.iterdir()) == []


def test_export_sheet_into_a_missing_folder_fails_in_plain_words(demo_file, tmp_path, capsys):
    session = session_of(capsys, demo_file, "01-002")
    out = tmp_path / "not made" / "x.pdf"
    code, _, err = run(capsys, "export", "sheet", "--db", demo_file, "--session", session,
                       "--out", out)
    assert code == 1
    assert err.startswith("maestro: The folder ") and "nothing was written" in err
    assert "Traceback" not in err
    assert not out.parent.exists()


def test_export_from_a_missing_database_fails_in_plain_words(tmp_path, capsys):
    missing = tmp_path / "none.sqlite"
    code, _, err = run(capsys, "export", "csv", "--db", missing, "--out", tmp_path / "csv")
    assert code == 1
    assert err == f"maestro: There is no database at {missing}.\n"
    assert not missing.exists() and not (tmp_path / "csv").exists()


def test_export_csv_writes_every_table(demo_file, tmp_path, capsys):
    out = tmp_path / "csv"
    code, printed, err = run(capsys, "export", "csv", "--db", demo_file, "--out", out)
    assert (code, err) == (0, "")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    lines = printed.splitlines()
    assert [line.split("  ")[0] for line in lines] == [str(out / f"{t}.csv") for t in TABLES]
    with (out / "journal.csv").open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[0] == "seq"
    assert f"journal.csv  ({len(rows)} rows)" in printed
    assert any(row[header.index("kind")] == "session.signed" for row in rows)
    accounts = (out / "accounts.csv").read_text(encoding="utf-8")
    assert "password_hash" not in accounts and "$argon2" not in accounts


def test_read_only_commands_work_while_the_app_holds_the_database(demo_file, tmp_path,
                                                                   capsys):
    before = listed(capsys, demo_file)
    session = session_of(capsys, demo_file, "01-002")
    with held_open(demo_file):
        with pytest.raises(DatabaseInUse):
            open_store(demo_file)  # held indeed: a second writer is refused
        assert listed(capsys, demo_file) == before
        out = tmp_path / "held.pdf"
        code, _, err = run(capsys, "export", "sheet", "--db", demo_file, "--session", session,
                           "--out", out)
        assert (code, err) == (0, "")
        assert out.read_bytes().startswith(b"%PDF")
        code, _, err = run(capsys, "export", "csv", "--db", demo_file, "--out", tmp_path / "c")
        assert (code, err) == (0, "")
        assert (tmp_path / "c" / "journal.csv").exists()
