"""Post-injection observation through the services: the lock before lying flat, who records,
the schedule from the stored infusion end, sets with NEWS2 and alerts, refusals with nothing
written, statuses on the fixed clock, missed checks, a restart, the SpO2 scale, the discharge.
`observing_session` (conftest.py) ends the infusion at INFUSION_END, the clock 2 min later."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

import pytest
from procedure_steps import INFUSION_END, MINUTES, new_events, refused, walk
from vial_bank import CODE, last_seq

from maestro_desktop.domain.observation import CheckStatus, Extras
from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.timers import clock_time
from maestro_desktop.domain.timeutil import to_text
from maestro_desktop.domain.vitals import VitalSigns
from maestro_desktop.services import observation, sessions
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.errors import InvalidInput, NeedsConfirmation, PermissionDenied
from maestro_desktop.store.database import open_store

CHECK_MINUTES = (15, 30, 45, 60, 90, 120, 180, 240, 300, 360)
NORMAL = VitalSigns(systolic_bp=122, diastolic_bp=76, heart_rate=72, respiratory_rate=14,
                    spo2=98, oxygen=False, temperature=36.8, consciousness="A")  # = baseline
NONE = Extras()
LOCKED = "^Locked until the procedure is recorded to lying flat.$"
DECISION = r"^A nurse may not record a clinical decision \(SpO2 scale, discharge\).$"


def at(minutes: float, **more: float) -> datetime:
    """`minutes` (and more) after the infusion end."""
    return INFUSION_END + timedelta(minutes=minutes, **more)


def take(clinic, clock, actor, session_id, minutes, vitals=NORMAL, extras=NONE, **kwargs):
    """Move the clock to `minutes` after the end and record a set taken then."""
    clock.moment = at(minutes)
    return observation.record_observation(clinic, actor, session_id, vitals, extras, **kwargs)


def statuses(clinic, session_id) -> dict[str, CheckStatus]:
    return {s.check.key: s.status for s in observation.observation_state(clinic, session_id).states}


def keep_checks(clinic, clock, nurse, session_id, *, missed=(), left=()) -> None:
    """At each check's due time record a set, or why it was not done (`missed`); `left` ones
    are left alone. T+360 comes with its temperature and headache."""
    for minute in (m for m in CHECK_MINUTES if m not in left):
        clock.moment = at(minute)
        if minute in missed:
            observation.record_missed(clinic, nurse, session_id, f"T+{minute}", "patient asleep")
        else:
            take(clinic, clock, nurse, session_id, minute,
                 extras=Extras(headache=False) if minute == 360 else NONE)


def all_criteria(clinic) -> dict[str, bool]:
    return {c: True for c in clinic.protocol.site.discharge_criteria}


# --- the lock and the schedule -------------------------------------------------------------

def test_observation_is_locked_until_lying_flat(clinic, clock, nurse, doctor, procedure_session):
    with refused(clinic, LOCKED, InvalidInput):
        observation.record_observation(clinic, nurse, procedure_session, NORMAL, NONE)
    walk(clinic, clock, nurse, procedure_session, *[k for k in MINUTES if k != "lying_flat"])
    with refused(clinic, LOCKED, InvalidInput):
        observation.record_observation(clinic, nurse, procedure_session, NORMAL, NONE)
    with refused(clinic, LOCKED, InvalidInput):
        observation.record_missed(clinic, nurse, procedure_session, "T+15", "asleep")
    with refused(clinic, LOCKED, InvalidInput):
        observation.discharge(clinic, doctor, procedure_session, all_criteria(clinic))


def test_the_schedule_comes_from_the_stored_infusion_end(clinic, observing_session):
    state = observation.observation_state(clinic, observing_session)
    assert state.infusion_end == INFUSION_END
    assert [c.key for c in state.plan] == [f"T+{m}" for m in CHECK_MINUTES]
    assert [c.due for c in state.plan] == [at(m) for m in CHECK_MINUTES]
    assert all(c.items == ("vitals",) for c in state.plan[:-1])
    assert state.plan[-1].items == ("vitals", "temperature", "headache")
    assert set(statuses(clinic, observing_session).values()) == {CheckStatus.UPCOMING}
    assert (state.sets, state.spo2_scale, state.discharged_at) == ((), 1, None)
    assert state.baseline == NORMAL


# --- a set, its check, NEWS2 and alerts ----------------------------------------------------

def test_a_nurse_records_a_set_near_t15_matched_scored_and_alerted(clinic, clock, staff, nurse,
                                                                    observing_session):
    vitals = dataclasses.replace(NORMAL, systolic_bp=100, heart_rate=95, respiratory_rate=21,
                                 temperature=38.0)
    with refused(clinic, "^A coordinator may not record vital signs.$", PermissionDenied):
        take(clinic, clock, staff[Role.COORDINATOR], observing_session, 14, vitals)
    before = last_seq(clinic)
    state = take(clinic, clock, nurse, observing_session, 14, vitals, Extras(pain=3))
    [event] = new_events(clinic, before)
    assert (event.kind, event.actor, event.subject, event.session, event.clinical_time) == (
        "vitals.recorded", "nurse.joy", CODE, observing_session, to_text(at(14)))
    scores = {"respiration_rate": 2, "spo2": 0, "oxygen": 0, "systolic_bp": 2, "pulse": 1,
              "consciousness": 0, "temperature": 0}
    alerts = ["Fever 38.0 °C", "Systolic BP 100 mmHg, 22 mmHg below the baseline (122 mmHg)"]
    assert event.data["check_key"] == "T+15"
    assert event.data["news2"] == {"total": 5, "band": "medium", "scores": scores, "scale": 1}
    assert event.data["alerts"] == alerts
    assert (event.data["purpose"], event.data["confirmed_warnings"]) == ("observation", [])
    assert event.data["extras"]["pain"] == 3
    [stored] = state.sets
    assert (stored.recorded_by, stored.taken_at, stored.check_key) == ("nurse.joy", at(14), "T+15")
    assert (stored.news2_total, stored.news2_band) == (5, "medium")
    assert (stored.alerts, stored.vitals, stored.extras) == (tuple(alerts), vitals, Extras(pain=3))
    assert (state.states[0].status, state.states[0].done_at) == (CheckStatus.DONE, at(14))


def test_an_incomplete_or_future_set_is_refused(clinic, clock, nurse, observing_session):
    clock.moment = at(14)
    incomplete = dataclasses.replace(NORMAL, temperature=None, spo2=None)
    with refused(clinic, "^Complete the set: SpO2, Temperature$", InvalidInput):
        observation.record_observation(clinic, nurse, observing_session, incomplete, NONE)
    with refused(clinic, "^The time of the measurement cannot be in the future.$",
                 InvalidInput):
        observation.record_observation(clinic, nurse, observing_session, NORMAL, NONE,
                                       taken_at=at(14, seconds=1))


@pytest.mark.parametrize(("changes", "extras", "field"), [
    ({"systolic_bp": 400}, NONE, "systolic_bp"),
    ({"spo2": 101}, NONE, "spo2"),
    ({"diastolic_bp": 130}, NONE, "diastolic_bp"),
    ({"consciousness": "X"}, NONE, "consciousness"),
    ({}, Extras(pain=11), "pain"),
    ({}, Extras(headache=False, headache_postural=True), "headache_postural"),
])
def test_impossible_values_are_refused(clinic, clock, nurse, observing_session, changes,
                                       extras, field):
    clock.moment = at(14)
    with refused(clinic, ".") as caught:
        observation.record_observation(clinic, nurse, observing_session,
                                       dataclasses.replace(NORMAL, **changes), extras,
                                       confirmed=True)
    assert [e.field for e in caught.value.errors] == [field]      # a FieldInputError


def test_unusual_values_are_stored_once_confirmed(clinic, clock, nurse, observing_session):
    clock.moment = at(14)
    feverish = dataclasses.replace(NORMAL, temperature=38.6)
    warning = "Temperature 38.6 °C is outside the usual range (35.5-38.0 °C): confirm."
    with refused(clinic, f"^{re.escape(warning)}$", NeedsConfirmation) as caught:
        observation.record_observation(clinic, nurse, observing_session, feverish, NONE)
    assert [w.item for w in caught.value.warnings] == ["temperature"]
    before = last_seq(clinic)
    state = observation.record_observation(clinic, nurse, observing_session, feverish,
                                           NONE, confirmed=True)
    [event] = new_events(clinic, before)
    assert event.data["confirmed_warnings"] == [warning]
    assert state.sets[0].alerts == ("Fever 38.6 °C",)
    assert event.data["news2"]["scores"]["temperature"] == 1        # 38.1-39.0 °C


# --- statuses, missed checks, restart ------------------------------------------------------

@pytest.mark.parametrize(("moment", "status"), [
    (at(9, seconds=59), CheckStatus.UPCOMING), (at(10), CheckStatus.DUE),
    (at(15), CheckStatus.DUE), (at(20), CheckStatus.DUE),
    (at(20, seconds=1), CheckStatus.OVERDUE),
])
def test_status_of_t15_at_explicit_times(clinic, clock, observing_session, moment, status):
    clock.moment = moment
    assert statuses(clinic, observing_session)["T+15"] == status


def test_a_late_entry_with_its_real_time_fulfils_its_check(clinic, clock, nurse,
                                                           observing_session):
    clock.moment = at(22)
    assert statuses(clinic, observing_session)["T+15"] == CheckStatus.OVERDUE
    state = observation.record_observation(clinic, nurse, observing_session, NORMAL, NONE,
                                           taken_at=at(14))
    assert (state.states[0].status, state.states[0].done_at) == (CheckStatus.DONE, at(14))
    assert state.sets[0].taken_at == at(14)


def test_a_missed_check_needs_a_reason_and_is_recorded_once(clinic, clock, nurse,
                                                            observing_session):
    clock.moment = at(21)
    with refused(clinic, "^Give the reason the check was not done.$", InvalidInput):
        observation.record_missed(clinic, nurse, observing_session, "T+15", "  ")
    before = last_seq(clinic)
    state = observation.record_missed(clinic, nurse, observing_session, "T+15",
                                      " patient in the bathroom ")
    [event] = new_events(clinic, before)
    assert (event.kind, event.actor, event.session) == (
        "observation.check_missed", "nurse.joy", observing_session)
    assert event.data == {"check_key": "T+15", "reason": "patient in the bathroom"}
    assert (state.states[0].status, state.states[0].note) == (
        CheckStatus.MISSED, "patient in the bathroom")
    with refused(clinic, r"^Check T\+15 is already recorded.$", InvalidInput):
        observation.record_missed(clinic, nurse, observing_session, "T+15", "again")
    with refused(clinic, r"^There is no scheduled check T\+20.$", InvalidInput):
        observation.record_missed(clinic, nurse, observing_session, "T+20", "no such check")
    take(clinic, clock, nurse, observing_session, 30)
    with refused(clinic, r"^Check T\+30 is already recorded.$", InvalidInput):
        observation.record_missed(clinic, nurse, observing_session, "T+30", "it was done")


def test_the_state_survives_a_restart(clinic, clock, nurse, doctor, observing_session,
                                      tmp_db_path, protocol):
    take(clinic, clock, nurse, observing_session, 15)
    clock.moment = at(36)
    observation.record_missed(clinic, nurse, observing_session, "T+30", "scanner room")
    observation.set_spo2_scale(clinic, doctor, observing_session, 2, "target 88-92 %")
    before = observation.observation_state(clinic, observing_session)
    clinic.close()
    clock.moment = at(51)
    reopened = Clinic(open_store(tmp_db_path), protocol, clock=clock)
    try:
        after = observation.observation_state(reopened, observing_session)
        assert (after.infusion_end, after.plan, after.sets, after.spo2_scale) == (
            before.infusion_end, before.plan, before.sets, 2)
        assert [(s.check.key, s.status, s.done_at, s.note) for s in after.states[:4]] == [
            ("T+15", CheckStatus.DONE, at(15), None),
            ("T+30", CheckStatus.MISSED, None, "scanner room"),
            ("T+45", CheckStatus.OVERDUE, None, None),
            ("T+60", CheckStatus.UPCOMING, None, None)]
    finally:
        reopened.close()


# --- SpO2 scale ----------------------------------------------------------------------------

def test_the_spo2_scale_is_an_investigators_decision_for_the_next_sets(clinic, clock, nurse,
                                                                       doctor, observing_session):
    hypoxic = dataclasses.replace(NORMAL, spo2=90)          # on air: 3 on scale 1, 0 on scale 2
    state = take(clinic, clock, nurse, observing_session, 15, hypoxic, confirmed=True)
    assert (state.sets[0].news2_total, state.sets[0].news2_band) == (3, "low-medium")
    with refused(clinic, DECISION, PermissionDenied):
        observation.set_spo2_scale(clinic, nurse, observing_session, 2, "target 88-92 %")
    with refused(clinic, "^Give the reason", InvalidInput):
        observation.set_spo2_scale(clinic, doctor, observing_session, 2, " ")
    with refused(clinic, "^The SpO2 scale is 1 or 2.$", InvalidInput):
        observation.set_spo2_scale(clinic, doctor, observing_session, 3, "why not")
    before = last_seq(clinic)
    state = observation.set_spo2_scale(clinic, doctor, observing_session, 2, "target 88-92 %")
    [event] = new_events(clinic, before)
    assert (event.kind, event.actor, event.data) == (
        "news2.scale_changed", "dr.house", {"old": 1, "new": 2, "reason": "target 88-92 %"})
    assert state.spo2_scale == 2
    with refused(clinic, "^SpO2 scale 2 is already in use.$", InvalidInput):
        observation.set_spo2_scale(clinic, doctor, observing_session, 2, "again")
    before = last_seq(clinic)
    state = take(clinic, clock, nurse, observing_session, 30, hypoxic, confirmed=True)
    [event] = new_events(clinic, before)
    assert (event.data["news2"]["scale"], event.data["news2"]["scores"]["spo2"]) == (2, 0)
    assert [(s.check_key, s.news2_total, s.news2_band) for s in state.sets] == [
        ("T+15", 3, "low-medium"), ("T+30", 0, "low")]


# --- discharge -----------------------------------------------------------------------------

def test_no_discharge_before_the_planned_time(clinic, clock, nurse, doctor, observing_session):
    keep_checks(clinic, clock, nurse, observing_session, left=(360,))
    clock.moment = at(354, seconds=59)          # T+360 not open yet (it opens at T+355)
    planned = clock_time(at(360), clinic.tz, clock.moment)
    words = f"Discharge is planned 6 h after the infusion end (not before {planned})"
    with refused(clinic, f"^Discharge not possible yet: {re.escape(words)}$", InvalidInput):
        observation.discharge(clinic, doctor, observing_session, all_criteria(clinic))


def test_discharge_waits_for_every_check_and_criterion(clinic, clock, nurse, doctor,
                                                       observing_session):
    keep_checks(clinic, clock, nurse, observing_session, missed=(45, 180), left=(240,))
    assert clock.moment == at(360)
    due = clock_time(at(240), clinic.tz, clock.moment)
    check = (rf"^Discharge not possible yet: Check T\+240 \({due}\) is overdue: record it, "
             "or record why it was not done$")
    with refused(clinic, check, InvalidInput):
        observation.discharge(clinic, doctor, observing_session, all_criteria(clinic))
    observation.record_missed(clinic, nurse, observing_session, "T+240", "patient asleep")
    unconfirmed = all_criteria(clinic) | {"Walking unaided": False}
    with refused(clinic, "^Discharge not possible yet: Not confirmed: Walking unaided$",
                 InvalidInput):
        observation.discharge(clinic, doctor, observing_session, unconfirmed)
    with refused(clinic, DECISION, PermissionDenied):                 # only an investigator
        observation.discharge(clinic, nurse, observing_session, all_criteria(clinic))
    before = last_seq(clinic)
    state = observation.discharge(clinic, doctor, observing_session, all_criteria(clinic))
    [event] = new_events(clinic, before)
    assert (event.kind, event.actor, event.data) == (
        "session.discharged", "dr.house", {"criteria": all_criteria(clinic)})
    assert (state.discharged_by, state.discharged_at) == ("dr.house", to_text(at(360)))
    assert sessions.get_session(clinic, observing_session).step == "signoff"
    assert {s.status for s in state.states} == {CheckStatus.DONE, CheckStatus.MISSED}
    assert state.states[-1].status == CheckStatus.DONE
    with refused(clinic, "^The discharge is already recorded.$", InvalidInput):
        observation.discharge(clinic, doctor, observing_session, all_criteria(clinic))
