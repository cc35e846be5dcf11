"""Eligibility at screening: the registry's criteria with inclusive age and EDSS bounds, the
birthday counted to the day (29 February too), every reason's words, bad input refused, and
never eligible with an unanswered criterion."""

from __future__ import annotations

import dataclasses
import doctest
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import maestro_desktop.domain.eligibility as eligibility
from maestro_desktop.domain.eligibility import (
    ELIGIBILITY_LABELS,
    EXCLUSION,
    INCLUSION,
    EligibilityAnswers,
    age_on,
    applicable_criteria,
    evaluate_eligibility,
    validate_eligibility,
)
from maestro_desktop.domain.verdict import Outcome, Reason, Verdict

SCREENING = date(2026, 11, 10)
TODAY = date(2026, 11, 24)
ELIGIBLE = EligibilityAnswers(
    screening_date=SCREENING, birth_date=date(1980, 4, 3), edss=4.5, ppms_mcdonald_2017=True,
    progression_independent_of_relapse_2y=True, csf_oligoclonal_bands=True,
    effective_contraception=True, consent_date=date(2026, 11, 3), social_security=True,
    inflammatory_activity_12m=False, dmd_12m=False, high_dose_corticosteroids_30d=False,
    lp_contraindication=False, other_trial_6m=False, legal_protection=False,
    deprived_of_liberty=False, pregnant=False, breastfeeding=False)
WHO = [("M", False), ("F", False), ("F", True)]


@pytest.fixture
def judge(protocol):
    def judge(answers, sex="F", cbp=True):
        return evaluate_eligibility(answers, sex=sex, childbearing_potential=cbp,
                                    protocol=protocol)
    return judge


@pytest.mark.parametrize(("sex", "cbp"), WHO)
def test_eligible_subject_is_go(judge, sex, cbp):
    verdict = judge(ELIGIBLE, sex, cbp)
    assert verdict.go and verdict.summary() == "GO"
    assert Reason("birth_date", "Age 46 at screening (18-55)") in verdict.notes


@pytest.mark.parametrize(("born", "age", "eligible"), [
    (date(2008, 11, 10), 18, True),     # 18th birthday on the screening day
    (date(2008, 11, 11), 17, False),    # screening on the eve of the 18th birthday
    (date(1971, 11, 10), 55, True),
    (date(1970, 11, 11), 55, True),     # screening on the eve of the 56th birthday
    (date(1970, 11, 10), 56, False),    # 56th birthday on the screening day
])
def test_age_bounds_are_inclusive(judge, born, age, eligible):
    verdict = judge(dataclasses.replace(ELIGIBLE, birth_date=born))
    assert verdict.go is eligible
    found = verdict.notes if eligible else verdict.reasons
    assert Reason("birth_date", f"Age {age} at screening (18-55)") in found


@pytest.mark.parametrize(("born", "day", "age"), [
    (date(2008, 2, 29), date(2026, 2, 28), 17),
    (date(2008, 2, 29), date(2026, 3, 1), 18),
    (date(2008, 2, 29), date(2028, 2, 28), 19),
    (date(2008, 2, 29), date(2028, 2, 29), 20),
    (date(1970, 2, 28), date(2026, 2, 28), 56),
    (date(1970, 3, 1), date(2026, 2, 28), 55),
    (date(2000, 12, 31), date(2001, 1, 1), 0),
    (date(2000, 1, 1), date(2000, 1, 1), 0),
])
def test_age_on_is_birthday_exact(born, day, age):
    assert age_on(born, day) == age


def test_born_on_29_february_turns_18_on_1_march(judge):
    born = dataclasses.replace(ELIGIBLE, birth_date=date(2008, 2, 29),
                               consent_date=date(2026, 2, 1))
    assert not judge(dataclasses.replace(born, screening_date=date(2026, 2, 28))).go
    assert judge(dataclasses.replace(born, screening_date=date(2026, 3, 1))).go


@pytest.mark.parametrize(("edss", "eligible", "text"), [
    (2.5, False, "EDSS 2.5 (3-6)"), (3, True, "EDSS 3 (3-6)"), (3.0, True, "EDSS 3 (3-6)"),
    (6.0, True, "EDSS 6 (3-6)"), (6.5, False, "EDSS 6.5 (3-6)"), (0, False, "EDSS 0 (3-6)"),
    (float("nan"), False, "EDSS nan (3-6)"), (4.25, False, "EDSS 4.25 (3-6)"),
])
def test_edss_bounds_are_inclusive(judge, edss, eligible, text):
    verdict = judge(dataclasses.replace(ELIGIBLE, edss=edss))
    assert verdict.go is eligible
    assert Reason("edss", text) in (verdict.notes if eligible else verdict.reasons)


