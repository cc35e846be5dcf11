"""Adverse events of a session: recorded, followed up (changes with a reason), and serious
ones reported to the sponsor within the site's deadline."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from ..domain.adverse_events import AdverseEvent, SaeClock, sae_clock, validate_ae
from ..domain.i18n import tr
from ..domain.roles import Action
from .clinic import Clinic, User, require
from .errors import FieldInputError, InvalidInput
from .payloads import changes, from_payload, to_payload
from .sessions import get_session


@dataclass(frozen=True)
class AeRecord:
    id: str
    session: str
    event: AdverseEvent
    recorded_by: str
    recorded_at: datetime
    reported_at: str | None
    clock: SaeClock | None        # serious and not yet reported: time left to report


def _criteria_as_tuple(event: AdverseEvent) -> AdverseEvent:
    """JSON gives the criteria back as a list: a tuple, as typed, so that comparing a stored
    record with a new one sees no change where there is none."""
    return replace(event, serious_criteria=tuple(event.serious_criteria))


def _record(clinic: Clinic, row: dict) -> AeRecord:
    event = _criteria_as_tuple(from_payload(AdverseEvent, json.loads(row["record"])))
    recorded = datetime.fromisoformat(row["recorded_at"])
    clock = (sae_clock(recorded, now=clinic.now(), hours=clinic.protocol.site.sae_report_hours)
             if event.serious and not row["reported_at"] else None)
    return AeRecord(row["id"], row["session"], event, row["recorded_by"], recorded,
                    row["reported_at"], clock)


def list_aes(clinic: Clinic, session_id: str) -> list[AeRecord]:
    return [_record(clinic, row) for row in clinic.db["adverse_events"].rows_where(
        "session = ?", [session_id], order_by="recorded_at")]


def get_ae(clinic: Clinic, ae_id: str) -> AeRecord:
    rows = list(clinic.db["adverse_events"].rows_where("id = ?", [ae_id]))
    if not rows:
        raise InvalidInput(tr("ae", "There is no such adverse event."))
    return _record(clinic, rows[0])


def _payload(event: AdverseEvent) -> dict:
    payload = to_payload(event)
    payload["serious_criteria"] = list(event.serious_criteria)
    return payload


def _validated(clinic: Clinic, event: AdverseEvent) -> AdverseEvent:
    errors = validate_ae(event, now=clinic.now(), tz=clinic.tz)
    if errors:
        raise FieldInputError(errors)
    return _criteria_as_tuple(event)


def record_ae(clinic: Clinic, actor: User, session_id: str, event: AdverseEvent) -> AeRecord:
    require(actor, Action.RECORD_ADVERSE_EVENT)
    session = get_session(clinic, session_id)
    recorded = clinic.record("ae.recorded", {"adverse_event": _payload(_validated(clinic, event))},
                             actor=actor.username, subject=session.subject, session=session_id,
                             clinical_time=event.onset)
    return get_ae(clinic, recorded.id)


def update_ae(clinic: Clinic, actor: User, ae_id: str, event: AdverseEvent,
              reason: str) -> AeRecord:
    """Follow-up or correction: a new event with old -> new and the reason; nothing overwritten
    in the journal."""
    require(actor, Action.RECORD_ADVERSE_EVENT)
    current = get_ae(clinic, ae_id)
    event = _validated(clinic, event)
    diff = changes(current.event, event)
    if not diff:
        return current
    if not reason.strip():
        raise InvalidInput(tr("ae", "Give the reason for the change (follow-up, correction…)."))
    session = get_session(clinic, current.session)
    clinic.record("ae.updated", {"ae_id": ae_id, "changes": diff, "reason": reason.strip(),
                                 "adverse_event": _payload(event)},
                  actor=actor.username, subject=session.subject, session=session.id)
    return get_ae(clinic, ae_id)


def mark_reported(clinic: Clinic, actor: User, ae_id: str,
                  when: datetime | None = None) -> AeRecord:
    """The serious AE was reported to the sponsor: its clock stops."""
    require(actor, Action.RECORD_ADVERSE_EVENT)
    current = get_ae(clinic, ae_id)
    if not current.event.serious:
        raise InvalidInput(tr("ae", "Only a serious adverse event is reported within the "
                              "deadline."))
    if current.reported_at:
        raise InvalidInput(tr("ae", "This serious adverse event is already marked as reported."))
    when = when or clinic.now()
    if when > clinic.now():
        raise InvalidInput(tr("ae", "The report time cannot be in the future."))
    session = get_session(clinic, current.session)
    clinic.record("ae.reported", {"ae_id": ae_id}, actor=actor.username,
                  subject=session.subject, session=session.id, clinical_time=when)
    return get_ae(clinic, ae_id)
