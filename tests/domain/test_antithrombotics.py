"""The antithrombotic hold-time table: the shipped file holds exactly the values of the clinical
reference (docs: CLINICAL.md, ABN guideline 2018), a broken copy is refused with a message that
names the file and the key, and the hold is judged to the second."""

from __future__ import annotations

import copy
import dataclasses
import re
import tomllib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from maestro_desktop.domain.antithrombotics import (
    DRUG_CLASSES,
    HoldTableError,
    hold_finding,
    hold_table_from_dict,
)
from maestro_desktop.domain.checks import VisitDayAnswers, evaluate
from maestro_desktop.domain.verdict import Outcome, Reason, format_elapsed, format_hold
from maestro_desktop.settings import default_hold_table_path, load_hold_table

PARIS = ZoneInfo("Europe/Paris")

# key -> (hold hours, class, condition), as CLINICAL.md quotes the guideline.
CLINICAL = {
    "clopidogrel": (168, "antiplatelet", None),
    "warfarin": (120, "anticoagulant", "INR <= 1.4 on the day"),
    "lmwh_prophylactic": (12, "anticoagulant", None),
    "lmwh_treatment": (24, "anticoagulant", None),
    "heparin_iv": (6, "anticoagulant", "APTT ratio <= 1.4"),   # upper bound of 4-6 h
}


@pytest.fixture(scope="module")
def table():
    return load_hold_table()


@pytest.fixture
def raw() -> dict:
    return tomllib.loads(default_hold_table_path().read_text(encoding="utf-8"))


@pytest.mark.parametrize(("key", "expected"), CLINICAL.items())
def test_shipped_values_match_the_clinical_reference(table, key, expected):
    rule = table.get(key)
    assert rule is not None
    assert (rule.hold_hours, rule.drug_class, rule.condition) == expected


def test_shipped_table_holds_no_invented_drug(table):
    assert [rule.key for rule in table.rules] == list(CLINICAL)


def test_shipped_table_names_its_source_and_its_limits(table):
    assert "Dodd" in table.source and "2018;18:436-446" in table.source
    assert "table 2" in table.source
    assert table.version.startswith("ABN-2018")
    assert "pharmacist" in table.note and "NO-GO" in table.note
    assert table.title


def test_rule_wording(table):
    assert [rule.hold_text for rule in table.rules] == [
        "7 days", "5 days", "12 hours", "24 hours", "6 hours"]


@pytest.mark.parametrize("typed", ["clopidogrel", "Clopidogrel", "  CLOPIDOGREL "])
def test_lookup_ignores_case_and_spaces(table, typed):
    assert table.get(typed).name == "Clopidogrel"


@pytest.mark.parametrize("typed", ["aspirin", "", "clopidogrel2"])
def test_unknown_drug_is_not_found(table, typed):
    assert table.get(typed) is None


def _drop(path: tuple):
    def change(data):
        node = data
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]
    return change


def _set(path: tuple, value):
    def change(data):
        node = data
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value
    return change


