"""The procedure timeline: time stamps, infusion checks, incidents, clock jumps.

Each stamp is one journal event in its own transaction, so what the screen shows as saved
survives a crash; timers are recomputed from these stored times, never counted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..domain.i18n import tr
from ..domain.procedure import (
    InfusionCheck,
    Stamp,
    Timers,
    check_infusion,
    is_late,
    timers,
    validate_incident,
    validate_stamp,
)
from ..domain.roles import Action
from ..domain.timeutil import to_text
from ..domain.verdict import FieldError
from .cellbank import get_vial
from .checks import get_checks, require_go
from .clinic import Clinic, User, require
from .errors import FieldInputError, InvalidInput
from .sessions import SessionInfo, get_session, status_words
from .vials import require_verified_vial, vial_state

ABANDONED = "abandoned"


@dataclass(frozen=True)
class Incident:
    kind: str
    at: datetime
    details: dict[str, Any]
    recorded_by: str


@dataclass(frozen=True)
class ProcedureState:
    session: SessionInfo
    opened_at: datetime
    stamps: tuple[Stamp, ...]
    incidents: tuple[Incident, ...]
    infusion: InfusionCheck | None
    acknowledged_by: str | None
    vial_id: str | None
    vial_volume_ml: float | None
    thawed_at: datetime | None
    stability_hours: float

    def stamp(self, kind: str) -> Stamp | None:
        return next((s for s in self.stamps if s.kind == kind), None)

    def timers(self, now: datetime) -> Timers:
        """Recomputed from stored times at `now`: right after a restart too."""
        return timers(self.stamps, thawed_at=self.thawed_at,
                      stability_hours=self.stability_hours, now=now)

    @property
    def needs_acknowledgement(self) -> bool:
        return bool(self.infusion and self.infusion.deviations and not self.acknowledged_by)


def procedure_state(clinic: Clinic, session_id: str) -> ProcedureState:
    session = get_session(clinic, session_id)
    stamps = tuple(
        Stamp(row["kind"], datetime.fromisoformat(row["at"]), json.loads(row["details"]),
              bool(row["retrospective"]), row["reason"])
        for row in clinic.db["procedure_stamps"].rows_where("session = ?", [session_id],
                                                            order_by="at"))
    incidents = tuple(
        Incident(kind, datetime.fromisoformat(at), json.loads(details), by)
        for kind, at, details, by in clinic.db.execute(
            "SELECT kind, at, details, recorded_by FROM procedure_incidents WHERE session = ? "
            "ORDER BY at", [session_id]))
    acknowledged = clinic.db.execute("SELECT infusion_acknowledged_by FROM sessions WHERE id = ?",
                                     [session_id]).fetchone()[0]
    vial = vial_state(clinic, session_id)
    bank = get_vial(clinic, vial.vial_id) if vial.verified else None
    return ProcedureState(
        session, datetime.fromisoformat(session.opened_at), stamps, incidents,
        check_infusion(stamps, clinic.protocol.site.procedure), acknowledged,
        vial.vial_id if vial.verified else None, bank.volume_ml if bank else None,
        vial.thawed_at, clinic.protocol.site.stability_window_hours)


def _open(clinic: Clinic, actor: User, session_id: str, action: Action) -> SessionInfo:
    require(actor, action)
    session = get_session(clinic, session_id)
    if session.status != "open":
        raise InvalidInput(tr("procedure", "The session is {status}: the timeline can no longer "
                              "change.", status=status_words(session.status)))
    return session


def _complete_if_done(clinic: Clinic, actor: User, state: ProcedureState) -> None:
    """The step is done once lying flat is recorded and any deviation acknowledged."""
    if state.stamp("lying_flat") and not state.needs_acknowledgement \
            and state.session.step == "procedure":
        clinic.record("procedure.completed", {}, actor=actor.username,
                      subject=state.session.subject, session=state.session.id)


def stamp(clinic: Clinic, actor: User, session_id: str, kind: str, *,
          at: datetime | None = None, details: dict[str, Any] | None = None,
          reason: str | None = None) -> ProcedureState:
    """Record one time stamp (now, or a late one with its real time and a reason).

    The timeline starts only once the checks are GO and the vial is verified by two people;
    once started, whatever happens to the patient can always be recorded (the needle comes
    out even if the GO is withdrawn meanwhile). The infusion itself needs both to hold."""
    session = _open(clinic, actor, session_id, Action.RECORD_PROCEDURE)
    state = procedure_state(clinic, session_id)
    if not state.stamps:
        require_go(clinic, session_id)
        require_verified_vial(clinic, session_id)
    now = clinic.now()
    at = at or now
    details = details or {}
    reason = (reason or "").strip() or None
    checks = get_checks(clinic, session_id)
    settings = clinic.protocol.site.procedure
    errors = validate_stamp(kind, at, details, reason=reason, stamps=state.stamps,
                            session_opened_at=state.opened_at, now=now, tz=clinic.tz,
                            go=checks.go and checks.evaluation.go,
                            vial_verified=state.vial_id is not None,
                            vial_volume_ml=state.vial_volume_ml, settings=settings)
    left = state.timers(at).stability_left
    if kind == "infusion_start" and left is not None and left < timedelta(0):
        # The vial was verified in time, but the window may have closed since.
        errors.append(FieldError("at", tr(
            "procedure", "The vial is beyond its stability window after thawing: do not infuse "
            "it. Call {contact}.", contact=clinic.protocol.site.vial_problem_contact)))
    if errors:
        raise FieldInputError(errors)
    with clinic.transaction():
        clinic.record("procedure.stamped", {
            "kind": kind, "details": details, "reason": reason,
            "retrospective": is_late(at, now=now, settings=settings),
        }, actor=actor.username, subject=session.subject, session=session_id, clinical_time=at)
        if kind == "infusion_start":
            # From the first drop the vial counts as used: it can never be scanned again.
            clinic.record("vial.administered", {"vial_id": state.vial_id, "session": session_id},
                          actor=actor.username, subject=session.subject, session=session_id,
                          clinical_time=at)
        _complete_if_done(clinic, actor, procedure_state(clinic, session_id))
    return procedure_state(clinic, session_id)


def acknowledge_deviation(clinic: Clinic, actor: User, session_id: str,
                          comment: str) -> ProcedureState:
    """An investigator acknowledges the infusion's duration or rate deviation."""
    session = _open(clinic, actor, session_id, Action.ACKNOWLEDGE_DEVIATION)
    state = procedure_state(clinic, session_id)
    if not state.needs_acknowledgement:
        raise InvalidInput(tr("procedure", "There is no deviation to acknowledge."))
    if not comment.strip():
        raise InvalidInput(tr("procedure", "Write what was done or why it is acceptable."))
    with clinic.transaction():
        clinic.record("procedure.deviation_acknowledged", {
            "deviations": [r.text for r in state.infusion.deviations],
            "comment": comment.strip(),
        }, actor=actor.username, subject=session.subject, session=session_id)
        _complete_if_done(clinic, actor, procedure_state(clinic, session_id))
    return procedure_state(clinic, session_id)


