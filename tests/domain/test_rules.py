"""Small pure rules: subject records, account lockout, step rail, stored time."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from maestro_desktop.domain.lockout import is_locked, lock_after_failure
from maestro_desktop.domain.steps import STEPS, StepState, step_states
from maestro_desktop.domain.subjects import Subject, SubjectError, validate_subject
from maestro_desktop.domain.timeutil import from_text, to_text

TODAY = date(2025, 3, 10)
GOOD = Subject("01-003", "ABD", 1975, "F", True, date(2025, 3, 1))


def test_valid_subject_passes():
    assert validate_subject(GOOD, today=TODAY) is GOOD


def test_enrolment_today_is_allowed():
    assert validate_subject(dataclasses.replace(GOOD, enrolment_date=TODAY), today=TODAY)


@pytest.mark.parametrize(("change", "message"), [
    ({"code": "1-003"}, "must look like 01-003"),
    ({"code": "01-03"}, "must look like 01-003"),
    ({"code": "01-003 "}, "must look like 01-003"),
    ({"code": "Martin"}, "must look like 01-003"),
    ({"initials": "Ab"}, "2 or 3 capital letters"),
    ({"initials": "A"}, "2 or 3 capital letters"),
    ({"initials": "DUPONT"}, "2 or 3 capital letters"),
    ({"birth_year": 1899}, "not plausible"),
    ({"birth_year": 2026}, "not plausible"),
    ({"sex": "X"}, "F or M"),
    ({"enrolment_date": TODAY + timedelta(days=1)}, "cannot be in the future"),
    ({"sex": "M", "childbearing_potential": True}, "female subjects only"),
])
def test_invalid_subject_is_refused_with_reason(change, message):
    with pytest.raises(SubjectError, match=message):
        validate_subject(dataclasses.replace(GOOD, **change), today=TODAY)


NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("failures", "locked"), [(1, False), (4, False), (5, True), (7, True)])
def test_lock_after_limit(failures, locked):
    until = lock_after_failure(failures, limit=5, lock_minutes=15, now=NOW)
    assert until == (NOW + timedelta(minutes=15) if locked else None)


@pytest.mark.parametrize(("now", "locked"), [
    (NOW - timedelta(seconds=1), True),
    (NOW, False),                       # the lock ends exactly at locked_until
    (NOW + timedelta(minutes=1), False),
])
def test_is_locked_until_the_instant(now, locked):
    assert is_locked(NOW, now=now) is locked


def test_never_locked_without_a_time():
    assert is_locked(None, now=NOW) is False


@pytest.mark.parametrize(("completed", "states"), [
    (set(), "CLLLLL"),
    ({"patient"}, "DCLLLL"),
    ({"patient", "checks", "vial"}, "DDDCLL"),
    ({"patient", "vial"}, "DCLLLL"),     # steps run in order: a later step does not skip ahead
    (set(STEPS), "DDDDDD"),
])
def test_step_rail(completed, states):
    code = {StepState.DONE: "D", StepState.CURRENT: "C", StepState.LOCKED: "L"}
    result = step_states(completed)
    assert list(result) == list(STEPS)
    assert "".join(code[result[s]] for s in STEPS) == states


def test_time_is_stored_in_utc_and_read_back_equal():
    paris = timezone(timedelta(hours=1))
    moment = datetime(2025, 3, 30, 2, 30, tzinfo=paris)
    text = to_text(moment)
    assert text == "2025-03-30T01:30:00.000000+00:00"
    assert from_text(text) == moment


def test_naive_time_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        to_text(datetime(2025, 3, 10, 12, 0))


@pytest.mark.parametrize("empty", [None, ""])
def test_no_time_reads_as_none(empty):
    assert from_text(empty) is None
