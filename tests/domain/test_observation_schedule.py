"""The observation after the infusion: the plan from the shipped settings, each check's status
at explicit times (edges included), the night the clocks change, which check a set fulfils,
alerts, the extra answers and what stands in the way of discharge."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from maestro_desktop.domain.observation import (
    CheckStatus,
    Extras,
    PlannedCheck,
    check_extras,
    check_states,
    discharge_problems,
    match_check,
    out_of_range,
    planned_minutes,
    schedule,
    score_vitals,
)
from maestro_desktop.domain.protocol import ExtraCheck, ObservationBlock
from maestro_desktop.domain.vitals import USUAL_RANGES, VitalSigns

PARIS = ZoneInfo("Europe/Paris")
END = datetime(2026, 3, 10, 9, 20, tzinfo=PARIS)
SHIPPED_MINUTES = [15, 30, 45, 60, 90, 120, 180, 240, 300, 360]
NORMAL = VitalSigns(systolic_bp=125, diastolic_bp=75, heart_rate=70, respiratory_rate=16,
                    spo2=98, oxygen=False, temperature=36.8, consciousness="A")
SECOND = timedelta(microseconds=1)


def at(hour: int, minute: int, second: int = 0, tz=PARIS) -> datetime:
    return datetime(2026, 3, 10, hour, minute, second, tzinfo=tz)


@pytest.fixture
def site(protocol):
    return protocol.site


@pytest.fixture
def plan(site):
    return schedule(END, site)


# --- the plan --------------------------------------------------------------------------------

def test_shipped_schedule(plan, site):
    assert site.overdue_after_minutes == 5 and site.discharge_after_minutes == 360
    assert [c.key for c in plan] == [f"T+{m}" for m in SHIPPED_MINUTES]
    assert [c.due for c in plan] == [END + timedelta(minutes=m) for m in SHIPPED_MINUTES]
    assert [c.opens for c in plan] == [END + timedelta(minutes=m - 5) for m in SHIPPED_MINUTES]
    assert all(c.items == ("vitals",) for c in plan[:-1])
    assert plan[-1].items == ("vitals", "temperature", "headache")
    assert all(c.due.tzinfo is PARIS for c in plan)


def test_each_block_repeats_from_where_the_previous_one_stopped(site):
    blocks = (ObservationBlock(60, 240), ObservationBlock(20, 60), ObservationBlock(25, 120))
    changed = dataclasses.replace(site, observation=blocks, discharge_after_minutes=240)
    assert planned_minutes(changed) == [20, 40, 60, 85, 110, 180, 240]


def test_nothing_is_planned_after_the_discharge(site):
    changed = dataclasses.replace(site, discharge_after_minutes=100)
    assert [c.key for c in schedule(END, changed)] == ["T+15", "T+30", "T+45", "T+60", "T+90"]


def test_extra_checks_merge_or_stand_alone(site):
    extras = (ExtraCheck(360, ("temperature", "headache")), ExtraCheck(360, ("headache", "pain")),
              ExtraCheck(200, ("pain",)), ExtraCheck(400, ("temperature",)))
    plan = schedule(END, dataclasses.replace(site, extra_checks=extras))
    by_key = {c.key: c.items for c in plan}
    assert by_key["T+360"] == ("vitals", "temperature", "headache", "pain")
    assert by_key["T+200"] == ("pain",)
    assert "T+400" not in by_key
    assert [c.key for c in plan] == ["T+15", "T+30", "T+45", "T+60", "T+90", "T+120", "T+180",
                                     "T+200", "T+240", "T+300", "T+360"]


def test_the_infusion_end_must_carry_its_time_zone(site):
    with pytest.raises(ValueError, match="'infusion_end' must carry its time zone"):
        schedule(datetime(2026, 3, 10, 9, 20), site)


def test_the_night_the_clocks_go_back(site):
    # 25/10/2026: 03:00 CEST becomes 02:00 CET. Due times are real minutes after the end.
    end = datetime(2026, 10, 25, 1, 30, tzinfo=PARIS)
    plan = schedule(end, site)
    local = [(c.due.strftime("%H:%M"), c.due.utcoffset() // timedelta(hours=1)) for c in plan]
    assert local == [("01:45", 2), ("02:00", 2), ("02:15", 2), ("02:30", 2), ("02:00", 1),
                     ("02:30", 1), ("03:30", 1), ("04:30", 1), ("05:30", 1), ("06:30", 1)]
    for check, minutes in zip(plan, SHIPPED_MINUTES, strict=True):
        assert check.due.astimezone(UTC) - end.astimezone(UTC) == timedelta(minutes=minutes)
    now = datetime(2026, 10, 25, 2, 1, tzinfo=PARIS, fold=1)   # the second 02:01, CET
    states = check_states(plan, done={}, missed={}, now=now, site=site)
    assert {s.check.key: s.status for s in states}["T+90"] is CheckStatus.DUE
    assert {s.check.key: s.status for s in states}["T+60"] is CheckStatus.OVERDUE
    problems = discharge_problems(criteria_confirmed={}, all_criteria=(), states=[], now=now,
                                  infusion_end=end, site=site)
    assert problems[0].text == ("Discharge is planned 6 h after the infusion end "
                                "(not before 06:30)")


def test_the_night_the_clocks_go_forward(site):
    end = datetime(2026, 3, 29, 1, 30, tzinfo=PARIS)   # 02:00 CET becomes 03:00 CEST
    due = {c.key: c.due.strftime("%H:%M") for c in schedule(end, site)}
    assert (due["T+15"], due["T+30"], due["T+60"], due["T+360"]) == (
        "01:45", "03:00", "03:30", "08:30")


# --- where each check stands -------------------------------------------------------------

@pytest.mark.parametrize(("now", "status"), [
    (at(9, 29, 59), CheckStatus.UPCOMING),
    (at(9, 30) - SECOND, CheckStatus.UPCOMING),
    (at(9, 30), CheckStatus.DUE),            # 5 minutes early: already due
    (at(9, 35), CheckStatus.DUE),            # the due time
    (at(9, 40), CheckStatus.DUE),            # exactly due + 5 min: still due
    (at(9, 40) + SECOND, CheckStatus.OVERDUE),
    (at(12, 0), CheckStatus.OVERDUE),
    (at(8, 40, tz=UTC), CheckStatus.DUE),    # the same edge read in UTC
    (at(8, 40, tz=UTC) + SECOND, CheckStatus.OVERDUE),
])
def test_status_at_explicit_times(plan, site, now, status):
    first = check_states(plan, done={}, missed={}, now=now, site=site)[0]
    assert first.check.key == "T+15"
    assert (first.status, first.done_at, first.note) == (status, None, None)


def test_done_and_not_done(plan, site):
    done = {"T+15": at(9, 36), "T+30": at(9, 52), "T+999": at(9, 0)}
    missed = {"T+30": "Patient asleep", "T+45": "Patient in the toilet"}
    states = check_states(plan, done=done, missed=missed, now=at(10, 25), site=site)
    by_key = {s.check.key: s for s in states}
    assert len(states) == len(plan)
    assert (by_key["T+15"].status, by_key["T+15"].done_at) == (CheckStatus.DONE, at(9, 36))
    assert by_key["T+30"].status is CheckStatus.DONE         # done wins over "not done"
    assert (by_key["T+45"].status, by_key["T+45"].note) == (CheckStatus.MISSED,
                                                            "Patient in the toilet")
    assert by_key["T+60"].status is CheckStatus.DUE          # due 10:20, until 10:25
    assert by_key["T+90"].status is CheckStatus.UPCOMING
    assert CheckStatus.MISSED == "not done"


def test_now_must_carry_its_time_zone(plan, site):
    with pytest.raises(ValueError):
        check_states(plan, done={}, missed={}, now=datetime(2026, 3, 10, 10, 0), site=site)


# --- which check a set fulfils -------------------------------------------------------------

def states_at(plan, site, done=(), missed=()):
    return check_states(plan, done={k: at(9, 0) for k in done},
                        missed={k: "reason" for k in missed}, now=at(9, 0), site=site)


@pytest.mark.parametrize(("taken", "expected"), [
    (at(9, 30) - SECOND, None),      # before the first window: an unscheduled set
    (at(9, 30), "T+15"),             # 5 minutes early
    (at(9, 35), "T+15"),
    (at(9, 47), "T+15"),             # late, T+30's window is open too: the earliest wins
    (at(9, 50) - SECOND, "T+15"),
    (at(9, 50), "T+30"),             # T+30's due time ends T+15's window
    (at(8, 50, tz=UTC), "T+30"),     # the same moment in UTC
    (at(15, 15), "T+300"),           # T+300 is still open: its window runs to 15:20
    (at(15, 20), "T+360"),
    (at(18, 0), "T+360"),            # the last window has no end
])
def test_match_check_with_nothing_done(plan, site, taken, expected):
    assert match_check(plan, states_at(plan, site), taken) == expected


def test_match_check_skips_closed_checks(plan, site):
    states = states_at(plan, site, done=["T+15"], missed=["T+30"])
    assert match_check(plan, states, at(9, 40)) is None       # T+45 opens at 10:00
    assert match_check(plan, states, at(10, 0) - SECOND) is None
    assert match_check(plan, states, at(10, 0)) == "T+45"
    assert match_check(plan, states, at(9, 36)) is None
    every = states_at(plan, site, done=[c.key for c in plan])
    assert match_check(plan, every, at(18, 0)) is None


def test_match_check_without_an_opening_time_starts_at_due(plan, site):
    bare = [PlannedCheck(c.key, c.due, c.items) for c in plan]
    assert match_check(bare, states_at(bare, site), at(9, 34)) is None
    assert match_check(bare, states_at(bare, site), at(9, 35)) == "T+15"


# --- alerts --------------------------------------------------------------------------------

def test_a_normal_set_raises_nothing():
    assert out_of_range(NORMAL, None) == []
    assert out_of_range(NORMAL, NORMAL) == []
    assert out_of_range(VitalSigns(), NORMAL) == []


@pytest.mark.parametrize("name", [n for n in USUAL_RANGES if n != "temperature"])
def test_usual_range_edges(name):
    low, high = USUAL_RANGES[name]
    for value in (low, high):
        assert out_of_range(dataclasses.replace(NORMAL, **{name: value}), None) == []
    below = out_of_range(dataclasses.replace(NORMAL, **{name: low - 1}), None)
    above = out_of_range(dataclasses.replace(NORMAL, **{name: high + 1}), None)
    assert [r.item for r in below] == [name] and "is below the usual range" in below[0].text
    if name != "spo2":   # SpO2 tops out at 100 %
        assert [r.item for r in above] == [name] and "is above the usual range" in above[0].text


@pytest.mark.parametrize(("changes", "texts"), [
    ({"systolic_bp": 85}, ["Systolic BP 85 mmHg is below the usual range (90-180 mmHg)"]),
    ({"heart_rate": 121}, ["Heart rate 121 /min is above the usual range (45-120 /min)"]),
    ({"spo2": 91}, ["SpO2 91 % is below the usual range (92-100 %)"]),
    ({"temperature": 35.4}, ["Temperature 35.4 °C is below the usual range (35.5-38.0 °C)"]),
    ({"temperature": 35.5}, []),
    ({"temperature": 37.9}, []),
    ({"temperature": 38.0}, ["Fever 38.0 °C"]),
    ({"temperature": 38.4}, ["Fever 38.4 °C"]),
    ({"temperature": 40}, ["Fever 40.0 °C"]),
    ({"consciousness": "V"}, ["Consciousness V (responds to voice): not alert"]),
    ({"consciousness": "Z", "systolic_bp": "x"}, []),    # invalid values are judged elsewhere
])
def test_alert_wording(changes, texts):
    assert [r.text for r in out_of_range(dataclasses.replace(NORMAL, **changes), None)] == texts


@pytest.mark.parametrize(("changes", "texts"), [
    ({"systolic_bp": 106}, []),
    ({"systolic_bp": 105}, ["Systolic BP 105 mmHg, 20 mmHg below the baseline (125 mmHg)"]),
    ({"systolic_bp": 154}, []),
    ({"systolic_bp": 155}, ["Systolic BP 155 mmHg, 30 mmHg above the baseline (125 mmHg)"]),
    ({"heart_rate": 99}, []),
    ({"heart_rate": 100}, ["Heart rate 100 /min, 30 /min above the baseline (70 /min)"]),
    ({"heart_rate": 41}, ["Heart rate 41 /min is below the usual range (45-120 /min)"]),
    ({"heart_rate": 40}, ["Heart rate 40 /min is below the usual range (45-120 /min)",
                          "Heart rate 40 /min, 30 /min below the baseline (70 /min)"]),
])
def test_change_from_baseline(changes, texts):
    found = out_of_range(dataclasses.replace(NORMAL, **changes), NORMAL)
    assert [r.text for r in found] == texts
    assert out_of_range(dataclasses.replace(NORMAL, **changes),
                        VitalSigns(temperature=36.5)) == [r for r in found
                                                          if "baseline" not in r.text]


def test_score_vitals_maps_the_fields():
    assert score_vitals(dataclasses.replace(NORMAL, heart_rate=40)).pulse == 3
    assert score_vitals(dataclasses.replace(NORMAL, respiratory_rate=22)).respiration_rate == 2
    assert score_vitals(dataclasses.replace(NORMAL, spo2=95, oxygen=True), 2).total == 4
    assert score_vitals(dataclasses.replace(NORMAL, spo2=None)) is None


# --- the extra answers ---------------------------------------------------------------------

@pytest.mark.parametrize("extras", [
    Extras(), Extras(pain=0), Extras(pain=10), Extras(pain=4.0), Extras(headache=False),
    Extras(headache=True), Extras(headache=True, headache_postural=True),
    Extras(headache=True, headache_postural=False, neuro_note="No new deficit"),
])
def test_extras_accepted(extras):
    assert check_extras(extras) == []


@pytest.mark.parametrize(("extras", "field", "message"), [
    (Extras(pain=-1), "pain", "Pain must be a whole number from 0 to 10, found -1."),
    (Extras(pain=11), "pain", "Pain must be a whole number from 0 to 10, found 11."),
    (Extras(pain=3.5), "pain", "Pain must be a whole number from 0 to 10, found 3.5."),
    (Extras(pain=True), "pain", "Pain must be a whole number from 0 to 10, found True."),
    (Extras(pain="3"), "pain", "Pain must be a whole number from 0 to 10, found '3'."),
    (Extras(headache="yes"), "headache", "Headache must be yes or no, found 'yes'."),
    (Extras(headache_postural=True), "headache_postural",
     "Whether the headache is postural is asked only when there is a headache."),
    (Extras(headache=False, headache_postural=False), "headache_postural",
     "Whether the headache is postural is asked only when there is a headache."),
    (Extras(neuro_note=3), "neuro_note", "The neurological note must be text."),
])
def test_extras_refused(extras, field, message):
    assert [(e.field, e.message) for e in check_extras(extras)] == [(field, message)]


# --- discharge -----------------------------------------------------------------------------

def discharge(site, *, now, done=None, missed=None, confirmed=None, **kwargs):
    plan = schedule(END, site)
    done = {c.key: c.due for c in plan} if done is None else done
    confirmed = dict.fromkeys(site.discharge_criteria, True) if confirmed is None else confirmed
    states = check_states(plan, done=done, missed=missed or {}, now=now, site=site)
    return [(r.item, r.text) for r in discharge_problems(
        criteria_confirmed=confirmed, all_criteria=site.discharge_criteria, states=states,
        now=now, infusion_end=kwargs.pop("infusion_end", END), site=site, **kwargs)]


def test_discharge_when_everything_is_in(site):
    assert discharge(site, now=at(15, 20)) == []


def test_not_before_the_planned_time(site):
    assert discharge(site, now=at(15, 20) - SECOND) == [
        ("time", "Discharge is planned 6 h after the infusion end (not before 15:20)")]


@pytest.mark.parametrize(("minutes", "words"), [(390, "6 h 30 min"), (45, "45 min"),
                                                (120, "2 h")])
def test_planned_time_in_words(site, minutes, words):
    changed = dataclasses.replace(site, discharge_after_minutes=minutes)
    problems = discharge(changed, now=END)
    assert problems[0][1].startswith(f"Discharge is planned {words} after the infusion end")


def test_times_read_in_the_given_zone(site):
    problems = discharge(site, now=at(10, 0), infusion_end=END.astimezone(UTC), tz=PARIS)
    assert problems == [("time", "Discharge is planned 6 h after the infusion end "
                                 "(not before 15:20)")]
    in_utc = discharge(site, now=at(10, 0), infusion_end=END.astimezone(UTC))
    assert in_utc[0][1].endswith("(not before 14:20)")


def test_every_check_reached_is_recorded_or_recorded_not_done(site):
    plan = schedule(END, site)
    done = {c.key: c.due for c in plan if c.key not in ("T+300", "T+360", "T+120")}
    problems = discharge(site, now=at(15, 20), done=done, missed={"T+120": "Asleep"})
    assert problems == [
        ("T+300", "Check T+300 (14:20) is overdue: record it, or record why it was not done"),
        ("T+360", "Check T+360 (15:20) is due: record it, or record why it was not done"),
    ]


def test_every_criterion_confirmed(site):
    confirmed = dict.fromkeys(site.discharge_criteria, True)
    confirmed["Walking unaided"] = False
    del confirmed["Headache controlled"]
    confirmed["Something else"] = False
    assert discharge(site, now=at(16, 0), confirmed=confirmed) == [
        ("Headache controlled", "Not confirmed: Headache controlled"),
        ("Walking unaided", "Not confirmed: Walking unaided"),
    ]


def test_all_problems_together(site):
    problems = discharge(site, now=at(11, 0), done={}, confirmed={})
    items = [item for item, _ in problems]
    assert items[0] == "time"
    assert items[1:6] == ["T+15", "T+30", "T+45", "T+60", "T+90"]
    assert items[6:] == list(site.discharge_criteria)
