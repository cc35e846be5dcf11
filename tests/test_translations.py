"""French for everything produced below the GUI, and the catalogues that hold it.

(a) Every tr()/trn()/tr_table() string of the code has a finished French translation in the
right catalogue (packaging/i18n_update.py --check): the test that fails when a visible string is
added without its French. (b) With French installed, reasons, hard stops, sync errors and
decimals read in French, while the journal keeps English. (c) The procedure sheet renders in
French. (d) In English nothing changes.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest

from maestro_desktop import translations
from maestro_desktop.domain import i18n
from maestro_desktop.domain.checks import VisitDayAnswers, evaluate
from maestro_desktop.domain.i18n import Text, decimal, neutral, tr, tr_table, trn
from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.vial_checks import Target, verify_vial
from maestro_desktop.domain.vitals import VitalSigns, check_vitals
from maestro_desktop.services import checks, demo_sessions, sessions, signoff, vials
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.demo import build_demo
from maestro_desktop.services.sheet import write_sheet
from maestro_desktop.settings import load_hold_table, load_protocol
from maestro_desktop.store.database import open_store
from maestro_desktop.sync.connection import prepare
from maestro_desktop.sync.errors import InsecureConnection

ROOT = Path(__file__).resolve().parents[1]
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=PARIS)
LOW_PLATELETS = VisitDayAnswers(
    raised_icp=False, puncture_site_infection=False, platelets_g_per_l=42,
    platelets_sampled_on=date(2026, 11, 20), antithrombotic=False,
    high_dose_corticosteroids=False, relapse_or_new_t2=False, new_dmd=False, other_trial=False,
    consent_valid=True)


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


extractor = _load("i18n_update", ROOT / "packaging" / "i18n_update.py")
pdf_tools = _load("translations_pdf_tools", ROOT / "tests" / "export" / "pdf_tools.py")


@pytest.fixture
def french() -> None:
    """French for this test (conftest puts English back afterwards)."""
    translations.install("fr")


def no_go(**rules: object):
    return evaluate(LOW_PLATELETS, childbearing_potential=False, now=NOW, tz=PARIS,
                    protocol=load_protocol(), table=load_hold_table(), **rules)


# --- (a) the catalogues ------------------------------------------------------------------------

@pytest.mark.parametrize("catalogue", extractor.CATALOGUES)
def test_every_visible_string_of_the_code_has_its_french_translation(catalogue):
    """core.ts: everything below the GUI; gui.ts: maestro_desktop/gui/ (`make translations`
    adds what is missing, unfinished, for a translator to fill in)."""
    problems = extractor.check(extractor.scan(), catalogues=(catalogue,))
    assert problems == [], "\n".join(problems)


def test_the_catalogues_parse_and_hold_the_code_strings():
    found = extractor.scan()
    assert sum(len(m) for m in found.messages.values()) > 800
    catalogue = translations.read_catalogue("fr")
    assert catalogue[("checks", "Platelets {count} G/L (< {minimum} G/L) on {day}")] == (
        "Plaquettes {count} G/L (< {minimum} G/L) le {day}")


def test_the_extractor_reports_calls_it_cannot_read(tmp_path):
    package = tmp_path / "maestro_desktop" / "domain"
    package.mkdir(parents=True)
    code = package / "words.py"
    code.write_text("from .i18n import tr, tr_table as table\n"
                    "WORDS = table('words', {'a': 'Alpha', 'b': ('Beta', '')})\n"
                    "def f(x):\n"
                    "    return tr('words', 'Gamma {x}', x=x), tr('words', x), tr(x, 'Delta')\n",
                    encoding="utf-8")
    found = extractor.Found()
    saved = extractor.ROOT, extractor.PACKAGE
    extractor.ROOT, extractor.PACKAGE = tmp_path, tmp_path / "maestro_desktop"
    try:
        extractor.scan_file(code, found)
    finally:
        extractor.ROOT, extractor.PACKAGE = saved
    assert sorted(found.messages["core"]) == [("words", "Alpha"), ("words", "Beta"),
                                              ("words", "Gamma {x}")]
    assert [p.split(": ", 1)[0] for p in found.problems] == [
        "maestro_desktop/domain/words.py:4", "maestro_desktop/domain/words.py:4"]


def test_the_extractor_keeps_translations_and_marks_new_and_vanished(tmp_path):
    ts = tmp_path / "core.ts"
    old = [extractor.Message("c", "kept", "gardé"), extractor.Message("c", "gone", "parti")]
    where = [extractor.Location(ROOT / "maestro_desktop" / "x.py", 3)]
    merged = extractor.merge(old, {("c", "kept"): where, ("c", "new"): where}, ts, {})
    state = {m.source: (m.translation, m.kind) for m in merged}
    assert state == {"kept": ("gardé", None), "new": ("", "unfinished"),
                     "gone": ("parti", "vanished")}
    text = extractor.render_ts(merged, "fr_FR")
    assert extractor.render_ts(merged, "fr_FR") == text    # deterministic
    ts.write_text(text, encoding="utf-8")
    assert [(m.source, m.translation, m.kind) for m in extractor.read_ts(ts)] == [
        ("gone", "parti", "vanished"), ("kept", "gardé", None), ("new", "", "unfinished")]


# --- (b) French at work ------------------------------------------------------------------------

def test_a_no_go_reason_reads_in_french(french):
    verdict = no_go()
    assert [r.text for r in verdict.reasons] == ["Plaquettes 42 G/L (< 50 G/L) le 20/11/2026"]
    assert verdict.summary() == "NO-GO : Plaquettes 42 G/L (< 50 G/L) le 20/11/2026"
    assert neutral(verdict.summary()) == "NO-GO: Platelets 42 G/L (< 50 G/L) on 20/11/2026"


def test_a_vial_hard_stop_reads_in_french(french):
    verdict = verify_vial(None, None, vial_id="G123426000001",
                          target=Target("01-003", 1, "s1"), now=NOW, tz=PARIS, thawed_at=None,
                          stability_hours=4.5)
    refused = vials.VialRefused(verdict, "the cell-therapy unit, 02 99 28 00 00")
    assert str(refused) == ("N'UTILISEZ PAS CE FLACON. Le flacon G123426000001 ne figure pas "
                            "dans la banque de cellules. Appelez the cell-therapy unit, "
                            "02 99 28 00 00.")


def test_a_sync_error_reads_in_french(french):
    with pytest.raises(InsecureConnection, match="^L'adresse du serveur central demande "
                                                 "sslmode=disable"):
        prepare("host=central.example dbname=maestro user=ws sslmode=disable")


def test_decimals_read_with_a_comma_in_french(french):
    assert decimal(37.8) == "37,8"
    assert decimal(38.0, 1) == "38,0"
    _, warnings = check_vitals(VitalSigns(temperature=38.6))
    assert [w.text for w in warnings] == [
        "Température 38,6 °C : hors des valeurs usuelles (35,5-38,0 °C), confirmez."]


def test_plurals_follow_the_language(french):
    days = [trn("time", "{count} day", "{count} days", n) for n in (0, 1, 2)]
    assert days == ["0 jour", "1 jour", "2 jours"]
    assert [neutral(d) for d in days] == ["0 days", "1 day", "2 days"]
    assert trn("time", "{count} hour", "{count} hours", 4.5) == "4,5 heures"


def test_the_journal_stays_in_english_whatever_the_user_reads(clinic, staff, eligible, french,
                                                              normal_vitals):
    from maestro_desktop.domain.subjects import Subject
    from maestro_desktop.services import subjects

    subjects.register_subject(clinic, staff[Role.COORDINATOR], Subject(
        "01-001", "ABC", 1970, "M", False, clinic.today()))
    eligible("01-001")
    session = sessions.open_session(clinic, staff[Role.INVESTIGATOR], "01-001", "V1")
    nurse = staff[Role.NURSE]
    answers = {"raised_icp": False, "puncture_site_infection": False, "platelets_g_per_l": 42,
               "platelets_sampled_on": clinic.today(), "antithrombotic": False,
               "high_dose_corticosteroids": False, "relapse_or_new_t2": False, "new_dmd": False,
               "other_trial": False, "consent_valid": True}
    for field, value in answers.items():
        checks.answer(clinic, nurse, session.id, field, value)
    checks.record_vitals(clinic, nurse, session.id, normal_vitals)
    state = checks.record_verdict(clinic, staff[Role.INVESTIGATOR], session.id, "NO-GO")
    assert state.evaluation.reasons[0].text.startswith("Plaquettes 42 G/L")
    payloads = {kind: json.loads(payload) for kind, payload in clinic.db.execute(
        "SELECT kind, payload FROM journal WHERE session = ?", [session.id])}
    day = f"{clinic.today():%d/%m/%Y}"
    assert payloads["session.closed"]["reasons"] == [f"Platelets 42 G/L (< 50 G/L) on {day}"]
    assert payloads["session.opened"]["visit_label"] == "Injection 1"
    assert "Plaquettes" not in json.dumps(payloads, ensure_ascii=False)


def test_text_keeps_its_english_form_through_values():
    i18n.use_catalogue("fr", {("t", "Fever {value}"): "Fièvre {value}"})
    text = tr("t", "Fever {value}", value=decimal(38.4))
    assert (text, text.source) == ("Fièvre 38,4", "Fever 38.4")
    table = tr_table("t", {"a": "Fever {value}", "b": ("mmHg", "")})
    assert table["b"] == ("mmHg", "") and isinstance(table["a"], Text)
    assert neutral({"x": [text, (text,)]}) == {"x": ["Fever 38.4", ("Fever 38.4",)]}
    assert i18n.as_recorded("Fever 38.4", [text]) == "Fièvre 38,4"
    assert i18n.as_recorded("Something else", [text]) == "Something else"


# --- (c) the procedure sheet in French -----------------------------------------------------------

@pytest.fixture
def demo_at_37_8(tmp_path, protocol, clock, monkeypatch, cheap_argon2):
    """The training database, its signed session's baseline temperature 37.8 °C."""
    monkeypatch.setattr(demo_sessions, "BASELINE",
                        replace(demo_sessions.BASELINE, temperature=37.8))
    opened = Clinic(open_store(tmp_path / "training.sqlite", training=True), protocol,
                    clock=clock)
    build_demo(opened)
    yield opened
    opened.close()


