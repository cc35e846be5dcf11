"""Fixtures of the vial verification, procedure, observation and adverse-event tests: a subject's
V1 session and the cell bank of vial_bank.py, before and after GO, with its vial verified, then
walked to lying flat. The other service tests define their own fixtures."""

from __future__ import annotations

from datetime import timedelta

import pytest
from procedure_steps import INFUSION_END, MINUTES, walk
from vial_bank import CODE, EARLIER_SESSION, OK, OTHER, TODAY, USED, bank, din, isbt

from maestro_desktop.domain.roles import Role
from maestro_desktop.domain.subjects import Subject
from maestro_desktop.services import cellbank, checks, procedure, sessions, subjects, vials


@pytest.fixture
def session_before_go(clinic, staff, eligible) -> str:
    """V1 of an eligible man enrolled today, opened by the investigator, checks not done;
    the bank imported (one file) and vial USED administered in an earlier session."""
    coordinator = staff[Role.COORDINATOR]
    for code in (CODE, OTHER):
        subjects.register_subject(clinic, coordinator,
                                  Subject(code, "ABC", 1970, "M", False, TODAY))
    eligible(CODE)
    cellbank.import_rows(clinic, coordinator, bank(), file_name="test bank")
    clinic.record("vial.administered", {"vial_id": din(USED), "session": EARLIER_SESSION},
                  actor=coordinator.username)
    return sessions.open_session(clinic, staff[Role.INVESTIGATOR], CODE, "V1").id


@pytest.fixture
def vial_session(clinic, staff, session_before_go, all_clear) -> str:
    """The same session with every check passed and GO recorded: at the vial step."""
    all_clear(clinic, staff[Role.NURSE], session_before_go)
    checks.record_verdict(clinic, staff[Role.INVESTIGATOR], session_before_go, "GO")
    return session_before_go


@pytest.fixture
def procedure_session(clinic, staff, vial_session, password) -> str:
    """The same session with vial OK (10 mL) scanned by the nurse, thawed 20 minutes ago and
    confirmed by the investigator: at the procedure step, the clock still at its start."""
    nurse = staff[Role.NURSE]
    vials.scan(clinic, nurse, vial_session, isbt(OK))
    vials.set_thaw_time(clinic, nurse, vial_session, clinic.now() - timedelta(minutes=20))
    vials.confirm(clinic, vial_session, staff[Role.INVESTIGATOR].username, password, isbt(OK))
    return vial_session


@pytest.fixture
def observing_session(clinic, clock, staff, procedure_session) -> str:
    """The same session walked by the nurse to lying flat on the fixed clock (procedure_steps
    MINUTES): at the observation step, the infusion ended at INFUSION_END (START + 12 min) and
    the clock at lying flat, 2 minutes after it."""
    state = walk(clinic, clock, staff[Role.NURSE], procedure_session, *MINUTES)
    assert state.session.step == "observation"
    assert state.stamp("infusion_end").at == INFUSION_END
    assert clock.moment == INFUSION_END + timedelta(minutes=2)
    procedure.require_procedure_done(clinic, procedure_session)
    return procedure_session


@pytest.fixture
def nurse(staff):
    return staff[Role.NURSE]


@pytest.fixture
def doctor(staff):  # the investigator
    return staff[Role.INVESTIGATOR]
