"""The `maestro` command, called as `maestro_desktop.cli.main([...])`: demo data, the readable
journal, database checks -- and plain-words failures, never a traceback."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from maestro_desktop.cli import main
from maestro_desktop.domain.roles import Role
from maestro_desktop.services import accounts, sessions
from maestro_desktop.services.clinic import Clinic, User
from maestro_desktop.services.demo import DEMO_PEOPLE
from maestro_desktop.store.database import open_store


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_creates_a_training_database_and_prints_three_accounts(tmp_db_path, capsys):
    code, out, _ = run(capsys, "demo", "--db", tmp_db_path)
    assert code == 0
    assert f"Training database written to {tmp_db_path}" in out
    printed = [line.split() for line in out.splitlines() if line.startswith("  ")]
    assert [p[0] for p in printed] == [username for username, _, _ in DEMO_PEOPLE]
    store = open_store(tmp_db_path)
    store.close()
    assert store.training is True
    # The printed passwords are the real ones.
    clinic = Clinic.open(tmp_db_path)
    try:
        for username, password in printed:
            assert accounts.login(clinic, username, password).username == username
    finally:
        clinic.close()


def test_demo_does_not_overwrite_without_force(tmp_db_path, capsys):
    assert run(capsys, "demo", "--db", tmp_db_path)[0] == 0
    before = digest(tmp_db_path)
    code, out, err = run(capsys, "demo", "--db", tmp_db_path)
    assert code == 1
    assert "already exists; add --force" in out + err
    assert digest(tmp_db_path) == before


def test_demo_force_replaces_a_training_database(tmp_db_path, capsys):
    run(capsys, "demo", "--db", tmp_db_path)
    first = open_store(tmp_db_path)
    first.close()
    code, out, _ = run(capsys, "demo", "--db", tmp_db_path, "--force")
    assert code == 0 and "Training database written" in out
    second = open_store(tmp_db_path)
    second.close()
    assert second.workstation != first.workstation


def test_demo_force_never_replaces_a_clinical_database(tmp_db_path, capsys):
    open_store(tmp_db_path).close()  # a real, non-training database
    before = digest(tmp_db_path)
    code, out, err = run(capsys, "demo", "--db", tmp_db_path, "--force")
    assert code == 1
    assert "clinical database" in out + err
    assert digest(tmp_db_path) == before


def test_demo_without_db_goes_to_the_training_file_in_the_data_folder(
        _isolated_data_dir, capsys):
    os.rmdir(_isolated_data_dir)  # first run on this computer: the folder does not exist yet
    assert run(capsys, "demo")[0] == 0
    assert (_isolated_data_dir / "maestro-training.sqlite").is_file()
    assert not (_isolated_data_dir / "maestro.sqlite").exists()


@pytest.fixture
def worked_demo(demo_file, protocol):
    """The demo file after a role change and one session, as the CLI would find it."""
    clinic = Clinic(open_store(demo_file), protocol)
    try:
        coordinator = User("coord.bernard", "Marc Bernard", Role.COORDINATOR)
        investigator = User("dr.martin", "Dr Claire Martin", Role.INVESTIGATOR)
        accounts.change_role(clinic, coordinator, "nurse.leroy", Role.COORDINATOR,
                             "covers the coordinator's leave")
        info = sessions.open_session(clinic, investigator, "01-001", "V1")
        sessions.close_opened_in_error(clinic, investigator, info.id, "wrong subject")
    finally:
        clinic.close()
    return demo_file, info.id


def test_events_json_lines(worked_demo, capsys):
    path, _ = worked_demo
    code, out, _ = run(capsys, "events", "--db", path, "--json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [e["seq"] for e in lines] == list(range(1, len(lines) + 1))
    for event in lines:
        assert {"actor", "kind", "clinical_time", "recorded_time", "workstation", "subject",
                "session", "payload", "hash"} <= set(event)
    (change,) = [e for e in lines if e["kind"] == "account.role_changed"]
    assert change["actor"] == "coord.bernard"
    assert change["payload"] == {"username": "nurse.leroy", "old": "nurse",
                                 "new": "coordinator",
                                 "reason": "covers the coordinator's leave"}


def test_events_text_shows_old_new_and_reason(worked_demo, capsys):
    path, _ = worked_demo
    code, out, _ = run(capsys, "events", "--db", path)
    assert code == 0
    (line,) = [line for line in out.splitlines() if "account.role_changed" in line]
    assert "coord.bernard" in line
    assert "nurse -> coordinator" in line
    assert "username=nurse.leroy" in line
    assert line.endswith("reason: covers the coordinator's leave")


def test_events_for_one_session(worked_demo, capsys):
    path, session_id = worked_demo
    code, out, _ = run(capsys, "events", "--db", path, "--json", "--session", session_id)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [e["kind"] for e in lines] == ["session.opened", "session.closed"]
    assert {e["session"] for e in lines} == {session_id}
    assert lines[1]["payload"] == {"status": "cancelled", "reason": "wrong subject"}


def test_db_check_on_a_sound_database(worked_demo, capsys):
    path, _ = worked_demo
    code, out, _ = run(capsys, "db", "check", "--db", path)
    assert code == 0
    assert out.startswith("SQLite integrity: ok; journal: ")
    assert out.strip().endswith("events, chain intact")


def _garbage(tmp_path):
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    return path


def _foreign_sqlite(tmp_path):
    import sqlite3

    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.close()
    return path


@pytest.mark.parametrize("command", [["audit", "verify"], ["events"], ["db", "check"]])
@pytest.mark.parametrize(("make", "words"), [
    (lambda tmp_path: tmp_path / "absent.sqlite", "There is no database at"),
    (_garbage, "not an SQLite file"),
    (_foreign_sqlite, "not a maestro database"),
], ids=["missing", "not-sqlite", "foreign-sqlite"])
def test_unusable_file_is_a_clear_failure(tmp_path, capsys, command, make, words):
    path = make(tmp_path)
    before = digest(path) if path.exists() else None
    code, out, err = run(capsys, *command, "--db", path)
    assert code == 1
    assert err.startswith("maestro: ") and words in err and str(path) in err
    assert "Traceback" not in out + err
    assert (digest(path) if path.exists() else None) == before


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("maestro ")


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["audit"])
    assert stop.value.code == 2