def _signed(clinic: Clinic) -> str:
    return next(s["id"] for s in signoff.sessions_at_a_glance(clinic) if s["status"] == "signed")


def test_the_sheet_renders_in_french(demo_at_37_8, tmp_path, french):
    if missing := pdf_tools.missing_tools():
        pytest.fail(f"{', '.join(missing)} not found. {pdf_tools.MISSING}")
    pdf = write_sheet(demo_at_37_8, _signed(demo_at_37_8), tmp_path / "fiche.pdf")
    words = pdf_tools.flat(pdf_tools.text(pdf))
    for expected in ("Injection intrathécale : fiche de procédure", "Fiche de procédure",
                     "37,8", "Page 1 sur", "FORMATION", "Vérifications avant le geste",
                     "Insertion de l'aiguille", "Constantes et NEWS2",
                     "Minutes après la fin de la perfusion"):
        assert expected in words or expected.lower() in words.lower(), expected
    assert "37.8" not in words and "Page 1 of" not in words


# --- (d) English unchanged -----------------------------------------------------------------------

def test_english_is_the_default_and_reads_as_before():
    assert i18n.language() == "en"
    assert [r.text for r in no_go().reasons] == ["Platelets 42 G/L (< 50 G/L) on 20/11/2026"]
    assert decimal(37.8) == "37.8"
    assert trn("time", "{count} day", "{count} days", 0) == "0 days"


def test_the_sheet_in_english_is_unchanged(demo_at_37_8, tmp_path):
    pdf = write_sheet(demo_at_37_8, _signed(demo_at_37_8), tmp_path / "sheet.pdf")
    words = pdf_tools.flat(pdf_tools.text(pdf))
    for expected in ("Intrathecal injection: procedure sheet", "37.8", "Page 1 of",
                     "Pre-procedure checks and verdict", "Needle inserted", "TRAINING"):
        assert expected in words, expected
    assert "37,8" not in words


def test_the_cli_sheet_takes_its_language(demo_file, tmp_path, capsys):
    from maestro_desktop.cli import main

    assert main(["sessions", "--db", str(demo_file), "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    session = next(row["id"] for row in listed if row["status"] == "signed")
    out = tmp_path / "fiche.pdf"
    assert main(["export", "sheet", "--db", str(demo_file), "--session", session,
                 "--out", str(out), "--lang", "fr"]) == 0
    assert "Page 1 sur" in pdf_tools.flat(pdf_tools.text(out))
    translations.install("en")
    assert main(["export", "sheet", "--db", str(demo_file), "--session", session,
                 "--out", str(out)]) == 0
    assert "Page 1 of" in pdf_tools.flat(pdf_tools.text(out))
