"""Two recorded sessions for the training database, so a new user can open and export real
sheets at once: a complete injection, signed, and a NO-GO.

They go through the same use cases as bedside work, on a clock set back to the day they
happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from ..domain.labels import isbt_checksum
from ..domain.observation import Extras
from ..domain.vitals import VitalSigns
from . import accounts, checks, observation, procedure, sessions, signoff, vials
from .clinic import Clinic, User

BASELINE = VitalSigns(126, 78, 68, 14, 98, False, 36.7, "A")
ALL_CLEAR = dict(raised_icp=False, puncture_site_infection=False, antithrombotic=False,
                 high_dose_corticosteroids=False, relapse_or_new_t2=False, new_dmd=False,
                 other_trial=False, consent_valid=True)


@contextmanager
def clock_at(clinic: Clinic, start: datetime) -> Iterator[list[datetime]]:
    """Run with the clinic's clock at `start`; the caller moves moment[0] forward."""
    moment, saved = [start], clinic.clock
    clinic.clock = lambda: moment[0]
    try:
        yield moment
    finally:
        clinic.clock = saved


def complete_session(clinic: Clinic, investigator: User, nurse: User, passwords: dict[str, str],
                     code: str, visit: str, din: str, start: datetime, *,
                     sign: bool = True) -> str:
    """Checks, GO, vial verified by two people, the procedure, 6 h of observation with a
    headache, discharge and (unless `sign` is False) the investigator's signature."""
    with clock_at(clinic, start) as moment:
        def at(minutes: float) -> None:
            moment[0] = start + timedelta(minutes=minutes)

        session = sessions.open_session(clinic, investigator, code, visit).id
        answers = {**ALL_CLEAR, "platelets_g_per_l": 212,
                   "platelets_sampled_on": (start - timedelta(days=2)).date()}
        _answer_all(clinic, nurse, session, answers)
        checks.record_vitals(clinic, nurse, session, BASELINE)
        at(10)
        checks.record_verdict(clinic, investigator, session, "GO")
        label = f"={din}{60 + isbt_checksum(din)}"
        vials.scan(clinic, nurse, session, label)
        vials.set_thaw_time(clinic, nurse, session, start - timedelta(minutes=20))
        at(14)
        vials.confirm(clinic, session, investigator.username, passwords[investigator.username],
                      label)
        details = {"needle_in": {"spinal_level": "L3-L4", "needle_gauge": "22G atraumatic",
                                 "attempts": 1},
                   "csf_obtained": {"volume_ml": 5, "appearance": "clear"},
                   "infusion_end": {"volume_ml": 10}}
        for kind, minutes in (("positioned", 18), ("needle_in", 21), ("csf_obtained", 23),
                              ("infusion_start", 25), ("infusion_end", 35), ("needle_out", 36),
                              ("lying_flat", 37)):
            at(minutes)
            procedure.stamp(clinic, nurse, session, kind, details=details.get(kind))
        end = start + timedelta(minutes=35)
        for check in observation.observation_state(clinic, session).plan:
            moment[0] = check.due + timedelta(minutes=1)
            late = check.key in ("T+120", "T+180")          # a transient headache
            observation.record_observation(
                clinic, nurse, session,
                VitalSigns(122, 76, 72, 15, 97, False, 37.4 if late else 36.9, "A"),
                Extras(pain=3 if late else 0, headache=late,
                       headache_postural=False if late else None))
        moment[0] = end + timedelta(minutes=362)
        criteria = {name: True for name in clinic.protocol.site.discharge_criteria}
        observation.discharge(clinic, investigator, session, criteria)
        if sign:
            signoff.sign_session(clinic, investigator, session,
                                 passwords[investigator.username], "performed by")
    return session


def _answer_all(clinic: Clinic, nurse: User, session: str, answers: dict) -> None:
    """The given answers, then a negative pregnancy test and no breastfeeding where asked."""
    for field, value in answers.items():
        checks.answer(clinic, nurse, session, field, value)
    for field in checks.get_checks(clinic, session).applicable:
        if field in ("pregnancy_test", "breastfeeding"):
            checks.answer(clinic, nurse, session, field,
                          "negative" if field == "pregnancy_test" else False)


def no_go_session(clinic: Clinic, investigator: User, nurse: User, code: str, visit: str,
                  start: datetime) -> str:
    """Checks answered, platelets too low: NO-GO with a new date (left unsigned)."""
    with clock_at(clinic, start) as moment:
        session = sessions.open_session(clinic, investigator, code, visit).id
        answers = {**ALL_CLEAR, "platelets_g_per_l": 41,
                   "platelets_sampled_on": (start - timedelta(days=1)).date()}
        _answer_all(clinic, nurse, session, answers)
        checks.record_vitals(clinic, nurse, session, BASELINE)
        moment[0] = start + timedelta(minutes=12)
        checks.record_verdict(clinic, investigator, session, "NO-GO",
                              reason="Haematology opinion before a new attempt",
                              new_date=(start + timedelta(days=10)).date())
    return session


def login(clinic: Clinic, username: str, passwords: dict[str, str]) -> User:
    return accounts.login(clinic, username, passwords[username], purpose="training data")


