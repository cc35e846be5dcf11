"""Sign-off through the services, on the training database of services.demo (01-002 V1 complete
and signed, 01-004 V1 NO-GO unsigned) and a third session completed by demo_sessions on the fixed
clock: who may sign and with what, what a signature covers, the refusals after it, and the
status going "changed after signature" on an amendment or an AE follow-up until signed again."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from procedure_steps import new_events, refused
from vial_bank import last_seq

from maestro_desktop.domain.adverse_events import AdverseEvent
from maestro_desktop.domain.observation import Extras
from maestro_desktop.domain.timeutil import add_months
from maestro_desktop.services import (
    adverse_events,
    checks,
    demo_sessions,
    observation,
    procedure,
    sessions,
    signoff,
)
from maestro_desktop.services.demo import DEMO_PEOPLE, demo_din
from maestro_desktop.services.errors import (
    FieldInputError,
    InvalidInput,
    LoginFailed,
    PermissionDenied,
)

pytestmark = pytest.mark.usefixtures("cheap_argon2")


@pytest.fixture
def world(demo) -> SimpleNamespace:
    """The demo clinic, its passwords, the investigator and nurse logged in, the ids of its
    signed (01-002) and NO-GO (01-004) sessions, and the day it was built."""
    clinic, made = demo
    users = {name: demo_sessions.login(clinic, name, made.passwords) for name, _, _ in DEMO_PEOPLE}
    by_subject = {s.subject: s.id for s in sessions.list_sessions(clinic) if s.visit == "V1"}
    return SimpleNamespace(clinic=clinic, passwords=made.passwords, doctor=users["dr.martin"],
                           nurse=users["nurse.leroy"], signed=by_subject["01-002"],
                           no_go=by_subject["01-004"], today=clinic.today())


@pytest.fixture
def finished(world, clock) -> str:
    """01-001 V1 walked from the fixed clock's moment to discharge, not signed; the clock then
    set 7 hours on, after the discharge."""
    session = demo_sessions.complete_session(
        world.clinic, world.doctor, world.nurse, world.passwords, "01-001", "V1", demo_din(1),
        clock.moment, sign=False)
    clock.advance(hours=7)
    return session


def sign(world, session_id: str, meaning: str = "performed by") -> signoff.SignatureInfo:
    return signoff.sign_session(world.clinic, world.doctor, session_id,
                                world.passwords["dr.martin"], meaning)


def state(world, session_id: str) -> str:
    return signoff.status(world.clinic, sessions.get_session(world.clinic, session_id))


def stamp_at(world, session_id: str, kind: str) -> str:
    return world.clinic.db.execute("SELECT at FROM procedure_stamps WHERE session = ? AND "
                                   "kind = ?", [session_id, kind]).fetchone()[0]


# --- signing ---------------------------------------------------------------------------------

def test_a_nurse_may_not_sign(world, finished):
    with refused(world.clinic, "^A nurse may not sign a session.$", PermissionDenied):
        signoff.sign_session(world.clinic, world.nurse, finished,
                             world.passwords["nurse.leroy"], "performed by")
    assert signoff.signatures(world.clinic, finished) == []


@pytest.mark.parametrize("meaning", ["", "approved", "PERFORMED BY"])
def test_the_meaning_is_one_of_the_listed_meanings(world, finished, meaning):
    assert signoff.MEANINGS == ("performed by", "reviewed and approved")
    with refused(world.clinic, "Choose the meaning of the signature", InvalidInput):
        sign(world, finished, meaning)


def test_a_wrong_password_signs_nothing(world, finished):
    before = last_seq(world.clinic)
    with pytest.raises(LoginFailed, match="Wrong user name or password"):
        signoff.sign_session(world.clinic, world.doctor, finished, "not it", "performed by")
    [failed] = new_events(world.clinic, before)
    assert (failed.kind, failed.data["purpose"]) == ("login.failed", "signature")
    assert signoff.signatures(world.clinic, finished) == []
    assert state(world, finished) == "open"


def test_an_unfinished_session_is_not_signed(world):
    opened = sessions.open_session(world.clinic, world.doctor, "01-001", "V1").id
    with refused(world.clinic, "not finished: record the discharge first", InvalidInput):
        sign(world, opened)


def test_a_cancelled_session_is_not_signed(world):
    opened = sessions.open_session(world.clinic, world.doctor, "01-001", "V1").id
    sessions.close_opened_in_error(world.clinic, world.doctor, opened, "wrong subject")
    with refused(world.clinic, "opened in error is not signed", InvalidInput):
        sign(world, opened)


def test_signing_journals_the_signature_over_the_session_hash(world, finished):
    clinic = world.clinic
    assert sessions.open_on_workstation(clinic).id == finished
    covers, last = signoff.session_hash(clinic, finished)
    before = last_seq(clinic)
    signature = sign(world, finished)
    login, signed = new_events(clinic, before)
    assert (login.kind, login.data["purpose"]) == ("login.succeeded", "signature")
    assert (signed.kind, signed.actor, signed.subject, signed.session) == (
        "session.signed", "dr.martin", "01-001", finished)
    assert signed.data == {"meaning": "performed by", "printed_name": "Dr Claire Martin",
                           "covers_hash": covers, "covers_seq": last}
    assert signature == signoff.SignatureInfo("dr.martin", "Dr Claire Martin", "performed by",
                                              clinic.now(), covers)
    assert signoff.session_hash(clinic, finished) == (covers, last)  # signatures excluded
    session = sessions.get_session(clinic, finished)
    assert session.status == "performed"
    assert sessions.open_on_workstation(clinic) is None
    assert signoff.status(clinic, session) == "signed"
    with refused(clinic, "already signed and unchanged", InvalidInput):
        sign(world, finished)


def test_a_signed_session_takes_no_more_stamps_vitals_or_answers(world, normal_vitals):
    clinic, nurse, signed = world.clinic, world.nurse, world.signed
    with refused(clinic, "session is performed: the timeline can no longer change",
                 InvalidInput):
        procedure.stamp(clinic, nurse, signed, "positioned")
    with refused(clinic, "session is performed: observation can no longer change",
                 InvalidInput):
        observation.record_observation(clinic, nurse, signed, normal_vitals, Extras(pain=0))
    with refused(clinic, r"01-002 \(Injection 1\) is performed: it can no longer change",
                 InvalidInput):
        checks.answer(clinic, nurse, signed, "consent_valid", False, reason="withdrawn")
    with refused(clinic, "is performed: it can no longer change", InvalidInput):
        checks.record_vitals(clinic, nurse, signed, normal_vitals)
    assert state(world, signed) == "signed"


def test_the_no_go_session_can_be_signed(world):
    assert state(world, world.no_go) == "not performed"
    signature = sign(world, world.no_go, "reviewed and approved")
    assert signature.meaning == "reviewed and approved"
    assert signature.covers_hash == signoff.session_hash(world.clinic, world.no_go)[0]
    assert sessions.get_session(world.clinic, world.no_go).status == "not performed"
    assert state(world, world.no_go) == "signed"


# --- after the signature ---------------------------------------------------------------------

def test_an_amended_stamp_changes_the_status_until_signed_again(world):
    clinic, signed = world.clinic, world.signed
    assert state(world, signed) == "signed"
    old = datetime.fromisoformat(stamp_at(world, signed, "positioned"))
    new = old - timedelta(minutes=1)
    before = last_seq(clinic)
    amendment = signoff.amend_stamp(clinic, world.doctor, signed, "positioned", new,
                                    "  wall clock read wrong  ")
    [event] = new_events(clinic, before)
    assert (event.kind, event.actor, event.session) == ("record.amended", "dr.martin", signed)
    assert event.data == {"target": "stamp:positioned", "field": "at", "old": old.isoformat(),
                          "new": new.isoformat(), "reason": "wall clock read wrong"}
    assert amendment == signoff.AmendmentInfo("stamp:positioned", "at", old.isoformat(),
                                              new.isoformat(), "wall clock read wrong",
                                              "dr.martin", clinic.now())
    assert datetime.fromisoformat(stamp_at(world, signed, "positioned")) == new
    assert procedure.procedure_state(clinic, signed).stamp("positioned").at == new
    assert state(world, signed) == "changed after signature"
    assert [r["status"] for r in signoff.sessions_at_a_glance(clinic)
            if r["id"] == signed] == ["changed after signature"]
    again = sign(world, signed, "reviewed and approved")
    assert again.covers_hash == signoff.session_hash(clinic, signed)[0]
    assert len(signoff.signatures(clinic, signed)) == 2
    assert state(world, signed) == "signed"


@pytest.mark.parametrize("reason", ["", "   "])
def test_an_amendment_needs_a_reason(world, reason):
    at = datetime.fromisoformat(stamp_at(world, world.signed, "positioned"))
    with refused(world.clinic, "^Give the reason for the correction.$", InvalidInput):
        signoff.amend_stamp(world.clinic, world.doctor, world.signed, "positioned",
                            at - timedelta(minutes=1), reason)
    assert state(world, world.signed) == "signed"


def test_an_amended_time_out_of_order_or_in_the_future_is_refused(world):
    clinic, signed = world.clinic, world.signed
    needle_in = datetime.fromisoformat(stamp_at(world, signed, "needle_in"))
    with refused(clinic, "Patient positioned .* is after needle inserted") as caught:
        signoff.amend_stamp(clinic, world.doctor, signed, "positioned",
                            needle_in + timedelta(minutes=1), "typo")
    assert [e.field for e in caught.value.errors] == ["at"]
    with refused(clinic, "is in the future") as caught:
        signoff.amend_stamp(clinic, world.doctor, signed, "lying_flat",
                            clinic.now() + timedelta(minutes=5), "typo")
    assert "at" in [e.field for e in caught.value.errors]
    assert issubclass(FieldInputError, InvalidInput)
    with refused(clinic, "same as the recorded one", InvalidInput):
        signoff.amend_stamp(clinic, world.doctor, signed, "positioned", needle_in - timedelta(
            minutes=3), "typo")
    with refused(clinic, "no 'discharge' time stamp", InvalidInput):
        signoff.amend_stamp(clinic, world.doctor, signed, "discharge", needle_in, "typo")
    assert state(world, signed) == "signed"


def test_an_ae_follow_up_changes_the_status_until_signed_again(world):
    clinic, signed = world.clinic, world.signed
    lying_flat = datetime.fromisoformat(stamp_at(world, signed, "lying_flat"))
    headache = AdverseEvent("post-dural-puncture headache", lying_flat + timedelta(hours=2), 1,
                            False, (), "probable", "unlikely", "none", "recovering")
    ae = adverse_events.record_ae(clinic, world.nurse, signed, headache)
    assert state(world, signed) == "changed after signature"
    sign(world, signed)
    assert state(world, signed) == "signed"
    recovered = dataclasses.replace(headache, outcome="recovered",
                                    end=headache.onset + timedelta(hours=20))
    with refused(clinic, "Give the reason for the change", InvalidInput):
        adverse_events.update_ae(clinic, world.nurse, ae.id, recovered, " ")
    adverse_events.update_ae(clinic, world.nurse, ae.id, recovered, "phone follow-up, day 2")
    assert state(world, signed) == "changed after signature"
    [*_, follow_up] = signoff.history(clinic, signed)
    assert follow_up["what"] == "adverse event outcome"
    assert (follow_up["old"], follow_up["new"]) == ("recovering", "recovered")
    assert (follow_up["who"], follow_up["reason"]) == ("nurse.leroy", "phone follow-up, day 2")
    sign(world, signed)
    assert state(world, signed) == "signed"


def test_history_lists_each_amendment_with_old_new_reason_and_who(world):
    clinic, signed = world.clinic, world.signed
    assert signoff.history(clinic, signed) == []
    first = datetime.fromisoformat(stamp_at(world, signed, "positioned"))
    second = datetime.fromisoformat(stamp_at(world, signed, "needle_out"))
    signoff.amend_stamp(clinic, world.doctor, signed, "positioned", first - timedelta(minutes=2),
                        "nurse's paper note")
    signoff.amend_stamp(clinic, world.nurse, signed, "needle_out",
                        second + timedelta(seconds=30), "seconds were rounded")
    assert [(h["what"], h["old"], h["new"], h["reason"], h["who"])
            for h in signoff.history(clinic, signed)] == [
        ("Patient positioned time", first.isoformat(), (first - timedelta(minutes=2)).isoformat(),
         "nurse's paper note", "dr.martin"),
        ("Needle removed time", second.isoformat(), (second + timedelta(seconds=30)).isoformat(),
         "seconds were rounded", "nurse.leroy")]
    assert [a.reason for a in signoff.amendments(clinic, signed)] == [
        "nurse's paper note", "seconds were rounded"]


def test_sessions_at_a_glance(world, finished):
    clinic, today = world.clinic, world.today
    rows = signoff.sessions_at_a_glance(clinic)
    assert [r["id"] for r in rows] == [s.id for s in sessions.list_sessions(clinic)]
    assert all(set(r) >= {"id", "subject", "visit", "date", "status"} for r in rows)
    glance = {(r["subject"], r["visit"]): (r["date"], r["status"]) for r in rows}
    assert glance == {
        ("01-002", "V1"): (add_months(today, -3).isoformat(), "signed"),
        ("01-004", "V1"): ((today - timedelta(days=7)).isoformat(), "not performed"),
        ("01-003", "V1"): (today.isoformat(), "performed"),
        ("01-003", "V2"): (today.isoformat(), "performed"),
        ("01-001", "V1"): (today.isoformat(), "open"),
    }
    sign(world, finished)
    assert {r["subject"]: r["status"] for r in signoff.sessions_at_a_glance(clinic)
            if r["visit"] == "V1"} == {"01-001": "signed", "01-002": "signed",
                                       "01-003": "performed", "01-004": "not performed"}
    assert json.dumps(signoff.sessions_at_a_glance(clinic))  # plain JSON for `--json`
