"""Adverse events: the pick-list, CTCAE v5.0 grades, seriousness, and the SAE reporting clock.

Pure: `now` is an argument. A term's own grade wording is shown only where its CTCAE v5.0 text
is on file (fever and hypertension, from the clinical reference); any other term shows the
general meaning of the grade, never wording made up here.

>>> suggest_grade("Fever", temperature=39.4)
2
>>> grade_meaning("fever", 2)
'> 39.0-40.0 °C'
>>> grade_meaning("nausea", 3)[:32]
'Severe or medically significant '
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from .i18n import Text, tr, tr_table
from .timers import clock_time, utc
from .verdict import FieldError, require_aware

# The trial's pick-list (intrathecal MSC trials, lumbar puncture), exactly as in CLINICAL.md.
AE_TERMS: tuple[str, ...] = (
    "headache", "post-dural-puncture headache", "fever", "back pain", "injection-site pain",
    "radicular leg pain", "neck stiffness/meningism", "nausea", "vomiting", "dizziness",
    "vasovagal reaction", "hypotension", "hypertension", "allergic reaction",
    "spinal haematoma", "meningitis", "MS relapse",
)
# The terms as shown; the journal keeps the term itself.
AE_TERM_WORDS = tr_table("ae", {
    "headache": "headache", "post-dural-puncture headache": "post-dural-puncture headache",
    "fever": "fever", "back pain": "back pain", "injection-site pain": "injection-site pain",
    "radicular leg pain": "radicular leg pain",
    "neck stiffness/meningism": "neck stiffness/meningism", "nausea": "nausea",
    "vomiting": "vomiting", "dizziness": "dizziness", "vasovagal reaction": "vasovagal reaction",
    "hypotension": "hypotension", "hypertension": "hypertension",
    "allergic reaction": "allergic reaction", "spinal haematoma": "spinal haematoma",
    "meningitis": "meningitis", "MS relapse": "MS relapse",
})

# CTCAE v5.0 general guideline for grades 1 to 5.
GENERIC_GRADES = tr_table("ae", {
    1: "Mild; asymptomatic or mild symptoms; clinical or diagnostic observations only; "
       "intervention not indicated",
    2: "Moderate; minimal, local or noninvasive intervention indicated; limiting "
       "age-appropriate instrumental ADL",
    3: "Severe or medically significant but not immediately life-threatening; hospitalization "
       "or prolongation of hospitalization indicated; disabling; limiting self care ADL",
    4: "Life-threatening consequences; urgent intervention indicated",
    5: "Death related to AE",
})

# Term-specific CTCAE v5.0 wording, only the grades CLINICAL.md gives.
GRADE_DEFINITIONS = tr_table("ae", {
    "fever": {
        1: "38.0-39.0 °C",
        2: "> 39.0-40.0 °C",
        3: "> 40.0 °C for <= 24 h",
        4: "> 40.0 °C for > 24 h",
    },
    "hypertension": {
        1: "Systolic BP 120-139 mmHg or diastolic BP 80-89 mmHg",
        2: "Systolic BP 140-159 mmHg or diastolic BP 90-99 mmHg",
        3: "Systolic BP >= 160 mmHg or diastolic BP >= 100 mmHg",
        4: "Life-threatening consequences",
    },
})

SERIOUS_CRITERIA = ("death", "life-threatening", "hospitalisation or prolongation",
                    "disability or incapacity", "congenital anomaly", "important medical event")
RELATION_SCALE = ("not related", "unlikely", "possible", "probable", "definite")
ACTIONS = ("none", "treatment given", "procedure interrupted", "study treatment stopped",
           "other")
OUTCOMES = ("recovered", "recovering", "not recovered", "recovered with sequelae", "fatal",
            "unknown")
TERM_MAX_LENGTH = 120
GRADES = (1, 2, 3, 4, 5)
# The choices as shown (the journal keeps the values above).
CHOICE_WORDS = tr_table("ae", {
    "death": "death", "life-threatening": "life-threatening",
    "hospitalisation or prolongation": "hospitalisation or prolongation",
    "disability or incapacity": "disability or incapacity",
    "congenital anomaly": "congenital anomaly",
    "important medical event": "important medical event",
    "not related": "not related", "unlikely": "unlikely", "possible": "possible",
    "probable": "probable", "definite": "definite",
    "none": "none", "treatment given": "treatment given",
    "procedure interrupted": "procedure interrupted",
    "study treatment stopped": "study treatment stopped", "other": "other",
    "recovered": "recovered", "recovering": "recovering", "not recovered": "not recovered",
    "recovered with sequelae": "recovered with sequelae", "fatal": "fatal", "unknown": "unknown",
})


# An adverse event's fields as named in its history of changes.
FIELD_WORDS = tr_table("ae", {
    "term": "term", "onset": "onset", "grade": "grade", "serious": "serious",
    "serious_criteria": "seriousness criteria", "relation_lp": "relation to the lumbar puncture",
    "relation_product": "relation to the study product", "action": "action taken",
    "outcome": "outcome", "end": "end", "description": "description",
})


def term_words(term: str) -> str:
    """A pick-list term as shown in the current language; a typed term as typed."""
    known = _known_term(term) if isinstance(term, str) else None
    return AE_TERM_WORDS[known] if known else term


def choice_words(value: str) -> str:
    """A seriousness criterion, relation, action or outcome as shown; other text as is."""
    return CHOICE_WORDS.get(value, value)


@dataclass(frozen=True)
class AdverseEvent:
    """One adverse event as recorded; `relation_lp` to the lumbar puncture, `relation_product`
    to the cells. Check it with `validate_ae` before storing."""

    term: str
    onset: datetime
    grade: int
    serious: bool
    serious_criteria: tuple[str, ...]
    relation_lp: str
    relation_product: str
    action: str
    outcome: str
    end: datetime | None = None
    description: str | None = None


def _known_term(term: str) -> str | None:
    """The pick-list term that `term` names, whatever its case and surrounding spaces."""
    wanted = term.strip().casefold()
    return next((t for t in AE_TERMS if t.casefold() == wanted), None)


def grade_meaning(term: str, grade: int) -> Text:
    """The CTCAE v5.0 wording for this term and grade when known, else the general meaning."""
    if grade not in GENERIC_GRADES:
        raise ValueError(tr("ae", "Grade {grade} does not exist (CTCAE grades 1 to 5).",
                            grade=repr(grade)))
    known = _known_term(term) if isinstance(term, str) else None
    return GRADE_DEFINITIONS.get(known or "", {}).get(grade) or GENERIC_GRADES[grade]


def _is_aware(moment: object) -> bool:
    return isinstance(moment, datetime) and moment.utcoffset() is not None


def _time_errors(ae: AdverseEvent, now: datetime, tz: tzinfo) -> list[FieldError]:
    errors = []
    if not _is_aware(ae.onset):
        errors.append(FieldError("onset", tr("ae", "Give the onset date and time.")))
    elif utc(ae.onset) > utc(now):
        errors.append(FieldError("onset", tr("ae", "Onset {time} is in the future.",
                                             time=clock_time(ae.onset, tz, now))))
    if ae.end is None:
        return errors
    if not _is_aware(ae.end):
        errors.append(FieldError("end", tr("ae", "The end must be a date and time.")))
        return errors
    if utc(ae.end) > utc(now):
        errors.append(FieldError("end", tr("ae", "End {time} is in the future.",
                                           time=clock_time(ae.end, tz, now))))
    if _is_aware(ae.onset) and utc(ae.end) < utc(ae.onset):
        errors.append(FieldError("end", tr("ae", "End {time} is before the onset ({onset}).",
                                           time=clock_time(ae.end, tz, now),
                                           onset=clock_time(ae.onset, tz, now))))
    return errors


def _choice_errors(ae: AdverseEvent) -> list[FieldError]:
    errors = []
    for name, label, allowed in (
            ("relation_lp", tr("ae", "Relation to the lumbar puncture"), RELATION_SCALE),
            ("relation_product", tr("ae", "Relation to the study product"), RELATION_SCALE),
            ("action", tr("ae", "Action taken"), ACTIONS),
            ("outcome", tr("ae", "Outcome"), OUTCOMES)):
        value = getattr(ae, name)
        if value not in allowed:
            errors.append(FieldError(name, tr(
                "ae", "{label} {value} is not one of: {choices}.", label=label,
                value=repr(value), choices=", ".join(CHOICE_WORDS[a] for a in allowed))))
    return errors


def _seriousness_errors(ae: AdverseEvent, grade_ok: bool) -> list[FieldError]:
    errors = []
    criteria = ae.serious_criteria
    if not isinstance(criteria, tuple | list) or not all(isinstance(c, str) for c in criteria):
        return [FieldError("serious_criteria", tr(
            "ae", "The seriousness criteria must be a list of names, found {value}.",
            value=repr(criteria)))]
    if not isinstance(ae.serious, bool):
        errors.append(FieldError("serious", tr("ae", "Serious must be yes or no, found {value}.",
                                               value=repr(ae.serious))))
    elif ae.serious and not criteria:
        errors.append(FieldError("serious_criteria", tr(
            "ae", "A serious adverse event needs at least one seriousness criterion.")))
    elif criteria and not ae.serious:
        errors.append(FieldError("serious_criteria", tr(
            "ae", "Seriousness criteria apply only to a serious adverse event: mark it serious "
            "or clear the criteria.")))
    unknown = [c for c in criteria if c not in SERIOUS_CRITERIA]
    if unknown:
        errors.append(FieldError("serious_criteria", tr(
            "ae", "Not a seriousness criterion: {values}.",
            values=", ".join(repr(c) for c in unknown))))
    if len(set(criteria)) != len(criteria):
        errors.append(FieldError("serious_criteria", tr(
            "ae", "A seriousness criterion is given twice.")))
    if grade_ok and ae.grade == 5 and "death" not in criteria:
        errors.append(FieldError("serious_criteria", tr(
            "ae", "Grade 5 (death) is serious, with the criterion 'death'.")))
    if grade_ok and ae.grade != 5 and "death" in criteria:
        errors.append(FieldError("serious_criteria", tr(
            "ae", "The criterion 'death' goes with grade 5, not grade {grade}.",
            grade=ae.grade)))
    return errors


def validate_ae(ae: AdverseEvent, *, now: datetime, tz: tzinfo) -> list[FieldError]:
    """Every reason to refuse the record, in plain words; an empty list means it can be stored.

    The term is picked or typed (at most 120 characters); onset and end are not in the future
    and the end is not before the onset; the grade is 1-5, and grade 5 (death) goes with the
    outcome 'fatal' and the seriousness criterion 'death', both ways; a serious event has at
    least one criterion and criteria only a serious event; relation, action and outcome come
    from their lists.
    """
    require_aware(now)
    errors = []
    if not isinstance(ae.term, str) or not ae.term.strip():
        errors.append(FieldError("term", tr("ae", "Name the adverse event: pick a term or type "
                                                  "one.")))
    elif _known_term(ae.term) is None and len(ae.term.strip()) > TERM_MAX_LENGTH:
        errors.append(FieldError("term", tr(
            "ae", "A typed term has at most {most} characters (found {count}).",
            most=TERM_MAX_LENGTH, count=len(ae.term.strip()))))
    errors += _time_errors(ae, now, tz)
    grade_ok = isinstance(ae.grade, int) and not isinstance(ae.grade, bool) and ae.grade in GRADES
    if not grade_ok:
        shown = ae.grade if isinstance(ae.grade, int) and not isinstance(ae.grade, bool) else None
        errors.append(FieldError("grade", tr(
            "ae", "Grade {grade} does not exist (CTCAE grades 1 to 5).", grade=repr(shown))
            if shown is not None else tr(
            "ae", "The grade must be a whole number from 1 to 5, found {value}.",
            value=repr(ae.grade))))
    elif ae.grade == 5 and ae.outcome != "fatal":
        errors.append(FieldError("outcome", tr(
            "ae", "Grade 5 means death: the outcome must be 'fatal'.")))
    elif ae.grade != 5 and ae.outcome == "fatal":
        errors.append(FieldError("grade", tr("ae", "A fatal outcome is grade 5, not grade "
                                                   "{grade}.", grade=ae.grade)))
    errors += _seriousness_errors(ae, grade_ok)
    errors += _choice_errors(ae)
    if ae.description is not None and not isinstance(ae.description, str):
        errors.append(FieldError("description", tr("ae", "The description must be text.")))
    return errors


def _number(label: Text, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(tr("ae", "{label} must be a number, found {value}.", label=label,
                            value=repr(value)))
    return float(value)


def suggest_grade(term: str, *, temperature: float | None = None,
                  systolic_bp: int | None = None, diastolic_bp: int | None = None) -> int | None:
    """The CTCAE v5.0 grade the measurements point to, for the investigator to confirm.

    Fever: 38.0-39.0 °C grade 1, above 39.0 to 40.0 grade 2, above 40.0 grade 3 (grade 4 needs
    more than 24 h above 40.0 °C, which one reading cannot tell). Hypertension (adult): the
    higher of the systolic grade (120-139 -> 1, 140-159 -> 2, >= 160 -> 3) and the diastolic
    one (80-89 -> 1, 90-99 -> 2, >= 100 -> 3). None for any other term, a missing measurement,
    or values below grade 1. Raises ValueError for a measurement that is not a number.
    """
    known = _known_term(term) if isinstance(term, str) else None
    celsius = _number(tr("ae", "Temperature"), temperature)
    systolic = _number(tr("ae", "Systolic BP"), systolic_bp)
    diastolic = _number(tr("ae", "Diastolic BP"), diastolic_bp)
    if known == "fever":
        if celsius is None or celsius < 38.0:
            return None
        return 1 if celsius <= 39.0 else 2 if celsius <= 40.0 else 3
    if known == "hypertension":
        grades = [0]
        if systolic is not None:
            grades.append(3 if systolic >= 160 else 2 if systolic >= 140 else
                          1 if systolic >= 120 else 0)
        if diastolic is not None:
            grades.append(3 if diastolic >= 100 else 2 if diastolic >= 90 else
                          1 if diastolic >= 80 else 0)
        return max(grades) or None
    return None


@dataclass(frozen=True)
class SaeClock:
    """When a serious adverse event must reach the sponsor. `remaining` is negative once the
    deadline has passed (by how much); `overdue` from the first moment after `due`."""

    due: datetime
    remaining: timedelta
    overdue: bool


def sae_clock(recorded_at: datetime, *, now: datetime, hours: int) -> SaeClock:
    """The reporting deadline: `hours` of real time after `recorded_at`, given in its time zone
    (a daylight-saving change does not move it). Exactly at `due` is not overdue yet."""
    due = utc(recorded_at) + timedelta(hours=hours)
    remaining = due - utc(now)
    return SaeClock(due.astimezone(recorded_at.tzinfo), remaining, remaining < timedelta(0))