def incident(clinic: Clinic, actor: User, session_id: str, kind: str,
             details: dict[str, Any], *, at: datetime | None = None) -> ProcedureState:
    """Record an incident; abandoning closes the session as not performed."""
    session = _open(clinic, actor, session_id, Action.RECORD_PROCEDURE)
    now = clinic.now()
    at = at or now
    state = procedure_state(clinic, session_id)
    errors = validate_incident(kind, details, at=at, session_opened_at=state.opened_at, now=now,
                               tz=clinic.tz)
    if kind == ABANDONED and state.stamp("infusion_start") \
            and details.get("vial_fate") == "not opened":
        errors.append(FieldError("vial_fate", tr("procedure", "The infusion had started: the "
                                                 "vial was opened.")))
    if errors:
        raise FieldInputError(errors)
    with clinic.transaction():
        clinic.record("procedure.incident", {"kind": kind, "details": details},
                      actor=actor.username, subject=session.subject, session=session_id,
                      clinical_time=at)
        if kind == ABANDONED:
            vial_id = vial_state(clinic, session_id).vial_id
            if vial_id and details["vial_fate"] != "not opened" \
                    and not state.stamp("infusion_start"):
                clinic.record("vial.administered", {
                    "vial_id": vial_id, "session": session_id, "fate": details["vial_fate"],
                }, actor=actor.username, subject=session.subject, session=session_id)
            clinic.record("session.closed", {
                "status": "not performed",
                "reasons": [tr("procedure", "Procedure abandoned: {reason}",
                               reason=details["reason"])],
                "vial_fate": details["vial_fate"],
            }, actor=actor.username, subject=session.subject, session=session_id)
    return procedure_state(clinic, session_id)


def note_clock_jump(clinic: Clinic, actor: User | None, session_id: str | None,
                    jump: timedelta, wall_before: datetime) -> None:
    """The wall clock moved unlike the monotonic clock: journal it for the record."""
    session = get_session(clinic, session_id) if session_id else None
    clinic.record("clock.jumped", {
        "seconds": round(jump.total_seconds(), 1), "wall_before": to_text(wall_before),
    }, actor=actor.username if actor else None,
        subject=session.subject if session else None, session=session_id)


def require_procedure_done(clinic: Clinic, session_id: str) -> None:
    """Observation needs the procedure step completed."""
    state = procedure_state(clinic, session_id)
    if state.session.step not in ("observation", "signoff"):
        raise InvalidInput(tr("procedure", "Locked until the procedure is recorded to lying "
                              "flat."))
