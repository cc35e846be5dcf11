"""Visit-day checks: every boundary on both sides, every reason's words, calendar days counted on
the site's clock (across the DST change), and never a GO with an unanswered item."""

from __future__ import annotations

import dataclasses
import doctest
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import maestro_desktop.domain.checks as checks
from maestro_desktop.domain.checks import (
    VisitDayAnswers,
    applicable_items,
    evaluate,
    validate_visit_day,
)
from maestro_desktop.domain.verdict import Outcome, Reason
from maestro_desktop.settings import load_hold_table

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=PARIS)
TODAY = date(2026, 11, 24)
TABLE = load_hold_table()
FINE = VisitDayAnswers(
    raised_icp=False, puncture_site_infection=False, platelets_g_per_l=180,
    platelets_sampled_on=date(2026, 11, 20), antithrombotic=False,
    high_dose_corticosteroids=False, relapse_or_new_t2=False, new_dmd=False, other_trial=False,
    consent_valid=True)
FINE_CBP = dataclasses.replace(FINE, pregnancy_test="negative", breastfeeding=False)


@pytest.fixture
def run(protocol):
    def run(answers, *, cbp=False, now=NOW, tz=PARIS, proto=protocol):
        return evaluate(answers, childbearing_potential=cbp, now=now, tz=tz, protocol=proto,
                        table=TABLE)
    return run


def test_every_item_answered_and_fine_is_go(run):
    for answers, cbp in ((FINE, False), (FINE_CBP, True)):
        verdict = run(answers, cbp=cbp)
        assert verdict.outcome is Outcome.GO and verdict.go and verdict.summary() == "GO"
        assert verdict.reasons == verdict.missing == ()


@pytest.mark.parametrize(("count", "outcome"), [
    (0, Outcome.NO_GO), (49.9, Outcome.NO_GO), (50, Outcome.GO), (50.0, Outcome.GO),
    (50.1, Outcome.GO), (2000, Outcome.GO),
])
def test_platelet_threshold(run, count, outcome):
    assert run(dataclasses.replace(FINE, platelets_g_per_l=count)).outcome is outcome


@pytest.mark.parametrize(("count", "text"), [
    (42, "Platelets 42 G/L (< 50 G/L) on 20/11/2026"),
    (42.0, "Platelets 42 G/L (< 50 G/L) on 20/11/2026"),
    (49.5, "Platelets 49.5 G/L (< 50 G/L) on 20/11/2026"),
    (49.99, "Platelets 49.99 G/L (< 50 G/L) on 20/11/2026"),
])
def test_platelet_wording(run, count, text):
    verdict = run(dataclasses.replace(FINE, platelets_g_per_l=count))
    assert verdict.reasons == (Reason("platelets_g_per_l", text),)
    assert verdict.summary() == f"NO-GO: {text}"


@pytest.mark.parametrize(("age_days", "outcome"), [
    (0, Outcome.GO), (7, Outcome.GO), (8, Outcome.INCOMPLETE), (30, Outcome.INCOMPLETE)])
def test_platelet_count_expires(run, protocol, age_days, outcome):
    assert protocol.site.lab_validity_days == 7
    sampled = TODAY - timedelta(days=age_days)
    verdict = run(dataclasses.replace(FINE, platelets_sampled_on=sampled, platelets_g_per_l=20))
    if outcome is Outcome.INCOMPLETE:   # an expired count is missing, whatever its value
        assert verdict.outcome is outcome
        assert verdict.missing == (Reason("platelets_sampled_on", f"Platelet count of "
                                          f"{sampled:%d/%m/%Y} is older than 7 days: a new "
                                          "count is needed"),)
    else:
        assert verdict.outcome is Outcome.NO_GO   # valid and low


def test_lab_validity_comes_from_the_protocol(run, protocol):
    shorter = dataclasses.replace(protocol, site=dataclasses.replace(protocol.site,
                                                                     lab_validity_days=3))
    sampled = dataclasses.replace(FINE, platelets_sampled_on=TODAY - timedelta(days=4))
    assert run(sampled).go
    assert run(sampled, proto=shorter).outcome is Outcome.INCOMPLETE