@pytest.mark.parametrize(("consent", "eligible"), [
    (SCREENING - timedelta(days=30), True), (SCREENING, True),
    (SCREENING + timedelta(days=1), False),
])
def test_consent_on_or_before_screening(judge, consent, eligible):
    verdict = judge(dataclasses.replace(ELIGIBLE, consent_date=consent))
    assert verdict.go is eligible
    if not eligible:
        assert verdict.reasons == (Reason("consent_date", "Consent signed 11/11/2026, after "
                                                          "screening on 10/11/2026"),)


@pytest.mark.parametrize(("item", "text"), [
    ("ppms_mcdonald_2017", "Not primary progressive MS by the McDonald 2017 criteria"),
    ("progression_independent_of_relapse_2y",
     "No progression independent of relapse in the 2 years before screening"),
    ("csf_oligoclonal_bands", "No oligoclonal bands in the CSF"),
    ("effective_contraception", "No effective contraception"),
    ("social_security", "Not affiliated to social security"),
])
def test_each_inclusion_not_met(judge, item, text):
    verdict = judge(dataclasses.replace(ELIGIBLE, **{item: False}))
    assert verdict.summary() == f"NO-GO: {text}"
    assert verdict.reasons == (Reason(item, text),)


@pytest.mark.parametrize("item", EXCLUSION)
def test_each_exclusion_met(judge, item):
    verdict = judge(dataclasses.replace(ELIGIBLE, **{item: True}))
    assert verdict.reasons == (Reason(item, ELIGIBILITY_LABELS[item].rstrip("?")),)
    assert "?" not in verdict.summary()


def test_every_reason_is_listed_in_registry_order(judge):
    bad = dataclasses.replace(ELIGIBLE, edss=7.0, birth_date=date(1950, 1, 1), pregnant=True,
                              social_security=False, consent_date=date(2026, 11, 20),
                              dmd_12m=True)
    assert [r.item for r in judge(bad).reasons] == [
        "birth_date", "edss", "consent_date", "social_security", "dmd_12m", "pregnant"]


@pytest.mark.parametrize(("sex", "cbp", "absent"), [
    ("M", False, {"effective_contraception", "pregnant", "breastfeeding"}),
    ("F", False, {"effective_contraception"}),
    ("F", True, set()),
])
def test_applicable_criteria(sex, cbp, absent):
    items = applicable_criteria(sex=sex, childbearing_potential=cbp)
    assert items == tuple(n for n in ELIGIBILITY_LABELS if n not in absent)
    assert items[0] == "screening_date"


def test_labels_list_inclusion_then_exclusion():
    assert tuple(ELIGIBILITY_LABELS) == ("screening_date",) + INCLUSION + EXCLUSION
    assert set(ELIGIBILITY_LABELS) == set(EligibilityAnswers.__dataclass_fields__)


def test_criteria_not_applicable_are_not_asked(judge):
    answers = dataclasses.replace(ELIGIBLE, effective_contraception=None, pregnant=None,
                                  breastfeeding=None)
    assert judge(answers, "M", False).go
    assert judge(answers, "F", False).outcome is Outcome.INCOMPLETE
    assert judge(dataclasses.replace(ELIGIBLE, effective_contraception=False), "F", False).go


@pytest.mark.parametrize(("sex", "cbp"), [("X", False), ("", False), ("M", True)])
def test_unknown_sex_or_impossible_combination_is_refused(judge, sex, cbp):
    with pytest.raises(ValueError):
        judge(ELIGIBLE, sex, cbp)


@pytest.mark.parametrize("item", list(ELIGIBILITY_LABELS))
def test_each_unanswered_criterion_is_missing(judge, item):
    verdict = judge(dataclasses.replace(ELIGIBLE, **{item: None}))
    assert verdict.outcome is Outcome.INCOMPLETE
    text = f"{ELIGIBILITY_LABELS[item].rstrip('?')} not answered"
    assert verdict.missing == (Reason(item, text),)
    assert verdict.summary() == "INCOMPLETE: 1 item unanswered"


def test_nothing_answered(judge):
    verdict = judge(EligibilityAnswers())
    assert verdict.outcome is Outcome.INCOMPLETE and len(verdict.missing) == 18


@pytest.mark.parametrize(("changes", "field"), [
    ({"screening_date": TODAY + timedelta(days=1)}, "screening_date"),
    ({"consent_date": TODAY + timedelta(days=1)}, "consent_date"),
    ({"birth_date": date(1905, 11, 9)}, "birth_date"),        # 121 at screening
    ({"birth_date": SCREENING + timedelta(days=1)}, "birth_date"),
    ({"birth_date": date(1979, 12, 31)}, "birth_date"),       # registered birth year is 1980
    ({"edss": 10.5}, "edss"), ({"edss": -0.5}, "edss"), ({"edss": 4.3}, "edss"),
    ({"edss": float("nan")}, "edss"), ({"edss": "4"}, "edss"), ({"edss": True}, "edss"),
    ({"pregnant": "no"}, "pregnant"), ({"social_security": 1}, "social_security"),
])
def test_bad_input_is_refused(changes, field):
    errors = validate_eligibility(dataclasses.replace(ELIGIBLE, **changes), today=TODAY,
                                  birth_year=1980)
    assert [e.field for e in errors] == [field] and errors[0].message


