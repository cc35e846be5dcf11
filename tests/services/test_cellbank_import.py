"""Importing the cell bank: all rows or none, every problem with its line, one journal event
per accepted file (with old -> new for each change), coordinator only; the demo bank; the
`maestro cellbank` commands."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date

import pytest

from maestro_desktop.cli import main
from maestro_desktop.domain.cellbank import CSV_COLUMNS, BankVial
from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.services import cellbank, subjects
from maestro_desktop.services.demo import demo_din
from maestro_desktop.services.errors import ImportRejected, InvalidInput, PermissionDenied
from maestro_desktop.store import journal, projections

HEADER = ",".join(CSV_COLUMNS)
ROWS = [
    "G123426000001,L24A,2027-03-01,released,1e8,10,01-001,1,,",
    "G123426000002,L24A,2027-03-01,quarantine,1e8,10,01-001,2,,",
    "G123426000003,L24B,2027-03-01T18:30,released,\"1,5e8\",10,,,09506000134352,S1234V00",
]
FILE = "\n".join([HEADER, *ROWS]) + "\n"


def bank_csv(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


def vials_table(clinic) -> list[tuple]:
    return clinic.db.execute("SELECT * FROM vials ORDER BY vial_id").fetchall()


@pytest.fixture
def coordinator(clinic, staff):
    subjects.register_subject(clinic, staff[Role.COORDINATOR],
                              Subject("01-001", "ABC", 1975, "F", False, date(2025, 1, 2)))
    return staff[Role.COORDINATOR]


@pytest.fixture
def imported(clinic, coordinator):
    return cellbank.import_csv(clinic, coordinator, FILE.encode(), file_name="bank.csv")


def test_import_journals_one_event_and_fills_the_bank(clinic, coordinator, journal_kinds):
    report = cellbank.import_csv(clinic, coordinator, FILE.encode(), file_name="bank.csv")
    assert report.summary == "3 added, 0 changed, 0 unchanged"
    assert journal_kinds(clinic)[-1] == "cellbank.imported"
    event = list(journal.events(clinic.db))[-1]
    assert event.actor == "coord.amy"
    assert event.data["file_name"] == "bank.csv"
    assert event.data["sha256"] == hashlib.sha256(FILE.encode()).hexdigest()
    assert event.data["added"][2] == {
        "vial_id": "G123426000003", "lot": "L24B", "expiry": "2027-03-01T18:30",
        "release_status": "released", "cells_per_vial": 1.5e8, "volume_ml": 10.0,
        "allocated_subject": None, "allocated_visit": None, "gtin": "09506000134352",
        "product_code": "S1234V00"}
    assert (event.data["changed"], event.data["unchanged"]) == ([], 0)
    assert [v.vial_id for v in cellbank.list_bank(clinic)] == [
        "G123426000001", "G123426000002", "G123426000003"]
    assert cellbank.get_vial(clinic, "G123426000002") == BankVial(
        "G123426000002", "L24A", date(2027, 3, 1), "quarantine", 1e8, 10.0, "01-001", 2)
    assert cellbank.get_vial(clinic, "G123426000009") is None


def test_get_vial_is_a_primary_key_lookup(clinic, imported):
    plan = " ".join(row[-1] for row in clinic.db.execute(
        f"EXPLAIN QUERY PLAN {cellbank.GET_VIAL_SQL}", ["x"]))
    assert "USING INDEX sqlite_autoindex_vials_1 (vial_id=?)" in plan


def test_one_bad_row_imports_nothing_and_every_problem_has_its_line(
        clinic, coordinator, journal_count):
    before = (journal_count(clinic), vials_table(clinic))
    text = bank_csv(*ROWS, "G123426000004,L24A,2027-13-01,released,1,1,,,,",
                    "G123426000005,L24A,2027-03-01,released,1,1,01-999,1,,",
                    ROWS[0])
    with pytest.raises(ImportRejected) as caught:
        cellbank.import_csv(clinic, coordinator, text.encode(), file_name="bank.csv")
    assert [str(p) for p in caught.value.problems] == [
        "line 5: expiry '2027-13-01' is not a valid date (YYYY-MM-DD)",
        "line 6: allocated_subject 01-999 is not a registered subject",
        "line 7: vial_id 'G123426000001' is already on line 2",
    ]
    message = str(caught.value)
    assert message.startswith("bank.csv was not imported; nothing was changed. 3 problem(s):")
    assert "line 6: allocated_subject 01-999" in message
    assert (journal_count(clinic), vials_table(clinic)) == before


def test_wrong_header_imports_nothing(clinic, coordinator, journal_count):
    before = journal_count(clinic)
    with pytest.raises(ImportRejected) as caught:
        cellbank.import_csv(clinic, coordinator, FILE.replace("volume_ml", "ml"),
                            file_name="bank.csv")
    (problem,) = caught.value.problems
    assert problem.line == 1 and "missing: volume_ml; unknown: ml" in problem.message
    assert journal_count(clinic) == before and vials_table(clinic) == []


def test_latin1_bytes_are_refused_with_the_line(clinic, coordinator, journal_count):
    before = journal_count(clinic)
    data = bank_csv(*ROWS[:2], ROWS[2].replace("S1234V00", "lot-é")).encode("latin-1")
    with pytest.raises(InvalidInput, match=r"^bank.csv is not UTF-8 text \(line 4\)"):
        cellbank.import_csv(clinic, coordinator, data, file_name="bank.csv")
    assert journal_count(clinic) == before and vials_table(clinic) == []


def test_byte_order_mark_is_accepted(clinic, coordinator, tmp_path):
    path = tmp_path / "bank.csv"
    path.write_bytes(b"\xef\xbb\xbf" + FILE.replace("\n", "\r\n").encode())
    report = cellbank.import_csv(clinic, coordinator, path)
    assert report.added == ("G123426000001", "G123426000002", "G123426000003")
    assert list(journal.events(clinic.db))[-1].data["file_name"] == "bank.csv"


def test_reimporting_the_same_file_changes_nothing(clinic, coordinator, imported,
                                                   journal_count):
    before = (journal_count(clinic), vials_table(clinic))
    report = cellbank.import_csv(clinic, coordinator, FILE.encode(), file_name="again.csv")
    assert report.summary == "nothing to import: 3 vials unchanged"
    assert (journal_count(clinic), vials_table(clinic)) == before


def test_a_changed_row_is_journalled_old_to_new(clinic, coordinator, imported, clock):
    clock.advance(days=2)
    text = bank_csv(ROWS[0], ROWS[1].replace("quarantine", "released"),
                    "G123426000004,L24C,2027-06-01,released,1e8,10,,,,")
    report = cellbank.import_csv(clinic, coordinator, text, file_name="release.csv")
    assert (report.added, report.changed, report.unchanged) == (
        ("G123426000004",), ("G123426000002",), 1)
    event = list(journal.events(clinic.db))[-1]
    assert event.data["changed"] == [{"vial_id": "G123426000002",
                                      "changes": {"release_status": ["quarantine",
                                                                     "released"]}}]
    assert cellbank.get_vial(clinic, "G123426000002").release_status == "released"
    stamps = dict(clinic.db.execute("SELECT vial_id, imported_at FROM vials").fetchall())
    assert stamps["G123426000002"] == stamps["G123426000004"] == event.clinical_time
    assert stamps["G123426000001"] < event.clinical_time   # unchanged rows keep their stamp
    # A vial missing from the later file stays in the bank untouched.
    assert cellbank.get_vial(clinic, "G123426000003") is not None


@pytest.mark.parametrize("role", [Role.NURSE, Role.INVESTIGATOR])
def test_only_the_coordinator_imports(clinic, staff, role, journal_count):
    before = journal_count(clinic)
    with pytest.raises(PermissionDenied, match="may not import reference data"):
        cellbank.import_csv(clinic, staff[role], FILE, file_name="bank.csv")
    with pytest.raises(PermissionDenied):
        cellbank.import_rows(clinic, staff[role], [], file_name="training data")
    assert journal_count(clinic) == before and vials_table(clinic) == []


def test_an_administered_vial_cannot_be_changed(clinic, coordinator, imported, journal_count):
    clinic.record("vial.administered", {"vial_id": "G123426000001", "session": "s-1"},
                  actor=coordinator.username)
    before = (journal_count(clinic), vials_table(clinic))
    with pytest.raises(ImportRejected) as caught:
        cellbank.import_csv(clinic, coordinator,
                            bank_csv(ROWS[0].replace("L24A", "L99"), ROWS[1]), file_name="x")
    assert [str(p) for p in caught.value.problems] == [
        "line 2: vial G123426000001 was already administered (session s-1); its lot cannot "
        "be changed"]
    assert (journal_count(clinic), vials_table(clinic)) == before
    # The same row unchanged is fine.
    assert cellbank.import_csv(clinic, coordinator, FILE, file_name="x").unchanged == 3


def test_import_rows_checks_rows_as_a_file_would(clinic, coordinator):
    good = BankVial("ASC-24-0001", "L1", date(2027, 1, 1), "released", 1.0, 1.0)
    with pytest.raises(ImportRejected) as caught:
        cellbank.import_rows(clinic, coordinator, [good, replace(good, vial_id="A B"),
                                                   replace(good, vial_id="ASC-24-0002",
                                                           release_status="quarantined")],
                             file_name="training data")
    assert [p.line for p in caught.value.problems] == [3, 4]
    assert cellbank.import_rows(clinic, coordinator, [good],
                                file_name="training data").added == ("ASC-24-0001",)


def snapshot(db) -> dict[str, list[tuple]]:
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in projections.PROJECTION_TABLES}


def test_rebuild_reproduces_the_bank(clinic, coordinator, imported, clock):
    clock.advance(hours=1)
    cellbank.import_csv(clinic, coordinator, FILE.replace("quarantine", "rejected"), file_name="x")
    clinic.record("vial.administered", {"vial_id": "G123426000001", "session": "s-1"},
                  actor=coordinator.username)
    before = snapshot(clinic.db)
    assert before["vials"]
    clinic.db.execute("DELETE FROM vials")
    projections.rebuild(clinic.db)
    assert snapshot(clinic.db) == before


# --- the demo bank ------------------------------------------------------------------------

def test_demo_bank(demo):
    clinic, _ = demo
    bank = {v.vial_id: v for v in cellbank.list_bank(clinic)}
    assert list(bank) == [demo_din(n) for n in range(1, 13)]
    used = sorted(k for k, v in bank.items() if v.administered_session)
    assert used == [demo_din(4), demo_din(7), demo_din(8)]
    assert bank[demo_din(10)].release_status == "quarantine"
    assert bank[demo_din(11)].expiry < clinic.today()
    assert all(v.gtin is None for v in bank.values())
    kinds = [e.kind for e in journal.events(clinic.db)]
    assert kinds.count("cellbank.imported") == 1 and kinds.count("vial.administered") == 3
    before = snapshot(clinic.db)
    projections.rebuild(clinic.db)
    assert snapshot(clinic.db) == before


# --- the command line -----------------------------------------------------------------------

@pytest.fixture
def closed_db(clinic, coordinator, monkeypatch, password):
    """The clinic's file with subject 01-001, closed for the CLI; getpass answers `password`."""
    clinic.close()
    monkeypatch.setattr("getpass.getpass", lambda prompt="": password)
    return clinic.store.path