def test_lab_age_is_counted_on_the_site_clock(run):
    # 23:30 UTC on 24/11 is already 25/11 in Paris: the count of 17/11 is 8 days old there.
    late = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    answers = dataclasses.replace(FINE, platelets_sampled_on=date(2026, 11, 17))
    assert run(answers, now=late, tz=UTC).go
    assert run(answers, now=late, tz=PARIS).outcome is Outcome.INCOMPLETE


@pytest.mark.parametrize(("item", "answer", "text"), [
    ("raised_icp", True, "Signs of raised intracranial pressure"),
    ("puncture_site_infection", True, "Infection at the puncture site"),
    ("relapse_or_new_t2", True, "Relapse or new T2 lesion since the previous visit"),
    ("new_dmd", True, "New disease-modifying drug"),
    ("other_trial", True, "Taking part in another trial"),
    ("consent_valid", False, "Consent no longer valid"),
])
def test_each_yes_no_reason(run, item, answer, text):
    verdict = run(dataclasses.replace(FINE, **{item: answer}))
    assert verdict.reasons == (Reason(item, text),)
    assert verdict.summary() == f"NO-GO: {text}"


@pytest.mark.parametrize(("changes", "item", "text"), [
    ({"pregnancy_test": "positive"}, "pregnancy_test", "Positive pregnancy test"),
    ({"breastfeeding": True}, "breastfeeding", "Breastfeeding"),
])
def test_pregnancy_and_breastfeeding(run, changes, item, text):
    assert run(dataclasses.replace(FINE_CBP, **changes), cbp=True).reasons == (
        Reason(item, text),)


@pytest.mark.parametrize(("now", "tz", "last", "outcome", "days"), [
    (NOW, PARIS, date(2026, 10, 25), Outcome.NO_GO, 30),
    (NOW, PARIS, date(2026, 10, 24), Outcome.GO, 31),
    (NOW, PARIS, TODAY, Outcome.NO_GO, 0),
    # 26/10 00:30 in Paris, just after the DST change, is 25/10 23:30 UTC.
    (datetime(2026, 10, 26, 0, 30, tzinfo=PARIS), PARIS, date(2026, 9, 26), Outcome.NO_GO, 30),
    (datetime(2026, 10, 26, 0, 30, tzinfo=PARIS), UTC, date(2026, 9, 26), Outcome.NO_GO, 29),
    (datetime(2026, 10, 26, 0, 30, tzinfo=PARIS), PARIS, date(2026, 9, 25), Outcome.GO, 31),
    (datetime(2026, 10, 26, 0, 30, tzinfo=PARIS), UTC, date(2026, 9, 25), Outcome.NO_GO, 30),
])
def test_corticosteroid_30_days_in_calendar_days_on_the_site_clock(run, now, tz, last,
                                                                   outcome, days):
    answers = dataclasses.replace(FINE, high_dose_corticosteroids=True,
                                  corticosteroid_last_dose=last,
                                  platelets_sampled_on=now.astimezone(tz).date())
    verdict = run(answers, now=now, tz=tz)
    assert verdict.outcome is outcome
    ago = "today" if days == 0 else f"{days} days ago"
    text = f"High-dose corticosteroids on {last:%d/%m/%Y}, {ago}"
    if outcome is Outcome.NO_GO:
        assert verdict.reasons == (Reason("corticosteroid_last_dose",
                                          f"{text} (within the 30-day rule)"),)
    else:
        assert verdict.notes == (Reason("corticosteroid_last_dose",
                                        f"{text} (more than 30 days)"),)


def test_corticosteroid_label_states_the_protocol_lookback(protocol):
    days = protocol.eligibility.high_dose_corticosteroid_lookback_days
    assert f" {days} days" in checks.ITEM_LABELS["high_dose_corticosteroids"]


def test_applicable_items_follow_the_answers():
    base = applicable_items(VisitDayAnswers(), childbearing_potential=False, table=TABLE)
    assert base == ("raised_icp", "puncture_site_infection", "platelets_g_per_l",
                    "platelets_sampled_on", "antithrombotic", "high_dose_corticosteroids",
                    "relapse_or_new_t2", "new_dmd", "other_trial", "consent_valid")
    on = dataclasses.replace(FINE, antithrombotic=True, antithrombotic_drug="warfarin")
    every = applicable_items(dataclasses.replace(on, high_dose_corticosteroids=True),
                             childbearing_potential=True, table=TABLE)
    assert every == tuple(checks.ITEM_LABELS) == tuple(VisitDayAnswers.__dataclass_fields__)
    no_condition = applicable_items(dataclasses.replace(on, antithrombotic_drug="clopidogrel"),
                                    childbearing_potential=False, table=TABLE)
    assert "antithrombotic_condition_met" not in no_condition and len(no_condition) == 12


