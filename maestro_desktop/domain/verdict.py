"""What a set of checks concludes: GO, NO-GO or INCOMPLETE, with every reason in plain words.

Shared by the visit-day checks (`checks.py`), the eligibility review (`eligibility.py`) and the
vital signs (`vitals.py`). Also holds the wording helpers, so that every message shows dates as
DD/MM/YYYY, times as HH:MM in the site's time zone, and numbers without useless decimals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from .i18n import Text, decimal, join, short_date, tr, tr_table, trn


@dataclass(frozen=True)
class Reason:
    """One finding about one answer: `item` is the answer's field name, `text` plain words."""

    item: str
    text: str


@dataclass(frozen=True)
class FieldError:
    """Bad input, refused before anything is stored; `message` says what to check."""

    field: str
    message: str


class Outcome(StrEnum):
    """GO: every item answered and nothing against; NO-GO: at least one reason against;
    INCOMPLETE: nothing against so far, but something unanswered or out of date."""

    GO = "GO"
    NO_GO = "NO-GO"
    INCOMPLETE = "INCOMPLETE"


# The outcome as shown (the value itself is what the journal keeps).
OUTCOME_WORDS = tr_table("verdict", {"GO": "GO", "NO-GO": "NO-GO", "INCOMPLETE": "INCOMPLETE"})


def outcome_of(reasons: Iterable[Reason], missing: Iterable[Reason]) -> Outcome:
    """The rule: any reason -> NO-GO; else anything missing -> INCOMPLETE; else GO."""
    if tuple(reasons):
        return Outcome.NO_GO
    if tuple(missing):
        return Outcome.INCOMPLETE
    return Outcome.GO


@dataclass(frozen=True)
class Verdict:
    """The conclusion and everything behind it.

    `reasons` lists every contraindication (empty unless NO-GO), `missing` every unanswered or
    expired item (listed with a NO-GO too), `notes` informative findings shown on the sheet.
    The outcome must follow `outcome_of`: a GO with a reason or a missing answer is refused.
    """

    outcome: Outcome
    reasons: tuple[Reason, ...]
    missing: tuple[Reason, ...]
    notes: tuple[Reason, ...] = ()

    def __post_init__(self) -> None:
        for name in ("reasons", "missing", "notes"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "outcome", Outcome(self.outcome))
        expected = outcome_of(self.reasons, self.missing)
        if self.outcome is not expected:
            raise ValueError(f"verdict {self.outcome} contradicts its findings ({expected})")

    @classmethod
    def from_findings(cls, reasons: Iterable[Reason], missing: Iterable[Reason],
                      notes: Iterable[Reason] = ()) -> Verdict:
        """The verdict that the findings call for (see `outcome_of`)."""
        reasons, missing = tuple(reasons), tuple(missing)
        return cls(outcome_of(reasons, missing), reasons, missing, tuple(notes))

    @property
    def go(self) -> bool:
        """True only for GO."""
        return self.outcome is Outcome.GO

    def summary(self) -> Text:
        """'GO', 'NO-GO: reason; reason' or 'INCOMPLETE: 3 items unanswered'."""
        if self.outcome is Outcome.NO_GO:
            return tr("verdict", "NO-GO: {reasons}",
                      reasons=join("; ", (r.text for r in self.reasons)))
        if self.outcome is Outcome.INCOMPLETE:
            return trn("verdict", "INCOMPLETE: {count} item unanswered",
                       "INCOMPLETE: {count} items unanswered", len(self.missing))
        return tr("verdict", "GO")


# --- wording (in the current language: see domain/i18n.py) -----------------------------------

_UNITS = {
    "day": lambda n: trn("time", "{count} day", "{count} days", n),
    "hour": lambda n: trn("time", "{count} hour", "{count} hours", n),
    "minute": lambda n: trn("time", "{count} minute", "{count} minutes", n),
    "item": lambda n: trn("time", "{count} item", "{count} items", n),
    "attempt": lambda n: trn("time", "{count} attempt", "{count} attempts", n),
}


def plural(count: float, word: str) -> Text:
    """'1 day', '3 days' ('0 jour', '3 jours' in French); `word` is one of day, hour, minute,
    item, attempt."""
    return _UNITS[word](count)


def format_number(value: float) -> Text:
    """42 not 42.0; 49.5 stays 49.5 (49,5 in French); never rounded (49.99 must not read as
    50)."""
    return decimal(value)


def format_date(day: date) -> str:
    """DD/MM/YYYY."""
    return short_date(day)


def format_moment(moment: datetime, tz: tzinfo) -> str:
    """DD/MM/YYYY HH:MM as read on a clock in `tz`."""
    local = moment.astimezone(tz)
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"


def format_hold(hours: float) -> Text:
    """A hold time: whole days from 48 h up ('7 days'), hours below ('12 hours', '4.5 hours')."""
    if hours >= 48 and (hours / 24).is_integer():
        return plural(int(hours // 24), "day")
    if float(hours).is_integer():
        return plural(int(hours), "hour")
    return plural(float(hours), "hour")


def format_elapsed(elapsed: timedelta) -> Text:
    """Time since something, never rounded up: '3 days', '30 hours', '5 hours 59 minutes'."""
    minutes = int(elapsed.total_seconds() // 60)
    if minutes < 60:
        return plural(minutes, "minute")
    hours, rest = divmod(minutes, 60)
    if hours >= 48:
        return plural(hours // 24, "day")
    if not rest:
        return plural(hours, "hour")
    return join(" ", (plural(hours, "hour"), plural(rest, "minute")))


def days_ago(days: int) -> Text:
    """'today', '1 day ago', '23 days ago'."""
    if days == 0:
        return tr("time", "today")
    return trn("time", "{count} day ago", "{count} days ago", days)


def require_aware(moment: datetime, name: str = "now") -> None:
    """A clinical time must carry its time zone."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"'{name}' must carry its time zone")
