"""Procedure incidents, abandonment and what becomes of the vial, clock jumps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from procedure_steps import (
    CLOSED,
    new_events,
    opened_at,
    refused,
    reopen_v1,
    stamp,
    walk,
)
from vial_bank import CODE, OK, din, isbt, last_seq

from maestro_desktop.domain.timeutil import to_text
from maestro_desktop.services import cellbank, procedure, sessions, vials
from maestro_desktop.services.errors import InvalidInput
from maestro_desktop.services.vials import VialRefused

# --- incidents and abandonment -------------------------------------------------------------

def test_incidents_are_journalled_with_their_time(clinic, clock, nurse, procedure_session):
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in")
    before = last_seq(clinic)
    procedure.incident(clinic, nurse, procedure_session, "failed_attempt", {})
    clock.advance(minutes=1)
    at = clock.moment - timedelta(seconds=40)
    state = procedure.incident(clinic, nurse, procedure_session, "paraesthesia",
                               {"note": "left leg, brief"}, at=at)
    events = new_events(clinic, before)
    assert [(e.kind, e.data) for e in events] == [
        ("procedure.incident", {"kind": "failed_attempt", "details": {}}),
        ("procedure.incident", {"kind": "paraesthesia", "details": {"note": "left leg, brief"}})]
    assert events[1].clinical_time == to_text(at)
    assert [(i.kind, i.at, i.details, i.recorded_by) for i in state.incidents][1] == (
        "paraesthesia", at, {"note": "left leg, brief"}, "nurse.joy")
    with refused(clinic, r"^Vasovagal reaction at \S+ is in the future$"):
        procedure.incident(clinic, nurse, procedure_session, "vasovagal", {},
                           at=clock.moment + timedelta(minutes=5))
    with refused(clinic, "^Unknown incident 'fainted'"):
        procedure.incident(clinic, nurse, procedure_session, "fainted", {})


def test_abandoning_needs_the_reason_and_the_vials_fate(clinic, nurse, procedure_session):
    with refused(clinic, "Give the reason the procedure was abandoned; Say what became of "
                         "the vial"):
        procedure.incident(clinic, nurse, procedure_session, "abandoned", {"reason": " "})
    assert sessions.get_session(clinic, procedure_session).status == "open"


def test_abandoning_an_opened_vial_closes_the_session_and_uses_the_vial(
        clinic, clock, nurse, doctor, procedure_session, all_clear):
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in", "csf_obtained")
    before = last_seq(clinic)
    state = procedure.incident(clinic, nurse, procedure_session, "abandoned", {
        "reason": "patient unable to stay still", "vial_fate": "opened, not injected"})
    assert [(e.kind, e.data) for e in new_events(clinic, before)] == [
        ("procedure.incident", {"kind": "abandoned", "details": {
            "reason": "patient unable to stay still", "vial_fate": "opened, not injected"}}),
        ("vial.administered", {"vial_id": din(OK), "session": procedure_session,
                               "fate": "opened, not injected"}),
        ("session.closed", {"status": "not performed",
                            "reasons": ["Procedure abandoned: patient unable to stay still"],
                            "vial_fate": "opened, not injected"})]
    assert state.session.status == "not performed"
    assert cellbank.get_vial(clinic, din(OK)).administered_session == procedure_session

    later = reopen_v1(clinic, doctor, nurse, all_clear)
    with pytest.raises(VialRefused, match="was already administered"):
        vials.scan(clinic, nurse, later, isbt(OK))


def test_abandoning_before_opening_the_vial_leaves_it_usable(clinic, clock, nurse, doctor,
                                                             procedure_session, all_clear):
    walk(clinic, clock, nurse, procedure_session, "positioned")
    before = last_seq(clinic)
    procedure.incident(clinic, nurse, procedure_session, "abandoned",
                       {"reason": "vasovagal before the puncture", "vial_fate": "not opened"})
    assert [e.kind for e in new_events(clinic, before)] == ["procedure.incident",
                                                            "session.closed"]
    assert cellbank.get_vial(clinic, din(OK)).administered_session is None

    later = reopen_v1(clinic, doctor, nurse, all_clear)
    state = vials.scan(clinic, nurse, later, isbt(OK))
    assert (state.vial_id, state.evaluation.reasons) == (din(OK), ())


def test_a_closed_session_refuses_the_timeline(clinic, clock, nurse, doctor,
                                               procedure_session):
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in", "infusion_start")
    clock.moment = opened_at(clinic, procedure_session) + timedelta(minutes=7)
    stamp(clinic, nurse, procedure_session, "infusion_end", details={"volume_ml": 10})
    procedure.incident(clinic, nurse, procedure_session, "abandoned",
                       {"reason": "patient left", "vial_fate": "partly injected"})
    with refused(clinic, CLOSED, InvalidInput):
        stamp(clinic, nurse, procedure_session, "needle_out")
    with refused(clinic, CLOSED, InvalidInput):
        procedure.incident(clinic, nurse, procedure_session, "vasovagal", {})
    with refused(clinic, CLOSED, InvalidInput):
        procedure.acknowledge_deviation(clinic, doctor, procedure_session, "too late")


# --- clock jumps ---------------------------------------------------------------------------

def test_a_clock_jump_is_journalled_with_its_seconds(clinic, nurse, procedure_session):
    before = last_seq(clinic)
    wall_before = clinic.now() - timedelta(minutes=1)
    procedure.note_clock_jump(clinic, nurse, procedure_session,
                              timedelta(minutes=-5, seconds=-3.04), wall_before)
    procedure.note_clock_jump(clinic, None, None, timedelta(hours=1), wall_before)
    first, second = new_events(clinic, before)
    assert (first.kind, first.data) == ("clock.jumped", {"seconds": -303.0,
                                                         "wall_before": to_text(wall_before)})
    assert (first.actor, first.subject, first.session) == ("nurse.joy", CODE,
                                                           procedure_session)
    assert (second.data["seconds"], second.actor, second.session) == (3600.0, None, None)


def test_an_infused_vial_cannot_be_called_not_opened(clinic, clock, nurse, procedure_session):
    walk(clinic, clock, nurse, procedure_session, "positioned", "needle_in", "infusion_start")
    with refused(clinic, "The infusion had started: the vial was opened."):
        procedure.incident(clinic, nurse, procedure_session, "abandoned",
                           {"reason": "patient agitated", "vial_fate": "not opened"})
