"""Post-injection observation: scheduled vital-sign checks with NEWS2, missed checks, the
SpO2 scale decision, and the discharge.

The schedule is derived from the stored infusion end and the protocol every time it is
asked for, so it survives a restart unchanged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ..domain.i18n import as_recorded, join, tr
from ..domain.news2 import News2, news2
from ..domain.observation import (
    CheckState,
    Extras,
    PlannedCheck,
    check_extras,
    check_states,
    discharge_problems,
    match_check,
    out_of_range,
    schedule,
)
from ..domain.roles import Action
from ..domain.verdict import Reason
from ..domain.vitals import VitalSigns, check_vitals
from .checks import complete_the_set, latest_vitals
from .clinic import Clinic, User, require
from .errors import FieldInputError, InvalidInput, NeedsConfirmation
from .payloads import from_payload, to_payload
from .procedure import procedure_state, require_procedure_done
from .sessions import SessionInfo, get_session, status_words

OBSERVATION = "observation"


@dataclass(frozen=True)
class ObservationSet:
    taken_at: datetime
    vitals: VitalSigns
    extras: Extras
    check_key: str | None
    news2_total: int
    news2_band: str
    alerts: tuple[str, ...]       # in the current language when they can be worked out again
    recorded_by: str


@dataclass(frozen=True)
class ObservationState:
    session: SessionInfo
    infusion_end: datetime
    plan: tuple[PlannedCheck, ...]
    states: tuple[CheckState, ...]
    sets: tuple[ObservationSet, ...]
    baseline: VitalSigns | None
    spo2_scale: int
    criteria: tuple[str, ...]
    discharged_at: str | None
    discharged_by: str | None


def _sets(clinic: Clinic, session_id: str) -> tuple[ObservationSet, ...]:
    rows = clinic.db["vital_signs"].rows_where("session = ? AND purpose = ?",
                                                [session_id, OBSERVATION], order_by="taken_at")
    baseline = latest_vitals(clinic, session_id, "baseline")
    found = []
    for r in rows:
        vitals = from_payload(VitalSigns, json.loads(r["vitals"]))
        # The journal keeps the alerts in English: shown in the current language when the same
        # findings come out of the values again.
        again = [a.text for a in out_of_range(vitals, baseline)]
        alerts = tuple(as_recorded(text, again) for text in json.loads(r["alerts"] or "[]"))
        found.append(ObservationSet(
            datetime.fromisoformat(r["taken_at"]), vitals,
            from_payload(Extras, json.loads(r["extras"] or "{}")), r["check_key"],
            r["news2_total"], r["news2_band"], alerts, r["recorded_by"]))
    return tuple(found)


def observation_state(clinic: Clinic, session_id: str) -> ObservationState:
    procedure = procedure_state(clinic, session_id)
    end = procedure.stamp("infusion_end")
    if end is None:
        raise InvalidInput(tr("observation", "Observation starts at the infusion end, which is "
                              "not recorded."))
    site = clinic.protocol.site
    plan = tuple(schedule(end.at.astimezone(clinic.tz), site))
    sets = _sets(clinic, session_id)
    done = {s.check_key: s.taken_at for s in sets if s.check_key}
    missed = dict(clinic.db.execute("SELECT check_key, reason FROM missed_checks WHERE "
                                    "session = ?", [session_id]).fetchall())
    row = clinic.db.execute("SELECT spo2_scale, discharged_at, discharged_by FROM sessions "
                            "WHERE id = ?", [session_id]).fetchone()
    return ObservationState(
        procedure.session, end.at, plan,
        tuple(check_states(list(plan), done=done, missed=missed, now=clinic.now(), site=site)),
        sets, latest_vitals(clinic, session_id, "baseline"), row[0], site.discharge_criteria,
        row[1], row[2])


def _open(clinic: Clinic, actor: User, session_id: str, action: Action) -> SessionInfo:
    require(actor, action)
    session = get_session(clinic, session_id)
    if session.status != "open":
        raise InvalidInput(tr("observation", "The session is {status}: observation can no "
                              "longer change.", status=status_words(session.status)))
    require_procedure_done(clinic, session_id)
    return session


def score(vitals: VitalSigns, scale: int) -> News2:
    return news2(respiration_rate=vitals.respiratory_rate, spo2=vitals.spo2,
                 oxygen=bool(vitals.oxygen), systolic_bp=vitals.systolic_bp,
                 pulse=vitals.heart_rate, consciousness=vitals.consciousness,
                 temperature=vitals.temperature, spo2_scale=scale)


def record_observation(clinic: Clinic, actor: User, session_id: str, vitals: VitalSigns,
                       extras: Extras, *, confirmed: bool = False,
                       taken_at: datetime | None = None) -> ObservationState:
    """One set under the recorder's own name, matched to its scheduled check, with NEWS2."""
    session = _open(clinic, actor, session_id, Action.RECORD_VITALS)
    if vitals.missing():
        raise InvalidInput(complete_the_set(vitals.missing()))
    errors, warnings = check_vitals(vitals)
    errors += check_extras(extras)
    taken_at = taken_at or clinic.now()
    if taken_at > clinic.now():
        raise InvalidInput(tr("observation", "The time of the measurement cannot be in the "
                              "future."))
    if errors:
        raise FieldInputError(errors)
    if warnings and not confirmed:
        raise NeedsConfirmation(warnings)
    state = observation_state(clinic, session_id)
    result = score(vitals, state.spo2_scale)
    alerts: list[Reason] = out_of_range(vitals, state.baseline)
    clinic.record("vitals.recorded", {
        "purpose": OBSERVATION, "vitals": to_payload(vitals), "extras": to_payload(extras),
        "check_key": match_check(list(state.plan), list(state.states), taken_at),
        "news2": {"total": result.total, "band": result.band, "scores": result.scores(),
                  "scale": result.spo2_scale},
        "alerts": [a.text for a in alerts], "confirmed_warnings": [w.text for w in warnings],
    }, actor=actor.username, subject=session.subject, session=session_id, clinical_time=taken_at)
    return observation_state(clinic, session_id)


