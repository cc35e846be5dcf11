"""Adverse events: the pick-list as in CLINICAL.md, CTCAE wording only where it is on file,
every refusal of a record, the suggested grade at every edge, and the SAE reporting clock."""

from __future__ import annotations

import dataclasses
import doctest
import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from maestro_desktop.domain import adverse_events
from maestro_desktop.domain.adverse_events import (
    ACTIONS,
    AE_TERMS,
    GENERIC_GRADES,
    GRADE_DEFINITIONS,
    OUTCOMES,
    RELATION_SCALE,
    SERIOUS_CRITERIA,
    AdverseEvent,
    grade_meaning,
    sae_clock,
    suggest_grade,
    validate_ae,
)

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 10, 16, 0, tzinfo=PARIS)
TICK = timedelta(microseconds=1)
HEADACHE = AdverseEvent(
    term="post-dural-puncture headache", onset=datetime(2026, 3, 10, 11, 30, tzinfo=PARIS),
    grade=2, serious=False, serious_criteria=(), relation_lp="probable",
    relation_product="unlikely", action="treatment given", outcome="recovering")
DEATH = dataclasses.replace(HEADACHE, term="meningitis", grade=5, serious=True,
                            serious_criteria=("death",), outcome="fatal",
                            end=datetime(2026, 3, 10, 15, 0, tzinfo=PARIS))


# --- lists -------------------------------------------------------------------------------------

def test_pick_list_is_clinical_md_exactly():
    assert AE_TERMS == (
        "headache", "post-dural-puncture headache", "fever", "back pain",
        "injection-site pain", "radicular leg pain", "neck stiffness/meningism", "nausea",
        "vomiting", "dizziness", "vasovagal reaction", "hypotension", "hypertension",
        "allergic reaction", "spinal haematoma", "meningitis", "MS relapse")


def test_fixed_scales():
    assert SERIOUS_CRITERIA == ("death", "life-threatening", "hospitalisation or prolongation",
                                "disability or incapacity", "congenital anomaly",
                                "important medical event")
    assert RELATION_SCALE == ("not related", "unlikely", "possible", "probable", "definite")
    assert ACTIONS == ("none", "treatment given", "procedure interrupted",
                       "study treatment stopped", "other")
    assert OUTCOMES == ("recovered", "recovering", "not recovered", "recovered with sequelae",
                        "fatal", "unknown")


def test_grade_wording_only_where_it_is_on_file():
    assert set(GRADE_DEFINITIONS) == {"fever", "hypertension"} <= set(AE_TERMS)
    assert all(set(grades) <= {1, 2, 3, 4} for grades in GRADE_DEFINITIONS.values())
    assert set(GENERIC_GRADES) == {1, 2, 3, 4, 5}
    assert GENERIC_GRADES[1].startswith("Mild")
    assert GENERIC_GRADES[2].startswith("Moderate")
    assert GENERIC_GRADES[3].startswith("Severe or medically significant")
    assert GENERIC_GRADES[4].startswith("Life-threatening consequences")
    assert GENERIC_GRADES[5] == "Death related to AE"


@pytest.mark.parametrize(("term", "grade", "meaning"), [
    ("fever", 1, "38.0-39.0 °C"),
    ("Fever", 3, "> 40.0 °C for <= 24 h"),
    (" FEVER ", 4, "> 40.0 °C for > 24 h"),
    ("fever", 5, GENERIC_GRADES[5]),
    ("hypertension", 2, "Systolic BP 140-159 mmHg or diastolic BP 90-99 mmHg"),
    ("nausea", 2, GENERIC_GRADES[2]),
    ("something typed", 1, GENERIC_GRADES[1]),
])
def test_grade_meaning(term, grade, meaning):
    assert grade_meaning(term, grade) == meaning


def test_grade_meaning_of_a_grade_that_does_not_exist():
    with pytest.raises(ValueError, match=r"^Grade 6 does not exist \(CTCAE grades 1 to 5\)\.$"):
        grade_meaning("fever", 6)


# --- validation ----------------------------------------------------------------------------

