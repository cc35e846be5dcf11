"""The observation after the infusion: the planned checks, where each stands, alerts, discharge.

Pure: `now` is an argument. Due times are real durations after the infusion end, counted in
UTC and given back in the infusion end's time zone: on the night the clocks go back, T+90 is 90
minutes after the end, whatever the wall clock says.

A check is UPCOMING until `overdue_after_minutes` before its due time, DUE from then until the
same number of minutes after it (5 in the shipped settings; both ends included, so a set taken
5 minutes early counts and at exactly due + 5 min the check is still DUE), OVERDUE after that;
DONE once a set fulfils it, "not done" once a reason is recorded instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from .i18n import Text, decimal, join, tr, tr_table
from .news2 import News2, news2
from .protocol import Site
from .timers import clock_time, is_number, utc
from .verdict import FieldError, Reason, format_number, require_aware
from .vitals import CONSCIOUSNESS_WORDS, FIELD_LABELS, USUAL_RANGES, VitalSigns

VITALS = "vitals"


# --- what a set adds to the vital signs ----------------------------------------------------------

@dataclass(frozen=True)
class Extras:
    """Answers taken with a set besides the vital signs; None means not asked."""

    pain: int | None = None                  # 0-10 numeric rating scale
    headache: bool | None = None
    headache_postural: bool | None = None    # asked only when headache is True
    neuro_note: str | None = None            # free-text neurological check


def check_extras(extras: Extras) -> list[FieldError]:
    """Pain a whole number from 0 to 10; headache yes/no; 'postural' only with a headache."""
    errors = []
    pain = extras.pain
    if pain is not None and (isinstance(pain, bool) or not isinstance(pain, int | float)
                             or not math.isfinite(pain) or not float(pain).is_integer()
                             or not 0 <= pain <= 10):
        errors.append(FieldError("pain", tr(
            "observation", "Pain must be a whole number from 0 to 10, found {value}.",
            value=repr(pain))))
    for name, label in (("headache", tr("observation", "Headache")),
                        ("headache_postural", tr("observation", "Postural headache"))):
        value = getattr(extras, name)
        if value is not None and not isinstance(value, bool):
            errors.append(FieldError(name, tr("observation", "{label} must be yes or no, found "
                                              "{value}.", label=label, value=repr(value))))
    if extras.headache_postural is not None and extras.headache is not True:
        errors.append(FieldError("headache_postural", tr(
            "observation", "Whether the headache is postural is asked only when there is a "
            "headache.")))
    if extras.neuro_note is not None and not isinstance(extras.neuro_note, str):
        errors.append(FieldError("neuro_note", tr("observation",
                                                  "The neurological note must be text.")))
    return errors


def score_vitals(vitals: VitalSigns, spo2_scale: int = 1) -> News2 | None:
    """NEWS2 of a complete set (None while a value is missing); see `news2.news2`."""
    if vitals.missing():
        return None
    return news2(respiration_rate=vitals.respiratory_rate, spo2=vitals.spo2,
                 oxygen=vitals.oxygen, systolic_bp=vitals.systolic_bp, pulse=vitals.heart_rate,
                 consciousness=vitals.consciousness, temperature=vitals.temperature,
                 spo2_scale=spo2_scale)


# --- the plan ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlannedCheck:
    """One check: `key` 'T+15' (minutes after the infusion end), `items` what to take.

    `opens` is when the check becomes DUE (`overdue_after_minutes` before `due`, set by
    `schedule`); None means at `due`."""

    key: str
    due: datetime
    items: tuple[str, ...]
    opens: datetime | None = None


class CheckStatus(StrEnum):
    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    MISSED = "not done"


CHECK_STATUS_WORDS = tr_table("observation", {"done": "done", "due": "due", "overdue": "overdue",
                                              "upcoming": "upcoming", "not done": "not done"})


@dataclass(frozen=True)
class CheckState:
    """Where a check stands; `note` is the reason recorded when it was not done."""

    check: PlannedCheck
    status: CheckStatus
    done_at: datetime | None
    note: str | None


def check_key(minutes: int) -> str:
    return f"T+{minutes}"


def planned_minutes(site: Site) -> list[int]:
    """Minutes after the infusion end of the vital-sign checks: each block repeats from where
    the previous one stopped (15, 30, 45, 60, then 90, 120, then 180...), up to the discharge."""
    minutes: set[int] = set()
    start = 0
    for block in sorted(site.observation, key=lambda b: b.until_minutes):
        at = start + block.every_minutes
        while at <= block.until_minutes:
            minutes.add(at)
            at += block.every_minutes
        start = max(start, block.until_minutes)
    return sorted(m for m in minutes if m <= site.discharge_after_minutes)


def schedule(infusion_end: datetime, site: Site) -> list[PlannedCheck]:
    """The checks in time order. An extra check (temperature and headache at 6 h) adds its
    items to the vital-sign check at the same minute, or is a check of its own. Nothing is
    planned after `discharge_after_minutes`."""
    require_aware(infusion_end, "infusion_end")
    items: dict[int, list[str]] = {m: [VITALS] for m in planned_minutes(site)}
    for extra in site.extra_checks:
        if extra.at_minutes <= site.discharge_after_minutes:
            wanted = items.setdefault(extra.at_minutes, [])
            wanted += [i for i in extra.items if i not in wanted]
    start, zone, grace = utc(infusion_end), infusion_end.tzinfo, _grace(site)
    plan = []
    for m in sorted(items):
        due = start + timedelta(minutes=m)
        plan.append(PlannedCheck(check_key(m), due.astimezone(zone), tuple(items[m]),
                                 (due - grace).astimezone(zone)))
    return plan


def _grace(site: Site) -> timedelta:
    return timedelta(minutes=site.overdue_after_minutes)


def check_states(plan: list[PlannedCheck], *, done: dict[str, datetime],
                 missed: dict[str, str], now: datetime, site: Site) -> list[CheckState]:
    """Each check's status at `now` (see the module's docstring); a check both done and
    recorded not done counts as done. Keys not in the plan are ignored."""
    now = utc(now)
    grace = _grace(site)
    states = []
    for check in plan:
        due = utc(check.due)
        if check.key in done:
            states.append(CheckState(check, CheckStatus.DONE, done[check.key], None))
            continue
        if check.key in missed:
            status = CheckStatus.MISSED
        elif now < due - grace:
            status = CheckStatus.UPCOMING
        elif now <= due + grace:
            status = CheckStatus.DUE
        else:
            status = CheckStatus.OVERDUE
        states.append(CheckState(check, status, None, missed.get(check.key)))
    return states



def match_check(plan: list[PlannedCheck], states: list[CheckState],
                taken_at: datetime) -> str | None:
    """The key of the check that a set taken at `taken_at` fulfils, None for an unscheduled set.

    The earliest check still open (neither done nor recorded not done) whose window holds
    `taken_at`: from its `opens` time (its due time when None) up to, not including, the next
    planned check's due time. The last check's window has no end: a late set still fulfils it.
    """
    taken = utc(taken_at)
    closed = {s.check.key for s in states if s.status in (CheckStatus.DONE, CheckStatus.MISSED)}
    ordered = sorted(plan, key=lambda c: utc(c.due))
    for index, check in enumerate(ordered):
        if check.key in closed:
            continue
        start = utc(check.opens if check.opens is not None else check.due)
        end = utc(ordered[index + 1].due) if index + 1 < len(ordered) else None
        if start <= taken and (end is None or taken < end):
            return check.key
    return None


# --- alerts ------------------------------------------------------------------------------------

FEVER_CELSIUS = 38.0
SYSTOLIC_DROP = 20     # mmHg below the baseline
SYSTOLIC_RISE = 30     # mmHg above the baseline
HEART_RATE_CHANGE = 30  # /min either way


def _shown(name: str, value: float) -> Text:
    """'Systolic BP 85 mmHg', 'Temperature 38.0 °C' (temperatures keep one decimal)."""
    label, unit = FIELD_LABELS[name]
    return join(" ", (label, _number(name, value), unit))


def _number(name: str, value: float) -> Text:
    return decimal(value, 1) if name == "temperature" and round(value, 1) == value else \
        format_number(value)


def _change(name: str, value: float, base: float, limit_down: float | None,
            limit_up: float) -> Reason | None:
    unit = FIELD_LABELS[name][1]
    diff = value - base
    if diff >= limit_up or (limit_down is not None and -diff >= limit_down):
        values = dict(value=_shown(name, value), diff=format_number(abs(diff)), unit=unit,
                      base=format_number(base))
        return Reason(name, tr("observation", "{value}, {diff} {unit} above the baseline "
                                              "({base} {unit})", **values) if diff > 0 else
                      tr("observation", "{value}, {diff} {unit} below the baseline "
                                        "({base} {unit})", **values))
    return None


def out_of_range(vitals: VitalSigns, baseline: VitalSigns | None) -> list[Reason]:
    """What to call the nurse's attention to in a set: a value outside the usual adult range of
    `vitals.USUAL_RANGES` ('Systolic BP 85 mmHg is below the usual range (90-180 mmHg)'), a
    fever from 38.0 °C ('Fever 38.4 °C'), a consciousness other than alert, and a change from
    the baseline: systolic down by 20 mmHg or more or up by 30 or more, heart rate changed by 30
    /min or more. Missing values, and values that are not numbers, are not judged here."""
    reasons = []
    for name, (low, high) in USUAL_RANGES.items():
        value = getattr(vitals, name)
        if not is_number(value):
            continue
        if name == "temperature" and value >= FEVER_CELSIUS:
            reasons.append(Reason(name, tr("observation", "Fever {value} {unit}",
                                           value=_number(name, value),
                                           unit=FIELD_LABELS[name][1])))
        elif not low <= value <= high:
            values = dict(value=_shown(name, value),
                          range=join(" ", (join("-", (_number(name, low), _number(name, high))),
                                           FIELD_LABELS[name][1])))
            reasons.append(Reason(name, tr("observation", "{value} is below the usual range "
                                                          "({range})", **values)
                                  if value < low else
                                  tr("observation", "{value} is above the usual range "
                                                    "({range})", **values)))
    if vitals.consciousness in CONSCIOUSNESS_WORDS and vitals.consciousness != "A":
        reasons.append(Reason("consciousness", tr(
            "observation", "Consciousness {level} ({words}): not alert",
            level=vitals.consciousness, words=CONSCIOUSNESS_WORDS[vitals.consciousness])))
    if baseline is not None:
        for name, down, up in (("systolic_bp", SYSTOLIC_DROP, SYSTOLIC_RISE),
                               ("heart_rate", HEART_RATE_CHANGE, HEART_RATE_CHANGE)):
            value, base = getattr(vitals, name), getattr(baseline, name)
            if is_number(value) and is_number(base):
                change = _change(name, value, base, down, up)
                if change is not None:
                    reasons.append(change)
    return reasons


# --- discharge ---------------------------------------------------------------------------------

def _duration(minutes: int) -> str:
    """'6 h', '6 h 30 min', '45 min'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


