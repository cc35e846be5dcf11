"""NEWS2 (RCP 2017): every band edge of every parameter on both sides, both SpO2 scales, the
easy mistakes, the band rules, refusals in plain words, and the documented example."""

from __future__ import annotations

import ast
import doctest
import importlib
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import maestro_desktop.domain as domain
from maestro_desktop.domain.news2 import (
    ACVPU,
    PARAMETER_LABELS,
    RESPONSES,
    News2,
    band_of,
)
from maestro_desktop.domain.news2 import news2 as score

# Every parameter scores 0.
CALM = dict(respiration_rate=16, spo2=98, oxygen=False, systolic_bp=125, pulse=70,
            consciousness="A", temperature=36.8)

# The RCP chart as (lowest, highest, score) rows, read straight off CLINICAL.md, for a
# reference implementation written independently of the one under test.
CHART = {
    "respiration_rate": [(0, 8, 3), (9, 11, 1), (12, 20, 0), (21, 24, 2), (25, 200, 3)],
    "systolic_bp": [(0, 90, 3), (91, 100, 2), (101, 110, 1), (111, 219, 0), (220, 400, 3)],
    "pulse": [(0, 40, 3), (41, 50, 1), (51, 90, 0), (91, 110, 1), (111, 130, 2),
              (131, 300, 3)],
    "spo2 scale 1": [(0, 91, 3), (92, 93, 2), (94, 95, 1), (96, 100, 0)],
    "spo2 scale 2 air": [(0, 83, 3), (84, 85, 2), (86, 87, 1), (88, 100, 0)],
    "spo2 scale 2 oxygen": [(0, 83, 3), (84, 85, 2), (86, 87, 1), (88, 92, 0), (93, 94, 1),
                            (95, 96, 2), (97, 100, 3)],
}


def reference(row: str, value: int) -> int:
    matches = [s for low, high, s in CHART[row] if low <= value <= high]
    assert len(matches) == 1, f"chart rows for {row} overlap or leave a gap at {value}"
    return matches[0]


def only(**changes) -> News2:
    return score(**{**CALM, **changes})


# --- each parameter, both sides of every bound --------------------------------------------------

@pytest.mark.parametrize(("rate", "expected"), [
    (0, 3), (8, 3), (9, 1), (11, 1), (12, 0), (20, 0), (21, 2), (24, 2), (25, 3), (60, 3),
])
def test_respiration_rate(rate, expected):
    result = only(respiration_rate=rate)
    assert result.respiration_rate == expected
    assert result.total == expected


@pytest.mark.parametrize(("spo2", "expected"), [
    (50, 3), (91, 3), (92, 2), (93, 2), (94, 1), (95, 1), (96, 0), (100, 0),
])
@pytest.mark.parametrize("oxygen", [False, True])
def test_spo2_scale_1_does_not_depend_on_oxygen(spo2, expected, oxygen):
    result = only(spo2=spo2, oxygen=oxygen)
    assert result.spo2 == expected
    assert result.oxygen == (2 if oxygen else 0)
    assert result.total == expected + result.oxygen
    assert result.spo2_scale == 1


@pytest.mark.parametrize(("spo2", "on_air", "on_oxygen"), [
    (50, 3, 3), (83, 3, 3), (84, 2, 2), (85, 2, 2), (86, 1, 1), (87, 1, 1), (88, 0, 0),
    (92, 0, 0), (93, 0, 1), (94, 0, 1), (95, 0, 2), (96, 0, 2), (97, 0, 3), (100, 0, 3),
])
def test_spo2_scale_2(spo2, on_air, on_oxygen):
    air = only(spo2=spo2, spo2_scale=2)
    oxygen = only(spo2=spo2, oxygen=True, spo2_scale=2)
    assert (air.spo2, air.total, air.spo2_scale) == (on_air, on_air, 2)
    assert (oxygen.spo2, oxygen.oxygen, oxygen.total) == (on_oxygen, 2, on_oxygen + 2)


@pytest.mark.parametrize(("sbp", "expected"), [
    (40, 3), (90, 3), (91, 2), (100, 2), (101, 1), (110, 1), (111, 0), (219, 0), (220, 3),
    (260, 3),
])
def test_systolic_bp(sbp, expected):
    result = only(systolic_bp=sbp)
    assert (result.systolic_bp, result.total) == (expected, expected)


@pytest.mark.parametrize(("pulse", "expected"), [
    (25, 3), (40, 3), (41, 1), (50, 1), (51, 0), (90, 0), (91, 1), (110, 1), (111, 2),
    (130, 2), (131, 3), (180, 3),
])
def test_pulse(pulse, expected):
    result = only(pulse=pulse)
    assert (result.pulse, result.total) == (expected, expected)


