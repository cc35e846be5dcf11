"""Eligibility answers that make a registered subject eligible: shared by the fixtures and by
the torture driver (a separate process, so a plain module rather than a fixture)."""

from __future__ import annotations

from datetime import date, timedelta

from maestro_desktop.domain.eligibility import EligibilityAnswers
from maestro_desktop.domain.subjects import Subject


def eligible_answers(subject: Subject) -> EligibilityAnswers:
    """A complete record that makes `subject` eligible and matches its registration: born in
    the registered year, screened two weeks before enrolment after consenting, pregnancy and
    breastfeeding answered for a woman, contraception for childbearing potential."""
    screening = subject.enrolment_date - timedelta(days=14)
    female = subject.sex == "F"
    return EligibilityAnswers(
        screening_date=screening, birth_date=date(subject.birth_year, 6, 15), edss=4.5,
        ppms_mcdonald_2017=True, progression_independent_of_relapse_2y=True,
        csf_oligoclonal_bands=True,
        effective_contraception=True if subject.childbearing_potential else None,
        consent_date=screening - timedelta(days=7), social_security=True,
        inflammatory_activity_12m=False, dmd_12m=False, high_dose_corticosteroids_30d=False,
        lp_contraindication=False, other_trial_6m=False, legal_protection=False,
        deprived_of_liberty=False, pregnant=False if female else None,
        breastfeeding=False if female else None)