def discharge_problems(*, criteria_confirmed: dict[str, bool], all_criteria: tuple[str, ...],
                       states: list[CheckState], now: datetime, infusion_end: datetime,
                       site: Site, tz: tzinfo | None = None) -> list[Reason]:
    """Why the patient cannot be discharged at `now`; an empty list means they can.

    Not before `discharge_after_minutes` after the infusion end ('Discharge is planned 6 h after
    the infusion end (not before 15:20)'); no check left DUE or OVERDUE: each one reached is
    recorded, or recorded not done with a reason; every criterion in `all_criteria` confirmed
    True. Times read in `tz`, the infusion end's time zone by default.
    """
    require_aware(now)
    require_aware(infusion_end, "infusion_end")
    zone = tz if tz is not None else infusion_end.tzinfo
    problems = []
    earliest = utc(infusion_end) + timedelta(minutes=site.discharge_after_minutes)
    if utc(now) < earliest:
        problems.append(Reason("time", tr(
            "observation", "Discharge is planned {duration} after the infusion end (not before "
            "{time})", duration=_duration(site.discharge_after_minutes),
            time=clock_time(earliest, zone, now))))
    for state in states:
        values = dict(check=state.check.key, time=clock_time(state.check.due, zone, now))
        if state.status is CheckStatus.DUE:
            problems.append(Reason(state.check.key, tr(
                "observation", "Check {check} ({time}) is due: record it, or record why it was "
                "not done", **values)))
        elif state.status is CheckStatus.OVERDUE:
            problems.append(Reason(state.check.key, tr(
                "observation", "Check {check} ({time}) is overdue: record it, or record why it "
                "was not done", **values)))
    for criterion in all_criteria:
        if criteria_confirmed.get(criterion) is not True:
            problems.append(Reason(criterion, tr("observation", "Not confirmed: {criterion}",
                                                 criterion=criterion)))
    return problems