@pytest.mark.parametrize(("level", "expected"), [("A", 0), ("C", 3), ("V", 3), ("P", 3),
                                                   ("U", 3)])
def test_consciousness(level, expected):
    result = only(consciousness=level)
    assert (result.consciousness, result.total) == (expected, expected)


@pytest.mark.parametrize(("celsius", "expected"), [
    (30.0, 3), (34.99, 3), (35.0, 3), (35.05, 1), (35.1, 1), (36.0, 1), (36.05, 0), (36.1, 0),
    (38.0, 0), (38.05, 1), (38.1, 1), (39.0, 1), (39.05, 2), (39.1, 2), (42.0, 2), (37, 0),
])
def test_temperature(celsius, expected):
    result = only(temperature=celsius)
    assert (result.temperature, result.total) == (expected, expected)


def test_oxygen_adds_2():
    assert only(oxygen=True).oxygen == 2
    assert only(oxygen=True).total == 2
    assert only(oxygen=False).oxygen == 0


@pytest.mark.parametrize(("row", "parameter", "extra"), [
    ("respiration_rate", "respiration_rate", {}),
    ("systolic_bp", "systolic_bp", {}),
    ("pulse", "pulse", {}),
    ("spo2 scale 1", "spo2", {}),
    ("spo2 scale 2 air", "spo2", {"spo2_scale": 2}),
    ("spo2 scale 2 oxygen", "spo2", {"spo2_scale": 2, "oxygen": True}),
])
def test_every_whole_value_agrees_with_the_chart(row, parameter, extra):
    top = CHART[row][-1][1]
    for value in range(0, top + 1):
        assert only(**{parameter: value}, **extra).scores()[parameter] == reference(row, value), (
            f"{row} {value}")


# --- the easy mistakes (CLINICAL.md) ----------------------------------------------------------

def test_temperature_39_1_scores_2_not_3():
    assert only(temperature=39.1).temperature == 2


@pytest.mark.parametrize("pulse", [41, 45, 50, 91, 100, 110])
def test_pulse_41_50_and_91_110_both_score_1(pulse):
    assert only(pulse=pulse).pulse == 1


@pytest.mark.parametrize("rate", [21, 22, 23, 24])
def test_respiration_21_24_scores_2(rate):
    assert only(respiration_rate=rate).respiration_rate == 2


# --- bands ---------------------------------------------------------------------------------------

def test_all_zero_is_low_with_routine_monitoring():
    result = score(**CALM)
    assert (result.total, result.band) == (0, "low")
    assert result.response == RESPONSES["zero"]
    assert "every 12 hours" in result.response


def test_total_4_without_a_3_is_low():
    result = only(respiration_rate=21, pulse=111)
    assert (result.total, result.band) == (4, "low")
    assert result.response.startswith("Ward-based response: assessment by a registered nurse")
    assert "4-6 hours" in result.response


def test_a_single_3_with_total_3_is_low_medium():
    result = only(consciousness="V")
    assert (result.total, result.band) == (3, "low-medium")
    assert result.response.startswith("Urgent ward-based response")


def test_a_single_3_with_total_4_is_low_medium():
    result = only(systolic_bp=90, pulse=95)
    assert (result.total, result.band) == (4, "low-medium")


def test_total_5_is_medium_even_without_a_3():
    result = only(respiration_rate=21, pulse=111, temperature=38.1)
    assert max(result.scores().values()) == 2
    assert (result.total, result.band) == (5, "medium")
    assert result.response.startswith("Key threshold for urgent response")


def test_total_5_with_a_3_is_medium():
    assert only(consciousness="C", respiration_rate=22).band == "medium"


def test_total_6_is_medium():
    result = only(respiration_rate=21, pulse=111, oxygen=True)
    assert (result.total, result.band) == (6, "medium")


def test_total_7_is_high():
    result = only(respiration_rate=21, pulse=111, oxygen=True, temperature=38.1)
    assert (result.total, result.band) == (7, "high")
    assert result.response.startswith("Urgent or emergency response")
    assert "continuous monitoring" in result.response


def test_every_parameter_at_its_worst_gives_20():
    result = score(respiration_rate=5, spo2=80, oxygen=True, systolic_bp=80, pulse=140,
                   consciousness="U", temperature=34.0)
    assert result.total == 20
    assert set(result.scores().values()) == {2, 3}
    assert result.band == "high"


@pytest.mark.parametrize("total", range(21))
@pytest.mark.parametrize("highest", range(4))
def test_band_rule(total, highest):
    expected = ("high" if total >= 7 else "medium" if total >= 5
                else "low-medium" if highest == 3 else "low")
    assert band_of(total, highest) == expected


