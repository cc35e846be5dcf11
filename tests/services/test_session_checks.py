"""Pre-procedure checks of an injection session: every answer journalled, bad input refused, the
baseline vitals, and the GO / NO-GO gate that the vial and procedure steps rely on."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from maestro_desktop.domain.checks import VisitDayAnswers
from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.services import checks, sessions, subjects
from maestro_desktop.services.errors import (
    FieldInputError,
    InvalidInput,
    NeedsConfirmation,
    PermissionDenied,
)
from maestro_desktop.store import journal

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)  # the fixed clock's moment
TODAY = date(2025, 3, 10)
CODE = "01-001"
LOW_PLATELETS = "Platelets 42 G/L (< 50 G/L) on 08/03/2025"


@pytest.fixture
def nurse(staff):
    return staff[Role.NURSE]


@pytest.fixture
def doctor(staff):  # the investigator
    return staff[Role.INVESTIGATOR]


@pytest.fixture
def session_id(clinic, staff, eligible, doctor):
    """Visit 1 of an eligible man, opened by the investigator on the fixed clock's day."""
    subjects.register_subject(clinic, staff[Role.COORDINATOR],
                              Subject(CODE, "ABC", 1970, "M", False, TODAY))
    eligible(CODE)
    return sessions.open_session(clinic, doctor, CODE, "V1").id


@pytest.fixture
def go(clinic, nurse, doctor, session_id, all_clear):  # all clear, vitals taken, GO recorded
    all_clear(clinic, nurse, session_id)
    return checks.record_verdict(clinic, doctor, session_id, "GO")


def session_events(clinic, session_id, kind=None):
    return [e for e in journal.events(clinic.db, session=session_id)
            if kind is None or e.kind == kind]


def test_each_answer_is_one_event_with_old_and_new(clinic, nurse, session_id, journal_count):
    checks.answer(clinic, nurse, session_id, "platelets_g_per_l", 180)
    checks.answer(clinic, nurse, session_id, "platelets_sampled_on", TODAY - timedelta(days=2))
    before = journal_count(clinic)
    state = checks.answer(clinic, nurse, session_id, "platelets_g_per_l", 150)
    checks.answer(clinic, nurse, session_id, "platelets_g_per_l", 150)   # same value: no event
    assert journal_count(clinic) == before + 1
    answered = session_events(clinic, session_id, "checks.answered")
    assert [(e.data["field"], e.data["old"], e.data["new"]) for e in answered] == [
        ("platelets_g_per_l", None, 180), ("platelets_sampled_on", None, "2025-03-08"),
        ("platelets_g_per_l", 180, 150)]
    last = answered[-1]
    assert (last.actor, last.subject, last.data["reason"]) == ("nurse.joy", CODE, None)
    assert last.data["answers"]["platelets_g_per_l"] == 150
    assert last.data["evaluation"]["outcome"] == "INCOMPLETE"
    assert state.answers.platelets_g_per_l == 150


@pytest.mark.parametrize(("field", "value", "message"), [
    ("platelets_g_per_l", -5, "Platelet count -5 G/L is impossible"),
    ("platelets_g_per_l", 2500, r"impossible \(allowed 0-2000\)"),
    ("platelets_g_per_l", "many", "must be a number"),
    ("platelets_sampled_on", TODAY + timedelta(days=1),
     "The platelet sample date 11/03/2025 is in the future"),
    ("antithrombotic_last_dose", NOW + timedelta(minutes=1), "dose is after now"),
    ("corticosteroid_last_dose", TODAY + timedelta(days=1), "is in the future"),
    ("raised_icp", "no", "answer yes or no"),
])
def test_bad_input_is_refused_for_that_field(clinic, nurse, session_id, journal_count, field,
                                             value, message):
    before = journal_count(clinic)
    with pytest.raises(FieldInputError, match=message) as caught:
        checks.answer(clinic, nurse, session_id, field, value)
    assert [e.field for e in caught.value.errors] == [field]
    assert journal_count(clinic) == before
    assert checks.get_checks(clinic, session_id).answers == VisitDayAnswers()


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"spo2": None, "temperature": None}, None, "Complete the set: SpO2, Temperature"),
    ({"systolic_bp": 400}, "systolic_bp", "Systolic BP 400 mmHg is impossible"),
    ({"spo2": 30}, "spo2", "SpO2 30 % is impossible"),
    ({"temperature": 50.0}, "temperature", "Temperature 50.0 °C is impossible"),
    ({"diastolic_bp": 130}, "diastolic_bp", "must be below the systolic"),
    ({"heart_rate": 72.5}, "heart_rate", "must be a whole number"),
])
def test_impossible_or_incomplete_vitals_are_refused(clinic, nurse, session_id, normal_vitals,
                                                     journal_count, change, field, message):
    before = journal_count(clinic)
    with pytest.raises(FieldInputError if field else InvalidInput, match=message) as caught:
        checks.record_vitals(clinic, nurse, session_id, replace(normal_vitals, **change),
                             confirmed=True)
    assert [e.field for e in getattr(caught.value, "errors", [])] == ([field] if field else [])
    assert journal_count(clinic) == before
    assert checks.get_checks(clinic, session_id).baseline is None


