"""The lumbar puncture and the infusion as time stamps: what may be recorded, when, with what.

Pure rules in plain words: `now`, `tz` and the procedure settings are arguments. Each stamp is
recorded once (a correction is an amendment, decided above this layer); the stamps recorded
so far keep STAMPS order in time; a stamp more than `late_after_minutes` old is retrospective
and needs a reason. The clocks and the infusion check live in `timers.py`, re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from .i18n import Text, decimal, join, tr, tr_table
from .protocol import ProcedureSettings
from .timers import (
    InfusionCheck,
    StampShape,
    Timers,
    by_kind,
    check_infusion,
    clock_jump,
    clock_time,
    clock_times,
    format_clock,
    format_minutes,
    is_number,
    time_errors,
    timers,
    utc,
)
from .verdict import FieldError, format_number, plural, require_aware

__all__ = [
    "CSF_APPEARANCES", "CSF_APPEARANCE_WORDS", "DETAIL_LABELS", "INCIDENTS", "INCIDENT_LABELS",
    "STAMPS", "STAMP_LABELS", "VIAL_FATES", "VIAL_FATE_WORDS", "InfusionCheck", "Stamp",
    "StampShape", "Timers", "check_infusion", "clock_jump", "format_clock", "format_minutes",
    "is_late", "timers", "validate_incident", "validate_stamp",
]

STAMPS = ("positioned", "needle_in", "csf_obtained", "infusion_start", "infusion_end",
          "needle_out", "lying_flat")
STAMP_LABELS = tr_table("procedure", {
    "positioned": "Patient positioned",
    "needle_in": "Needle inserted",
    "csf_obtained": "CSF obtained",
    "infusion_start": "Infusion started",
    "infusion_end": "Infusion ended",
    "needle_out": "Needle removed",
    "lying_flat": "Lying flat started",
})
CSF_APPEARANCES = ("clear", "blood-stained", "other")
CSF_APPEARANCE_WORDS = tr_table("procedure", {"clear": "clear", "blood-stained": "blood-stained",
                                              "other": "other"})
DETAIL_LABELS = tr_table("procedure", {
    "spinal_level": "Spinal level",
    "needle_gauge": "Needle gauge",
    "attempts": "Number of attempts",
    "volume_ml": "Volume (mL)",
    "appearance": "CSF appearance",
    "appearance_other": "CSF appearance, in words",
})
_DETAIL_KEYS: dict[str, tuple[str, ...]] = {
    "needle_in": ("spinal_level", "needle_gauge", "attempts"),
    "csf_obtained": ("volume_ml", "appearance", "appearance_other"),
    "infusion_end": ("volume_ml",),
}
_NEEDS = {   # kind: the stamp it needs first
    "csf_obtained": "needle_in", "infusion_start": "needle_in", "infusion_end": "infusion_start",
    "needle_out": "needle_in", "lying_flat": "needle_out",
}
_NEEDS_WORDS = tr_table("procedure", {   # kind: what to say when that one is missing
    "csf_obtained": "Record the needle insertion before the CSF",
    "infusion_start": "Record the needle insertion before the infusion start",
    "infusion_end": "Record the infusion start before its end",
    "needle_out": "Record the needle insertion before its removal",
    "lying_flat": "Record the needle removal before lying flat",
})


@dataclass(frozen=True)
class Stamp:
    """One moment of the procedure. `at` is the clinical time (aware); `details` as listed in
    `_DETAIL_KEYS`; a retrospective stamp (recorded late) carries its reason."""

    kind: str
    at: datetime
    details: dict[str, Any] = field(default_factory=dict)
    retrospective: bool = False
    reason: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in STAMPS:
            raise ValueError(f"unknown time stamp {self.kind!r}")
        require_aware(self.at, "at")


def is_late(at: datetime, *, now: datetime, settings: ProcedureSettings) -> bool:
    """More than `late_after_minutes` before `now` (exactly that many is not late)."""
    return utc(now) - utc(at) > timedelta(minutes=settings.late_after_minutes)


# --- wording -----------------------------------------------------------------------------------

def _minutes(count: float) -> Text:
    """'1 minute', '10 minutes', '2.5 minutes'."""
    if float(count).is_integer():
        return plural(int(count), "minute")
    return plural(float(count), "minute")


def _lower_first(label: str) -> str:
    return label if label[:2].isupper() else label[0].lower() + label[1:]


def _in_sentence(label: Text) -> Text:
    """'patient positioned' but 'CSF obtained'."""
    return label.map(_lower_first)


# --- time stamps -------------------------------------------------------------------------------

def _order_errors(kind: str, at: datetime, done: Mapping[str, StampShape], *, go: bool,
                  vial_verified: bool, now: datetime, tz: tzinfo) -> list[FieldError]:
    errors = []
    if kind in _NEEDS and _NEEDS[kind] not in done:
        errors.append(FieldError("kind", _NEEDS_WORDS[kind]))
    if kind == "infusion_start":
        if not (go and vial_verified):
            errors.append(FieldError("kind", tr(
                "procedure", "No infusion before a GO and a vial verified by two people")))
        if "needle_out" in done:
            errors.append(FieldError("kind", tr(
                "procedure", "The needle was removed at {time}: no infusion after it",
                time=clock_time(done["needle_out"].at, tz, now))))
    if kind == "needle_out" and "infusion_start" in done and "infusion_end" not in done:
        errors.append(FieldError("kind", tr(
            "procedure", "Record the infusion end before removing the needle")))
    # The stamps so far are in STAMPS order in time: the new one goes between its neighbours.
    index = STAMPS.index(kind)
    earlier = [k for k in STAMPS[:index] if k in done]
    later = [k for k in STAMPS[index + 1:] if k in done]
    label = STAMP_LABELS[kind]
    if earlier and utc(at) < utc(done[earlier[-1]].at):
        mine, theirs = clock_times(at, done[earlier[-1]].at, tz, now)
        errors.append(FieldError("at", tr(
            "procedure", "Infusion end {time} is before its start {other_time}", time=mine,
            other_time=theirs) if kind == "infusion_end" else tr(
            "procedure", "{label} {time} is before {other} {other_time}", label=label, time=mine,
            other=_in_sentence(STAMP_LABELS[earlier[-1]]), other_time=theirs)))
    if later and utc(at) > utc(done[later[0]].at):
        mine, theirs = clock_times(at, done[later[0]].at, tz, now)
        errors.append(FieldError("at", tr(
            "procedure", "{label} {time} is after {other} {other_time}", label=label, time=mine,
            other=_in_sentence(STAMP_LABELS[later[0]]), other_time=theirs)))
    return errors


def _choice(details: Mapping[str, Any], key: str, options: Sequence[str],
            words: Mapping[str, str] | None = None) -> list[FieldError]:
    """One of `options` (shown through `words` when the options are codes)."""
    value = details.get(key)
    if value is None:
        return [FieldError(key, tr("procedure", "Give the {what}",
                                   what=_in_sentence(DETAIL_LABELS[key])))]
    if not isinstance(value, str) or value not in options:
        shown = join(", ", (words[o] if words else o for o in options))
        return [FieldError(key, tr("procedure", "{what} must be one of {choices}, found {value}",
                                   what=DETAIL_LABELS[key], choices=shown, value=repr(value)))]
    return []


def _attempts(value: Any, most: int) -> list[FieldError]:
    if value is None:
        return [FieldError("attempts", tr("procedure", "Give the number of attempts"))]
    if isinstance(value, bool) or not isinstance(value, int):
        return [FieldError("attempts", tr(
            "procedure", "Number of attempts must be a whole number, found {value}",
            value=repr(value)))]
    if value < 1:
        return [FieldError("attempts", tr(
            "procedure", "Number of attempts must be at least 1, found {value}", value=value))]
    if value > most:
        return [FieldError("attempts", tr(
            "procedure", "Number of attempts {value} is above the maximum of {most}: check the "
            "value", value=value, most=most))]
    return []


def _volume(value: Any, what: Text) -> list[FieldError]:
    """Present, a finite number, above 0; the caller checks the upper bound."""
    if value is None:
        return [FieldError("volume_ml", tr("procedure", "Give the {what}",
                                           what=_in_sentence(what)))]
    if not is_number(value):
        return [FieldError("volume_ml", tr("procedure", "{what} must be a number of mL, found "
                                           "{value}", what=what, value=repr(value)))]
    if value <= 0:
        return [FieldError("volume_ml", tr("procedure", "{what} must be more than 0 mL, found "
                                           "{value} mL", what=what, value=format_number(value)))]
    return []


def _appearance(details: Mapping[str, Any]) -> list[FieldError]:
    errors = _choice(details, "appearance", CSF_APPEARANCES, CSF_APPEARANCE_WORDS)
    words = details.get("appearance_other")
    described = isinstance(words, str) and bool(words.strip())
    if details.get("appearance") == "other" and not described:
        errors.append(FieldError("appearance_other", tr(
            "procedure", "Describe the CSF appearance in words")))
    elif details.get("appearance") != "other" and words is not None and (
            described or not isinstance(words, str)):
        errors.append(FieldError("appearance_other", tr(
            "procedure", "Describe the CSF appearance in words only when it is 'other'")))
    return errors


def _detail_errors(kind: str, details: Mapping[str, Any], *, settings: ProcedureSettings,
                   vial_volume_ml: float | None) -> list[FieldError]:
    allowed = _DETAIL_KEYS.get(kind, ())
    errors = [FieldError(str(key), tr("procedure", "{what} takes no detail {key}",
                                      what=STAMP_LABELS[kind], key=repr(key)))
              for key in details if key not in allowed]
    if kind == "needle_in":
        errors += _choice(details, "spinal_level", settings.spinal_levels)
        errors += _choice(details, "needle_gauge", settings.needle_gauges)
        errors += _attempts(details.get("attempts"), settings.max_attempts)
    elif kind == "csf_obtained":
        volume = details.get("volume_ml")
        errors += _volume(volume, tr("procedure", "CSF volume"))
        if is_number(volume) and volume > settings.csf_max_ml:
            errors.append(FieldError("volume_ml", tr(
                "procedure", "CSF volume {value} mL is above the sane maximum of {most} mL: "
                "check the value", value=format_number(volume),
                most=format_number(settings.csf_max_ml))))
        errors += _appearance(details)
    elif kind == "infusion_end":
        volume = details.get("volume_ml")
        errors += _volume(volume, tr("procedure", "Infused volume"))
        if is_number(volume) and vial_volume_ml is not None and volume > vial_volume_ml:
            errors.append(FieldError("volume_ml", tr(
                "procedure", "Infused volume {value} mL is more than the vial holds ({most} mL)",
                value=format_number(volume), most=format_number(vial_volume_ml))))
    return errors


def validate_stamp(kind: str, at: datetime, details: Mapping[str, Any], *, reason: str | None,
                   stamps: Sequence[StampShape], session_opened_at: datetime, now: datetime,
                   tz: tzinfo, go: bool, vial_verified: bool, vial_volume_ml: float | None,
                   settings: ProcedureSettings) -> list[FieldError]:
    """Every reason to refuse this stamp, in plain words; empty when it may be recorded.

    `stamps` are those recorded so far (amended times as amended). The caller stores the stamp
    with retrospective=is_late(at, now=now, settings=settings). Raises ValueError when `at`,
    `now` or `session_opened_at` lacks its time zone.
    """
    for moment, name in ((at, "at"), (now, "now"), (session_opened_at, "session_opened_at")):
        require_aware(moment, name)
    if kind not in STAMPS:
        return [FieldError("kind", tr("procedure", "Unknown time stamp {kind}: expected one "
                                      "of {choices}", kind=repr(kind),
                                      choices=", ".join(STAMPS)))]
    done = by_kind(stamps)
    label = STAMP_LABELS[kind]
    errors = []
    if kind in done:
        errors.append(FieldError("kind", tr(
            "procedure", "{label} is already recorded at {time}: correct it as an amendment",
            label=label, time=clock_time(done[kind].at, tz, now))))
    errors += time_errors(label, at, session_opened_at=session_opened_at, now=now, tz=tz)
    errors += _order_errors(kind, at, done, go=go, vial_verified=vial_verified, now=now, tz=tz)
    if is_late(at, now=now, settings=settings) and not (isinstance(reason, str)
                                                         and reason.strip()):
        errors.append(FieldError("reason", tr(
            "procedure", "Recorded more than {minutes} after the fact: give the reason",
            minutes=_minutes(settings.late_after_minutes))))
    errors += _detail_errors(kind, details, settings=settings, vial_volume_ml=vial_volume_ml)
    return errors


# --- incidents ---------------------------------------------------------------------------------

INCIDENTS = ("failed_attempt", "paraesthesia", "vasovagal", "traumatic_tap", "abandoned")
INCIDENT_LABELS = tr_table("procedure", {
    "failed_attempt": "Failed attempt",
    "paraesthesia": "Paraesthesia or radicular pain",
    "vasovagal": "Vasovagal reaction",
    "traumatic_tap": "Traumatic tap",
    "abandoned": "Procedure abandoned",
})
VIAL_FATES = ("opened, not injected", "partly injected", "not opened")
VIAL_FATE_WORDS = tr_table("procedure", {"opened, not injected": "opened, not injected",
                                         "partly injected": "partly injected",
                                         "not opened": "not opened"})


def validate_incident(kind: str, details: Mapping[str, Any], *, at: datetime,
                      session_opened_at: datetime, now: datetime,
                      tz: tzinfo | None = None) -> list[FieldError]:
    """Every reason to refuse this incident. 'abandoned' needs {"reason", "vial_fate"}; the
    others take an optional {"note"}. Times are shown in `tz` (default: the zone of `at`)."""
    for moment, name in ((at, "at"), (now, "now"), (session_opened_at, "session_opened_at")):
        require_aware(moment, name)
    if kind not in INCIDENTS:
        return [FieldError("kind", tr("procedure", "Unknown incident {kind}: expected one of "
                                      "{choices}", kind=repr(kind),
                                      choices=", ".join(INCIDENTS)))]
    zone = tz if tz is not None else at.tzinfo
    assert zone is not None
    errors = time_errors(INCIDENT_LABELS[kind], at, session_opened_at=session_opened_at,
                          now=now, tz=zone)
    allowed = ("reason", "vial_fate") if kind == "abandoned" else ("note",)
    errors += [FieldError(str(key), tr("procedure", "{what} takes no detail {key}",
                                       what=INCIDENT_LABELS[kind], key=repr(key)))
               for key in details if key not in allowed]
    if kind == "abandoned":
        why = details.get("reason")
        if not (isinstance(why, str) and why.strip()):
            errors.append(FieldError("reason", tr(
                "procedure", "Give the reason the procedure was abandoned")))
        fate = details.get("vial_fate")
        fates = tr("procedure", "'{first}', '{second}' or '{third}'",
                   first=VIAL_FATE_WORDS[VIAL_FATES[0]], second=VIAL_FATE_WORDS[VIAL_FATES[1]],
                   third=VIAL_FATE_WORDS[VIAL_FATES[2]])
        if fate is None:
            errors.append(FieldError("vial_fate", tr(
                "procedure", "Say what became of the vial: {fates}", fates=fates)))
        elif fate not in VIAL_FATES:
            errors.append(FieldError("vial_fate", tr(
                "procedure", "What became of the vial must be {fates}, found {value}",
                fates=fates, value=repr(fate))))
    elif details.get("note") is not None and not isinstance(details["note"], str):
        errors.append(FieldError("note", tr("procedure", "The note must be text, found {value}",
                                            value=repr(details["note"]))))
    return errors


def describe_details(details: dict[str, Any]) -> Text:
    """'L3-L4, 22G atraumatic, 2 attempts', '2.5 mL, clear': stored keys in a fixed order."""
    parts: list[Any] = [details.get("spinal_level"), details.get("needle_gauge")]
    if details.get("attempts"):
        parts.append(plural(details["attempts"], "attempt"))
    if details.get("volume_ml") is not None:
        volume = decimal(float(f"{details['volume_ml']:g}"))
        parts.append(Text(f"{volume} mL", f"{volume.source} mL"))
    appearance = details.get("appearance")
    parts.append(details.get("appearance_other")
                 or (CSF_APPEARANCE_WORDS.get(appearance, appearance) if appearance else None))
    return join(", ", (p if isinstance(p, str) else str(p) for p in parts if p))
