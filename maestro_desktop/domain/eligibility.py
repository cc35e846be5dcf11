"""Inclusion and exclusion criteria of the registry entry (NCT06592703), checked at screening.

GO means eligible, NO-GO not eligible (every reason listed), INCOMPLETE something applicable is
unanswered. The numbers (age, EDSS) come from the protocol settings; bounds are inclusive.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from .i18n import Text, tr, tr_table
from .protocol import Protocol
from .verdict import FieldError, Reason, Verdict, format_date, format_number

SEXES = ("F", "M")
AGE_PLAUSIBLE = (0, 120)


@dataclass(frozen=True)
class EligibilityAnswers:
    """The screening answers; None means not answered yet."""

    screening_date: date | None = None
    birth_date: date | None = None
    edss: float | None = None
    ppms_mcdonald_2017: bool | None = None
    progression_independent_of_relapse_2y: bool | None = None
    csf_oligoclonal_bands: bool | None = None
    effective_contraception: bool | None = None      # only for childbearing potential
    consent_date: date | None = None
    social_security: bool | None = None
    inflammatory_activity_12m: bool | None = None
    dmd_12m: bool | None = None
    high_dose_corticosteroids_30d: bool | None = None
    lp_contraindication: bool | None = None
    other_trial_6m: bool | None = None
    legal_protection: bool | None = None
    deprived_of_liberty: bool | None = None
    pregnant: bool | None = None                     # only for female subjects
    breastfeeding: bool | None = None                # only for female subjects


INCLUSION = ("ppms_mcdonald_2017", "birth_date", "edss", "progression_independent_of_relapse_2y",
             "csf_oligoclonal_bands", "effective_contraception", "consent_date",
             "social_security")
EXCLUSION = ("inflammatory_activity_12m", "dmd_12m", "high_dose_corticosteroids_30d",
             "lp_contraindication", "other_trial_6m", "legal_protection", "deprived_of_liberty",
             "pregnant", "breastfeeding")

ELIGIBILITY_LABELS = tr_table("eligibility", {
    "screening_date": "Screening date",
    # inclusion, in registry order
    "ppms_mcdonald_2017": "Primary progressive MS by the McDonald 2017 criteria?",
    "birth_date": "Date of birth",
    "edss": "EDSS score",
    "progression_independent_of_relapse_2y":
        "Progression independent of relapse in the 2 years before screening?",
    "csf_oligoclonal_bands": "Oligoclonal bands in the CSF?",
    "effective_contraception": "Effective contraception (woman of childbearing potential)?",
    "consent_date": "Date the consent form was signed",
    "social_security": "Affiliated to social security?",
    # exclusion, in registry order
    "inflammatory_activity_12m":
        "Inflammatory activity (relapse or new T2 lesion) in the past 12 months?",
    "dmd_12m": "Disease-modifying drug in the past 12 months?",
    "high_dose_corticosteroids_30d": "High-dose corticosteroids in the 30 days before inclusion?",
    "lp_contraindication": "Contraindication to lumbar puncture (intracranial hypertension, "
                           "puncture-site infection, platelets < 50 G/L, anticoagulant or "
                           "fibrinolytic treatment)?",
    "other_trial_6m": "Another therapeutic trial in the past 6 months?",
    "legal_protection": "Under legal protection (guardianship or curatorship)?",
    "deprived_of_liberty": "Deprived of liberty by a judicial or administrative decision?",
    "pregnant": "Pregnant?",
    "breastfeeding": "Breastfeeding?",
})

# What to say when an inclusion criterion answered yes/no is not met.
_NOT_MET = tr_table("eligibility", {
    "ppms_mcdonald_2017": "Not primary progressive MS by the McDonald 2017 criteria",
    "progression_independent_of_relapse_2y":
        "No progression independent of relapse in the 2 years before screening",
    "csf_oligoclonal_bands": "No oligoclonal bands in the CSF",
    "effective_contraception": "No effective contraception",
    "social_security": "Not affiliated to social security",
})


def _statement(label: Text) -> Text:
    """A question label as a statement (no '?', whatever the spacing before it)."""
    return label.map(lambda words: words.rstrip("? \u00a0\u202f"))
_YES_NO = tuple(_NOT_MET) + EXCLUSION


def applicable_criteria(*, sex: str, childbearing_potential: bool) -> tuple[str, ...]:
    """The fields to answer, screening date first, then inclusion, then exclusion.

    Contraception only for childbearing potential; pregnancy and breastfeeding only for women.
    """
    if sex not in SEXES:
        raise ValueError(f"sex must be F or M, found {sex!r}")
    if childbearing_potential and sex != "F":
        raise ValueError("childbearing potential applies to female subjects only")
    skip: set[str] = set()
    if not childbearing_potential:
        skip.add("effective_contraception")
    if sex != "F":
        skip |= {"pregnant", "breastfeeding"}
    return tuple(name for name in ELIGIBILITY_LABELS if name not in skip)


def age_on(birth_date: date, day: date) -> int:
    """Age in whole years on `day`, birthday-exact. Someone born on 29 February has a birthday
    on 1 March in common years (still 17 on 28 February of the year they turn 18)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def _edss_valid(value: object) -> bool:
    return (not isinstance(value, bool) and isinstance(value, int | float)
            and math.isfinite(value) and 0 <= value <= 10 and float(value * 2).is_integer())