def test_every_unanswered_item_is_listed(run):
    answers = VisitDayAnswers(antithrombotic=True, high_dose_corticosteroids=True)
    verdict = run(answers, cbp=True)
    items = applicable_items(answers, childbearing_potential=True, table=TABLE)
    expected = [i for i in items if i not in ("antithrombotic", "high_dose_corticosteroids")]
    assert [m.item for m in verdict.missing] == expected
    assert verdict.missing[0].text == "Signs of raised intracranial pressure not answered"
    assert verdict.summary() == f"INCOMPLETE: {len(expected)} items unanswered"


def test_missing_items_are_listed_with_a_no_go(run):
    verdict = run(VisitDayAnswers(raised_icp=True))
    assert verdict.outcome is Outcome.NO_GO and len(verdict.missing) == 9
    assert verdict.summary() == "NO-GO: Signs of raised intracranial pressure"


@pytest.mark.parametrize(("changes", "field"), [
    ({"platelets_g_per_l": -1}, "platelets_g_per_l"),
    ({"platelets_g_per_l": 2000.5}, "platelets_g_per_l"),
    ({"platelets_g_per_l": float("nan")}, "platelets_g_per_l"),
    ({"platelets_g_per_l": float("inf")}, "platelets_g_per_l"),
    ({"platelets_g_per_l": "180"}, "platelets_g_per_l"),
    ({"platelets_sampled_on": TODAY + timedelta(days=1)}, "platelets_sampled_on"),
    ({"corticosteroid_last_dose": TODAY + timedelta(days=1)}, "corticosteroid_last_dose"),
    ({"antithrombotic_last_dose": NOW + timedelta(seconds=1)}, "antithrombotic_last_dose"),
    ({"antithrombotic_last_dose": datetime(2026, 11, 1, 8, 0)}, "antithrombotic_last_dose"),
    ({"pregnancy_test": "unsure"}, "pregnancy_test"),
    ({"pregnancy_test": "Negative"}, "pregnancy_test"),
    ({"antithrombotic_drug": "  "}, "antithrombotic_drug"),
    ({"consent_valid": 1}, "consent_valid"),
    ({"raised_icp": "no"}, "raised_icp"),
])
def test_bad_input_is_refused_and_never_go(run, changes, field):
    errors = validate_visit_day(dataclasses.replace(FINE, **changes), now=NOW, tz=PARIS)
    assert [e.field for e in errors] == [field] and errors[0].message
    every = {"antithrombotic": True, "antithrombotic_drug": "heparin_iv",
             "antithrombotic_last_dose": NOW - timedelta(days=2),
             "antithrombotic_condition_met": True, "high_dose_corticosteroids": True,
             "corticosteroid_last_dose": TODAY - timedelta(days=60)}
    verdict = run(dataclasses.replace(FINE_CBP, **(every | changes)), cbp=True)
    assert verdict.outcome is Outcome.NO_GO and field in [r.item for r in verdict.reasons]


@pytest.mark.parametrize("changes", [
    {"platelets_g_per_l": 0}, {"platelets_g_per_l": 2000}, {"platelets_sampled_on": TODAY},
    {"corticosteroid_last_dose": TODAY}, {"antithrombotic_last_dose": NOW},
    {"antithrombotic_last_dose": datetime(2026, 11, 24, 8, 29, tzinfo=UTC)},
])
def test_boundary_input_is_accepted(changes):
    assert validate_visit_day(dataclasses.replace(FINE, **changes), now=NOW, tz=PARIS) == []


def test_future_date_is_judged_on_the_site_clock():
    late = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)     # 25/11 in Paris
    tomorrow_utc = dataclasses.replace(FINE, platelets_sampled_on=date(2026, 11, 25))
    assert validate_visit_day(tomorrow_utc, now=late, tz=PARIS) == []
    assert validate_visit_day(tomorrow_utc, now=late, tz=UTC)