@pytest.mark.parametrize(("change", "named"), [
    (_drop(("source",)), "'source'"),
    (_drop(("source", "citation")), "'source.citation'"),
    (_drop(("source", "version")), "'source.version'"),
    (_set(("source", "note"), "  "), "'source.note'"),
    (_drop(("drug",)), "'drug'"),
    (_set(("drug",), []), "'drug'"),
    (_set(("drug", 0), "clopidogrel"), "'drug[0]'"),
    (_drop(("drug", 1, "key")), "'drug[1].key'"),
    (_set(("drug", 1, "key"), "War farin"), "'drug[1].key'"),
    (_drop(("drug", 2, "name")), "'drug[2].name'"),
    (_set(("drug", 0, "class"), "nsaid"), "'drug[0].class'"),
    (_drop(("drug", 0, "hold_hours")), "'drug[0].hold_hours'"),
    (_set(("drug", 0, "hold_hours"), 0), "'drug[0].hold_hours'"),
    (_set(("drug", 0, "hold_hours"), -6), "'drug[0].hold_hours'"),
    (_set(("drug", 0, "hold_hours"), "7 days"), "'drug[0].hold_hours'"),
    (_set(("drug", 0, "hold_hours"), True), "'drug[0].hold_hours'"),
    (_set(("drug", 0, "hold_hours"), float("nan")), "'drug[0].hold_hours'"),
    (_set(("drug", 1, "condition"), ""), "'drug[1].condition'"),
    (_set(("drug", 1, "condition"), 1.4), "'drug[1].condition'"),
    (_set(("drug", 1, "key"), "clopidogrel"), "'drug[1].key' repeats"),
    (_set(("drug", 0, "hold_days"), 7), "'drug[0].hold_days'"),
])
def test_malformed_table_names_the_key(raw, change, named):
    broken = copy.deepcopy(raw)
    change(broken)
    with pytest.raises(HoldTableError, match=re.escape(named)):
        hold_table_from_dict(broken)


def test_error_is_a_value_error():
    assert issubclass(HoldTableError, ValueError)


def test_every_class_is_accepted(raw):
    for drug_class in DRUG_CLASSES:
        raw["drug"][0]["class"] = drug_class
        assert hold_table_from_dict(raw).rules[0].drug_class == drug_class


def test_broken_file_names_the_file_and_the_key(tmp_path: Path):
    text = default_hold_table_path().read_text(encoding="utf-8")
    path = tmp_path / "holds.toml"
    path.write_text(text.replace("hold_hours = 168", "hold_hours = -1"), encoding="utf-8")
    with pytest.raises(HoldTableError) as caught:
        load_hold_table(path)
    assert str(path) in str(caught.value) and "'drug[0].hold_hours'" in str(caught.value)


@pytest.mark.parametrize(("content", "words"), [
    (None, "not found"),
    ("[source\ntitle = 1", "malformed"),
    (b"\xff\xfe", "malformed"),
])
def test_unreadable_file_is_refused_clearly(tmp_path: Path, content, words):
    path = tmp_path / "holds.toml"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(HoldTableError, match=words) as caught:
        load_hold_table(path)
    assert str(path) in str(caught.value)


NOW = datetime(2026, 11, 24, 9, 30, tzinfo=PARIS)


FINE = VisitDayAnswers(
    raised_icp=False, puncture_site_infection=False, platelets_g_per_l=180,
    platelets_sampled_on=date(2026, 11, 20), antithrombotic=False,
    high_dose_corticosteroids=False, relapse_or_new_t2=False, new_dmd=False, other_trial=False,
    consent_valid=True)


@pytest.fixture
def run(protocol, table):
    def run(answers):
        return evaluate(answers, childbearing_potential=False, now=NOW, tz=PARIS,
                        protocol=protocol, table=table)
    return run


def _on(drug, hours_ago, **more):
    return dataclasses.replace(FINE, antithrombotic=True, antithrombotic_drug=drug,
                               antithrombotic_last_dose=NOW - timedelta(hours=hours_ago), **more)


@pytest.mark.parametrize(("drug", "hours_ago", "outcome"), [
    ("clopidogrel", 168, Outcome.GO), ("clopidogrel", 168 - 1 / 3600, Outcome.NO_GO),
    ("lmwh_prophylactic", 12, Outcome.GO), ("lmwh_prophylactic", 11.5, Outcome.NO_GO),
    ("lmwh_treatment", 24, Outcome.GO), ("lmwh_treatment", 23.9, Outcome.NO_GO),
    ("warfarin", 120, Outcome.INCOMPLETE), ("warfarin", 119, Outcome.NO_GO),
    ("heparin_iv", 6, Outcome.INCOMPLETE), ("heparin_iv", 4, Outcome.NO_GO),
])
def test_hold_boundaries(run, drug, hours_ago, outcome):
    assert run(_on(drug, hours_ago)).outcome is outcome