def record_missed(clinic: Clinic, actor: User, session_id: str, check_key: str,
                  reason: str) -> ObservationState:
    session = _open(clinic, actor, session_id, Action.RECORD_VITALS)
    state = observation_state(clinic, session_id)
    check = next((s for s in state.states if s.check.key == check_key), None)
    if check is None:
        raise InvalidInput(tr("observation", "There is no scheduled check {check}.",
                              check=check_key))
    if check.done_at is not None or check.note:
        raise InvalidInput(tr("observation", "Check {check} is already recorded.",
                              check=check_key))
    if not reason.strip():
        raise InvalidInput(tr("observation", "Give the reason the check was not done."))
    clinic.record("observation.check_missed", {"check_key": check_key, "reason": reason.strip()},
                  actor=actor.username, subject=session.subject, session=session_id)
    return observation_state(clinic, session_id)


def set_spo2_scale(clinic: Clinic, actor: User, session_id: str, scale: int,
                   reason: str) -> ObservationState:
    """Scale 2 is for a prescribed SpO2 target of 88-92 %: an investigator's decision."""
    session = _open(clinic, actor, session_id, Action.CLINICAL_DECISION)
    state = observation_state(clinic, session_id)
    if scale not in (1, 2):
        raise InvalidInput(tr("observation", "The SpO2 scale is 1 or 2."))
    if scale == state.spo2_scale:
        raise InvalidInput(tr("observation", "SpO2 scale {scale} is already in use.",
                              scale=scale))
    if not reason.strip():
        raise InvalidInput(tr("observation", "Give the reason (for scale 2: the prescribed SpO2 "
                              "target)."))
    clinic.record("news2.scale_changed", {"old": state.spo2_scale, "new": scale,
                                          "reason": reason.strip()},
                  actor=actor.username, subject=session.subject, session=session_id)
    return observation_state(clinic, session_id)


def discharge(clinic: Clinic, actor: User, session_id: str,
              confirmed: dict[str, bool]) -> ObservationState:
    """An investigator records the discharge once every criterion and check allow it."""
    session = _open(clinic, actor, session_id, Action.CLINICAL_DECISION)
    state = observation_state(clinic, session_id)
    if state.discharged_at:
        raise InvalidInput(tr("observation", "The discharge is already recorded."))
    problems = discharge_problems(criteria_confirmed=confirmed, all_criteria=state.criteria,
                                  states=list(state.states), now=clinic.now(),
                                  infusion_end=state.infusion_end, site=clinic.protocol.site,
                                  tz=clinic.tz)
    if problems:
        raise InvalidInput(tr("observation", "Discharge not possible yet: {problems}",
                              problems=join("; ", (p.text for p in problems))))
    clinic.record("session.discharged", {"criteria": confirmed}, actor=actor.username,
                  subject=session.subject, session=session_id)
    return observation_state(clinic, session_id)