def validate_eligibility(answers: EligibilityAnswers, *, today: date,
                         birth_year: int | None = None) -> list[FieldError]:
    """Bad input, refused before storing: a date of birth giving an age outside 0-120 at
    screening (today when the screening date is unknown) or not in the registered birth year,
    a screening or consent date in the future, an EDSS outside 0-10 or not in steps of 0.5."""
    errors = [FieldError(name, tr("eligibility", "{item}: answer yes or no, found {value}.",
                                  item=_statement(ELIGIBILITY_LABELS[name]),
                                  value=repr(getattr(answers, name))))
              for name in _YES_NO
              if getattr(answers, name) is not None
              and not isinstance(getattr(answers, name), bool)]
    screening, consent = answers.screening_date, answers.consent_date
    if screening is not None and screening > today:
        errors.append(FieldError("screening_date", tr(
            "eligibility", "The screening date {day} is in the future.",
            day=format_date(screening))))
    if consent is not None and consent > today:
        errors.append(FieldError("consent_date", tr(
            "eligibility", "The consent date {day} is in the future.", day=format_date(consent))))
    born = answers.birth_date
    if born is not None:
        screening = answers.screening_date
        reference = screening if screening is not None and screening <= today else today
        low, high = AGE_PLAUSIBLE
        if born > reference or not low <= age_on(born, reference) <= high:
            errors.append(FieldError("birth_date", tr(
                "eligibility", "Date of birth {day} gives an impossible age at screening "
                "(allowed {low}-{high}): check the date.", day=format_date(born), low=low,
                high=high)))
        elif birth_year is not None and born.year != birth_year:
            errors.append(FieldError("birth_date", tr(
                "eligibility", "Date of birth {day} does not match the registered birth year "
                "{year}.", day=format_date(born), year=birth_year)))
    if answers.edss is not None and not _edss_valid(answers.edss):
        errors.append(FieldError("edss", tr(
            "eligibility", "EDSS {value} is not a valid score (0 to 10 in steps of 0.5).",
            value=repr(answers.edss))))
    return errors


def _not_answered(item: str) -> Reason:
    return Reason(item, tr("eligibility", "{item} not answered",
                           item=_statement(ELIGIBILITY_LABELS[item])))


def evaluate_eligibility(answers: EligibilityAnswers, *, sex: str, childbearing_potential: bool,
                         protocol: Protocol) -> Verdict:
    """GO = eligible; NO-GO = not eligible, with every reason ('Age 56 at screening (18-55)',
    'EDSS 6.5 (3-6)', 'No effective contraception', 'Consent signed 12/11/2026, after screening
    on 10/11/2026', any exclusion answered yes); INCOMPLETE = something applicable unanswered.

    >>> from maestro_desktop.settings import load_protocol
    >>> verdict = evaluate_eligibility(EligibilityAnswers(edss=6.5), sex="M",
    ...                                childbearing_potential=False, protocol=load_protocol())
    >>> verdict.summary(), len(verdict.missing)
    ('NO-GO: EDSS 6.5 (3-6)', 14)
    """
    items = applicable_criteria(sex=sex, childbearing_potential=childbearing_potential)
    rules = protocol.eligibility
    reasons: list[Reason] = []
    notes: list[Reason] = []
    missing = [_not_answered(item) for item in items if getattr(answers, item) is None]
    screening, born = answers.screening_date, answers.birth_date
    if screening is not None and born is not None:
        age = age_on(born, screening)
        text = tr("eligibility", "Age {age} at screening ({low}-{high})", age=age,
                  low=rules.age_min_years, high=rules.age_max_years)
        inside = rules.age_min_years <= age <= rules.age_max_years
        (notes if inside else reasons).append(Reason("birth_date", text))
    if answers.edss is not None:
        edss = answers.edss
        shown = format_number(float(edss)) if _edss_valid(edss) else repr(edss)
        text = tr("eligibility", "EDSS {value} ({low}-{high})", value=shown,
                  low=format_number(float(rules.edss_min)),
                  high=format_number(float(rules.edss_max)))
        inside = _edss_valid(edss) and rules.edss_min <= edss <= rules.edss_max
        (notes if inside else reasons).append(Reason("edss", text))
    consent = answers.consent_date
    if screening is not None and consent is not None and consent > screening:
        reasons.append(Reason("consent_date", tr(
            "eligibility", "Consent signed {consent}, after screening on {screening}",
            consent=format_date(consent), screening=format_date(screening))))
    for item in items:
        value = getattr(answers, item)
        if item in _NOT_MET and value is not None and value is not True:
            reasons.append(Reason(item, _NOT_MET[item]))
        elif item in EXCLUSION and value is not None and value is not False:
            reasons.append(Reason(item, _statement(ELIGIBILITY_LABELS[item])))
    order = {name: i for i, name in enumerate(items)}
    reasons.sort(key=lambda r: order[r.item])
    return Verdict.from_findings(reasons, missing, notes)