def test_unusual_vitals_are_stored_only_once_confirmed(clinic, nurse, session_id, normal_vitals,
                                                       journal_count):
    unusual = replace(normal_vitals, temperature=38.6, heart_rate=130)
    before = journal_count(clinic)
    with pytest.raises(NeedsConfirmation) as caught:
        checks.record_vitals(clinic, nurse, session_id, unusual)
    warnings = [w.text for w in caught.value.warnings]
    assert warnings == ["Heart rate 130 /min is outside the usual range (45-120 /min): confirm.",
                        "Temperature 38.6 °C is outside the usual range (35.5-38.0 °C): "
                        "confirm."]
    assert journal_count(clinic) == before
    state = checks.record_vitals(clinic, nurse, session_id, unusual, confirmed=True)
    assert state.baseline == unusual
    (event,) = session_events(clinic, session_id, "vitals.recorded")
    assert (event.actor, event.data["purpose"], event.data["confirmed_warnings"]) == (
        "nurse.joy", "baseline", warnings)


@pytest.mark.parametrize("answered", [False, True], ids=["nothing-answered", "no-vitals"])
def test_go_is_refused_while_incomplete(clinic, nurse, doctor, session_id, all_clear,
                                        journal_count, answered):
    if answered:
        all_clear(clinic, nurse, session_id, vitals=False)
    before = journal_count(clinic)
    with pytest.raises(InvalidInput, match="GO is not possible: .*Baseline vital signs not "
                       "recorded"):
        checks.record_verdict(clinic, doctor, session_id, "GO")
    assert journal_count(clinic) == before
    missing = [r.text for r in checks.get_checks(clinic, session_id).evaluation.missing]
    assert missing[-1] == "Baseline vital signs not recorded"
    assert ("Consent still valid not answered" in missing) is not answered
    # NO-GO is possible, and then gives what was missing as its reasons.
    checks.record_verdict(clinic, doctor, session_id, "NO-GO")
    (closed,) = session_events(clinic, session_id, "session.closed")
    assert closed.data["reasons"] == missing


def test_go_is_refused_for_a_nurse_and_on_no_go(clinic, nurse, doctor, session_id, all_clear,
                                               journal_count):
    all_clear(clinic, nurse, session_id)
    before = journal_count(clinic)
    with pytest.raises(PermissionDenied, match="A nurse may not decide GO"):
        checks.record_verdict(clinic, nurse, session_id, "GO")
    checks.answer(clinic, nurse, session_id, "platelets_g_per_l", 42)
    refusal = re.escape(f"GO is not possible: {LOW_PLATELETS}")
    with pytest.raises(InvalidInput, match=f"^{refusal}$"):
        checks.record_verdict(clinic, doctor, session_id, "GO")
    assert journal_count(clinic) == before + 1          # the answer only
    assert checks.get_checks(clinic, session_id).verdict is None


def test_go_when_all_clear_unlocks_the_vial_step(clinic, nurse, doctor, session_id, all_clear):
    all_clear(clinic, nurse, session_id)
    with pytest.raises(InvalidInput, match="Locked until the pre-procedure checks are GO"):
        checks.require_go(clinic, session_id)
    state = checks.record_verdict(clinic, doctor, session_id, "GO")
    assert (state.verdict, state.verdict_by, state.session.step) == ("GO", "dr.house", "vial")
    checks.require_go(clinic, session_id)
    (event,) = session_events(clinic, session_id, "checks.verdict")
    assert (event.data["outcome"], event.data["evaluation"]["outcome"]) == ("GO", "GO")
    with pytest.raises(InvalidInput, match="GO is already recorded"):
        checks.record_verdict(clinic, doctor, session_id, "GO")


