"""The procedure timeline through the services: each stamp one journal event with its clinical
time, the GO and vial gates of the infusion, refusals in words with nothing written, late stamps
and their reason, the infusion deviation and its acknowledgement, timers after a restart,
incidents, abandonment and what becomes of the vial, clock jumps.

The clock is fixed; a session is brought to a verified vial by `procedure_session`
(tests/services/conftest.py), at START with the vial thawed 20 minutes before."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from procedure_steps import (
    DETAILS,
    MINUTES,
    NO_INFUSION,
    new_events,
    opened_at,
    refused,
    reopen_v1,
    stamp,
    walk,
)
from vial_bank import CODE, OK, din, events_after, isbt, last_seq

from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.timeutil import to_text
from maestro_desktop.services import cellbank, checks, procedure, vials
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.errors import InvalidInput, PermissionDenied
from maestro_desktop.services.vials import VialRefused
from maestro_desktop.store import journal
from maestro_desktop.store.database import open_store

# --- stamps and their journal --------------------------------------------------------------

def test_each_stamp_is_one_event_with_its_clinical_time(clinic, clock, nurse,
                                                        procedure_session):
    opened = opened_at(clinic, procedure_session)
    for kind, minute in MINUTES.items():
        clock.moment = opened + timedelta(minutes=minute, seconds=20)
        at = clock.moment - timedelta(seconds=20)          # tapped 20 s after the fact
        before = last_seq(clinic)
        state = stamp(clinic, nurse, procedure_session, kind, at=at)
        events = new_events(clinic, before)
        expected = ["procedure.stamped"] + {"infusion_start": ["vial.administered"],
                                            "lying_flat": ["procedure.completed"]}.get(kind, [])
        assert [e.kind for e in events] == expected
        stamped = events[0]
        assert stamped.data == {"kind": kind, "details": DETAILS.get(kind, {}), "reason": None,
                                "retrospective": False}
        assert (stamped.clinical_time, stamped.recorded_time) == (to_text(at),
                                                                  to_text(clock.moment))
        assert (stamped.actor, stamped.subject, stamped.session) == (
            "nurse.joy", CODE, procedure_session)
        assert state.stamp(kind).at == at
        assert state.stamp(kind).details == DETAILS.get(kind, {})
    assert [s.kind for s in state.stamps] == list(MINUTES)
    assert state.infusion.deviations == ()
    assert state.session.step == "observation"
    procedure.require_procedure_done(clinic, procedure_session)


def test_a_nurse_may_stamp_a_coordinator_may_not(clinic, staff, nurse, procedure_session):
    coordinator = staff[Role.COORDINATOR]
    with refused(clinic, "^A coordinator may not record the procedure timeline.$",
                 PermissionDenied):
        stamp(clinic, coordinator, procedure_session, "positioned")
    with refused(clinic, "^A coordinator may not record the procedure timeline.$",
                 PermissionDenied):
        procedure.incident(clinic, coordinator, procedure_session, "vasovagal", {})
    state = stamp(clinic, nurse, procedure_session, "positioned")
    assert state.stamp("positioned") is not None


# --- the infusion's gates ------------------------------------------------------------------

def test_the_timeline_starts_only_with_a_vial_verified_by_two_people(clinic, nurse,
                                                                      vial_session):
    locked = "^Locked until the vial is verified by two people.$"
    with refused(clinic, locked, InvalidInput):
        stamp(clinic, nurse, vial_session, "positioned")
    vials.scan(clinic, nurse, vial_session, isbt(OK))       # scanned, not confirmed
    with refused(clinic, locked, InvalidInput):
        stamp(clinic, nurse, vial_session, "infusion_start")
    assert cellbank.get_vial(clinic, din(OK)).administered_session is None


def test_the_timeline_starts_only_after_go(clinic, nurse, session_before_go):
    with refused(clinic, "^Locked until the pre-procedure checks are GO.$", InvalidInput):
        stamp(clinic, nurse, session_before_go, "positioned")


def test_the_needle_can_come_out_after_the_go_is_withdrawn(clinic, clock, nurse,
                                                           procedure_session):
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in")
    checks.answer(clinic, nurse, procedure_session, "platelets_g_per_l", 42,
                  reason="lab corrected")
    walk(clinic, clock, nurse, procedure_session, "needle_out")


def test_no_infusion_once_the_go_is_withdrawn(clinic, clock, nurse, procedure_session):
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in")
    checks.answer(clinic, nurse, procedure_session, "platelets_g_per_l", 42,
                  reason="lab corrected")
    with refused(clinic, NO_INFUSION):
        stamp(clinic, nurse, procedure_session, "infusion_start")


def test_the_infusion_start_marks_the_vial_administered(clinic, clock, nurse, doctor,
                                                        procedure_session, all_clear):
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in")
    before = last_seq(clinic)
    walk(clinic, clock, nurse, procedure_session, "infusion_start")
    administered = new_events(clinic, before)[1]
    assert (administered.kind, administered.data) == (
        "vial.administered", {"vial_id": din(OK), "session": procedure_session})
    assert administered.clinical_time == to_text(clock.moment)
    assert cellbank.get_vial(clinic, din(OK)).administered_session == procedure_session
    # Still the right vial for its own session.
    assert vials.vial_state(clinic, procedure_session).evaluation.reasons == ()

    before = last_seq(clinic)
    procedure.incident(clinic, nurse, procedure_session, "abandoned",
                       {"reason": "patient agitated", "vial_fate": "partly injected"})
    assert "vial.administered" not in [e.kind for e in new_events(clinic, before)]

    later = reopen_v1(clinic, doctor, nurse, all_clear)
    with pytest.raises(VialRefused) as caught:
        vials.scan(clinic, nurse, later, isbt(OK))
    assert [r.text for r in caught.value.verdict.reasons] == [
        f"Vial {din(OK)} was already administered ({procedure_session})."]
    assert events_after(clinic, last_seq(clinic) - 1)[0][1]["outcome"] == "refused"


# --- times and order -----------------------------------------------------------------------

def test_the_infusion_end_before_its_start_is_refused(clinic, clock, nurse, procedure_session):
    state = walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in",
                 "infusion_start")
    clock.advance(minutes=6)
    with refused(clinic, r"^Infusion end \S+ is before its start \S+$") as caught:
        stamp(clinic, nurse, procedure_session, "infusion_end",
              at=state.stamp("infusion_start").at - timedelta(seconds=30))
    assert [e.field for e in caught.value.errors] == ["at"]


def test_the_needle_out_before_the_infusion_end_is_refused(clinic, clock, nurse,
                                                           procedure_session):
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in", "infusion_start")
    clock.advance(minutes=6)
    with refused(clinic, "^Record the infusion end before removing the needle$"):
        stamp(clinic, nurse, procedure_session, "needle_out")


def test_a_time_in_the_future_is_refused(clinic, nurse, procedure_session):
    with refused(clinic, r"^Patient positioned at \S+ is in the future$"):
        stamp(clinic, nurse, procedure_session, "positioned",
              at=clinic.now() + timedelta(minutes=1))


def test_a_time_before_the_session_opened_is_refused(clinic, clock, nurse, procedure_session):
    opened = opened_at(clinic, procedure_session)
    with refused(clinic, r"Patient positioned at \S+ is before the session opened \(\S+\)"):
        stamp(clinic, nurse, procedure_session, "positioned",
              at=opened - timedelta(minutes=1))


def test_each_stamp_is_recorded_once(clinic, nurse, procedure_session):
    stamp(clinic, nurse, procedure_session, "positioned")
    with refused(clinic, r"^Patient positioned is already recorded at \S+: correct it as an "
                         "amendment$"):
        stamp(clinic, nurse, procedure_session, "positioned")


# --- late stamps ---------------------------------------------------------------------------

def test_a_late_stamp_needs_its_reason_and_is_stored_as_retrospective(clinic, clock, nurse,
                                                                      procedure_session):
    opened = opened_at(clinic, procedure_session)
    clock.moment = opened + timedelta(minutes=25)
    late = opened + timedelta(minutes=10)                  # 15 min ago; the limit is 10
    with refused(clinic, "^Recorded more than 10 minutes after the fact: give the reason$") \
            as caught:
        stamp(clinic, nurse, procedure_session, "positioned", at=late, reason="   ")
    assert [e.field for e in caught.value.errors] == ["reason"]

    before = last_seq(clinic)
    state = stamp(clinic, nurse, procedure_session, "positioned", at=late,
                  reason=" recorded on paper first ")
    [event] = new_events(clinic, before)
    assert event.data == {"kind": "positioned", "details": {}, "retrospective": True,
                          "reason": "recorded on paper first"}
    assert (event.clinical_time, event.recorded_time) == (to_text(late), to_text(clock.moment))
    positioned = state.stamp("positioned")
    assert (positioned.at, positioned.retrospective, positioned.reason) == (
        late, True, "recorded on paper first")
    # Exactly 10 minutes old is not late yet.
    state = stamp(clinic, nurse, procedure_session, "needle_in",
                  at=clock.moment - timedelta(minutes=10))
    assert (state.stamp("needle_in").retrospective, state.stamp("needle_in").reason) == (
        False, None)


# --- details -------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "details", "field", "message"), [
    ("needle_in", {**DETAILS["needle_in"], "spinal_level": "L1-L2"}, "spinal_level",
     "Spinal level must be one of L2-L3, L3-L4, L4-L5, L5-S1, found 'L1-L2'"),
    ("needle_in", {**DETAILS["needle_in"], "needle_gauge": "18G"}, "needle_gauge",
     "Needle gauge must be one of 20G atraumatic, 22G atraumatic, 25G atraumatic, "
     "22G Quincke, found '18G'"),
    ("needle_in", {**DETAILS["needle_in"], "attempts": 0}, "attempts",
     "Number of attempts must be at least 1, found 0"),
    ("csf_obtained", {"volume_ml": 25, "appearance": "clear"}, "volume_ml",
     "CSF volume 25 mL is above the sane maximum of 20 mL: check the value"),
    ("infusion_end", {"volume_ml": 10.5}, "volume_ml",
     "Infused volume 10.5 mL is more than the vial holds (10 mL)"),
])
def test_details_out_of_bounds_are_refused(clinic, clock, nurse, procedure_session, kind,
                                           details, field, message):
    earlier = {"needle_in": ["positioned"], "csf_obtained": ["positioned", "needle_in"],
               "infusion_end": ["positioned", "needle_in", "infusion_start"]}[kind]
    walk(clinic, clock, nurse, procedure_session, *earlier)
    clock.moment = opened_at(clinic, procedure_session) + timedelta(minutes=MINUTES[kind])
    with refused(clinic, f"^{re.escape(message)}$") as caught:
        stamp(clinic, nurse, procedure_session, kind, details=details)
    assert [(e.field, e.message) for e in caught.value.errors] == [(field, message)]


# --- the infusion deviation ----------------------------------------------------------------

@pytest.mark.parametrize(("minutes", "volume", "deviations"), [
    (4, 6, ["Infusion lasted 4 min (minimum 5 min)"]),
    (3, 10, ["Infusion lasted 3 min (minimum 5 min)",
             "Rate 3.34 mL/min is above the maximum of 2 mL/min"]),
])
@pytest.mark.parametrize("acknowledged_first", [True, False],
                         ids=["acknowledged-first", "lying-flat-first"])
def test_a_deviation_needs_an_investigators_acknowledgement(
        clinic, clock, nurse, doctor, procedure_session, minutes, volume, deviations,
        acknowledged_first):
    times = {"positioned": 0, "needle_in": 1, "infusion_start": 2,
             "infusion_end": 2 + minutes, "needle_out": 3 + minutes, "lying_flat": 4 + minutes}
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in", "infusion_start",
         minutes=times)
    clock.moment = opened_at(clinic, procedure_session) + timedelta(minutes=2 + minutes)
    state = stamp(clinic, nurse, procedure_session, "infusion_end",
                  details={"volume_ml": volume})
    assert [r.text for r in state.infusion.deviations] == deviations
    assert state.needs_acknowledgement

    with refused(clinic, "^A nurse may not acknowledge a deviation from the protocol.$",
                 PermissionDenied):
        procedure.acknowledge_deviation(clinic, nurse, procedure_session, "fine")
    with refused(clinic, "^Write what was done or why it is acceptable.$", InvalidInput):
        procedure.acknowledge_deviation(clinic, doctor, procedure_session, "  ")

    def acknowledge() -> list[journal.Event]:
        before = last_seq(clinic)
        state = procedure.acknowledge_deviation(clinic, doctor, procedure_session,
                                                " pump set too fast ")
        assert not state.needs_acknowledgement
        assert state.acknowledged_by == "dr.house"
        events = new_events(clinic, before)
        assert (events[0].kind, events[0].data, events[0].actor) == (
            "procedure.deviation_acknowledged",
            {"deviations": deviations, "comment": "pump set too fast"}, "dr.house")
        return events

    def lying_flat() -> list[journal.Event]:
        before = last_seq(clinic)
        walk(clinic, clock, nurse, procedure_session, "needle_out", "lying_flat", minutes=times)
        return new_events(clinic, before)

    locked = "^Locked until the procedure is recorded to lying flat.$"
    if acknowledged_first:
        assert [e.kind for e in acknowledge()] == ["procedure.deviation_acknowledged"]
        with pytest.raises(InvalidInput, match=locked):
            procedure.require_procedure_done(clinic, procedure_session)
        assert [e.kind for e in lying_flat()] == ["procedure.stamped", "procedure.stamped",
                                                  "procedure.completed"]
    else:
        assert [e.kind for e in lying_flat()] == ["procedure.stamped", "procedure.stamped"]
        assert procedure.procedure_state(clinic, procedure_session).session.step == "procedure"
        with pytest.raises(InvalidInput, match=locked):
            procedure.require_procedure_done(clinic, procedure_session)
        assert [e.kind for e in acknowledge()] == ["procedure.deviation_acknowledged",
                                                   "procedure.completed"]
    assert procedure.procedure_state(clinic, procedure_session).session.step == "observation"
    procedure.require_procedure_done(clinic, procedure_session)
    with refused(clinic, "^There is no deviation to acknowledge.$", InvalidInput):
        procedure.acknowledge_deviation(clinic, doctor, procedure_session, "again")


def test_without_a_deviation_there_is_nothing_to_acknowledge(clinic, clock, nurse, doctor,
                                                             procedure_session):
    state = walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in",
                 "infusion_start", "infusion_end")
    assert (state.infusion.deviations, state.needs_acknowledgement) == ((), False)
    with refused(clinic, "^There is no deviation to acknowledge.$", InvalidInput):
        procedure.acknowledge_deviation(clinic, doctor, procedure_session, "nothing")


# --- timers --------------------------------------------------------------------------------

def test_timers_are_recomputed_from_the_stored_times_after_a_restart(
        clinic, clock, nurse, procedure_session, tmp_db_path, protocol):
    opened = opened_at(clinic, procedure_session)
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in", "infusion_start")

    def restarted_at(minutes: float) -> Clinic:
        clock.moment = opened + timedelta(minutes=minutes)
        return Clinic(open_store(tmp_db_path), protocol, clock=clock)

    clinic.close()
    reopened = restarted_at(9)
    try:
        timers = procedure.procedure_state(reopened, procedure_session).timers(reopened.now())
        assert timers.since_needle_in == timedelta(minutes=7)
        assert (timers.infusion_running, timers.infusion_done) == (timedelta(minutes=4), False)
        assert timers.lying_flat is None
        assert timers.since_thawing == timedelta(minutes=29)         # thawed 20 min before
        assert timers.stability_left == timedelta(hours=4, minutes=-29)
        walk(reopened, clock, nurse, procedure_session, "infusion_end", "needle_out",
             "lying_flat")
    finally:
        reopened.close()

    again = restarted_at(44)
    try:
        state = procedure.procedure_state(again, procedure_session)
        timers = state.timers(again.now())
        assert timers.since_needle_in == timedelta(minutes=11)        # stopped at needle out
        assert (timers.infusion_running, timers.infusion_done) == (timedelta(minutes=7), True)
        assert timers.lying_flat == timedelta(minutes=30)
        assert timers.since_thawing == timedelta(minutes=64)
        # The same stored times read at another moment give that moment's clocks.
        assert state.timers(opened + timedelta(minutes=15)).lying_flat == timedelta(minutes=1)
    finally:
        again.close()
