"""Vital signs: numbers typed the French or English way, impossible values refused, unusual
ones flagged for confirmation, every bound inclusive and tested on both sides."""

from __future__ import annotations

import dataclasses

import pytest

from maestro_desktop.domain.vitals import (
    CONSCIOUSNESS,
    FIELD_LABELS,
    HARD_LIMITS,
    USUAL_RANGES,
    VitalSigns,
    check_vitals,
    parse_number,
)

NORMAL = VitalSigns(systolic_bp=125, diastolic_bp=75, heart_rate=70, respiratory_rate=16,
                    spo2=98, oxygen=False, temperature=36.8, consciousness="A")
STEP = {"temperature": 0.1}   # the smallest typed step per field (1 for the others)


@pytest.mark.parametrize(("text", "value"), [
    ("37,8", 37.8), ("37.8", 37.8), (" 37.8 ", 37.8), ("120", 120), ("1 20", 120),
    ("-3", -3), ("+5", 5), ("0,5", 0.5), (",5", 0.5), ("38.", 38), ("\t36\n", 36),
])
def test_parse_number_accepts_comma_and_point(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "abc", "", "   ", "37,8,1", "37.8.1", "nan", "inf", "1e3", "--1", "37°", "12a", ".",
])
def test_parse_number_refuses_anything_else(text):
    with pytest.raises(ValueError) as caught:
        parse_number(text)
    assert str(caught.value) == f"'{text.strip()}' is not a number"


def test_parse_number_message():
    with pytest.raises(ValueError, match=r"^'abc' is not a number$"):
        parse_number("abc")


def test_missing_lists_every_field_not_taken():
    assert VitalSigns().missing() == tuple(f.name for f in dataclasses.fields(VitalSigns))
    assert NORMAL.missing() == ()
    assert dataclasses.replace(NORMAL, oxygen=None, spo2=None).missing() == ("spo2", "oxygen")


def test_labels_and_bounds_cover_the_fields():
    names = [f.name for f in dataclasses.fields(VitalSigns)]
    assert list(FIELD_LABELS) == names
    assert set(HARD_LIMITS) == set(USUAL_RANGES)
    for name, (low, high) in USUAL_RANGES.items():
        hard_low, hard_high = HARD_LIMITS[name]
        assert hard_low < low <= high <= hard_high


def test_normal_set_passes_silently():
    assert check_vitals(NORMAL) == ([], [])
    assert check_vitals(VitalSigns()) == ([], [])


def _alone(name, value):
    """NORMAL with one value changed; the BP pair is kept consistent (diastolic < systolic)."""
    changes = {name: value}
    if name == "diastolic_bp":
        changes["systolic_bp"] = 299
    if name == "systolic_bp":
        changes["diastolic_bp"] = 10
    return dataclasses.replace(NORMAL, **changes)


HARD_EDGES = [(name, edge, side) for name, (low, high) in HARD_LIMITS.items()
              for edge, side in ((low, 0), (high, 0), (low, -1), (high, +1))]


@pytest.mark.parametrize(("name", "edge", "side"), HARD_EDGES)
def test_hard_limits_are_inclusive(name, edge, side):
    value = round(edge + side * STEP.get(name, 1), 1)
    errors, _ = check_vitals(_alone(name, value))
    assert [e.field for e in errors] == ([name] if side else [])
    if side:
        assert "is impossible" in errors[0].message and "check the value" in errors[0].message


USUAL_EDGES = [(name, edge, side) for name, (low, high) in USUAL_RANGES.items()
               for edge, side in ((low, 0), (high, 0), (low, -1), (high, +1))
               if HARD_LIMITS[name][0] <= edge + side * STEP.get(name, 1) <= HARD_LIMITS[name][1]]