@pytest.mark.parametrize(("answers", "reasons"), [
    ({"platelets_g_per_l": 42}, [LOW_PLATELETS]),
    ({"raised_icp": True, "platelets_g_per_l": 42, "consent_valid": False},
     ["Signs of raised intracranial pressure", LOW_PLATELETS, "Consent no longer valid"]),
])
def test_no_go_closes_the_session_with_every_reason(clinic, nurse, doctor, session_id, all_clear,
                                                    answers, reasons):
    all_clear(clinic, nurse, session_id)
    for field, value in answers.items():
        checks.answer(clinic, nurse, session_id, field, value)
    state = checks.record_verdict(clinic, doctor, session_id, "NO-GO",
                                  new_date=TODAY + timedelta(days=7))
    verdict, closed = session_events(clinic, session_id)[-2:]
    assert (verdict.kind, verdict.actor, verdict.data["outcome"]) == (
        "checks.verdict", "dr.house", "NO-GO")
    assert [r["text"] for r in verdict.data["evaluation"]["reasons"]] == reasons
    assert (closed.kind, closed.data) == ("session.closed", {
        "status": "not performed", "reasons": reasons, "new_date": "2025-03-17"})
    assert (state.verdict, state.session.status) == ("NO-GO", "not performed")
    with pytest.raises(InvalidInput, match="Locked until"):
        checks.require_go(clinic, session_id)


@pytest.mark.parametrize("new_date", [TODAY, TODAY - timedelta(days=1)])
def test_the_new_date_must_be_after_today(clinic, doctor, session_id, journal_count, new_date):
    before = journal_count(clinic)
    with pytest.raises(InvalidInput, match="The new date must be after today"):
        checks.record_verdict(clinic, doctor, session_id, "NO-GO", new_date=new_date)
    assert journal_count(clinic) == before
    assert sessions.get_session(clinic, session_id).status == "open"


def test_no_go_when_every_check_passes_needs_the_investigators_reason(
        clinic, nurse, doctor, session_id, all_clear, journal_count):
    all_clear(clinic, nurse, session_id)
    before = journal_count(clinic)
    with pytest.raises(InvalidInput, match="Give the reason for NO-GO"):
        checks.record_verdict(clinic, doctor, session_id, "NO-GO", reason="  ")
    assert journal_count(clinic) == before
    checks.record_verdict(clinic, doctor, session_id, "NO-GO", reason=" patient declined ")
    verdict, closed = session_events(clinic, session_id)[-2:]
    assert verdict.data["reason"] == "patient declined"
    assert (closed.data["reasons"], closed.data["new_date"]) == (["patient declined"], None)


def test_a_visit_not_performed_stays_due_and_can_be_opened_again(clinic, doctor, session_id):
    checks.record_verdict(clinic, doctor, session_id, "NO-GO", reason="patient unwell")
    (row,) = subjects.overview(clinic, TODAY)
    assert (row.next_visit.key, row.open_session) == ("V1", None)
    assert subjects.completed_visits(clinic, CODE) == set()
    with pytest.raises(InvalidInput, match="Injection 2 cannot start before V1"):
        sessions.open_session(clinic, doctor, CODE, "V2")
    again = sessions.open_session(clinic, doctor, CODE, "V1")
    assert (again.visit, again.status, again.step) == ("V1", "open", "checks")
    assert again.id != session_id
    assert checks.get_checks(clinic, again.id).answers == VisitDayAnswers()


def test_a_closed_session_refuses_every_change(clinic, nurse, doctor, session_id, normal_vitals,
                                               journal_count):
    checks.record_verdict(clinic, doctor, session_id, "NO-GO", reason="patient unwell")
    before = journal_count(clinic)
    for attempt in (lambda: checks.answer(clinic, nurse, session_id, "raised_icp", False),
                    lambda: checks.record_vitals(clinic, nurse, session_id, normal_vitals),
                    lambda: checks.record_verdict(clinic, doctor, session_id, "GO")):
        with pytest.raises(InvalidInput, match=r"01-001 \(Injection 1\) is not performed: it "
                                               "can no longer change"):
            attempt()
    assert journal_count(clinic) == before