def test_now_must_carry_its_time_zone(run):
    with pytest.raises(ValueError, match="time zone"):
        run(FINE, now=datetime(2026, 11, 24, 9, 30))
    with pytest.raises(ValueError, match="time zone"):
        validate_visit_day(FINE, now=datetime(2026, 11, 24, 9, 30), tz=PARIS)


def maybe(strategy):
    return st.one_of(st.none(), strategy)


answers_strategy = st.builds(
    VisitDayAnswers,
    **{name: maybe(st.booleans()) for name in checks._YES_NO},
    platelets_g_per_l=maybe(st.sampled_from([0, 42, 49.9, 50, 50.1, 180, 2000])),
    platelets_sampled_on=maybe(st.integers(0, 10).map(lambda d: TODAY - timedelta(days=d))),
    antithrombotic_drug=maybe(st.sampled_from(["clopidogrel", "warfarin", "heparin_iv",
                                               "lmwh_treatment", "aspirin"])),
    antithrombotic_last_dose=maybe(st.sampled_from([0, 5.9, 6, 23.9, 24, 119, 120, 167.9, 168,
                                                    400]).map(lambda h: NOW - timedelta(hours=h))),
    pregnancy_test=maybe(st.sampled_from(checks.PREGNANCY_RESULTS)),
    corticosteroid_last_dose=maybe(st.integers(0, 40).map(lambda d: TODAY - timedelta(days=d))),
)


def safe(a: VisitDayAnswers, cbp: bool) -> bool:
    """Written apart from checks.py: every applicable answer present and none against."""
    if (a.raised_icp, a.puncture_site_infection, a.relapse_or_new_t2, a.new_dmd,
            a.other_trial, a.consent_valid) != (False, False, False, False, False, True):
        return False
    if a.platelets_g_per_l is None or a.platelets_sampled_on is None:
        return False
    if a.platelets_g_per_l < 50 or (TODAY - a.platelets_sampled_on).days > 7:
        return False
    if cbp and (a.pregnancy_test != "negative" or a.breastfeeding is not False):
        return False
    if a.high_dose_corticosteroids is None or (a.high_dose_corticosteroids and (
            a.corticosteroid_last_dose is None
            or (TODAY - a.corticosteroid_last_dose).days <= 30)):
        return False
    if a.antithrombotic is None:
        return False
    if a.antithrombotic:
        hours = {"clopidogrel": 168, "warfarin": 120, "heparin_iv": 6, "lmwh_treatment": 24}
        if a.antithrombotic_drug not in hours or a.antithrombotic_last_dose is None:
            return False
        if NOW - a.antithrombotic_last_dose < timedelta(hours=hours[a.antithrombotic_drug]):
            return False
        if a.antithrombotic_drug in ("warfarin", "heparin_iv") and (
                a.antithrombotic_condition_met is not True):
            return False
    return True


@given(answers_strategy, st.booleans())
def test_go_exactly_when_everything_is_answered_and_fine(protocol, answers, cbp):
    verdict = evaluate(answers, childbearing_potential=cbp, now=NOW, tz=PARIS,
                       protocol=protocol, table=TABLE)
    assert verdict.go is safe(answers, cbp)
    unanswered = [i for i in applicable_items(answers, childbearing_potential=cbp, table=TABLE)
                  if getattr(answers, i) is None]
    assert not (verdict.go and unanswered)
    assert (verdict.outcome is Outcome.NO_GO) is bool(verdict.reasons)


def test_documented_examples_run():
    result = doctest.testmod(checks)
    assert result.attempted >= 10
    assert result.failed == 0


def test_breastfeeding_is_asked_of_every_woman_and_counts(protocol):
    # A woman without childbearing potential may still breastfeed; a man is never asked.
    woman = applicable_items(VisitDayAnswers(), childbearing_potential=False, table=TABLE,
                             female=True)
    man = applicable_items(VisitDayAnswers(), childbearing_potential=False, table=TABLE,
                           female=False)
    assert "breastfeeding" in woman and "pregnancy_test" not in woman
    assert "breastfeeding" not in man
    answers = dataclasses.replace(FINE, breastfeeding=True)
    verdict = evaluate(answers, childbearing_potential=False, female=True, now=NOW, tz=PARIS,
                       protocol=protocol, table=TABLE)
    assert [r.text for r in verdict.reasons] == ["Breastfeeding"]
