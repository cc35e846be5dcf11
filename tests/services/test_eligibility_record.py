"""Eligibility at enrolment: recorded by the team, signed by an investigator with the password,
and required -- complete, eligible and unchanged since the signature -- before injection 1."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from maestro_desktop.domain.eligibility import EligibilityAnswers
from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.domain.verdict import Outcome
from maestro_desktop.services import eligibility, sessions, subjects
from maestro_desktop.services.errors import (
    FieldInputError,
    InvalidInput,
    LoginFailed,
    PermissionDenied,
)
from maestro_desktop.store import journal

TODAY = date(2025, 3, 10)  # the fixed clock's day
CODE = "01-001"            # a woman of childbearing potential, born 1980


@pytest.fixture
def ward(clinic, staff):
    subjects.register_subject(clinic, staff[Role.COORDINATOR],
                              Subject(CODE, "ABC", 1980, "F", True, TODAY))
    return clinic


@pytest.fixture
def answers(ward, eligibility_answers) -> EligibilityAnswers:
    return eligibility_answers(CODE)


@pytest.fixture
def doctor(staff):
    return staff[Role.INVESTIGATOR]


def events(clinic, kind):
    return [e for e in journal.events(clinic.db) if e.kind == kind]


def stored(clinic):
    return clinic.db.execute("SELECT count(*) FROM eligibility").fetchone()[0]


@pytest.mark.parametrize("role", [Role.NURSE, None], ids=["nurse", "nobody"])
def test_saving_needs_the_right_to_record_eligibility(ward, staff, answers, journal_count, role):
    before = journal_count(ward)
    with pytest.raises(PermissionDenied, match="record eligibility"):
        eligibility.save_eligibility(ward, staff[role] if role else None, CODE, answers)
    assert (journal_count(ward), stored(ward)) == (before, 0)


def test_the_coordinator_may_record_but_not_sign(ward, staff, answers, password, journal_count):
    state = eligibility.save_eligibility(ward, staff[Role.COORDINATOR], CODE, answers)
    assert (state.evaluation.outcome, state.signed_by) == (Outcome.GO, None)
    before = journal_count(ward)
    with pytest.raises(PermissionDenied, match="sign the eligibility record"):
        eligibility.sign_eligibility(ward, staff[Role.COORDINATOR], CODE, password)
    assert journal_count(ward) == before


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"birth_date": date(1890, 6, 15)}, "birth_date", "impossible age at screening .allowed 0-120"),
    ({"birth_date": TODAY + timedelta(days=1)}, "birth_date", "impossible age"),
    ({"birth_date": date(1981, 6, 15)}, "birth_date", "does not match the registered birth "
                                                      "year 1980"),
    ({"screening_date": TODAY + timedelta(days=1)}, "screening_date",
     "The screening date 11/03/2025 is in the future"),
    ({"consent_date": TODAY + timedelta(days=1)}, "consent_date", "is in the future"),
    ({"edss": 4.2}, "edss", "EDSS 4.2 is not a valid score"),
])
def test_bad_input_is_refused_by_field_and_nothing_stored(ward, doctor, answers, journal_count,
                                                          change, field, message):
    before = journal_count(ward)
    with pytest.raises(FieldInputError, match=message) as caught:
        eligibility.save_eligibility(ward, doctor, CODE, replace(answers, **change))
    assert [e.field for e in caught.value.errors] == [field]
    assert (journal_count(ward), stored(ward)) == (before, 0)


def test_saved_and_signed_record_opens_visit_1(ward, doctor, answers, password):
    saved = eligibility.save_eligibility(ward, doctor, CODE, answers)
    assert "effective_contraception" in saved.applicable and "pregnant" in saved.applicable
    signed = eligibility.sign_eligibility(ward, doctor, CODE, password)
    assert (signed.signed_by, signed.signed_and_eligible) == ("dr.house", True)
    (event,) = events(ward, "eligibility.signed")
    assert (event.actor, event.subject) == ("dr.house", CODE)
    assert {k: event.data[k] for k in ("outcome", "meaning", "printed_name")} == {
        "outcome": "GO", "meaning": eligibility.SIGNATURE_MEANING, "printed_name": "Dr Ann House"}
    assert events(ward, "login.succeeded")[-1].data == {"username": "dr.house",
                                                       "purpose": "signature"}
    assert sessions.open_session(ward, doctor, CODE, "V1").visit == "V1"


def _no_record(clinic, doctor, answers, password):
    pass


def _unsigned(clinic, doctor, answers, password):
    eligibility.save_eligibility(clinic, doctor, CODE, answers)


def _not_eligible(clinic, doctor, answers, password):
    eligibility.save_eligibility(clinic, doctor, CODE, replace(answers, edss=7.0, pregnant=True))
    eligibility.sign_eligibility(clinic, doctor, CODE, password)


def _changed_after_signature(clinic, doctor, answers, password):
    _unsigned(clinic, doctor, answers, password)
    eligibility.sign_eligibility(clinic, doctor, CODE, password)
    eligibility.save_eligibility(clinic, doctor, CODE, replace(answers, edss=5.0),
                                 reason="EDSS re-scored")


@pytest.mark.parametrize(("prepare", "message"), [
    (_no_record, "Subject 01-001 has no signed eligibility record: injection 1 cannot start."),
    (_unsigned, "Subject 01-001 has no signed eligibility record: injection 1 cannot start."),
    (_not_eligible, "Subject 01-001 is not eligible: EDSS 7 (3-6); Pregnant"),
    (_changed_after_signature, "The eligibility record of 01-001 changed after its signature: "
                               "an investigator must sign it again."),
])
def test_visit_1_is_refused_without_a_signed_eligible_record(ward, doctor, answers, password,
                                                             journal_count, prepare, message):
    prepare(ward, doctor, answers, password)
    before = journal_count(ward)
    with pytest.raises(InvalidInput) as caught:
        sessions.open_session(ward, doctor, CODE, "V1")
    assert str(caught.value) == message
    assert journal_count(ward) == before
    assert sessions.list_sessions(ward) == []


def test_a_wrong_password_does_not_sign(ward, doctor, answers):
    eligibility.save_eligibility(ward, doctor, CODE, answers)
    with pytest.raises(LoginFailed, match="Wrong user name or password"):
        eligibility.sign_eligibility(ward, doctor, CODE, "not my password")
    failed = events(ward, "login.failed")[-1].data
    assert (failed["username"], failed["purpose"], failed["reason"]) == (
        "dr.house", "signature", "wrong password")
    assert events(ward, "eligibility.signed") == []
    assert eligibility.get_eligibility(ward, CODE).signed_by is None


def test_an_incomplete_record_cannot_be_signed(ward, doctor, answers, password, journal_count):
    eligibility.save_eligibility(ward, doctor, CODE, replace(answers, edss=None, pregnant=None))
    before = journal_count(ward)
    with pytest.raises(InvalidInput, match="Answer every criterion before signing: EDSS score "
                                           "not answered; Pregnant not answered"):
        eligibility.sign_eligibility(ward, doctor, CODE, password)
    assert journal_count(ward) == before   # refused before the password is even checked
    assert eligibility.get_eligibility(ward, CODE).signed_by is None


def test_a_signed_record_cannot_be_signed_twice(ward, doctor, answers, password):
    eligibility.save_eligibility(ward, doctor, CODE, answers)
    eligibility.sign_eligibility(ward, doctor, CODE, password)
    with pytest.raises(InvalidInput, match="already signed"):
        eligibility.sign_eligibility(ward, doctor, CODE, password)


def test_a_change_after_signature_needs_a_reason_and_a_new_signature(
        ward, doctor, answers, password, journal_count):
    eligibility.save_eligibility(ward, doctor, CODE, answers)
    eligibility.sign_eligibility(ward, doctor, CODE, password)
    changed = replace(answers, edss=5.0, social_security=True)
    before = journal_count(ward)
    for reason in (None, "   "):
        with pytest.raises(InvalidInput, match="signed: give the reason for the change"):
            eligibility.save_eligibility(ward, doctor, CODE, changed, reason=reason)
    assert journal_count(ward) == before
    assert eligibility.get_eligibility(ward, CODE).answers.edss == 4.5

    state = eligibility.save_eligibility(ward, doctor, CODE, changed, reason=" EDSS re-scored ")
    event = events(ward, "eligibility.saved")[-1]
    assert (event.data["changes"], event.data["reason"]) == ({"edss": [4.5, 5.0]},
                                                             "EDSS re-scored")
    assert (state.answers.edss, state.signed_by, state.changed_after_signature) == (
        5.0, "dr.house", True)
    assert not state.signed_and_eligible

    resigned = eligibility.sign_eligibility(ward, doctor, CODE, password)
    assert (resigned.changed_after_signature, resigned.signed_and_eligible) == (False, True)
    assert len(events(ward, "eligibility.signed")) == 2
    sessions.open_session(ward, doctor, CODE, "V1")


def test_saving_the_same_answers_again_writes_nothing(ward, doctor, answers, journal_count):
    eligibility.save_eligibility(ward, doctor, CODE, answers)
    before = journal_count(ward)
    eligibility.save_eligibility(ward, doctor, CODE, answers)
    assert journal_count(ward) == before


@pytest.mark.parametrize(("change", "outcome", "reasons", "missing"), [
    ({}, "GO", [], []),
    ({"edss": 6.5, "effective_contraception": False}, "NO-GO",
     ["EDSS 6.5 (3-6)", "No effective contraception"], []),
    ({"screening_date": date(2024, 12, 1)}, "NO-GO",
     ["Consent signed 17/02/2025, after screening on 01/12/2024"], []),
    ({"breastfeeding": None}, "INCOMPLETE", [], ["Breastfeeding not answered"]),
])
def test_the_journal_carries_the_evaluation(ward, doctor, answers, change, outcome, reasons,
                                            missing):
    state = eligibility.save_eligibility(ward, doctor, CODE, replace(answers, **change))
    evaluation = events(ward, "eligibility.saved")[-1].data["evaluation"]
    assert evaluation["outcome"] == outcome == state.evaluation.outcome.value
    assert [r["text"] for r in evaluation["reasons"]] == reasons
    assert [r["text"] for r in evaluation["missing"]] == missing
    assert [r.text for r in state.evaluation.reasons] == reasons


def test_the_first_save_lists_every_answer_as_changed(ward, doctor, answers):
    eligibility.save_eligibility(ward, doctor, CODE, answers)
    event = events(ward, "eligibility.saved")[0]
    assert event.data["changes"]["edss"] == [None, 4.5]
    assert event.data["changes"]["birth_date"] == [None, "1980-06-15"]
    assert [n["text"] for n in event.data["evaluation"]["notes"]] == [
        "Age 44 at screening (18-55)", "EDSS 4.5 (3-6)"]
    assert (event.data["reason"], event.actor, event.subject) == (None, "dr.house", CODE)