@pytest.mark.parametrize("event", [
    HEADACHE,
    DEATH,
    dataclasses.replace(HEADACHE, onset=NOW, end=NOW),
    dataclasses.replace(HEADACHE, term="x" * 120),
    dataclasses.replace(HEADACHE, term="Fever", grade=1, outcome="recovered",
                        end=datetime(2026, 3, 10, 12, 0, tzinfo=PARIS), description="Paracetamol"),
    dataclasses.replace(HEADACHE, serious=True,
                        serious_criteria=("hospitalisation or prolongation",
                                          "important medical event")),
    dataclasses.replace(HEADACHE, onset=datetime(2026, 3, 10, 10, 0, tzinfo=UTC)),
])
def test_valid_records(event):
    assert validate_ae(event, now=NOW, tz=PARIS) == []


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"term": ""}, "term", "Name the adverse event: pick a term or type one."),
    ({"term": "   "}, "term", "Name the adverse event: pick a term or type one."),
    ({"term": None}, "term", "Name the adverse event: pick a term or type one."),
    ({"term": "x" * 121}, "term", "A typed term has at most 120 characters (found 121)."),
    ({"onset": NOW + TICK}, "onset", "Onset 16:00 is in the future."),
    ({"onset": datetime(2026, 3, 11, 9, 0, tzinfo=PARIS)}, "onset",
     "Onset 11/03/2026 09:00 is in the future."),
    ({"onset": datetime(2026, 3, 10, 11, 30)}, "onset", "Give the onset date and time."),
    ({"onset": None}, "onset", "Give the onset date and time."),
    ({"end": datetime(2026, 3, 10, 11, 0, tzinfo=PARIS)}, "end",
     "End 11:00 is before the onset (11:30)."),
    ({"end": NOW + timedelta(minutes=5)}, "end", "End 16:05 is in the future."),
    ({"end": datetime(2026, 3, 10, 12, 0)}, "end", "The end must be a date and time."),
    ({"grade": 0}, "grade", "Grade 0 does not exist (CTCAE grades 1 to 5)."),
    ({"grade": 6}, "grade", "Grade 6 does not exist (CTCAE grades 1 to 5)."),
    ({"grade": 2.0}, "grade", "The grade must be a whole number from 1 to 5, found 2.0."),
    ({"grade": True}, "grade", "The grade must be a whole number from 1 to 5, found True."),
    ({"grade": "2"}, "grade", "The grade must be a whole number from 1 to 5, found '2'."),
    ({"outcome": "fatal"}, "grade", "A fatal outcome is grade 5, not grade 2."),
    ({"serious": True}, "serious_criteria",
     "A serious adverse event needs at least one seriousness criterion."),
    ({"serious_criteria": ("life-threatening",)}, "serious_criteria",
     "Seriousness criteria apply only to a serious adverse event: mark it serious or clear "
     "the criteria."),
    ({"serious": "yes", "serious_criteria": ("life-threatening",)}, "serious",
     "Serious must be yes or no, found 'yes'."),
    ({"serious": True, "serious_criteria": ("bad",)}, "serious_criteria",
     "Not a seriousness criterion: 'bad'."),
    ({"serious": True, "serious_criteria": ("life-threatening", "life-threatening")},
     "serious_criteria", "A seriousness criterion is given twice."),
    ({"serious": True, "serious_criteria": "death"}, "serious_criteria",
     "The seriousness criteria must be a list of names, found 'death'."),
    ({"relation_lp": "maybe"}, "relation_lp",
     "Relation to the lumbar puncture 'maybe' is not one of: not related, unlikely, possible, "
     "probable, definite."),
    ({"relation_product": None}, "relation_product",
     "Relation to the study product None is not one of: not related, unlikely, possible, "
     "probable, definite."),
    ({"action": "paracetamol"}, "action",
     "Action taken 'paracetamol' is not one of: none, treatment given, procedure interrupted, "
     "study treatment stopped, other."),
    ({"outcome": "cured"}, "outcome",
     "Outcome 'cured' is not one of: recovered, recovering, not recovered, recovered with "
     "sequelae, fatal, unknown."),
    ({"description": 42}, "description", "The description must be text."),
])
def test_each_refusal(changes, field, message):
    errors = validate_ae(dataclasses.replace(HEADACHE, **changes), now=NOW, tz=PARIS)
    assert [(e.field, e.message) for e in errors] == [(field, message)]


@pytest.mark.parametrize(("changes", "expected"), [
    ({"outcome": "recovered"}, [("outcome", "Grade 5 means death: the outcome must be "
                                            "'fatal'.")]),
    ({"serious_criteria": ("life-threatening",)},
     [("serious_criteria", "Grade 5 (death) is serious, with the criterion 'death'.")]),
    ({"grade": 4}, [("grade", "A fatal outcome is grade 5, not grade 4."),
                    ("serious_criteria", "The criterion 'death' goes with grade 5, not grade 4.")]),
    ({"serious": False, "serious_criteria": ()},
     [("serious_criteria", "Grade 5 (death) is serious, with the criterion 'death'.")]),
])
def test_grade_5_death_and_fatal_go_together(changes, expected):
    errors = validate_ae(dataclasses.replace(DEATH, **changes), now=NOW, tz=PARIS)
    assert [(e.field, e.message) for e in errors] == expected


def test_death_criterion_needs_grade_5():
    event = dataclasses.replace(HEADACHE, grade=4, serious=True, serious_criteria=("death",))
    errors = validate_ae(event, now=NOW, tz=PARIS)
    assert [(e.field, e.message) for e in errors] == [
        ("serious_criteria", "The criterion 'death' goes with grade 5, not grade 4.")]


