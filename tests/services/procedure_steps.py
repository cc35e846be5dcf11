"""Shared steps for the procedure timeline tests: stamping on the fixed clock, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from vial_bank import CODE, events_after, last_seq

from maestro_desktop.services import checks, procedure, sessions
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.errors import FieldInputError
from maestro_desktop.store import journal

DETAILS = {
    "needle_in": {"spinal_level": "L3-L4", "needle_gauge": "22G atraumatic", "attempts": 1},
    "csf_obtained": {"volume_ml": 5, "appearance": "clear"},
    "infusion_end": {"volume_ml": 10},
}
# Minutes after the session opened (START) of a procedure within the protocol: a 7 minute
# infusion of the vial's 10 mL (1.43 mL/min).
MINUTES = {"positioned": 0, "needle_in": 2, "csf_obtained": 4, "infusion_start": 5,
           "infusion_end": 12, "needle_out": 13, "lying_flat": 14}
# When the infusion of that walk ends: START (2025-03-10 12:00 UTC) + 12 minutes.
INFUSION_END = datetime(2025, 3, 10, 12, 12, tzinfo=UTC)
NO_INFUSION = "No infusion before a GO and a vial verified by two people"
CLOSED = "^The session is not performed: the timeline can no longer change.$"


def stamp(clinic, actor, session_id, kind, **kwargs) -> procedure.ProcedureState:
    """Record `kind` now with its usual details (unless given)."""
    kwargs.setdefault("details", dict(DETAILS.get(kind, {})))
    return procedure.stamp(clinic, actor, session_id, kind, **kwargs)


def walk(clinic, clock, actor, session_id, *kinds: str,
         minutes: dict[str, float] = MINUTES) -> procedure.ProcedureState:
    """Move the clock to each stamp's minute after START and record it there."""
    state = None
    for kind in kinds:
        clock.moment = opened_at(clinic, session_id) + timedelta(minutes=minutes[kind])
        state = stamp(clinic, actor, session_id, kind)
    return state


def opened_at(clinic, session_id):
    """When the session opened (START, the clock's start)."""
    return procedure.procedure_state(clinic, session_id).opened_at


@contextmanager
def refused(clinic: Clinic, pattern: str, error: type[Exception] = FieldInputError,
            ) -> Iterator[pytest.ExceptionInfo]:
    """The call inside raises `error` matching `pattern` and journals nothing."""
    before = last_seq(clinic)
    with pytest.raises(error, match=pattern) as caught:
        yield caught
    assert events_after(clinic, before) == []


def new_events(clinic: Clinic, before: int) -> list[journal.Event]:
    return list(journal.events(clinic.db, after_seq=before))


def reopen_v1(clinic, doctor, nurse, all_clear) -> str:
    """A new V1 session of CODE (the earlier one not performed) at the vial step."""
    session_id = sessions.open_session(clinic, doctor, CODE, "V1").id
    all_clear(clinic, nurse, session_id)
    checks.record_verdict(clinic, doctor, session_id, "GO")
    return session_id


