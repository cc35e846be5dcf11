"""Registering subjects (codes and initials only) and the overview the nurse sees: each
subject's next visit and whether today is inside its window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.domain.visits import WindowStatus
from maestro_desktop.services import sessions, subjects
from maestro_desktop.services.errors import InvalidInput
from maestro_desktop.store import journal

TODAY = date(2025, 3, 10)  # the fixed clock's day


def subject(code="01-001", initials="ABC", birth_year=1975, sex="F", cbp=False,
            enrolled=TODAY) -> Subject:
    return Subject(code, initials, birth_year, sex, cbp, enrolled)


def test_registration_is_journalled_and_projected(clinic, staff):
    subjects.register_subject(clinic, staff[Role.COORDINATOR],
                              subject(cbp=True, enrolled=date(2025, 1, 2)))
    (event,) = [e for e in journal.events(clinic.db) if e.kind == "subject.registered"]
    assert (event.actor, event.subject) == ("coord.amy", "01-001")
    assert event.data == {"code": "01-001", "initials": "ABC", "birth_year": 1975, "sex": "F",
                          "childbearing_potential": True, "enrolment_date": "2025-01-02"}
    assert subjects.get_subject(clinic, "01-001") == subject(cbp=True,
                                                             enrolled=date(2025, 1, 2))


@pytest.mark.parametrize(("fields", "message"), [
    ({"code": "1-1"}, "Subject code '1-1' must look like 01-003"),
    ({"code": "Dupont"}, "must look like 01-003"),
    ({"initials": "abc"}, "Initials must be 2 or 3 capital letters"),
    ({"initials": "MARTIN"}, "Initials must be 2 or 3 capital letters"),
    ({"enrolled": TODAY + timedelta(days=1)}, "enrolment date cannot be in the future"),
    ({"birth_year": 1850}, "Birth year 1850 is not plausible"),
    ({"sex": "M", "cbp": True}, "female subjects only"),
])
def test_invalid_subject_is_refused_in_plain_words(clinic, staff, journal_count, fields,
                                                   message):
    before = journal_count(clinic)
    with pytest.raises(InvalidInput, match=message):
        subjects.register_subject(clinic, staff[Role.COORDINATOR], subject(**fields))
    assert journal_count(clinic) == before


def test_enrolment_date_uses_the_clinic_clock(clinic, staff, clock):
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(InvalidInput, match="future"):
        subjects.register_subject(clinic, staff[Role.COORDINATOR], subject(enrolled=tomorrow))
    clock.advance(days=1)
    subjects.register_subject(clinic, staff[Role.COORDINATOR], subject(enrolled=tomorrow))


def test_code_registered_once(clinic, staff):
    subjects.register_subject(clinic, staff[Role.COORDINATOR], subject())
    with pytest.raises(InvalidInput, match="01-001 is already registered"):
        subjects.register_subject(clinic, staff[Role.COORDINATOR], subject(initials="XY"))


def test_unknown_subject(clinic):
    with pytest.raises(InvalidInput, match="There is no subject 01-404"):
        subjects.get_subject(clinic, "01-404")


@pytest.fixture
def enrolled(clinic, staff, eligible):
    """Four eligible subjects at different points of their plan, as on a real ward."""
    for code, enrolled_on in (("01-001", TODAY),                          # V1 due today
                              ("01-002", TODAY - timedelta(days=14)),     # V1 window closed
                              ("01-003", TODAY + timedelta(days=0)),      # V1 done -> V2
                              ("01-004", date(2024, 3, 10))):             # injections done
        subjects.register_subject(clinic, staff[Role.COORDINATOR],
                                  subject(code=code, enrolled=enrolled_on))
        eligible(code)
    investigator = staff[Role.INVESTIGATOR]
    for code, visits in (("01-003", ["V1"]), ("01-004", ["V1", "V2", "V3"])):
        for visit in visits:
            info = sessions.open_session(clinic, investigator, code, visit)
            clinic.record("session.closed", {"status": "performed", "reason": "test"},
                          actor=investigator.username, subject=code, session=info.id)
    return clinic


def test_overview_next_visit_and_window(enrolled):
    rows = {o.subject.code: o for o in subjects.overview(enrolled, TODAY)}
    summary = {code: (o.next_visit.key, o.window, o.window_text) for code, o in rows.items()}
    assert summary == {
        "01-001": ("V1", WindowStatus.IN_WINDOW, "in window (due 2025-03-10)"),
        "01-002": ("V1", WindowStatus.LATE, "window closed 7 days ago (due 2025-02-24)"),
        "01-003": ("V2", WindowStatus.EARLY, "window opens in 85 days (due 2025-06-10)"),
        "01-004": ("M9", WindowStatus.LATE, "window closed 83 days ago (due 2024-12-10)"),
    }


def test_overview_shows_the_open_session(enrolled, staff):
    info = sessions.open_session(enrolled, staff[Role.INVESTIGATOR], "01-001", "V1")
    rows = {o.subject.code: o.open_session for o in subjects.overview(enrolled, TODAY)}
    assert rows == {"01-001": info.id, "01-002": None, "01-003": None, "01-004": None}


def test_overview_after_the_whole_plan(clinic, staff):
    subjects.register_subject(clinic, staff[Role.COORDINATOR], subject())
    for visit in ("V1", "V2", "V3", "M9", "M12"):
        clinic.db.execute("INSERT INTO sessions (id, subject, visit, status, step, opened_at, "
                          "opened_by, workstation) VALUES (?, '01-001', ?, 'performed', "
                          "'signoff', '', '', '')", [f"s-{visit}", visit])
    (row,) = subjects.overview(clinic, TODAY)
    assert (row.next_visit, row.window, row.window_text) == (None, None, "visit plan complete")


def test_cancelled_session_does_not_complete_a_visit(enrolled, staff):
    info = sessions.open_session(enrolled, staff[Role.INVESTIGATOR], "01-001", "V1")
    sessions.close_opened_in_error(enrolled, staff[Role.INVESTIGATOR], info.id, "wrong patient")
    assert subjects.completed_visits(enrolled, "01-001") == set()
    (row,) = [o for o in subjects.overview(enrolled, TODAY) if o.subject.code == "01-001"]
    assert (row.next_visit.key, row.open_session) == ("V1", None)
