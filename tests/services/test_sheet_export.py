"""The procedure sheet and the CSV export of a real (training) database: services.sheet reads
every record of the demo's sessions back, write_sheet lays them out as PDF (read back with
poppler, tests/export/pdf_tools.py), and export.tables writes one CSV per table."""

from __future__ import annotations

import csv
import importlib.util
import sys
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from maestro_desktop.domain.checks import ITEM_LABELS
from maestro_desktop.domain.procedure import STAMPS
from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.export.files import ExportError
from maestro_desktop.export.tables import HIDDEN_COLUMNS, TABLES, export_tables
from maestro_desktop.services import checks, demo_sessions, procedure, sessions, signoff, subjects
from maestro_desktop.services.demo import demo_din
from maestro_desktop.services.errors import InvalidInput
from maestro_desktop.services.sheet import sheet_data, write_sheet

pytestmark = pytest.mark.usefixtures("cheap_argon2")

ACCENTED = "Heure corrigée d'après la feuille infirmière (montre décalée)"


def _pdf_tools() -> ModuleType:
    """tests/export/pdf_tools.py, whichever test folders pytest put on sys.path."""
    path = Path(__file__).resolve().parents[1] / "export" / "pdf_tools.py"
    spec = importlib.util.spec_from_file_location("sheet_export_pdf_tools", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


pdf_tools = _pdf_tools()
flat = pdf_tools.flat


@pytest.fixture(scope="module", autouse=True)
def _poppler() -> None:
    if missing := pdf_tools.missing_tools():
        pytest.fail(f"{', '.join(missing)} not found. {pdf_tools.MISSING}", pytrace=False)


@pytest.fixture
def world(demo) -> SimpleNamespace:
    clinic, made = demo
    by_subject = {s.subject: s.id for s in sessions.list_sessions(clinic) if s.visit == "V1"}
    return SimpleNamespace(clinic=clinic, doctor=demo_sessions.login(clinic, "dr.martin",
                                                                     made.passwords),
                           signed=by_subject["01-002"], no_go=by_subject["01-004"])


def printed(pdf: Path) -> str:
    return flat(pdf_tools.text(pdf))


def amend_positioned(world, reason: str = ACCENTED) -> tuple[datetime, datetime]:
    old = procedure.procedure_state(world.clinic, world.signed).stamp("positioned").at
    new = old - timedelta(minutes=1)
    signoff.amend_stamp(world.clinic, world.doctor, world.signed, "positioned", new, reason)
    return old, new


# --- what the sheet holds --------------------------------------------------------------------

def test_the_signed_sessions_sheet_holds_every_record(world):
    clinic, tz = world.clinic, world.clinic.tz
    data = sheet_data(clinic, world.signed)
    assert (data.subject_code, data.initials, data.visit) == ("01-002", "MLG", "Injection 1")
    assert (data.session_id, data.status, data.training) == (world.signed, "signed", True)
    state = checks.get_checks(clinic, world.signed)
    answers = dict(data.checks)
    assert list(answers) == [ITEM_LABELS[f] for f in state.applicable]
    assert "not answered" not in answers.values()
    assert answers["Platelet count (G/L)"] == "212"
    assert answers["Consent still valid?"] == "Yes"
    assert data.verdict == "GO recorded by dr.martin"
    assert dict(data.vial)["DIN"] == demo_din(4)
    stamps = procedure.procedure_state(clinic, world.signed).stamps
    assert [s.kind for s in stamps] == list(STAMPS)
    assert [time for _, time, _ in data.timeline] == [f"{s.at.astimezone(tz):%H:%M:%S}"
                                                      for s in stamps]
    taken = [datetime.fromisoformat(t).astimezone(tz).strftime("%H:%M") for (t,) in
             clinic.db.execute("SELECT taken_at FROM vital_signs WHERE session = ? "
                               "ORDER BY taken_at", [world.signed])]
    assert len(taken) == 11  # baseline and the ten checks of the 6 h observation
    assert [row.time for row in data.vitals] == taken
    assert [row.check for row in data.vitals][:3] == ["Baseline", "T+15", "T+30"]
    assert data.discharge.startswith("Discharged ")
    [signature] = signoff.signatures(clinic, world.signed)
    [shown] = data.signatures
    assert (shown.printed_name, shown.username, shown.meaning) == (
        "Dr Claire Martin", "dr.martin", "performed by")
    assert shown.signed_at == signature.signed_at.astimezone(tz).strftime("%d/%m/%Y %H:%M %Z")
    assert data.journal_hash == signature.covers_hash == shown.covers_hash
    assert data.amendments == [] and data.not_performed_reasons == []


def test_the_signed_sheet_prints_the_records(world, tmp_path):
    data = sheet_data(world.clinic, world.signed)
    text = printed(write_sheet(world.clinic, world.signed, tmp_path / "signed.pdf"))
    for question, answer in data.checks:
        assert f"{question} {answer}" in text
    assert f"DIN {demo_din(4)}" in text
    for step, time, _ in data.timeline:
        assert f"{step} {time}" in text
    for row in data.vitals:
        assert f"{row.time} {row.check} {row.sbp} {row.dbp} {row.hr}" in text
    sig = data.signatures[0]
    assert f"{sig.printed_name} {sig.username} {sig.signed_at} {sig.meaning}" in text
    assert f"Journal hash covered by the signature: {data.journal_hash}" in text
    assert "CHANGED AFTER SIGNATURE" not in text


def test_an_amended_sheet_prints_signature_amendment_and_the_warning(world, tmp_path):
    old, new = amend_positioned(world)
    [signature] = signoff.signatures(world.clinic, world.signed)
    data = sheet_data(world.clinic, world.signed)
    assert data.status == "changed after signature"
    assert data.journal_hash == signature.covers_hash  # what the signature covers, not now
    [amendment] = data.amendments
    tz = world.clinic.tz
    assert (amendment.old, amendment.new) == (f"{old.astimezone(tz):%d/%m/%Y %H:%M:%S}",
                                              f"{new.astimezone(tz):%d/%m/%Y %H:%M:%S}")
    assert (amendment.who, amendment.reason) == ("dr.martin", ACCENTED)
    text = printed(write_sheet(world.clinic, world.signed, tmp_path / "amended.pdf"))
    assert "CHANGED AFTER SIGNATURE" in text
    assert "Dr Claire Martin dr.martin" in text and "performed by" in text
    for value in (amendment.old, amendment.new, ACCENTED):
        assert value in text
    assert f"Patient positioned {new.astimezone(tz):%H:%M:%S}" in text  # the timeline as amended


def test_the_no_go_sheet_says_not_performed_and_why(world, tmp_path):
    data = sheet_data(world.clinic, world.no_go)
    assert data.status == "not performed"
    assert data.not_performed_reasons[0].startswith("Platelets 41 G/L (< 50 G/L)")
    assert data.timeline == [] and data.vial == [] and data.signatures == []
    text = printed(write_sheet(world.clinic, world.no_go, tmp_path / "no-go.pdf"))
    assert "PROCEDURE NOT PERFORMED" in text
    assert data.not_performed_reasons[0] in text
    assert "Haematology opinion before a new attempt" in text
    assert "Verdict: NO-GO recorded by dr.martin" in text


def test_a_training_sheet_says_training_a_clinical_one_does_not(world, tmp_path, clinic, staff,
                                                                eligible):
    text = printed(write_sheet(world.clinic, world.no_go, tmp_path / "training.pdf"))
    assert "TRAINING RECORD, NOT CLINICAL DATA" in text
    assert "TRAINING: made on the training database" in text
    subjects.register_subject(clinic, staff[Role.COORDINATOR],
                              Subject("01-001", "ABC", 1970, "M", False, clinic.today()))
    eligible("01-001")
    opened = sessions.open_session(clinic, staff[Role.INVESTIGATOR], "01-001", "V1").id
    assert sheet_data(clinic, opened).training is False
    clinical = printed(write_sheet(clinic, opened, tmp_path / "clinical.pdf"))
    assert "01-001" in clinical and "TRAINING" not in clinical


def test_every_font_is_embedded(world, tmp_path):
    amend_positioned(world)
    fonts = pdf_tools.fonts(write_sheet(world.clinic, world.signed, tmp_path / "fonts.pdf"))
    assert fonts
    assert [f.name for f in fonts if not f.embedded] == []


# --- refusals ----------------------------------------------------------------------------------

def test_an_unknown_session_is_refused_and_writes_nothing(world, tmp_path):
    out = tmp_path / "sheets"
    out.mkdir()
    with pytest.raises(InvalidInput, match=r"^There is no session nope: see `maestro sessions`."):
        write_sheet(world.clinic, "nope", out / "nope.pdf")
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_refused_and_leaves_nothing(world, tmp_path):
    base = tmp_path / "exports"
    base.mkdir()
    out = base / "not made" / "sheet.pdf"
    with pytest.raises(ExportError, match="does not exist; nothing was written"):
        write_sheet(world.clinic, world.signed, out)
    assert list(base.iterdir()) == []


# --- CSV -------------------------------------------------------------------------------------

def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_export_tables_writes_one_csv_per_table(world, tmp_path):
    amend_positioned(world)
    db = world.clinic.db
    written = export_tables(db, tmp_path / "export")
    assert [(p.name, n) for p, n in written] == [
        (f"{t}.csv", db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES]
    assert sorted(p.name for p in (tmp_path / "export").iterdir()) == sorted(
        f"{t}.csv" for t in TABLES)  # no temporary file left behind
    for table in TABLES:
        header, *rows = read_csv(tmp_path / "export" / f"{table}.csv")
        assert header == [c.name for c in db[table].columns
                          if c.name not in HIDDEN_COLUMNS.get(table, set())], table
        assert len(rows) == dict((p.name, n) for p, n in written)[f"{table}.csv"]
    journal = read_csv(tmp_path / "export" / "journal.csv")
    assert len(journal) - 1 == db.execute("SELECT count(*) FROM journal").fetchone()[0]
    assert journal[0][0] == "seq" and [r[0] for r in journal[1:]] == [
        str(n) for n in range(1, len(journal))]
    header, *amended = read_csv(tmp_path / "export" / "amendments.csv")
    assert [row[header.index("reason")] for row in amended] == [ACCENTED]
    assert ACCENTED in (tmp_path / "export" / "journal.csv").read_text(encoding="utf-8")
    accounts = read_csv(tmp_path / "export" / "accounts.csv")
    assert "password_hash" not in accounts[0]
    assert "$argon2" not in (tmp_path / "export" / "accounts.csv").read_text(encoding="utf-8")
    assert {row[accounts[0].index("username")] for row in accounts[1:]} == {
        "dr.martin", "nurse.leroy", "coord.bernard"}


def test_export_tables_into_a_missing_parent_is_refused(world, tmp_path):
    base = tmp_path / "exports"
    base.mkdir()
    with pytest.raises(ExportError, match="does not exist"):
        export_tables(world.clinic.db, base / "no" / "such" / "folder")
    assert list(base.iterdir()) == []