def test_scores_are_in_chart_order_with_labels():
    result = score(**CALM)
    assert list(result.scores()) == list(PARAMETER_LABELS) == [
        "respiration_rate", "spo2", "oxygen", "systolic_bp", "pulse", "consciousness",
        "temperature"]


@given(rate=st.integers(0, 80), spo2=st.integers(50, 100), oxygen=st.booleans(),
       sbp=st.integers(30, 300), pulse=st.integers(20, 250), level=st.sampled_from(ACVPU),
       celsius=st.floats(25, 45), scale=st.sampled_from([1, 2]))
def test_total_and_band_follow_the_parts(rate, spo2, oxygen, sbp, pulse, level, celsius, scale):
    result = score(respiration_rate=rate, spo2=spo2, oxygen=oxygen, systolic_bp=sbp,
                   pulse=pulse, consciousness=level, temperature=celsius, spo2_scale=scale)
    parts = result.scores()
    assert result.total == sum(parts.values())
    assert 0 <= result.total <= 20
    assert result.band == band_of(result.total, max(parts.values()))
    assert result.response


# --- refusals --------------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "message"), [
    ({"consciousness": "X"}, "Consciousness 'X' is not one of A, C, V, P, U (ACVPU)."),
    ({"consciousness": "a"}, "Consciousness 'a' is not one of A, C, V, P, U (ACVPU)."),
    ({"consciousness": None}, "Consciousness None is not one of A, C, V, P, U (ACVPU)."),
    ({"spo2_scale": 3}, "SpO2 scale must be 1 or 2, found 3."),
    ({"spo2_scale": 0}, "SpO2 scale must be 1 or 2, found 0."),
    ({"spo2_scale": True}, "SpO2 scale must be 1 or 2, found True."),
    ({"spo2_scale": "2"}, "SpO2 scale must be 1 or 2, found '2'."),
    ({"oxygen": "yes"}, "Air or oxygen must be given as yes or no, found 'yes'."),
    ({"oxygen": None}, "Air or oxygen must be given as yes or no, found None."),
    ({"respiration_rate": "16"}, "Respiration rate must be a number, found '16'."),
    ({"respiration_rate": None}, "Respiration rate must be a number, found None."),
    ({"respiration_rate": 16.5}, "Respiration rate must be a whole number, found 16.5."),
    ({"respiration_rate": -1}, "Respiration rate cannot be negative, found -1."),
    ({"pulse": True}, "Pulse must be a number, found True."),
    ({"pulse": math.nan}, "Pulse must be a number, found nan."),
    ({"systolic_bp": math.inf}, "Systolic BP must be a number, found inf."),
    ({"spo2": 101}, "SpO2 cannot be above 100 %, found 101."),
    ({"spo2": 97.5}, "SpO2 must be a whole number, found 97.5."),
    ({"temperature": "37,2"}, "Temperature must be a number, found '37,2'."),
    ({"temperature": math.nan}, "Temperature must be a number, found nan."),
    ({"temperature": None}, "Temperature must be a number, found None."),
])
def test_invalid_input_is_refused_in_plain_words(changes, message):
    with pytest.raises(ValueError) as caught:
        only(**changes)
    assert str(caught.value) == message


def test_whole_floats_are_accepted():
    assert only(systolic_bp=90.0, pulse=131.0).total == 6


def test_arguments_are_keywords_only():
    with pytest.raises(TypeError):
        score(16, 98, False, 125, 70, "A", 36.8)  # type: ignore[misc]


# --- documentation and packaging ---------------------------------------------------------------

def test_documented_example_runs():
    module = importlib.import_module("maestro_desktop.domain.news2")
    result = doctest.testmod(module)
    assert result.attempted >= 5
    assert result.failed == 0


def test_the_package_exports_news2():
    assert domain.news2 is score
    assert domain.news2(**CALM).band == "low"


def test_news2_imports_only_the_standard_library():
    source = Path(importlib.import_module("maestro_desktop.domain.news2").__file__)
    tree = ast.parse(source.read_text(encoding="utf-8"))
    modules = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
               for alias in node.names}
    modules |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    # i18n: the translation tables, themselves standard library only (no I/O).
    assert modules <= {"__future__", "math", "dataclasses", "i18n"}


def test_importing_the_domain_package_stays_light():
    code = ("import sys, maestro_desktop.domain; "
            "print(sorted(m for m in sys.modules if m.startswith('maestro_desktop')))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout.strip()
    assert found == str(["maestro_desktop", "maestro_desktop.domain",
                         "maestro_desktop.domain.i18n", "maestro_desktop.domain.news2"])
