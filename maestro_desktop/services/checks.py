"""Pre-procedure checks of a session: answers, baseline vitals, the GO / NO-GO verdict.

The vial and procedure steps call `require_go` before doing anything, so the gate holds
whatever the GUI shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from ..domain.checks import (
    ITEM_LABELS,
    VisitDayAnswers,
    applicable_items,
    evaluate,
    statement,
    validate_visit_day,
)
from ..domain.i18n import Text, join, tr
from ..domain.roles import Action
from ..domain.verdict import Outcome, Reason, Verdict
from ..domain.vitals import VitalSigns, check_vitals
from .clinic import Clinic, User, require
from .errors import FieldInputError, InvalidInput, NeedsConfirmation
from .payloads import from_payload, to_payload, verdict_to_payload
from .sessions import SessionInfo, get_session, status_words
from .subjects import get_subject

BASELINE = "baseline"


@dataclass(frozen=True)
class ChecksState:
    session: SessionInfo
    childbearing_potential: bool
    female: bool
    answers: VisitDayAnswers
    applicable: tuple[str, ...]
    evaluation: Verdict          # evaluated now, baseline vitals included
    verdict: str | None          # the recorded GO / NO-GO, if any
    verdict_by: str | None
    baseline: VitalSigns | None  # the latest baseline set

    @property
    def go(self) -> bool:
        return self.verdict == Outcome.GO.value


def _row(clinic: Clinic, session_id: str) -> dict | None:
    rows = list(clinic.db["session_checks"].rows_where("session = ?", [session_id]))
    return rows[0] if rows else None


def latest_vitals(clinic: Clinic, session_id: str, purpose: str) -> VitalSigns | None:
    row = clinic.db.execute("SELECT vitals FROM vital_signs WHERE session = ? AND purpose = ? "
                            "ORDER BY taken_at DESC, rowid DESC LIMIT 1",
                            [session_id, purpose]).fetchone()
    return from_payload(VitalSigns, json.loads(row[0])) if row else None


def _evaluate(clinic: Clinic, answers: VisitDayAnswers, childbearing: bool, female: bool,
              baseline: VitalSigns | None, now: datetime | None = None) -> Verdict:
    verdict = evaluate(answers, childbearing_potential=childbearing, now=now or clinic.now(),
                       tz=clinic.tz, protocol=clinic.protocol, table=clinic.hold_table,
                       female=female)
    if baseline is None or baseline.missing():
        missing = (*verdict.missing, Reason("baseline_vitals",
                                            tr("checks", "Baseline vital signs not recorded")))
        outcome = Outcome.NO_GO if verdict.reasons else Outcome.INCOMPLETE
        verdict = replace(verdict, outcome=outcome, missing=missing)
    return verdict


def get_checks(clinic: Clinic, session_id: str) -> ChecksState:
    session = get_session(clinic, session_id)
    subject = get_subject(clinic, session.subject)
    childbearing, female = subject.childbearing_potential, subject.sex == "F"
    row = _row(clinic, session_id)
    answers = (from_payload(VisitDayAnswers, json.loads(row["answers"])) if row
               else VisitDayAnswers())
    baseline = latest_vitals(clinic, session_id, BASELINE)
    return ChecksState(
        session, childbearing, female, answers,
        applicable_items(answers, childbearing_potential=childbearing, table=clinic.hold_table,
                         female=female),
        _evaluate(clinic, answers, childbearing, female, baseline),
        row["verdict"] if row else None, row["verdict_by"] if row else None, baseline)


def evaluation_at(clinic: Clinic, state: ChecksState, moment: datetime) -> Verdict:
    """The checks' verdict as it stood at `moment` (the answers as they are now)."""
    return _evaluate(clinic, state.answers, state.childbearing_potential, state.female,
                     state.baseline, now=moment)


def _open_session(clinic: Clinic, session_id: str) -> SessionInfo:
    session = get_session(clinic, session_id)
    if session.status != "open":
        raise InvalidInput(tr("sessions", "The session of {subject} ({visit}) is {status}: it "
                              "can no longer change.", subject=session.subject,
                              visit=session.visit_label, status=status_words(session.status)))
    return session


def answer(clinic: Clinic, actor: User, session_id: str, field: str, value: Any,
           reason: str | None = None) -> ChecksState:
    """Record one answer. After a GO verdict a change needs a reason and may withdraw the GO."""
    require(actor, Action.RECORD_CHECKS)
    _open_session(clinic, session_id)
    state = get_checks(clinic, session_id)
    if field not in VisitDayAnswers.__dataclass_fields__:
        raise InvalidInput(tr("checks", "Unknown check '{field}'.", field=field))
    new = replace(state.answers, **{field: value})
    errors = validate_visit_day(new, now=clinic.now(), tz=clinic.tz)
    errors = [e for e in errors if e.field == field] or errors
    if errors:
        raise FieldInputError(errors)
    old_value, new_value = to_payload(state.answers)[field], to_payload(new)[field]
    if old_value == new_value:
        return state
    reason = (reason or "").strip() or None
    if state.verdict and reason is None:
        raise InvalidInput(tr("checks", "The verdict is recorded: give the reason for changing "
                              "this answer."))
    evaluation = _evaluate(clinic, new, state.childbearing_potential, state.female,
                           state.baseline)
    session = state.session
    with clinic.transaction():
        clinic.record("checks.answered", {
            "field": field, "old": old_value, "new": new_value, "reason": reason,
            "answers": to_payload(new), "evaluation": verdict_to_payload(evaluation),
        }, actor=actor.username, subject=session.subject, session=session_id)
        if state.go and not evaluation.go:
            clinic.record("checks.verdict_withdrawn", {
                "reason": tr("checks", "{item} changed: {findings}",
                             item=statement(ITEM_LABELS[field]), findings=_words(evaluation)),
            }, actor=actor.username, subject=session.subject, session=session_id)
    return get_checks(clinic, session_id)


