"""Who may do what: the role x action matrix. Anything not granted here is denied."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    INVESTIGATOR = "investigator"
    NURSE = "nurse"
    COORDINATOR = "coordinator"

    @property
    def label(self) -> str:
        return {"investigator": "Investigator (neurologist)", "nurse": "Nurse",
                "coordinator": "Coordinator (admin)"}[self.value]


class Action(StrEnum):
    MANAGE_ACCOUNTS = "manage accounts"
    REGISTER_SUBJECT = "register subjects"
    IMPORT_REFERENCE = "import reference data"
    RECORD_ELIGIBILITY = "record eligibility at enrolment"
    SIGN_ELIGIBILITY = "sign the eligibility record"
    OPEN_SESSION = "open an injection session"
    RECORD_CHECKS = "record pre-procedure checks"
    DECIDE_GO = "decide GO / NO-GO"
    VERIFY_VIAL = "scan and verify a vial"
    CONFIRM_VIAL = "confirm a vial as second person"
    RECORD_PROCEDURE = "record the procedure timeline"
    ACKNOWLEDGE_DEVIATION = "acknowledge a deviation from the protocol"
    RECORD_VITALS = "record vital signs"
    RECORD_ADVERSE_EVENT = "record adverse events"
    CLINICAL_DECISION = "record a clinical decision (SpO2 scale, discharge)"
    SIGN_SESSION = "sign a session"
    VIEW_RECORDS = "view records"


_GRANTS: dict[Role, frozenset[Action]] = {
    Role.INVESTIGATOR: frozenset({
        Action.MANAGE_ACCOUNTS, Action.REGISTER_SUBJECT, Action.RECORD_ELIGIBILITY,
        Action.SIGN_ELIGIBILITY, Action.OPEN_SESSION,
        Action.RECORD_CHECKS, Action.DECIDE_GO, Action.VERIFY_VIAL, Action.CONFIRM_VIAL,
        Action.RECORD_PROCEDURE, Action.ACKNOWLEDGE_DEVIATION, Action.RECORD_VITALS,
        Action.RECORD_ADVERSE_EVENT, Action.CLINICAL_DECISION, Action.SIGN_SESSION,
        Action.VIEW_RECORDS,
    }),
    Role.NURSE: frozenset({
        Action.RECORD_CHECKS, Action.VERIFY_VIAL, Action.CONFIRM_VIAL, Action.RECORD_PROCEDURE,
        Action.RECORD_VITALS, Action.RECORD_ADVERSE_EVENT, Action.VIEW_RECORDS,
    }),
    Role.COORDINATOR: frozenset({
        Action.MANAGE_ACCOUNTS, Action.REGISTER_SUBJECT, Action.IMPORT_REFERENCE,
        Action.RECORD_ELIGIBILITY, Action.VIEW_RECORDS,
    }),
}


def is_allowed(role: Role | str | None, action: Action) -> bool:
    """True only when the matrix grants `action` to `role`; unknown roles get nothing."""
    try:
        return action in _GRANTS.get(Role(role), frozenset()) if role else False
    except ValueError:
        return False
