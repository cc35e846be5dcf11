"""Injection sessions: opening one for a subject's visit, finding the open one after a restart."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ..domain.i18n import tr, tr_table
from ..domain.roles import Action
from ..domain.visits import visit_plan
from .clinic import Clinic, User, require
from .eligibility import require_eligible
from .errors import InvalidInput
from .subjects import completed_visits, get_subject

# A session's status as shown (the journal and the database keep the value itself).
STATUS_WORDS = tr_table("sessions", {
    "open": "open", "not performed": "not performed", "cancelled": "cancelled",
    "performed": "performed", "signed": "signed",
    "changed after signature": "changed after signature",
})


def status_words(status: str) -> str:
    return STATUS_WORDS.get(status, status)


@dataclass(frozen=True)
class SessionInfo:
    id: str
    subject: str
    initials: str
    visit: str
    visit_label: str
    status: str
    step: str
    opened_at: str
    opened_by: str


def _info(clinic: Clinic, row: dict) -> SessionInfo:
    subject = get_subject(clinic, row["subject"])
    plan = {v.key: v for v in visit_plan(subject.enrolment_date, clinic.protocol)}
    label = plan[row["visit"]].label if row["visit"] in plan else row["visit"]
    return SessionInfo(row["id"], row["subject"], subject.initials, row["visit"], label,
                       row["status"], row["step"], row["opened_at"], row["opened_by"])


def open_session(clinic: Clinic, actor: User, subject_code: str, visit: str) -> SessionInfo:
    """Open the injection session for `visit` (V1..V3). One open session per workstation."""
    require(actor, Action.OPEN_SESSION)
    subject = get_subject(clinic, subject_code)
    plan = {v.key: v for v in visit_plan(subject.enrolment_date, clinic.protocol)}
    planned = plan.get(visit)
    if planned is None or planned.injection is None:
        raise InvalidInput(tr("sessions", "{visit} is not an injection visit of subject "
                              "{subject}.", visit=visit, subject=subject_code))
    current = open_on_workstation(clinic)
    if current is not None:
        raise InvalidInput(tr("sessions", "Session for {subject} ({visit}) is still open on this "
                              "workstation: finish or close it first.", subject=current.subject,
                              visit=current.visit_label))
    if visit in completed_visits(clinic, subject_code):
        raise InvalidInput(tr("sessions", "{visit} of {subject} already has a session.",
                              visit=planned.label, subject=subject_code))
    earlier = [v.key for v in plan.values()
               if v.injection and v.injection < planned.injection]
    missing = [k for k in earlier if k not in completed_visits(clinic, subject_code)]
    if missing:
        raise InvalidInput(tr("sessions", "{visit} cannot start before {earlier}.",
                              visit=planned.label, earlier=", ".join(missing)))
    if planned.injection == 1:
        require_eligible(clinic, subject_code)
    session_id = str(uuid.uuid4())
    today = clinic.now().astimezone().date()
    clinic.record("session.opened", {
        "visit": visit, "visit_label": planned.label, "due": planned.due.isoformat(),
        "window": planned.describe(today),
    }, actor=actor.username, subject=subject_code, session=session_id)
    return get_session(clinic, session_id)


def close_opened_in_error(clinic: Clinic, actor: User, session_id: str, reason: str) -> None:
    """Close a session opened for the wrong subject or visit; it stays in the journal."""
    require(actor, Action.OPEN_SESSION)
    session = get_session(clinic, session_id)
    if session.status != "open":
        raise InvalidInput(tr("sessions", "Only an open session can be closed as opened in "
                              "error."))
    if not reason.strip():
        raise InvalidInput(tr("sessions", "Give the reason for closing the session."))
    clinic.record("session.closed", {"status": "cancelled", "reason": reason.strip()},
                  actor=actor.username, subject=session.subject, session=session_id)


def get_session(clinic: Clinic, session_id: str) -> SessionInfo:
    rows = list(clinic.db["sessions"].rows_where("id = ?", [session_id]))
    if not rows:
        raise InvalidInput(tr("sessions", "There is no session {session}.", session=session_id))
    return _info(clinic, rows[0])


def open_on_workstation(clinic: Clinic) -> SessionInfo | None:
    """The session left open on this workstation (after a restart the app reopens it)."""
    rows = list(clinic.db["sessions"].rows_where(
        "status = 'open' AND workstation = ?", [clinic.store.workstation],
        order_by="opened_at DESC", limit=1))
    return _info(clinic, rows[0]) if rows else None


def list_sessions(clinic: Clinic) -> list[SessionInfo]:
    return [_info(clinic, row) for row in clinic.db["sessions"].rows_where(order_by="opened_at")]
