"""NEWS2, the National Early Warning Score 2 (Royal College of Physicians, 2017).

Pure arithmetic on one set of observations, standard library only. The bands follow the RCP
chart exactly, each bound inclusive as printed; a temperature between two printed one-decimal
bounds (36.05 °C) is compared as a real number: <= 35.0 scores 3, <= 36.0 scores 1, <= 38.0
scores 0, <= 39.0 scores 1, above scores 2.

SpO2 scale 2 is only for a prescribed target of 88-92 % (hypercapnic respiratory failure);
scale 1 is the default, and switching is a clinical decision recorded elsewhere.

>>> score = news2(respiration_rate=22, spo2=95, oxygen=False, systolic_bp=118, pulse=96,
...               consciousness="A", temperature=38.3)
>>> score.total, score.band
(5, 'medium')
>>> score.scores()  # doctest: +NORMALIZE_WHITESPACE
{'respiration_rate': 2, 'spo2': 1, 'oxygen': 0, 'systolic_bp': 0, 'pulse': 1,
 'consciousness': 0, 'temperature': 1}
>>> print(score.response)  # doctest: +ELLIPSIS
Key threshold for urgent response: the registered nurse immediately informs the medical team...
>>> news2(respiration_rate=16, spo2=98, oxygen=False, systolic_bp=125, pulse=70,
...       consciousness="V", temperature=36.8).band
'low-medium'
>>> news2(respiration_rate=16, spo2=98, oxygen=False, systolic_bp=125, pulse=70,
...       consciousness="X", temperature=36.8)
Traceback (most recent call last):
ValueError: Consciousness 'X' is not one of A, C, V, P, U (ACVPU).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .i18n import Text, tr, tr_table

SCALES = (1, 2)
ACVPU = ("A", "C", "V", "P", "U")
BANDS = ("low", "low-medium", "medium", "high")
BAND_WORDS = tr_table("news2", {"low": "low", "low-medium": "low-medium", "medium": "medium",
                                "high": "high"})

# Parameter -> label shown next to its score, in the order of the RCP chart.
PARAMETER_LABELS = tr_table("news2", {
    "respiration_rate": "Respiration rate",
    "spo2": "SpO2",
    "oxygen": "Air or oxygen",
    "systolic_bp": "Systolic BP",
    "pulse": "Pulse",
    "consciousness": "Consciousness",
    "temperature": "Temperature",
})

# RCP 2017, chart 4 (clinical response to the NEWS trigger thresholds), shortened.
RESPONSES = tr_table("news2", {
    "zero": "Ward-based response: continue routine NEWS monitoring, at least every 12 hours.",
    "low": "Ward-based response: assessment by a registered nurse, who decides whether "
           "monitoring should be more frequent or care escalated; monitor at least every "
           "4-6 hours.",
    "low-medium": "Urgent ward-based response: the registered nurse informs the medical team, "
                  "who review and decide whether care should be escalated; monitor at least "
                  "every hour.",
    "medium": "Key threshold for urgent response: the registered nurse immediately informs the "
              "medical team and requests urgent assessment by a clinician or team competent in "
              "acute illness; monitor at least every hour, in an area with monitoring "
              "facilities.",
    "high": "Urgent or emergency response: the registered nurse immediately informs the medical "
            "team (specialist registrar level at least); emergency assessment by a team with "
            "critical-care competencies, consider transfer to a higher-dependency unit or ICU; "
            "continuous monitoring of vital signs.",
})


@dataclass(frozen=True)
class News2:
    """The aggregate score (0-20), its band and the score of every parameter."""

    total: int
    band: str
    respiration_rate: int
    spo2: int
    oxygen: int
    systolic_bp: int
    pulse: int
    consciousness: int
    temperature: int
    spo2_scale: int

    @property
    def response(self) -> Text:
        """The RCP clinical response and minimum monitoring frequency, in a few words."""
        if self.band == "low" and self.total == 0:
            return RESPONSES["zero"]
        return RESPONSES[self.band]

    def scores(self) -> dict[str, int]:
        """Parameter -> score, in chart order (keys of PARAMETER_LABELS)."""
        return {name: getattr(self, name) for name in PARAMETER_LABELS}


def _whole(name: str, value: object) -> int:
    """A whole, non-negative number (120 or 120.0); anything else is refused in words."""
    label = PARAMETER_LABELS[name]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(tr("news2", "{label} must be a number, found {value}.", label=label,
                            value=repr(value)))
    if not float(value).is_integer():
        raise ValueError(tr("news2", "{label} must be a whole number, found {value}.",
                            label=label, value=repr(value)))
    if value < 0:
        raise ValueError(tr("news2", "{label} cannot be negative, found {value}.", label=label,
                            value=repr(value)))
    return int(value)


def _respiration(rate: int) -> int:
    if rate <= 8:
        return 3
    if rate <= 11:
        return 1
    if rate <= 20:
        return 0
    return 2 if rate <= 24 else 3


def _spo2(spo2: int, *, oxygen: bool, scale: int) -> int:
    if scale == 1:
        if spo2 <= 91:
            return 3
        if spo2 <= 93:
            return 2
        return 1 if spo2 <= 95 else 0
    if spo2 <= 83:
        return 3
    if spo2 <= 85:
        return 2
    if spo2 <= 87:
        return 1
    if spo2 <= 92 or not oxygen:
        return 0
    if spo2 <= 94:
        return 1
    return 2 if spo2 <= 96 else 3


def _systolic(sbp: int) -> int:
    if sbp <= 90:
        return 3
    if sbp <= 100:
        return 2
    if sbp <= 110:
        return 1
    return 0 if sbp <= 219 else 3


def _pulse(pulse: int) -> int:
    if pulse <= 40:
        return 3
    if pulse <= 50:
        return 1
    if pulse <= 90:
        return 0
    if pulse <= 110:
        return 1
    return 2 if pulse <= 130 else 3


def _temperature(celsius: float) -> int:
    if celsius <= 35.0:
        return 3
    if celsius <= 36.0:
        return 1
    if celsius <= 38.0:
        return 0
    return 1 if celsius <= 39.0 else 2


def band_of(total: int, highest: int) -> str:
    """>= 7 high; 5-6 medium; else a single parameter scoring 3 low-medium; else low."""
    if total >= 7:
        return "high"
    if total >= 5:
        return "medium"
    return "low-medium" if highest >= 3 else "low"


def news2(*, respiration_rate: int, spo2: int, oxygen: bool, systolic_bp: int, pulse: int,
          consciousness: str, temperature: float, spo2_scale: int = 1) -> News2:
    """Score one complete set of observations.

    `oxygen` is True on supplemental oxygen (scores 2), False on air. `consciousness` is one of
    ACVPU; anything but A (alert) scores 3. `spo2_scale` is 1 or 2. Raises ValueError, in plain
    words, for a missing or non-numeric value, a negative one, an SpO2 above 100 %, an unknown
    consciousness level or scale.
    """
    if isinstance(spo2_scale, bool) or spo2_scale not in SCALES:
        raise ValueError(tr("news2", "SpO2 scale must be 1 or 2, found {value}.",
                            value=repr(spo2_scale)))
    if not isinstance(oxygen, bool):
        raise ValueError(tr("news2", "Air or oxygen must be given as yes or no, found {value}.",
                            value=repr(oxygen)))
    if not isinstance(consciousness, str) or consciousness not in ACVPU:
        raise ValueError(tr("news2", "Consciousness {value} is not one of A, C, V, P, U "
                            "(ACVPU).", value=repr(consciousness)))
    if (isinstance(temperature, bool) or not isinstance(temperature, int | float)
            or not math.isfinite(temperature)):
        raise ValueError(tr("news2", "Temperature must be a number, found {value}.",
                            value=repr(temperature)))
    saturation = _whole("spo2", spo2)
    if saturation > 100:
        raise ValueError(tr("news2", "SpO2 cannot be above 100 %, found {value}.",
                            value=repr(spo2)))
    parts = {
        "respiration_rate": _respiration(_whole("respiration_rate", respiration_rate)),
        "spo2": _spo2(saturation, oxygen=oxygen, scale=spo2_scale),
        "oxygen": 2 if oxygen else 0,
        "systolic_bp": _systolic(_whole("systolic_bp", systolic_bp)),
        "pulse": _pulse(_whole("pulse", pulse)),
        "consciousness": 0 if consciousness == "A" else 3,
        "temperature": _temperature(float(temperature)),
    }
    total = sum(parts.values())
    return News2(total=total, band=band_of(total, max(parts.values())), spo2_scale=spo2_scale,
                 **parts)