def test_a_known_term_is_never_too_long():
    assert all(len(term) <= 120 for term in AE_TERMS)


def test_times_are_shown_in_the_site_zone():
    event = dataclasses.replace(HEADACHE, onset=datetime(2026, 3, 10, 15, 30, tzinfo=UTC))
    errors = validate_ae(event, now=NOW, tz=PARIS)
    assert [e.message for e in errors] == ["Onset 16:30 is in the future."]


def test_now_must_carry_its_time_zone():
    with pytest.raises(ValueError):
        validate_ae(HEADACHE, now=datetime(2026, 3, 10, 16, 0), tz=PARIS)


# --- suggested grade ---------------------------------------------------------------------------

@pytest.mark.parametrize(("celsius", "grade"), [
    (None, None), (36.8, None), (37.99, None), (38.0, 1), (38.5, 1), (39.0, 1), (39.01, 2),
    (39.1, 2), (40.0, 2), (40.01, 3), (40.1, 3), (42, 3),
])
def test_fever(celsius, grade):
    assert suggest_grade("fever", temperature=celsius) == grade


@pytest.mark.parametrize(("systolic", "diastolic", "grade"), [
    (None, None, None), (119, None, None), (120, None, 1), (139, None, 1), (140, None, 2),
    (159, None, 2), (160, None, 3), (210, None, 3),
    (None, 79, None), (None, 80, 1), (None, 89, 1), (None, 90, 2), (None, 99, 2),
    (None, 100, 3),
    (119, 79, None), (125, 95, 2), (165, 70, 3), (145, 100, 3), (139, 89, 1), (140, 89, 2),
])
def test_hypertension_takes_the_higher_grade(systolic, diastolic, grade):
    assert suggest_grade("hypertension", systolic_bp=systolic, diastolic_bp=diastolic) == grade


@pytest.mark.parametrize("term", ["Fever", " fever ", "FEVER"])
def test_term_case_does_not_matter(term):
    assert suggest_grade(term, temperature=39.5) == 2


@pytest.mark.parametrize("term", [t for t in AE_TERMS if t not in ("fever", "hypertension")]
                         + ["temperature high", ""])
def test_no_suggestion_for_other_terms(term):
    assert suggest_grade(term, temperature=40.5, systolic_bp=200, diastolic_bp=120) is None


def test_no_suggestion_from_the_wrong_measurement():
    assert suggest_grade("fever", systolic_bp=200) is None
    assert suggest_grade("hypertension", temperature=41.0) is None


@pytest.mark.parametrize(("changes", "message"), [
    ({"temperature": "39"}, "Temperature must be a number, found '39'."),
    ({"temperature": math.nan}, "Temperature must be a number, found nan."),
    ({"systolic_bp": True}, "Systolic BP must be a number, found True."),
    ({"diastolic_bp": "90"}, "Diastolic BP must be a number, found '90'."),
])
def test_suggest_grade_refuses_non_numbers(changes, message):
    with pytest.raises(ValueError) as caught:
        suggest_grade("hypertension", **changes)
    assert str(caught.value) == message


# --- the SAE clock -----------------------------------------------------------------------------

RECORDED = datetime(2026, 3, 10, 10, 0, tzinfo=PARIS)


@pytest.mark.parametrize(("now", "remaining", "overdue"), [
    (RECORDED, timedelta(hours=24), False),
    (RECORDED + timedelta(hours=23, minutes=59), timedelta(minutes=1), False),
    (RECORDED + timedelta(hours=24), timedelta(0), False),
    (RECORDED + timedelta(hours=24) + TICK, -TICK, True),
    (RECORDED + timedelta(hours=30), -timedelta(hours=6), True),
])
def test_sae_clock(now, remaining, overdue):
    clock = sae_clock(RECORDED, now=now, hours=24)
    assert clock.due == datetime(2026, 3, 11, 10, 0, tzinfo=PARIS)
    assert (clock.remaining, clock.overdue) == (remaining, overdue)


def test_sae_clock_counts_real_hours_across_the_clock_change():
    recorded = datetime(2026, 10, 24, 12, 0, tzinfo=PARIS)   # CEST; clocks go back that night
    clock = sae_clock(recorded, now=recorded.astimezone(UTC), hours=24)
    assert (clock.due.hour, clock.due.utcoffset()) == (11, timedelta(hours=1))
    # Same-zone subtraction in Python reads wall clocks (23 h here): compare in UTC.
    assert clock.due.astimezone(UTC) - recorded.astimezone(UTC) == timedelta(hours=24)
    assert clock.remaining == timedelta(hours=24)


def test_sae_clock_needs_aware_times():
    with pytest.raises(ValueError):
        sae_clock(datetime(2026, 3, 10, 10, 0), now=NOW, hours=24)


def test_documented_examples_run():
    result = doctest.testmod(adverse_events)
    assert result.attempted >= 3
    assert result.failed == 0
