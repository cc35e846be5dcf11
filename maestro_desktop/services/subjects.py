"""Subject registry and each subject's visit plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.i18n import tr
from ..domain.roles import Action
from ..domain.subjects import Subject, SubjectError, validate_subject
from ..domain.visits import PlannedVisit, WindowStatus, next_due, visit_plan
from .clinic import Clinic, User, require
from .errors import InvalidInput


@dataclass(frozen=True)
class SubjectOverview:
    subject: Subject
    plan: list[PlannedVisit]
    next_visit: PlannedVisit | None
    window: WindowStatus | None
    window_text: str        # in the current language
    open_session: str | None


def subject_from_row(row: dict) -> Subject:
    return Subject(row["code"], row["initials"], row["birth_year"], row["sex"],
                   bool(row["childbearing_potential"]), date.fromisoformat(row["enrolment_date"]))


def register_subject(clinic: Clinic, actor: User, subject: Subject) -> Subject:
    require(actor, Action.REGISTER_SUBJECT)
    try:
        validate_subject(subject, today=clinic.now().astimezone().date())
    except SubjectError as exc:
        raise InvalidInput(str(exc)) from None
    if clinic.db.execute("SELECT 1 FROM subjects WHERE code = ?", [subject.code]).fetchone():
        raise InvalidInput(tr("subjects", "Subject {code} is already registered.",
                              code=subject.code))
    clinic.record("subject.registered", {
        "code": subject.code, "initials": subject.initials, "birth_year": subject.birth_year,
        "sex": subject.sex, "childbearing_potential": subject.childbearing_potential,
        "enrolment_date": subject.enrolment_date.isoformat(),
    }, actor=actor.username, subject=subject.code)
    return subject


def get_subject(clinic: Clinic, code: str) -> Subject:
    rows = list(clinic.db["subjects"].rows_where("code = ?", [code]))
    if not rows:
        raise InvalidInput(tr("subjects", "There is no subject {code}.", code=code))
    return subject_from_row(rows[0])


def completed_visits(clinic: Clinic, code: str) -> set[str]:
    """Visits whose injection was performed; a visit not performed (NO-GO) stays due."""
    rows = clinic.db.execute("SELECT visit FROM sessions WHERE subject = ? AND status NOT IN "
                             "('open', 'cancelled', 'not performed')", [code])
    return {row[0] for row in rows}


def overview(clinic: Clinic, today: date) -> list[SubjectOverview]:
    """Every subject with its next due visit and whether today is inside that visit's window."""
    open_sessions = dict(clinic.db.execute(
        "SELECT subject, id FROM sessions WHERE status = 'open'").fetchall())
    result = []
    for row in clinic.db["subjects"].rows_where(order_by="code"):
        subject = subject_from_row(row)
        plan = visit_plan(subject.enrolment_date, clinic.protocol)
        upcoming = next_due(plan, completed_visits(clinic, subject.code))
        result.append(SubjectOverview(
            subject, plan, upcoming,
            upcoming.status(today) if upcoming else None,
            upcoming.describe(today) if upcoming else tr("visits", "visit plan complete"),
            open_sessions.get(subject.code)))
    return result