@pytest.mark.parametrize(("name", "edge", "side"), USUAL_EDGES)
def test_usual_ranges_are_inclusive(name, edge, side):
    value = round(edge + side * STEP.get(name, 1), 1)
    changed = dataclasses.replace(NORMAL, **{name: value})
    errors, warnings = check_vitals(changed)
    assert errors == []
    assert [w.item for w in warnings] == ([name] if side else [])


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"systolic_bp": 400}, "systolic_bp",
     "Systolic BP 400 mmHg is impossible (allowed 30-300 mmHg): check the value."),
    ({"temperature": 46.2}, "temperature",
     "Temperature 46.2 °C is impossible (allowed 25.0-45.0 °C): check the value."),
    ({"spo2": 49}, "spo2", "SpO2 49 % is impossible (allowed 50-100 %): check the value."),
    ({"heart_rate": 72.5}, "heart_rate", "Heart rate 72.5 /min must be a whole number."),
    ({"diastolic_bp": 130}, "diastolic_bp",
     "Diastolic BP 130 mmHg must be below the systolic (Systolic BP 125 mmHg): "
     "check the values."),
    ({"diastolic_bp": 125}, "diastolic_bp",
     "Diastolic BP 125 mmHg must be below the systolic (Systolic BP 125 mmHg): "
     "check the values."),
    ({"consciousness": "X"}, "consciousness", "Consciousness 'X' is not one of A, C, V, P, U "
                                              "(ACVPU)."),
    ({"consciousness": "a"}, "consciousness", "Consciousness 'a' is not one of A, C, V, P, U "
                                              "(ACVPU)."),
    ({"respiratory_rate": True}, "respiratory_rate", "Respiratory rate must be a number, "
                                                     "found True."),
    ({"temperature": float("nan")}, "temperature", "Temperature must be a number, found nan."),
    ({"spo2": "98"}, "spo2", "SpO2 must be a number, found '98'."),
    ({"oxygen": "no"}, "oxygen", "Supplemental oxygen must be yes or no, found 'no'."),
])
def test_impossible_values_are_refused_with_words(changes, field, message):
    errors, _ = check_vitals(dataclasses.replace(NORMAL, **changes))
    assert [(e.field, e.message) for e in errors] == [(field, message)]


@pytest.mark.parametrize(("changes", "text"), [
    ({"temperature": 38.6},
     "Temperature 38.6 °C is outside the usual range (35.5-38.0 °C): confirm."),
    ({"temperature": 35.0},
     "Temperature 35.0 °C is outside the usual range (35.5-38.0 °C): confirm."),
    ({"systolic_bp": 85, "diastolic_bp": 50},
     "Systolic BP 85 mmHg is outside the usual range (90-180 mmHg): confirm."),
    ({"spo2": 91}, "SpO2 91 % is outside the usual range (92-100 %): confirm."),
    ({"heart_rate": 44}, "Heart rate 44 /min is outside the usual range (45-120 /min): confirm."),
    ({"consciousness": "V"}, "Consciousness V (responds to voice) is not alert: confirm."),
    ({"consciousness": "C"}, "Consciousness C (new confusion) is not alert: confirm."),
])
def test_unusual_values_ask_for_confirmation(changes, text):
    errors, warnings = check_vitals(dataclasses.replace(NORMAL, **changes))
    assert errors == []
    assert [w.text for w in warnings] == [text]


@pytest.mark.parametrize("level", CONSCIOUSNESS)
def test_every_acvpu_level_is_accepted(level):
    errors, warnings = check_vitals(dataclasses.replace(NORMAL, consciousness=level))
    assert errors == []
    assert len(warnings) == (level != "A")


def test_oxygen_is_recorded_without_judgement():
    assert check_vitals(dataclasses.replace(NORMAL, oxygen=True)) == ([], [])


def test_every_bad_value_is_reported_at_once():
    bad = VitalSigns(systolic_bp=400, diastolic_bp=5, heart_rate=300, respiratory_rate=1,
                     spo2=101, oxygen=None, temperature=20.0, consciousness="Z")
    errors, warnings = check_vitals(bad)
    assert {e.field for e in errors} == set(HARD_LIMITS) | {"consciousness"}
    assert warnings == []


def test_partial_set_judges_only_what_is_there():
    errors, warnings = check_vitals(VitalSigns(temperature=39.0))
    assert errors == [] and [w.item for w in warnings] == ["temperature"]
    errors, warnings = check_vitals(VitalSigns(diastolic_bp=120))   # no systolic to compare
    assert errors == [] and [w.item for w in warnings] == ["diastolic_bp"]
