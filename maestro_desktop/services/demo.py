"""A training database: one account per role, four subjects at different stages, a cell bank.

Everything is written through the same use cases as real work, so the training journal is a
genuine one (and `maestro audit verify` passes on it).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..domain.cellbank import BankVial
from ..domain.eligibility import EligibilityAnswers
from ..domain.roles import Role
from ..domain.subjects import Subject
from ..domain.timeutil import add_months
from . import accounts, cellbank, demo_sessions, eligibility, sessions, subjects
from .clinic import Clinic, User

DEMO_PEOPLE = (
    ("dr.martin", "Dr Claire Martin", Role.INVESTIGATOR),
    ("nurse.leroy", "Julie Leroy", Role.NURSE),
    ("coord.bernard", "Marc Bernard", Role.COORDINATOR),
)


@dataclass(frozen=True)
class DemoAccounts:
    passwords: dict[str, str]   # username -> password, printed once by the CLI


def _password() -> str:
    return secrets.token_urlsafe(9)


def build_demo(clinic: Clinic) -> DemoAccounts:
    """Fill an empty training database. Subjects are placed relative to today."""
    if not clinic.store.training:
        raise ValueError("demo data only goes into a training database")
    passwords = {username: _password() for username, _, _ in DEMO_PEOPLE}
    with clinic.transaction():
        users = []
        for username, name, role in DEMO_PEOPLE:
            actor = users[0] if users else None
            users.append(accounts.create_account(clinic, actor, username=username,
                                                 display_name=name, role=role,
                                                 password=passwords[username]))
        investigator, _nurse, coordinator = users
        today = clinic.now().astimezone().date()
        # Enrolled today (V1 due), 3 months ago (V2 due), 6 months + 10 days ago (V3 late),
        # and 2 weeks ago (V1 overdue window).
        stages = [
            ("01-001", "ABD", 1975, "F", True, today),
            ("01-002", "MLG", 1979, "M", False, add_months(today, -3)),
            ("01-003", "JPR", 1981, "F", False, add_months(today, -6) - timedelta(days=10)),
            ("01-004", "SCT", 1990, "M", False, today - timedelta(days=14)),
        ]
        for code, initials, year, sex, cbp, enrolled in stages:
            subjects.register_subject(clinic, coordinator,
                                      Subject(code, initials, year, sex, cbp, enrolled))
        _cell_bank(clinic, coordinator, today)
        for code, _initials, year, sex, cbp, enrolled in stages:
            _eligible(clinic, investigator, passwords[investigator.username], code,
                      year, sex, cbp, enrolled)
        _past_sessions(clinic, investigator)
        _recorded_sessions(clinic, users, passwords, today)
    return DemoAccounts(passwords)


def _eligible(clinic: Clinic, investigator: User, password: str, code: str, birth_year: int,
              sex: str, childbearing: bool, enrolled: date) -> None:
    """A complete, eligible eligibility record, signed by the investigator."""
    screening = enrolled - timedelta(days=14)
    female = sex == "F"
    answers = EligibilityAnswers(
        screening_date=screening, birth_date=date(birth_year, 6, 15), edss=4.5,
        ppms_mcdonald_2017=True, progression_independent_of_relapse_2y=True,
        csf_oligoclonal_bands=True, effective_contraception=True if childbearing else None,
        consent_date=screening - timedelta(days=7), social_security=True,
        inflammatory_activity_12m=False, dmd_12m=False, high_dose_corticosteroids_30d=False,
        lp_contraindication=False, other_trial_6m=False, legal_protection=False,
        deprived_of_liberty=False, pregnant=False if female else None,
        breastfeeding=False if female else None)
    eligibility.save_eligibility(clinic, investigator, code, answers)
    eligibility.sign_eligibility(clinic, investigator, code, password)


# ISBT 128 DINs of the training vials: facility G1234, year 26, sequence 000001..000012.
DEMO_FACILITY, DEMO_YEAR = "G1234", "26"


def demo_din(sequence: int) -> str:
    return f"{DEMO_FACILITY}{DEMO_YEAR}{sequence:06d}"


def _cell_bank(clinic: Clinic, coordinator: User, today: date) -> None:
    """12 vials: released and allocated, in quarantine, expired, and three already used.

    They arrive as the unit's CSV would (one cellbank.imported event); the three used vials
    then get a vial.administered event, as injections given before this workstation.
    Cell counts and volumes are placeholders for training, not the protocol's dose.
    """
    in_a_year = today + timedelta(days=365)
    expired = today - timedelta(days=20)
    plan = [
        # sequence, lot, expiry, status, allocated subject, visit, already administered
        (1, "L24A", in_a_year, "released", "01-001", 1, False),
        (2, "L24A", in_a_year, "released", "01-001", 2, False),
        (3, "L24A", in_a_year, "released", "01-001", 3, False),
        (4, "L24A", in_a_year, "released", "01-002", 1, False),   # the signed example
        (5, "L24A", in_a_year, "released", "01-002", 2, False),
        (6, "L24B", in_a_year, "released", "01-002", 3, False),
        (7, "L24B", in_a_year, "released", "01-003", 1, True),
        (8, "L24B", in_a_year, "released", "01-003", 2, True),
        (9, "L24B", in_a_year, "released", "01-003", 3, False),
        (10, "L24C", in_a_year, "quarantine", None, None, False),
        (11, "L23Z", expired, "released", None, None, False),
        (12, "L24C", in_a_year, "released", "01-004", 1, False),
    ]
    vials = [BankVial(demo_din(seq), lot, expiry, status, 1.0e8, 10.0, subject, visit, None)
             for seq, lot, expiry, status, subject, visit, _ in plan]
    cellbank.import_rows(clinic, coordinator, vials, file_name="training data")
    for seq, *_rest, used in plan:
        if used:
            clinic.record("vial.administered", {"vial_id": demo_din(seq),
                                                "session": "before this workstation"},
                          actor=coordinator.username)


def _recorded_sessions(clinic: Clinic, users: list[User], passwords: dict[str, str],
                       today: date) -> None:
    """01-002's first injection, complete and signed, on its due day at 08:30; and a NO-GO
    for 01-004 a week ago (its visit 1 stays due)."""
    investigator, nurse, _coordinator = users
    morning = datetime.combine(add_months(today, -3), time(8, 30), clinic.tz)
    demo_sessions.complete_session(clinic, investigator, nurse, passwords, "01-002", "V1",
                                   demo_din(4), morning)
    week_ago = datetime.combine(today - timedelta(days=7), time(9, 0), clinic.tz)
    demo_sessions.no_go_session(clinic, investigator, nurse, "01-004", "V1", week_ago)


def _past_sessions(clinic: Clinic, investigator: User) -> None:
    """Earlier injections of 01-003, recorded as performed before this workstation."""
    for code, visits in (("01-003", ["V1", "V2"]),):
        for visit in visits:
            info = sessions.open_session(clinic, investigator, code, visit)
            clinic.record("session.closed", {"status": "performed",
                                             "reason": "training history"},
                          actor=investigator.username, subject=code, session=info.id)
