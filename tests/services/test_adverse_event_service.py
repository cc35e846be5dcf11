"""Adverse events through the services: who records them, the refusals (each with its field,
nothing written), follow-up changes journalled with old -> new and their reason, and the
reporting clock of a serious adverse event on the fixed clock.

`observing_session` (tests/services/conftest.py) is at the observation step, the clock 2 minutes
after the infusion end (INFUSION_END)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from procedure_steps import INFUSION_END, new_events, refused
from vial_bank import CODE, last_seq

from maestro_desktop.domain.adverse_events import AdverseEvent
from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.timeutil import to_text
from maestro_desktop.services import adverse_events
from maestro_desktop.services.errors import InvalidInput, PermissionDenied

NOW = INFUSION_END + timedelta(minutes=2)      # the clock of observing_session
ONSET = INFUSION_END + timedelta(minutes=1)
HEADACHE = AdverseEvent(term="post-dural-puncture headache", onset=ONSET, grade=1,
                        serious=False, serious_criteria=(), relation_lp="probable",
                        relation_product="unlikely", action="none", outcome="recovering")
SERIOUS = dataclasses.replace(HEADACHE, term="meningitis", grade=3, serious=True,
                              serious_criteria=("hospitalisation or prolongation",),
                              action="treatment given", outcome="not recovered")


@pytest.fixture
def session_id(clock, observing_session) -> str:
    assert clock.moment == NOW
    return observing_session


def record(clinic, actor, session_id, event=HEADACHE) -> adverse_events.AeRecord:
    return adverse_events.record_ae(clinic, actor, session_id, event)


# --- recording -----------------------------------------------------------------------------

def test_a_nurse_records_an_ae_a_coordinator_may_not(clinic, staff, nurse, session_id):
    with refused(clinic, "^A coordinator may not record adverse events.$", PermissionDenied):
        record(clinic, staff[Role.COORDINATOR], session_id)
    before = last_seq(clinic)
    recorded = record(clinic, nurse, session_id)
    [event] = new_events(clinic, before)
    assert (event.kind, event.actor, event.subject, event.session) == (
        "ae.recorded", "nurse.joy", CODE, session_id)
    assert (event.clinical_time, event.recorded_time) == (to_text(ONSET), to_text(NOW))
    assert event.data["adverse_event"]["term"] == "post-dural-puncture headache"
    assert event.data["adverse_event"]["serious_criteria"] == []
    assert recorded.id == event.id
    assert (recorded.session, recorded.event) == (session_id, HEADACHE)
    assert (recorded.recorded_by, recorded.recorded_at) == ("nurse.joy", NOW)
    assert (recorded.reported_at, recorded.clock) == (None, None)
    assert adverse_events.list_aes(clinic, session_id) == [recorded]
    assert adverse_events.get_ae(clinic, recorded.id) == recorded


def test_an_investigator_records_one_too(clinic, doctor, session_id):
    assert record(clinic, doctor, session_id, SERIOUS).recorded_by == "dr.house"


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"onset": NOW + timedelta(minutes=1)}, "onset", "is in the future"),
    ({"end": ONSET - timedelta(minutes=1)}, "end", "is before the onset"),
    ({"grade": 6}, "grade", r"^Grade 6 does not exist \(CTCAE grades 1 to 5\)\.$"),
    ({"serious": True}, "serious_criteria", "needs at least one seriousness criterion"),
    ({"serious_criteria": ("life-threatening",)}, "serious_criteria",
     "apply only to a serious adverse event"),
    ({"serious": True, "serious_criteria": ("death",), "grade": 4}, "serious_criteria",
     "The criterion 'death' goes with grade 5, not grade 4."),
    ({"outcome": "fatal", "grade": 3}, "grade", "A fatal outcome is grade 5, not grade 3."),
])
def test_refusals_name_their_field_and_write_nothing(clinic, nurse, session_id, changes, field,
                                                    message):
    with refused(clinic, message) as caught:
        record(clinic, nurse, session_id, dataclasses.replace(HEADACHE, **changes))
    assert [e.field for e in caught.value.errors] == [field]
    assert adverse_events.list_aes(clinic, session_id) == []


def test_no_such_adverse_event(clinic):
    with refused(clinic, "^There is no such adverse event.$", InvalidInput):
        adverse_events.get_ae(clinic, "nope")


# --- follow-up -----------------------------------------------------------------------------

def test_an_update_needs_a_reason_and_journals_old_and_new(clinic, clock, nurse, doctor,
                                                           session_id):
    ae_id = record(clinic, nurse, session_id).id
    clock.advance(hours=2)
    end = NOW + timedelta(hours=1)
    followed = dataclasses.replace(HEADACHE, grade=2, end=end, outcome="recovered",
                                   action="treatment given")
    with refused(clinic, r"^Give the reason for the change \(follow-up, correction…\).$",
                 InvalidInput):
        adverse_events.update_ae(clinic, doctor, ae_id, followed, "  ")
    with refused(clinic, "is before the onset"):
        adverse_events.update_ae(clinic, doctor, ae_id,
                                 dataclasses.replace(followed, end=ONSET - timedelta(hours=1)),
                                 "follow-up call")

    before = last_seq(clinic)
    updated = adverse_events.update_ae(clinic, doctor, ae_id, followed, " follow-up call ")
    [event] = new_events(clinic, before)
    assert (event.kind, event.actor, event.session) == ("ae.updated", "dr.house", session_id)
    assert event.data["ae_id"] == ae_id
    assert event.data["reason"] == "follow-up call"
    assert event.data["changes"] == {"grade": [1, 2], "action": ["none", "treatment given"],
                                     "outcome": ["recovering", "recovered"],
                                     "end": [None, end.isoformat()]}
    assert event.data["adverse_event"]["grade"] == 2
    assert (updated.id, updated.event) == (ae_id, followed)
    assert (updated.recorded_by, updated.recorded_at) == ("nurse.joy", NOW)   # unchanged
    assert adverse_events.list_aes(clinic, session_id) == [updated]


@pytest.mark.parametrize("event", [HEADACHE, SERIOUS], ids=["non-serious", "serious"])
def test_an_unchanged_update_writes_nothing(clinic, clock, nurse, session_id, event):
    recorded = record(clinic, nurse, session_id, event)
    clock.advance(minutes=30)
    before = last_seq(clinic)
    again = adverse_events.update_ae(clinic, nurse, recorded.id, event, "")
    assert new_events(clinic, before) == []
    assert again.event == event


def test_a_coordinator_may_not_update(clinic, staff, nurse, session_id):
    ae_id = record(clinic, nurse, session_id).id
    with refused(clinic, "^A coordinator may not record adverse events.$", PermissionDenied):
        adverse_events.update_ae(clinic, staff[Role.COORDINATOR], ae_id,
                                 dataclasses.replace(HEADACHE, grade=2), "correction")


# --- the SAE reporting clock ---------------------------------------------------------------

def test_a_serious_ae_must_be_reported_within_24_hours(clinic, clock, nurse, doctor,
                                                       session_id):
    ae_id = record(clinic, nurse, session_id, SERIOUS).id
    due = NOW + timedelta(hours=24)
    started = adverse_events.get_ae(clinic, ae_id).clock
    assert (started.due, started.remaining, started.overdue) == (due, timedelta(hours=24),
                                                                 False)
    clock.advance(hours=10)
    assert adverse_events.get_ae(clinic, ae_id).clock.remaining == timedelta(hours=14)
    clock.moment = due
    at_due = adverse_events.get_ae(clinic, ae_id).clock
    assert (at_due.remaining, at_due.overdue) == (timedelta(0), False)
    clock.advance(seconds=1)
    late = adverse_events.list_aes(clinic, session_id)[0].clock
    assert (late.due, late.remaining, late.overdue) == (due, timedelta(seconds=-1), True)

    with refused(clinic, "^The report time cannot be in the future.$", InvalidInput):
        adverse_events.mark_reported(clinic, doctor, ae_id, clock.moment + timedelta(minutes=1))
    before = last_seq(clinic)
    reported = adverse_events.mark_reported(clinic, doctor, ae_id)
    [event] = new_events(clinic, before)
    assert (event.kind, event.actor, event.data) == ("ae.reported", "dr.house", {"ae_id": ae_id})
    assert (reported.reported_at, reported.clock) == (to_text(clock.moment), None)
    clock.advance(hours=48)
    assert adverse_events.get_ae(clinic, ae_id).clock is None
    with refused(clinic, "^This serious adverse event is already marked as reported.$",
                 InvalidInput):
        adverse_events.mark_reported(clinic, doctor, ae_id)


def test_a_report_time_given_in_the_past_is_kept(clinic, clock, nurse, session_id):
    ae_id = record(clinic, nurse, session_id, SERIOUS).id
    clock.advance(hours=3)
    sent = NOW + timedelta(hours=1)
    reported = adverse_events.mark_reported(clinic, nurse, ae_id, sent)
    assert (reported.reported_at, reported.clock) == (to_text(sent), None)


def test_a_non_serious_ae_is_not_reported(clinic, nurse, doctor, session_id):
    recorded = record(clinic, nurse, session_id)
    assert recorded.clock is None
    with refused(clinic, "^Only a serious adverse event is reported within the deadline.$",
                 InvalidInput):
        adverse_events.mark_reported(clinic, doctor, recorded.id)


def test_an_ae_made_serious_by_follow_up_starts_its_clock_from_the_record(clinic, clock, nurse,
                                                                          doctor, session_id):
    ae_id = record(clinic, nurse, session_id).id
    clock.advance(hours=5)
    upgraded = adverse_events.update_ae(clinic, doctor, ae_id,
                                        dataclasses.replace(SERIOUS, term=HEADACHE.term),
                                        "admitted overnight")
    assert upgraded.clock.due == NOW + timedelta(hours=24)
    assert upgraded.clock.remaining == timedelta(hours=19)
