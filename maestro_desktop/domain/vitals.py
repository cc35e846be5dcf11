"""Vital signs as typed at the bedside: impossible values refused, unusual ones to confirm.

HARD_LIMITS and USUAL_RANGES are clinical plausibility bounds for an adult, not diagnostic
thresholds: a value outside HARD_LIMITS is a typing error (refused, nothing stored); a value
outside USUAL_RANGES is possible but worth a second look (the nurse confirms it). Both are
inclusive. NEWS2 scoring, when added, uses its own published bands.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields

from .i18n import Text, decimal, join, tr, tr_table
from .verdict import FieldError, Reason, format_number

CONSCIOUSNESS = ("A", "C", "V", "P", "U")   # ACVPU
CONSCIOUSNESS_WORDS = tr_table("vitals", {
    "A": "alert", "C": "new confusion", "V": "responds to voice", "P": "responds to pain",
    "U": "unresponsive",
})


@dataclass(frozen=True)
class VitalSigns:
    """One set of observations; None means not taken yet."""

    systolic_bp: int | None = None      # mmHg
    diastolic_bp: int | None = None     # mmHg
    heart_rate: int | None = None       # /min
    respiratory_rate: int | None = None  # /min
    spo2: int | None = None             # %
    oxygen: bool | None = None          # True = on supplemental oxygen, False = air
    temperature: float | None = None    # °C
    consciousness: str | None = None    # one of CONSCIOUSNESS

    def missing(self) -> tuple[str, ...]:
        """Field names still None: every field is needed for a complete set."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) is None)


FIELD_LABELS = tr_table("vitals", {   # name: (label, unit)
    "systolic_bp": ("Systolic BP", "mmHg"),
    "diastolic_bp": ("Diastolic BP", "mmHg"),
    "heart_rate": ("Heart rate", "/min"),
    "respiratory_rate": ("Respiratory rate", "/min"),
    "spo2": ("SpO2", "%"),
    "oxygen": ("Supplemental oxygen", ""),
    "temperature": ("Temperature", "°C"),
    "consciousness": ("Consciousness (ACVPU)", ""),
})

# Clinical plausibility bounds (inclusive). Outside: impossible for a living adult at the
# bedside, so a typing error.
HARD_LIMITS: dict[str, tuple[float, float]] = {
    "systolic_bp": (30, 300),
    "diastolic_bp": (10, 200),
    "heart_rate": (20, 250),
    "respiratory_rate": (2, 80),
    "spo2": (50, 100),
    "temperature": (25.0, 45.0),
}

# Usual adult ranges (inclusive). Outside: possible, but the value is confirmed before storing.
USUAL_RANGES: dict[str, tuple[float, float]] = {
    "systolic_bp": (90, 180),
    "diastolic_bp": (50, 110),
    "heart_rate": (45, 120),
    "respiratory_rate": (10, 24),
    "spo2": (92, 100),
    "temperature": (35.5, 38.0),
}

WHOLE_NUMBER_FIELDS = ("systolic_bp", "diastolic_bp", "heart_rate", "respiratory_rate", "spo2")

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_number(text: str) -> float:
    """'37,8' and '37.8' -> 37.8; spaces are ignored; anything else raises ValueError."""
    compact = re.sub(r"\s+", "", text)
    if not _NUMBER.match(compact):
        raise ValueError(tr("vitals", "'{text}' is not a number", text=text.strip()))
    return float(compact.replace(",", "."))


def _show(name: str, value: float) -> Text:
    """A value as the nurse typed it; temperatures keep one decimal (38.0)."""
    if name == "temperature" and round(value, 1) == value:
        return decimal(value, 1)
    return format_number(value)


def _with_unit(name: str, value: float | str) -> Text:
    label, unit = FIELD_LABELS[name]
    shown = value if isinstance(value, str) else _show(name, value)
    return join(" ", [label, shown] + ([unit] if unit else []))


def _range(name: str, low: float, high: float) -> Text:
    unit = FIELD_LABELS[name][1]
    return join(" ", [join("-", (_show(name, low), _show(name, high)))] + ([unit] if unit else []))


def _number_error(name: str, value: object) -> FieldError | None:
    label, _ = FIELD_LABELS[name]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return FieldError(name, tr("vitals", "{label} must be a number, found {value}.",
                                   label=label, value=repr(value)))
    low, high = HARD_LIMITS[name]
    if not low <= value <= high:
        return FieldError(name, tr("vitals", "{value} is impossible (allowed {range}): check "
                                   "the value.", value=_with_unit(name, value),
                                   range=_range(name, low, high)))
    if name in WHOLE_NUMBER_FIELDS and not float(value).is_integer():
        return FieldError(name, tr("vitals", "{value} must be a whole number.",
                                   value=_with_unit(name, value)))
    return None


def check_vitals(v: VitalSigns) -> tuple[list[FieldError], list[Reason]]:
    """(errors, warnings) for the values present; missing values are not judged here.

    errors: impossible values, refused: 'Systolic BP 400 mmHg is impossible (allowed 30-300
    mmHg): check the value.' Also a diastolic not below the systolic, a consciousness level
    outside ACVPU, an oxygen answer that is not yes/no.
    warnings: outside the usual range, to confirm: 'Temperature 38.6 °C is outside the usual
    range (35.5-38.0 °C): confirm.' Also any consciousness level other than A (alert).
    """
    errors: list[FieldError] = []
    warnings: list[Reason] = []
    for name in HARD_LIMITS:
        value = getattr(v, name)
        if value is None:
            continue
        error = _number_error(name, value)
        if error is not None:
            errors.append(error)
            continue
        low, high = USUAL_RANGES[name]
        if not low <= value <= high:
            warnings.append(Reason(name, tr(
                "vitals", "{value} is outside the usual range ({range}): confirm.",
                value=_with_unit(name, value), range=_range(name, low, high))))
    bad = {e.field for e in errors}
    if (v.systolic_bp is not None and v.diastolic_bp is not None
            and not bad & {"systolic_bp", "diastolic_bp"} and v.diastolic_bp >= v.systolic_bp):
        errors.append(FieldError("diastolic_bp", tr(
            "vitals", "{diastolic} must be below the systolic ({systolic}): check the values.",
            diastolic=_with_unit("diastolic_bp", v.diastolic_bp),
            systolic=_with_unit("systolic_bp", v.systolic_bp))))
        warnings = [w for w in warnings if w.item not in ("systolic_bp", "diastolic_bp")]
    if v.oxygen is not None and not isinstance(v.oxygen, bool):
        errors.append(FieldError("oxygen", tr(
            "vitals", "Supplemental oxygen must be yes or no, found {value}.",
            value=repr(v.oxygen))))
    if v.consciousness is not None:
        if v.consciousness not in CONSCIOUSNESS:
            errors.append(FieldError("consciousness", tr(
                "vitals", "Consciousness {value} is not one of A, C, V, P, U (ACVPU).",
                value=repr(v.consciousness))))
        elif v.consciousness != "A":
            warnings.append(Reason("consciousness", tr(
                "vitals", "Consciousness {level} ({words}) is not alert: confirm.",
                level=v.consciousness, words=CONSCIOUSNESS_WORDS[v.consciousness])))
    return errors, warnings