def test_cli_import_then_list(closed_db, tmp_path, capsys):
    path = tmp_path / "bank.csv"
    path.write_text(FILE, encoding="utf-8")
    args = ["cellbank", "import", "--db", str(closed_db), "--as", "coord.amy", str(path)]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "3 added, 0 changed, 0 unchanged"
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "nothing to import: 3 vials unchanged"
    assert main(["cellbank", "list", "--db", str(closed_db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["G123426000001", "L24A", "2027-03-01", "released", "01-001",
                                "V1"]
    assert main(["cellbank", "list", "--db", str(closed_db), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[2]["expiry"] == "2027-03-01T18:30" and rows[2]["administered_session"] is None


def test_cli_import_prints_every_problem_and_exits_1(closed_db, tmp_path, capsys):
    path = tmp_path / "bank.csv"
    path.write_text(bank_csv(ROWS[0], "G123426000004,L24A,2027-13-01,released,1,1,,,,",
                             "G123426000005,,2027-03-01,released,1,1,,,,"), encoding="utf-8")
    code = main(["cellbank", "import", "--db", str(closed_db), "--as", "coord.amy", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "bank.csv was not imported; nothing was changed" in err
    assert "line 3: expiry '2027-13-01' is not a valid date (YYYY-MM-DD)" in err
    assert "line 4: lot is missing" in err
    assert main(["cellbank", "list", "--db", str(closed_db)]) == 0
    assert capsys.readouterr().out == ""


def test_cli_import_of_a_missing_file_asks_no_password(closed_db, tmp_path, capsys,
                                                       monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": pytest.fail("password asked"))
    code = main(["cellbank", "import", "--db", str(closed_db), "--as", "coord.amy",
                 str(tmp_path / "nope.csv")])
    assert code == 1 and "cannot be read" in capsys.readouterr().err
