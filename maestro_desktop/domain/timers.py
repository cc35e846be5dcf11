"""The procedure's clocks, the check of the infusion's duration and rate, and times in words.

Pure: `now` and the monotonic readings are arguments. Stamps are read through `StampShape`
(kind, time, details), so this module does not depend on `procedure.py`, which re-exports
everything here. Every difference is taken in UTC: two times in a local zone that spans a
daylight-saving change must not gain or lose the hour.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from typing import Protocol as Shape

from .i18n import Text, tr
from .protocol import ProcedureSettings
from .verdict import FieldError, Reason, format_date, format_number, require_aware

_RATE_TOLERANCE = 1e-9   # a rate at the maximum stays at it despite float arithmetic


class StampShape(Shape):
    """What the clocks read from a stamp (procedure.Stamp)."""

    @property
    def kind(self) -> str: ...

    @property
    def at(self) -> datetime: ...

    @property
    def details(self) -> Mapping[str, Any]: ...


def utc(moment: datetime) -> datetime:
    """The same instant in UTC, so that differences and comparisons count real time."""
    require_aware(moment, "time")
    return moment.astimezone(UTC)


def by_kind(stamps: Iterable[StampShape]) -> dict[str, StampShape]:
    """The stamps by kind; should a kind appear twice, the last one counts."""
    return {stamp.kind: stamp for stamp in stamps}


def is_number(value: Any) -> bool:
    """A finite int or float; a bool is not a number."""
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


# --- time in words -------------------------------------------------------------------------------

def clock_time(moment: datetime, tz: tzinfo, now: datetime, *, seconds: bool = False) -> str:
    """HH:MM in `tz` (HH:MM:SS when asked), with the date when it is not the day of `now`."""
    local = moment.astimezone(tz)
    text = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    if local.date() != now.astimezone(tz).date():
        return f"{format_date(local.date())} {text}"
    return text


def clock_times(first: datetime, second: datetime, tz: tzinfo, now: datetime) -> tuple[str, str]:
    """Both times; to the second when they fall in the same minute (else '09:42 before 09:42')."""
    pair = clock_time(first, tz, now), clock_time(second, tz, now)
    if pair[0] == pair[1]:
        pair = clock_time(first, tz, now, seconds=True), clock_time(second, tz, now, seconds=True)
    return pair


def time_errors(what: str, at: datetime, *, session_opened_at: datetime, now: datetime,
                tz: tzinfo) -> list[FieldError]:
    """A recorded moment may be neither in the future nor before the session opened."""
    errors = []
    when = clock_time(at, tz, now)
    if utc(at) > utc(now):
        errors.append(FieldError("at", tr("procedure", "{what} at {time} is in the future",
                                          what=what, time=when)))
    if utc(at) < utc(session_opened_at):
        errors.append(FieldError("at", tr(
            "procedure", "{what} at {time} is before the session opened ({opened})", what=what,
            time=when, opened=clock_time(session_opened_at, tz, now))))
    return errors


# --- the infusion ------------------------------------------------------------------------------

@dataclass(frozen=True)
class InfusionCheck:
    """The infusion as recorded. `deviations` need an investigator's acknowledgement.

    `rate_ml_per_min` is NaN (undefined) when the duration is zero or negative.
    """

    duration: timedelta
    volume_ml: float
    rate_ml_per_min: float
    deviations: tuple[Reason, ...]


def format_minutes(duration: timedelta) -> Text:
    """'3 min', '4 min 59 s', '4 min 59.5 s' (59,5 in French): never rounded, so a deviation
    reads as one."""
    sign = "-" if duration < timedelta(0) else ""
    minutes, rest = divmod(abs(duration), timedelta(minutes=1))
    text = f"{sign}{minutes} min"
    if not rest:
        return Text(text)
    seconds = format_number(rest.total_seconds())
    return Text(f"{text} {seconds} s", f"{text} {seconds.source} s")


def _rounded_up(value: float) -> Text:
    """Two decimals, rounded up: a rate just above the maximum must not read as the maximum."""
    return format_number(math.ceil(round(value * 100, 6)) / 100)


def check_infusion(stamps: Iterable[StampShape],
                   settings: ProcedureSettings) -> InfusionCheck | None:
    """Duration and rate against the protocol; None until the start and the end (with its
    volume) are recorded. Exactly the minimum, the maximum or the maximum rate is fine."""
    done = by_kind(stamps)
    start, end = done.get("infusion_start"), done.get("infusion_end")
    if start is None or end is None or not is_number(end.details.get("volume_ml")):
        return None
    volume = float(end.details["volume_ml"])
    duration = utc(end.at) - utc(start.at)
    deviations: list[Reason] = []
    shortest = timedelta(minutes=settings.infusion_min_minutes)
    longest = timedelta(minutes=settings.infusion_max_minutes)
    if duration < timedelta(0):
        deviations.append(Reason("duration", tr(
            "procedure", "The infusion ends before it starts: check the times")))
    elif duration < shortest:
        deviations.append(Reason("duration", tr(
            "procedure", "Infusion lasted {duration} (minimum {limit} min)",
            duration=format_minutes(duration),
            limit=format_number(settings.infusion_min_minutes))))
    elif duration > longest:
        deviations.append(Reason("duration", tr(
            "procedure", "Infusion lasted {duration} (maximum {limit} min)",
            duration=format_minutes(duration),
            limit=format_number(settings.infusion_max_minutes))))
    rate = math.nan
    if duration > timedelta(0):
        rate = volume / (duration / timedelta(minutes=1))
        limit = settings.infusion_max_rate_ml_per_min
        if rate > limit * (1 + _RATE_TOLERANCE):
            deviations.append(Reason("rate", tr(
                "procedure", "Rate {rate} mL/min is above the maximum of {limit} mL/min",
                rate=_rounded_up(rate), limit=format_number(limit))))
    return InfusionCheck(duration, volume, rate, tuple(deviations))


# --- clocks ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Timers:
    """What the bedside screen counts; None when the clock has not started."""

    since_needle_in: timedelta | None      # stops at needle_out
    infusion_running: timedelta | None     # while running: now - start; after the end: duration
    infusion_done: bool
    lying_flat: timedelta | None           # since lying_flat
    since_thawing: timedelta | None
    stability_left: timedelta | None       # stability window minus since_thawing (< 0 past it)


def timers(stamps: Iterable[StampShape], *, thawed_at: datetime | None,
           stability_hours: float, now: datetime) -> Timers:
    """The clocks at `now`. A `now` before a stamp (clock set back) gives a negative time."""
    now = utc(now)
    at = {kind: utc(stamp.at) for kind, stamp in by_kind(stamps).items()}

    def between(first: str, last: str | None = None) -> timedelta | None:
        """From `first` to `last` when recorded, else to now; None before `first`."""
        if first not in at:
            return None
        return (at[last] if last in at else now) - at[first]

    since_thawing = None if thawed_at is None else now - utc(thawed_at)
    return Timers(
        since_needle_in=between("needle_in", "needle_out"),
        infusion_running=between("infusion_start", "infusion_end"),
        infusion_done="infusion_end" in at,
        lying_flat=between("lying_flat"),
        since_thawing=since_thawing,
        stability_left=(None if since_thawing is None
                        else timedelta(hours=stability_hours) - since_thawing),
    )


def format_clock(elapsed: timedelta) -> str:
    """H:MM:SS, whole seconds cut off: '0:07:05', '1:02:00', '25:00:00'; '-0:05:00' past zero."""
    seconds = abs(elapsed) // timedelta(seconds=1)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds_left = divmod(rest, 60)
    sign = "-" if elapsed < timedelta(0) and seconds else ""
    return f"{sign}{hours}:{minutes:02d}:{seconds_left:02d}"


def clock_jump(*, wall_before: datetime, mono_before: float, wall_now: datetime,
               mono_now: float, threshold_seconds: float) -> timedelta | None:
    """How far the wall clock was moved (wall time elapsed minus monotonic time elapsed):
    positive when set forward, negative when set back; None within the threshold (inclusive).
    """
    jump = (utc(wall_now) - utc(wall_before)) - timedelta(seconds=mono_now - mono_before)
    return jump if abs(jump) > timedelta(seconds=threshold_seconds) else None
