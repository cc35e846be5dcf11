"""Eligibility at enrolment: answered, evaluated, signed by an investigator; gates visit 1."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..domain.eligibility import (
    EligibilityAnswers,
    applicable_criteria,
    evaluate_eligibility,
    validate_eligibility,
)
from ..domain.i18n import join, neutral, tr
from ..domain.roles import Action
from ..domain.verdict import Outcome, Verdict
from . import accounts
from .clinic import Clinic, User, require
from .errors import FieldInputError, InvalidInput
from .payloads import changes, from_payload, to_payload, verdict_from_payload, verdict_to_payload
from .subjects import get_subject

SIGNATURE_MEANING = "eligibility assessed and confirmed by the investigator"


@dataclass(frozen=True)
class EligibilityState:
    subject: str
    answers: EligibilityAnswers
    evaluation: Verdict
    applicable: tuple[str, ...]
    signed_by: str | None
    signed_at: str | None
    changed_after_signature: bool

    @property
    def signed_and_eligible(self) -> bool:
        return (self.signed_by is not None and not self.changed_after_signature
                and self.evaluation.outcome is Outcome.GO)


def _evaluate(clinic: Clinic, code: str, answers: EligibilityAnswers) -> Verdict:
    subject = get_subject(clinic, code)
    return evaluate_eligibility(answers, sex=subject.sex,
                                childbearing_potential=subject.childbearing_potential,
                                protocol=clinic.protocol)


def get_eligibility(clinic: Clinic, code: str) -> EligibilityState:
    subject = get_subject(clinic, code)
    rows = list(clinic.db["eligibility"].rows_where("subject = ?", [code]))
    row = rows[0] if rows else None
    answers = (from_payload(EligibilityAnswers, json.loads(row["answers"])) if row
               else EligibilityAnswers())
    evaluation = (_as_recorded(clinic, code, answers, json.loads(row["reasons"])) if row
                  else _evaluate(clinic, code, answers))
    return EligibilityState(
        code, answers, evaluation,
        applicable_criteria(sex=subject.sex, childbearing_potential=subject.childbearing_potential),
        row["signed_by"] if row else None, row["signed_at"] if row else None,
        bool(row["changed_after_signature"]) if row else False)


def _as_recorded(clinic: Clinic, code: str, answers: EligibilityAnswers,
                 recorded: dict) -> Verdict:
    """The recorded evaluation (journal text is in English), shown in the current language:
    worked out again from the answers, and used only when it says exactly what was recorded."""
    again = _evaluate(clinic, code, answers)
    if neutral(verdict_to_payload(again)) == recorded:
        return again
    return verdict_from_payload(recorded)


def save_eligibility(clinic: Clinic, actor: User, code: str, answers: EligibilityAnswers,
                     reason: str | None = None) -> EligibilityState:
    """Store the answers as a whole; after signature a change needs a reason."""
    require(actor, Action.RECORD_ELIGIBILITY)
    subject = get_subject(clinic, code)
    errors = validate_eligibility(answers, today=clinic.today(), birth_year=subject.birth_year)
    if errors:
        raise FieldInputError(errors)
    current = get_eligibility(clinic, code)
    diff = changes(current.answers, answers)
    if not diff:
        return current
    if current.signed_by and not (reason or "").strip():
        raise InvalidInput(tr("eligibility", "The eligibility record is signed: give the reason "
                              "for the change."))
    clinic.record("eligibility.saved", {
        "answers": to_payload(answers), "changes": diff, "reason": (reason or "").strip() or None,
        "evaluation": verdict_to_payload(_evaluate(clinic, code, answers)),
    }, actor=actor.username, subject=code)
    return get_eligibility(clinic, code)


def sign_eligibility(clinic: Clinic, actor: User, code: str, password: str) -> EligibilityState:
    """The investigator signs with the password again; an incomplete record cannot be signed."""
    require(actor, Action.SIGN_ELIGIBILITY)
    state = get_eligibility(clinic, code)
    if state.evaluation.outcome is Outcome.INCOMPLETE:
        raise InvalidInput(tr("eligibility", "Answer every criterion before signing: {missing}",
                              missing=join("; ", (r.text for r in state.evaluation.missing))))
    if state.signed_by and not state.changed_after_signature:
        raise InvalidInput(tr("eligibility", "The eligibility record is already signed."))
    accounts.login(clinic, actor.username, password, purpose="signature")
    clinic.record("eligibility.signed", {
        "outcome": state.evaluation.outcome.value, "meaning": SIGNATURE_MEANING,
        "printed_name": actor.display_name, "answers": to_payload(state.answers),
    }, actor=actor.username, subject=code)
    return get_eligibility(clinic, code)


def require_eligible(clinic: Clinic, code: str) -> None:
    """Visit 1 needs a complete, eligible record signed by an investigator, unchanged since."""
    state = get_eligibility(clinic, code)
    if state.signed_by is None:
        raise InvalidInput(tr("eligibility", "Subject {code} has no signed eligibility record: "
                              "injection 1 cannot start.", code=code))
    if state.changed_after_signature:
        raise InvalidInput(tr("eligibility", "The eligibility record of {code} changed after its "
                              "signature: an investigator must sign it again.", code=code))
    if state.evaluation.outcome is not Outcome.GO:
        raise InvalidInput(tr("eligibility", "Subject {code} is not eligible: {reasons}",
                              code=code,
                              reasons=join("; ", (r.text for r in state.evaluation.reasons))))
