"""The visit-day checks all clear and GO, set up through the services: shared by the screen
tests and the end-to-end tests, which start at the step they are about."""

from __future__ import annotations

from datetime import timedelta

from maestro_desktop.domain.checks import VisitDayAnswers
from maestro_desktop.domain.vitals import VitalSigns
from maestro_desktop.services import checks, sessions


def reach_go(clinic, doctor, nurse, baseline: VitalSigns, code: str = "01-001") -> str:  # noqa: ANN001 - services objects
    """Open `code`'s injection 1, answer every check clear (the nurse), record the baseline
    (the nurse) and GO (the doctor); the session id."""
    session = sessions.open_session(clinic, doctor, code, "V1").id
    answers = VisitDayAnswers(False, False, 180, clinic.today() - timedelta(days=1), False,
                              pregnancy_test="negative", breastfeeding=False,
                              high_dose_corticosteroids=False, relapse_or_new_t2=False,
                              new_dmd=False, other_trial=False, consent_valid=True)
    for name in VisitDayAnswers.__dataclass_fields__:
        if getattr(answers, name) is not None:
            checks.answer(clinic, nurse, session, name, getattr(answers, name))
    checks.record_vitals(clinic, nurse, session, baseline)
    checks.record_verdict(clinic, doctor, session, "GO")
    return session