@pytest.mark.parametrize(("met", "outcome", "text"), [
    (None, Outcome.INCOMPLETE, "Warfarin: INR <= 1.4 on the day not answered"),
    (False, Outcome.NO_GO, "Warfarin: INR <= 1.4 on the day is not met"),
    (True, Outcome.GO, "Warfarin: INR <= 1.4 on the day is met"),
])
def test_condition_on_the_day(run, met, outcome, text):
    verdict = run(_on("warfarin", 200, antithrombotic_condition_met=met))
    assert verdict.outcome is outcome
    found = verdict.missing + verdict.reasons + verdict.notes
    assert Reason("antithrombotic_condition_met", text) in found


def test_drug_not_in_the_table_is_for_the_investigator(run, table):
    verdict = run(_on("Apixaban", 500))
    assert verdict.reasons == (Reason("antithrombotic_drug", "Apixaban is not in the hold-time "
                                      f"reference table ({table.version}): the investigator "
                                      "must decide"),)


@pytest.mark.parametrize("blank", ["antithrombotic_drug", "antithrombotic_last_dose"])
def test_drug_and_last_dose_are_needed(run, blank):
    verdict = run(dataclasses.replace(_on("clopidogrel", 500), **{blank: None}))
    assert verdict.outcome is Outcome.INCOMPLETE
    assert [m.item for m in verdict.missing] == [blank]


def test_stale_drug_answers_are_ignored_when_no_treatment(run):
    stale = dataclasses.replace(_on("clopidogrel", 1), antithrombotic=False)
    assert run(stale).go


def test_hold_wording(table):
    version = table.version
    _, short = hold_finding(table.get("clopidogrel"), now=NOW, tz=PARIS, version=version,
                            last_dose=datetime(2026, 11, 21, 8, 0, tzinfo=PARIS))
    assert short.item == "antithrombotic_last_dose"
    assert short.text == ("Clopidogrel last taken 21/11/2026 08:00, 3 days ago: hold at least "
                          f"7 days before a lumbar puncture ({version})")
    _, long = hold_finding(table.get("clopidogrel"), now=NOW, tz=PARIS, version=version,
                           last_dose=datetime(2026, 11, 15, 8, 0, tzinfo=PARIS))
    assert long.text == f"Clopidogrel held 9 days (>= 7 days, {version})"
    # The dose time is shown on the site's clock, whatever zone it was given in.
    _, heparin = hold_finding(table.get("heparin_iv"), now=NOW, tz=PARIS, version=version,
                              last_dose=datetime(2026, 11, 24, 3, 0, tzinfo=UTC))
    assert heparin.text.startswith("Unfractionated heparin, intravenous last taken "
                                   "24/11/2026 04:00, 5 hours 30 minutes ago: hold at least "
                                   "6 hours")


@pytest.mark.parametrize(("hours", "text"), [
    (168, "7 days"), (120, "5 days"), (48, "2 days"), (24, "24 hours"), (12, "12 hours"),
    (1, "1 hour"), (4.5, "4.5 hours"), (60, "60 hours"),
])
def test_format_hold(hours, text):
    assert format_hold(hours) == text


@pytest.mark.parametrize(("elapsed", "text"), [
    (timedelta(0), "0 minutes"),
    (timedelta(seconds=59), "0 minutes"),
    (timedelta(minutes=1), "1 minute"),
    (timedelta(minutes=59, seconds=59), "59 minutes"),
    (timedelta(hours=1), "1 hour"),
    (timedelta(hours=5, minutes=59), "5 hours 59 minutes"),
    (timedelta(hours=47, minutes=59), "47 hours 59 minutes"),
    (timedelta(hours=48), "2 days"),
    (timedelta(days=6, hours=23, minutes=59), "6 days"),   # never rounded up to the hold
    (timedelta(days=7), "7 days"),
])
def test_format_elapsed_never_rounds_up(elapsed, text):
    assert format_elapsed(elapsed) == text
