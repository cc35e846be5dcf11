"""Subject registry rules: pseudonymised codes and initials only, never a name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .i18n import tr

CODE = re.compile(r"^\d{2}-\d{3}$")
INITIALS = re.compile(r"^[A-Z]{2,3}$")
SEXES = ("F", "M")


class SubjectError(ValueError):
    """A subject record that cannot be stored; the message says which field and why."""


@dataclass(frozen=True)
class Subject:
    code: str
    initials: str
    birth_year: int
    sex: str
    childbearing_potential: bool
    enrolment_date: date


def validate_subject(subject: Subject, *, today: date) -> Subject:
    if not CODE.match(subject.code):
        raise SubjectError(tr("subjects", "Subject code '{code}' must look like 01-003 (site "
                              "number, dash, three-digit subject number).", code=subject.code))
    if not INITIALS.match(subject.initials):
        raise SubjectError(tr("subjects", "Initials must be 2 or 3 capital letters (no names are "
                              "stored)."))
    if not 1900 <= subject.birth_year <= today.year:
        raise SubjectError(tr("subjects", "Birth year {year} is not plausible.",
                              year=subject.birth_year))
    if subject.sex not in SEXES:
        raise SubjectError(tr("subjects", "Sex must be F or M."))
    if subject.enrolment_date > today:
        raise SubjectError(tr("subjects", "The enrolment date cannot be in the future."))
    if subject.childbearing_potential and subject.sex != "F":
        raise SubjectError(tr("subjects", "Childbearing potential applies to female subjects "
                              "only."))
    return subject