def test_after_go_a_change_needs_a_reason(clinic, nurse, session_id, go, journal_count):
    before = journal_count(clinic)
    with pytest.raises(InvalidInput, match="The verdict is recorded: give the reason"):
        checks.answer(clinic, nurse, session_id, "platelets_g_per_l", 170)
    assert journal_count(clinic) == before
    state = checks.answer(clinic, nurse, session_id, "platelets_g_per_l", 170,
                          reason="typing error")
    event = session_events(clinic, session_id)[-1]
    assert (event.kind, event.data["old"], event.data["new"], event.data["reason"]) == (
        "checks.answered", 180, 170, "typing error")
    assert (state.verdict, state.session.step) == ("GO", "vial")
    checks.require_go(clinic, session_id)


def test_a_change_that_is_no_longer_go_withdraws_the_go(clinic, nurse, doctor, session_id, go):
    state = checks.answer(clinic, nurse, session_id, "platelets_g_per_l", 42,
                          reason="lab result corrected")
    answered, withdrawn = session_events(clinic, session_id)[-2:]
    assert (answered.data["old"], answered.data["new"], answered.data["reason"]) == (
        180, 42, "lab result corrected")
    assert withdrawn.kind == "checks.verdict_withdrawn"
    assert LOW_PLATELETS in withdrawn.data["reason"]
    assert (state.verdict, state.session.step, state.evaluation.outcome.value) == (
        None, "checks", "NO-GO")
    with pytest.raises(InvalidInput, match="Locked until"):
        checks.require_go(clinic, session_id)
    checks.record_verdict(clinic, doctor, session_id, "NO-GO")
    assert sessions.get_session(clinic, session_id).status == "not performed"


def test_the_30_day_corticosteroid_rule_follows_the_clinic_clock(clinic, nurse, doctor,
                                                                 session_id, all_clear, clock):
    all_clear(clinic, nurse, session_id)
    checks.answer(clinic, nurse, session_id, "high_dose_corticosteroids", True)
    state = checks.answer(clinic, nurse, session_id, "corticosteroid_last_dose",
                          TODAY - timedelta(days=30))
    assert [r.text for r in state.evaluation.reasons] == [
        "High-dose corticosteroids on 08/02/2025, 30 days ago (within the 30-day rule)"]
    with pytest.raises(InvalidInput, match="GO is not possible"):
        checks.record_verdict(clinic, doctor, session_id, "GO")
    clock.advance(days=1)
    state = checks.get_checks(clinic, session_id)
    assert state.evaluation.go
    assert "High-dose corticosteroids on 08/02/2025, 31 days ago (more than 30 days)" in [
        n.text for n in state.evaluation.notes]
    assert checks.record_verdict(clinic, doctor, session_id, "GO").go


def test_no_go_after_go_needs_a_reason_and_closes_the_session(clinic, nurse, doctor, session_id,
                                                             all_clear):
    all_clear(clinic, nurse, session_id)
    checks.record_verdict(clinic, doctor, session_id, "GO")
    with pytest.raises(InvalidInput, match="Give the reason for NO-GO"):
        checks.record_verdict(clinic, doctor, session_id, "NO-GO")
    checks.record_verdict(clinic, doctor, session_id, "NO-GO", reason="Patient declined")
    (closed,) = session_events(clinic, session_id, "session.closed")
    assert closed.data == {"status": "not performed", "reasons": ["Patient declined"],
                           "new_date": None}


def test_go_no_longer_holds_once_the_platelet_count_expires(clinic, clock, nurse, doctor,
                                                            session_id, all_clear):
    # The session stays open for days: the platelet count goes out of date, the gate closes.
    all_clear(clinic, nurse, session_id)
    checks.record_verdict(clinic, doctor, session_id, "GO")
    checks.require_go(clinic, session_id)
    clock.advance(days=clinic.protocol.site.lab_validity_days)
    with pytest.raises(InvalidInput, match="no longer pass: .*a new count is needed"):
        checks.require_go(clinic, session_id)
