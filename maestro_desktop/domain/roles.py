"""Who may do what: the role x action matrix. Anything not granted here is denied."""

from __future__ import annotations

from enum import StrEnum

from .i18n import Text, tr_table


class Role(StrEnum):
    INVESTIGATOR = "investigator"
    NURSE = "nurse"
    COORDINATOR = "coordinator"

    @property
    def label(self) -> Text:
        return ROLE_LABELS[self.value]

    @property
    def words(self) -> Text:
        """The role's name in a sentence: 'nurse', 'infirmier ou infirmière'."""
        return ROLE_WORDS[self.value]


ROLE_LABELS = tr_table("roles", {"investigator": "Investigator (neurologist)", "nurse": "Nurse",
                                 "coordinator": "Coordinator (admin)"})
ROLE_WORDS = tr_table("roles", {"investigator": "investigator", "nurse": "nurse",
                                "coordinator": "coordinator"})


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
    CONFIGURE_SYNC = "configure the connection to the central store"
    ACKNOWLEDGE_FLAG = "acknowledge a problem flagged by the centre"

    @property
    def words(self) -> Text:
        """What the action is, in the current language: 'manage accounts'."""
        return ACTION_WORDS[self.value]


ACTION_WORDS = tr_table("roles", {
    "manage accounts": "manage accounts",
    "register subjects": "register subjects",
    "import reference data": "import reference data",
    "record eligibility at enrolment": "record eligibility at enrolment",
    "sign the eligibility record": "sign the eligibility record",
    "open an injection session": "open an injection session",
    "record pre-procedure checks": "record pre-procedure checks",
    "decide GO / NO-GO": "decide GO / NO-GO",
    "scan and verify a vial": "scan and verify a vial",
    "confirm a vial as second person": "confirm a vial as second person",
    "record the procedure timeline": "record the procedure timeline",
    "acknowledge a deviation from the protocol": "acknowledge a deviation from the protocol",
    "record vital signs": "record vital signs",
    "record adverse events": "record adverse events",
    "record a clinical decision (SpO2 scale, discharge)":
        "record a clinical decision (SpO2 scale, discharge)",
    "sign a session": "sign a session",
    "view records": "view records",
    "configure the connection to the central store":
        "configure the connection to the central store",
    "acknowledge a problem flagged by the centre": "acknowledge a problem flagged by the centre",
})


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
        Action.RECORD_ELIGIBILITY, Action.VIEW_RECORDS, Action.CONFIGURE_SYNC,
        Action.ACKNOWLEDGE_FLAG,
    }),
}


def is_allowed(role: Role | str | None, action: Action) -> bool:
    """True only when the matrix grants `action` to `role`; unknown roles get nothing."""
    try:
        return action in _GRANTS.get(Role(role), frozenset()) if role else False
    except ValueError:
        return False
