"""The role matrix is enforced by the use cases themselves, not only by greyed-out buttons: a
refused call raises PermissionDenied and writes nothing at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.domain.vitals import VitalSigns
from maestro_desktop.services import accounts, checks, eligibility, sessions, subjects
from maestro_desktop.services.errors import PermissionDenied
from maestro_desktop.store import projections

NEW_SUBJECT = Subject("01-009", "XYZ", 1980, "M", False, date(2025, 3, 1))
NORMAL_VITALS = VitalSigns(122, 76, 72, 14, 98, False, 36.8, "A")


def open_v1(clinic, actor):
    return sessions.open_session(clinic, actor, "01-001", "V1")


def create_nurse(clinic, actor):
    return accounts.create_account(clinic, actor, username="nurse.extra", display_name="Extra",
                                   role=Role.NURSE, password="long enough pass")


def promote_nurse(clinic, actor):
    return accounts.change_role(clinic, actor, "nurse.joy", Role.INVESTIGATOR, "promotion")


def deactivate_coordinator(clinic, actor):
    return accounts.deactivate(clinic, actor, "coord.amy", "left")


def register(clinic, actor):
    return subjects.register_subject(clinic, actor, NEW_SUBJECT)


def cancel_open_session(clinic, actor):
    session_id = sessions.open_on_workstation(clinic).id
    return sessions.close_opened_in_error(clinic, actor, session_id, "wrong visit")


def amend_eligibility(clinic, actor):
    answers = replace(eligibility.get_eligibility(clinic, "01-001").answers, edss=5.0)
    return eligibility.save_eligibility(clinic, actor, "01-001", answers, reason="re-scored")


def sign_eligibility(clinic, actor):
    return eligibility.sign_eligibility(clinic, actor, "01-001", "correct horse 42")


def answer_check(clinic, actor):
    session_id = sessions.open_on_workstation(clinic).id
    return checks.answer(clinic, actor, session_id, "platelets_g_per_l", 180)


def record_vitals(clinic, actor):
    session_id = sessions.open_on_workstation(clinic).id
    return checks.record_vitals(clinic, actor, session_id, NORMAL_VITALS)


def decide_no_go(clinic, actor):
    session_id = sessions.open_on_workstation(clinic).id
    return checks.record_verdict(clinic, actor, session_id, "NO-GO", reason="patient unwell")


# (use case, role that must be refused); None stands for nobody logged in.
REFUSED = [
    (open_v1, Role.NURSE), (open_v1, Role.COORDINATOR), (open_v1, None),
    (create_nurse, Role.NURSE), (create_nurse, None),
    (promote_nurse, Role.NURSE), (promote_nurse, None),
    (deactivate_coordinator, Role.NURSE), (deactivate_coordinator, None),
    (register, Role.NURSE), (register, None),
    (cancel_open_session, Role.NURSE), (cancel_open_session, Role.COORDINATOR),
    (amend_eligibility, Role.NURSE), (amend_eligibility, None),
    (sign_eligibility, Role.NURSE), (sign_eligibility, Role.COORDINATOR),
    (answer_check, Role.COORDINATOR), (answer_check, None),
    (record_vitals, Role.COORDINATOR),
    (decide_no_go, Role.NURSE), (decide_no_go, Role.COORDINATOR),
]
ALLOWED = [
    (open_v1, Role.INVESTIGATOR),
    (create_nurse, Role.INVESTIGATOR), (create_nurse, Role.COORDINATOR),
    (promote_nurse, Role.COORDINATOR),
    (deactivate_coordinator, Role.INVESTIGATOR),
    (register, Role.INVESTIGATOR), (register, Role.COORDINATOR),
    (cancel_open_session, Role.INVESTIGATOR),
    (amend_eligibility, Role.COORDINATOR), (amend_eligibility, Role.INVESTIGATOR),
    (answer_check, Role.NURSE), (answer_check, Role.INVESTIGATOR),
    (record_vitals, Role.NURSE),
    (decide_no_go, Role.INVESTIGATOR),
]


@pytest.fixture
def ward(clinic, staff, eligible):
    """Staff, two eligible subjects enrolled today (eligibility signed, so visit 1 may open),
    and a V1 session already open for subject 01-002."""
    subjects.register_subject(clinic, staff[Role.COORDINATOR],
                              Subject("01-001", "ABC", 1975, "F", False, date(2025, 3, 10)))
    subjects.register_subject(clinic, staff[Role.COORDINATOR],
                              Subject("01-002", "DEF", 1970, "M", False, date(2025, 3, 10)))
    eligible("01-001")
    eligible("01-002")
    sessions.open_session(clinic, staff[Role.INVESTIGATOR], "01-002", "V1")
    return clinic


def _with_no_open_session(clinic, staff, use_case):
    # open_v1 needs the workstation free; every other use case works on the open session.
    if use_case is open_v1:
        cancel_open_session(clinic, staff[Role.INVESTIGATOR])


def _snapshot(clinic):
    return {table: clinic.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("journal", "meta", *projections.PROJECTION_TABLES)}


@pytest.mark.parametrize(("use_case", "role"), REFUSED,
                         ids=[f"{u.__name__}-{r or 'nobody'}" for u, r in REFUSED])
def test_refused_and_nothing_written(ward, staff, journal_count, use_case, role):
    _with_no_open_session(ward, staff, use_case)
    before, count = _snapshot(ward), journal_count(ward)
    with pytest.raises(PermissionDenied) as caught:
        use_case(ward, staff[role] if role else None)
    assert journal_count(ward) == count
    assert _snapshot(ward) == before
    expected = f"A {role.value} may not" if role else "Log in"
    assert str(caught.value).startswith(expected)


@pytest.mark.parametrize(("use_case", "role"), ALLOWED,
                         ids=[f"{u.__name__}-{r}" for u, r in ALLOWED])
def test_allowed_and_journalled_under_the_actor(ward, staff, journal_count, use_case, role):
    # The same calls succeed for a granted role, so the refusals above are about the role.
    _with_no_open_session(ward, staff, use_case)
    count = journal_count(ward)
    use_case(ward, staff[role])
    rows = ward.db.execute("SELECT actor FROM journal WHERE seq > ?", [count]).fetchall()
    assert rows and {actor for (actor,) in rows} == {staff[role].username}
