"""Injection sessions: opening one for the right visit, one at a time per workstation, finding it
again after a restart, and closing one opened in error."""

from __future__ import annotations

from datetime import date

import pytest

from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.services import sessions, subjects
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.errors import InvalidInput
from maestro_desktop.store import journal
from maestro_desktop.store.database import open_store


@pytest.fixture
def ward(clinic, staff, eligible):
    """Two subjects whose signed eligibility lets visit 1 open."""
    for code, enrolled in (("01-001", date(2025, 3, 8)), ("01-002", date(2024, 12, 10))):
        subjects.register_subject(clinic, staff[Role.COORDINATOR],
                                  Subject(code, "ABC", 1975, "F", False, enrolled))
        eligible(code)
    return clinic


@pytest.fixture
def doctor(staff):
    return staff[Role.INVESTIGATOR]


def perform(clinic, doctor, code, visit):
    info = sessions.open_session(clinic, doctor, code, visit)
    clinic.record("session.closed", {"status": "performed", "reason": "test"},
                  actor=doctor.username, subject=code, session=info.id)
    return info


def test_open_session_is_journalled_and_projected(ward, doctor, clock):
    info = sessions.open_session(ward, doctor, "01-001", "V1")
    assert (info.subject, info.initials, info.visit, info.visit_label, info.status, info.step,
            info.opened_by) == ("01-001", "ABC", "V1", "Injection 1", "open", "checks",
                                "dr.house")
    event = list(journal.events(ward.db, session=info.id))[0]
    assert (event.kind, event.actor, event.subject, event.workstation) == (
        "session.opened", "dr.house", "01-001", ward.store.workstation)
    assert event.data == {"visit": "V1", "visit_label": "Injection 1", "due": "2025-03-08",
                          "window": "in window (due 2025-03-08)"}
    assert event.clinical_time == clock().isoformat(timespec="microseconds")
    assert sessions.get_session(ward, info.id) == info


def test_only_one_open_session_per_workstation(ward, doctor, journal_count):
    sessions.open_session(ward, doctor, "01-001", "V1")
    before = journal_count(ward)
    with pytest.raises(InvalidInput, match="Session for 01-001 .Injection 1. is still open"):
        sessions.open_session(ward, doctor, "01-002", "V1")
    assert journal_count(ward) == before


@pytest.mark.parametrize(("done", "visit", "message"), [
    ([], "V2", "Injection 2 cannot start before V1"),
    ([], "V3", "Injection 3 cannot start before V1, V2"),
    (["V1"], "V3", "Injection 3 cannot start before V2"),
    (["V1"], "V1", "Injection 1 of 01-002 already has a session"),
    ([], "M9", "M9 is not an injection visit of subject 01-002"),
    ([], "V4", "V4 is not an injection visit"),
])
def test_visit_order_is_enforced(ward, doctor, journal_count, done, visit, message):
    for earlier in done:
        perform(ward, doctor, "01-002", earlier)
    before = journal_count(ward)
    with pytest.raises(InvalidInput, match=message):
        sessions.open_session(ward, doctor, "01-002", visit)
    assert journal_count(ward) == before


def test_next_injection_opens_once_the_previous_is_done(ward, doctor):
    perform(ward, doctor, "01-002", "V1")
    info = sessions.open_session(ward, doctor, "01-002", "V2")
    assert (info.visit, info.visit_label) == ("V2", "Injection 2")


def test_unknown_subject(ward, doctor):
    with pytest.raises(InvalidInput, match="There is no subject 09-999"):
        sessions.open_session(ward, doctor, "09-999", "V1")


def test_open_session_is_found_after_restart(ward, doctor, protocol, clock):
    info = sessions.open_session(ward, doctor, "01-001", "V1")
    path, workstation = ward.store.path, ward.store.workstation
    ward.close()
    restarted = Clinic(open_store(path), protocol, clock=clock)
    try:
        assert restarted.store.workstation == workstation
        assert sessions.open_on_workstation(restarted) == info
        assert [s.id for s in sessions.list_sessions(restarted)] == [info.id]
    finally:
        restarted.close()


def test_nothing_open_on_a_fresh_workstation(ward):
    assert sessions.open_on_workstation(ward) is None


def test_other_workstations_sessions_are_not_resumed_here(ward, doctor):
    info = sessions.open_session(ward, doctor, "01-001", "V1")
    ward.db.execute("UPDATE sessions SET workstation = 'ws-elsewhere' WHERE id = ?", [info.id])
    assert sessions.open_on_workstation(ward) is None


def test_close_opened_in_error(ward, doctor, journal_kinds):
    info = sessions.open_session(ward, doctor, "01-001", "V1")
    sessions.close_opened_in_error(ward, doctor, info.id, "  wrong subject  ")
    closed = sessions.get_session(ward, info.id)
    assert closed.status == "cancelled"
    event = list(journal.events(ward.db, session=info.id))[-1]
    assert (event.kind, event.actor, event.data) == (
        "session.closed", "dr.house", {"status": "cancelled", "reason": "wrong subject"})
    # The record stays, the workstation is free, and the visit can be opened again.
    assert journal_kinds(ward).count("session.opened") == 1
    assert sessions.open_on_workstation(ward) is None
    again = sessions.open_session(ward, doctor, "01-001", "V1")
    assert again.id != info.id


@pytest.mark.parametrize(("close_first", "reason", "message"), [
    (False, "   ", "Give the reason"),
    (True, "again", "Only an open session"),
])
def test_close_opened_in_error_is_checked(ward, doctor, journal_count, close_first, reason,
                                          message):
    info = sessions.open_session(ward, doctor, "01-001", "V1")
    if close_first:
        sessions.close_opened_in_error(ward, doctor, info.id, "first time")
    before = journal_count(ward)
    with pytest.raises(InvalidInput, match=message):
        sessions.close_opened_in_error(ward, doctor, info.id, reason)
    assert journal_count(ward) == before


def test_unknown_session(ward):
    with pytest.raises(InvalidInput, match="There is no session nope"):
        sessions.get_session(ward, "nope")