def record_vitals(clinic: Clinic, actor: User, session_id: str, vitals: VitalSigns, *,
                  purpose: str = BASELINE, confirmed: bool = False) -> ChecksState:
    """Store a complete set; impossible values are refused, unusual ones need `confirmed`."""
    require(actor, Action.RECORD_VITALS)
    session = _open_session(clinic, session_id)
    errors, warnings = check_vitals(vitals)
    missing = vitals.missing()
    if missing:
        raise InvalidInput(complete_the_set(missing))
    if errors:
        raise FieldInputError(errors)
    if warnings and not confirmed:
        raise NeedsConfirmation(warnings)
    clinic.record("vitals.recorded", {
        "purpose": purpose, "vitals": to_payload(vitals),
        "confirmed_warnings": [w.text for w in warnings],
    }, actor=actor.username, subject=session.subject, session=session_id)
    return get_checks(clinic, session_id)


def record_verdict(clinic: Clinic, actor: User, session_id: str, outcome: Outcome | str, *,
                   reason: str | None = None, new_date: date | None = None) -> ChecksState:
    """GO only when every check passes now; NO-GO closes the session as not performed."""
    require(actor, Action.DECIDE_GO)
    session = _open_session(clinic, session_id)
    outcome = Outcome(outcome)
    state = get_checks(clinic, session_id)
    evaluation, reason = state.evaluation, (reason or "").strip() or None
    if outcome is Outcome.GO:
        if state.go:
            raise InvalidInput(tr("checks", "GO is already recorded for this session."))
        if not evaluation.go:
            raise InvalidInput(tr("checks", "GO is not possible: {findings}",
                                  findings=_words(evaluation)))
        reasons = []
    elif outcome is Outcome.NO_GO:
        if (evaluation.go or state.go) and reason is None:
            raise InvalidInput(tr("checks", "Give the reason for NO-GO (no check is against the "
                                  "puncture, or GO was recorded)."))
        if new_date is not None and new_date <= clinic.today():
            raise InvalidInput(tr("checks", "The new date must be after today."))
        reasons = [r.text for r in evaluation.reasons] + ([reason] if reason else [])
        if not reasons:
            reasons = [r.text for r in evaluation.missing]
    else:
        raise InvalidInput(tr("checks", "The verdict is GO or NO-GO."))
    with clinic.transaction():
        clinic.record("checks.verdict", {
            "outcome": outcome.value, "evaluation": verdict_to_payload(evaluation),
            "reason": reason, "new_date": new_date.isoformat() if new_date else None,
        }, actor=actor.username, subject=session.subject, session=session_id)
        if outcome is Outcome.NO_GO:
            clinic.record("session.closed", {
                "status": "not performed", "reasons": reasons,
                "new_date": new_date.isoformat() if new_date else None,
            }, actor=actor.username, subject=session.subject, session=session_id)
    return get_checks(clinic, session_id)


OTHER_DRUG = "other"


def reference(clinic: Clinic) -> tuple[list[tuple[str, str]], str]:
    """The drug pick-list (table entries, then 'other') and the table's source and version."""
    table = clinic.hold_table
    drugs = [(rule.key, rule.name) for rule in table.rules]
    return (drugs + [(OTHER_DRUG, tr("checks", "Other (not in the table)"))],
            f"{table.source} ({table.version})")


def _words(verdict: Verdict) -> Text:
    """Every reason and missing item, for a message."""
    found = [r.text for r in (*verdict.reasons, *verdict.missing)]
    return join("; ", found) if found else verdict.summary()


def complete_the_set(missing: tuple[str, ...]) -> Text:
    """'Complete the set: Heart rate, SpO2' for the vital signs not given."""
    from ..domain.vitals import FIELD_LABELS

    return tr("vitals", "Complete the set: {missing}",
              missing=join(", ", (FIELD_LABELS[f][0] for f in missing)))


def require_go(clinic: Clinic, session_id: str) -> None:
    """Vial and procedure steps need a recorded GO that still holds now (a platelet count
    can expire while a session stays open)."""
    row = _row(clinic, session_id)
    if row is None or row["verdict"] != Outcome.GO.value:
        raise InvalidInput(tr("checks", "Locked until the pre-procedure checks are GO."))
    evaluation = get_checks(clinic, session_id).evaluation
    if not evaluation.go:
        raise InvalidInput(tr("checks", "The pre-procedure checks no longer pass: {findings}. "
                              "Update them before going on.", findings=_words(evaluation)))