@pytest.mark.parametrize("changes", [
    {"screening_date": TODAY, "consent_date": TODAY}, {"edss": 0}, {"edss": 10},
    {"edss": 9.5}, {"birth_date": date(1980, 1, 1)}, {"birth_date": date(1980, 12, 31)},
    {"birth_date": SCREENING},
])
def test_boundary_input_is_accepted(changes):
    answers = dataclasses.replace(ELIGIBLE, **changes)
    year = answers.birth_date.year
    assert validate_eligibility(answers, today=TODAY, birth_year=year) == []


def test_error_messages_are_plain_words():
    errors = validate_eligibility(dataclasses.replace(ELIGIBLE, birth_date=date(1979, 12, 31)),
                                  today=TODAY, birth_year=1980)
    assert errors[0].message == ("Date of birth 31/12/1979 does not match the registered "
                                 "birth year 1980.")
    errors = validate_eligibility(dataclasses.replace(ELIGIBLE, edss=4.3), today=TODAY)
    assert errors[0].message == "EDSS 4.3 is not a valid score (0 to 10 in steps of 0.5)."


def test_without_screening_date_age_is_checked_against_today():
    answers = dataclasses.replace(ELIGIBLE, screening_date=None, birth_date=TODAY)
    assert validate_eligibility(answers, today=TODAY) == []
    later = dataclasses.replace(answers, birth_date=TODAY + timedelta(days=1))
    assert [e.field for e in validate_eligibility(later, today=TODAY)] == ["birth_date"]


def test_verdict_refuses_a_go_that_contradicts_its_findings():
    missing = (Reason("edss", "EDSS score not answered"),)
    with pytest.raises(ValueError):
        Verdict(Outcome.GO, (), missing)
    with pytest.raises(ValueError):
        Verdict(Outcome.INCOMPLETE, missing, ())
    assert Verdict.from_findings([], missing).summary() == "INCOMPLETE: 1 item unanswered"
    assert Verdict("GO", [], []).go and Verdict.from_findings(missing, missing).missing


def maybe(strategy):
    return st.one_of(st.none(), strategy)


answers_strategy = st.builds(
    EligibilityAnswers,
    **{name: maybe(st.booleans()) for name in eligibility._YES_NO},
    screening_date=maybe(st.just(SCREENING)),
    birth_date=maybe(st.sampled_from([date(2008, 11, 11), date(2008, 11, 10), date(1980, 4, 3),
                                      date(1970, 11, 11), date(1970, 11, 10)])),
    edss=maybe(st.sampled_from([2.5, 3.0, 4.5, 6.0, 6.5])),
    consent_date=maybe(st.sampled_from([SCREENING - timedelta(days=1), SCREENING,
                                        SCREENING + timedelta(days=1)])),
)


def eligible(a: EligibilityAnswers, sex: str, cbp: bool) -> bool:
    """Written apart from eligibility.py: everything applicable answered and nothing against."""
    if None in (a.screening_date, a.birth_date, a.edss, a.consent_date):
        return False
    if not (18 <= age_on(a.birth_date, a.screening_date) <= 55 and 3 <= a.edss <= 6):
        return False
    if a.consent_date > a.screening_date:
        return False
    needed = {"ppms_mcdonald_2017", "progression_independent_of_relapse_2y",
              "csf_oligoclonal_bands", "social_security"} | ({"effective_contraception"}
                                                           if cbp else set())
    excluded = set(EXCLUSION) - (set() if sex == "F" else {"pregnant", "breastfeeding"})
    return (all(getattr(a, n) is True for n in needed)
            and all(getattr(a, n) is False for n in excluded))


@given(answers_strategy, st.sampled_from(WHO))
def test_eligible_exactly_when_everything_is_answered_and_fine(protocol, answers, who):
    sex, cbp = who
    verdict = evaluate_eligibility(answers, sex=sex, childbearing_potential=cbp,
                                   protocol=protocol)
    assert verdict.go is eligible(answers, sex, cbp)
    assert (verdict.outcome is Outcome.NO_GO) is bool(verdict.reasons)


def test_documented_examples_run():
    result = doctest.testmod(eligibility)
    assert result.attempted >= 3 and result.failed == 0
