"""The procedure's clocks, the infusion check and clock jumps."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from maestro_desktop.domain import procedure
from maestro_desktop.domain import timers as timers_module
from maestro_desktop.domain.procedure import (
    InfusionCheck,
    Stamp,
    Timers,
    check_infusion,
    clock_jump,
    format_clock,
    timers,
)
from maestro_desktop.domain.protocol import ProcedureSettings
from maestro_desktop.domain.verdict import Reason

PARIS = ZoneInfo("Europe/Paris")
SETTINGS = ProcedureSettings(
    infusion_min_minutes=5, infusion_max_minutes=30, infusion_max_rate_ml_per_min=2.0,
    csf_max_ml=20, spinal_levels=("L3-L4",), needle_gauges=("22G atraumatic",),
    max_attempts=6, late_after_minutes=10, clock_jump_seconds=120,
)
THAWED = datetime(2026, 11, 24, 7, 0, tzinfo=PARIS)


def t(hhmm: str, second: int = 0) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(2026, 11, 24, hour, minute, second, tzinfo=PARIS)


PROCEDURE = [
    Stamp("positioned", t("09:40"), {}),
    Stamp("needle_in", t("09:42"), {"spinal_level": "L3-L4", "needle_gauge": "22G atraumatic",
                                    "attempts": 1}),
    Stamp("csf_obtained", t("09:44"), {"volume_ml": 5, "appearance": "clear"}),
    Stamp("infusion_start", t("09:45"), {}),
    Stamp("infusion_end", t("09:52"), {"volume_ml": 10}),
    Stamp("needle_out", t("09:53"), {}),
    Stamp("lying_flat", t("09:54"), {}),
]


def upto(kind: str) -> list[Stamp]:
    kinds = [s.kind for s in PROCEDURE]
    return PROCEDURE[:kinds.index(kind) + 1]


def clocks(stamps, now, thawed_at=THAWED):
    return timers(stamps, thawed_at=thawed_at, stability_hours=4, now=now)


def test_the_procedure_module_re_exports_the_clocks():
    assert procedure.timers is timers_module.timers
    assert procedure.Timers is timers_module.Timers


def test_before_the_needle_only_the_vial_counts():
    assert clocks(upto("positioned"), t("09:41")) == Timers(
        since_needle_in=None, infusion_running=None, infusion_done=False, lying_flat=None,
        since_thawing=timedelta(hours=2, minutes=41),
        stability_left=timedelta(hours=1, minutes=19))
    assert clocks([], t("09:41"), thawed_at=None) == Timers(None, None, False, None, None, None)


def test_during_the_infusion():
    now = t("09:48", 30)
    state = clocks(upto("infusion_start"), now)
    assert state.since_needle_in == timedelta(minutes=6, seconds=30)
    assert state.infusion_running == timedelta(minutes=3, seconds=30)
    assert not state.infusion_done
    assert state.lying_flat is None


def test_after_the_infusion_its_duration_stays():
    for now in (t("09:52"), t("09:53", 30), t("11:00")):
        state = clocks(upto("infusion_end"), now)
        assert state.infusion_running == timedelta(minutes=7)
        assert state.infusion_done


def test_the_needle_clock_stops_when_the_needle_is_out():
    assert clocks(upto("infusion_end"), t("09:53")).since_needle_in == timedelta(minutes=11)
    for now in (t("09:53"), t("10:30")):
        assert clocks(upto("needle_out"), now).since_needle_in == timedelta(minutes=11)


def test_lying_flat_counts_from_its_stamp():
    assert clocks(upto("needle_out"), t("10:00")).lying_flat is None
    state = clocks(PROCEDURE, t("10:56", 5))
    assert state.lying_flat == timedelta(hours=1, minutes=2, seconds=5)
    assert format_clock(state.lying_flat) == "1:02:05"


@pytest.mark.parametrize(("now", "left", "shown"), [
    (t("08:00"), timedelta(hours=3), "3:00:00"),
    (t("10:59", 59), timedelta(seconds=1), "0:00:01"),
    (t("11:00"), timedelta(0), "0:00:00"),
    (t("11:05"), timedelta(minutes=-5), "-0:05:00"),
    (t("12:30", 15), -timedelta(hours=1, minutes=30, seconds=15), "-1:30:15"),
])
def test_the_stability_window_counts_down_past_zero(now, left, shown):
    state = clocks(upto("infusion_start"), now)
    assert state.since_thawing == now - THAWED
    assert state.stability_left == left
    assert format_clock(state.stability_left) == shown


def test_clocks_count_real_time_across_a_clock_change():
    # 29/03/2026 in Paris: 02:00 CET becomes 03:00 CEST.
    needle = Stamp("needle_in", datetime(2026, 3, 29, 1, 55, tzinfo=PARIS), {})
    now = datetime(2026, 3, 29, 3, 5, tzinfo=PARIS)
    state = timers([needle], thawed_at=now - timedelta(hours=1), stability_hours=4, now=now)
    assert state.since_needle_in == timedelta(minutes=10)


@pytest.mark.parametrize(("elapsed", "shown"), [
    (timedelta(0), "0:00:00"),
    (timedelta(minutes=7, seconds=5), "0:07:05"),
    (timedelta(hours=1, minutes=2), "1:02:00"),
    (timedelta(hours=25), "25:00:00"),
    (timedelta(seconds=59.9), "0:00:59"),
    (timedelta(minutes=-5), "-0:05:00"),
    (timedelta(minutes=-5, seconds=-0.5), "-0:05:00"),
    (timedelta(seconds=-0.5), "0:00:00"),
])
def test_format_clock(elapsed, shown):
    assert format_clock(elapsed) == shown


# --- the infusion --------------------------------------------------------------------------------

def infusion(minutes: float, volume: float | None = 10) -> list[Stamp]:
    start = t("09:45")
    end = {} if volume is None else {"volume_ml": volume}
    return [Stamp("infusion_start", start, {}),
            Stamp("infusion_end", start + timedelta(minutes=minutes), end)]


def deviations(minutes: float, volume: float = 10) -> list[str]:
    check = check_infusion(infusion(minutes, volume), SETTINGS)
    assert check is not None
    return [r.text for r in check.deviations]


def test_no_check_until_the_start_and_the_end_with_its_volume():
    assert check_infusion([], SETTINGS) is None
    assert check_infusion(infusion(7)[:1], SETTINGS) is None
    assert check_infusion(infusion(7, volume=None), SETTINGS) is None


def test_a_normal_infusion():
    assert check_infusion(infusion(7, 7), SETTINGS) == InfusionCheck(
        duration=timedelta(minutes=7), volume_ml=7.0, rate_ml_per_min=1.0, deviations=())


@pytest.mark.parametrize(("minutes", "volume"), [
    (5, 10), (30, 10), (5, 10.0), (7.5, 15), (5.15, 10.3),     # 5 min, 30 min, 2 mL/min
])
def test_the_boundaries_are_fine(minutes, volume):
    assert deviations(minutes, volume) == []


@pytest.mark.parametrize(("minutes", "volume", "texts"), [
    (3, 3, ["Infusion lasted 3 min (minimum 5 min)"]),
    (5 - 1 / 60, 5, ["Infusion lasted 4 min 59 s (minimum 5 min)"]),
    (31, 10, ["Infusion lasted 31 min (maximum 30 min)"]),
    (30 + 1 / 120, 10, ["Infusion lasted 30 min 0.5 s (maximum 30 min)"]),
    (5, 12.5, ["Rate 2.5 mL/min is above the maximum of 2 mL/min"]),
    (5, 10.01, ["Rate 2.01 mL/min is above the maximum of 2 mL/min"]),   # 2.002, rounded up
    (4, 10, ["Infusion lasted 4 min (minimum 5 min)",
             "Rate 2.5 mL/min is above the maximum of 2 mL/min"]),
])
def test_deviations_need_an_acknowledgement(minutes, volume, texts):
    assert deviations(minutes, volume) == texts


def test_deviations_name_their_item():
    check = check_infusion(infusion(4, 10), SETTINGS)
    assert check is not None
    assert [r.item for r in check.deviations] == ["duration", "rate"]
    assert isinstance(check.deviations[0], Reason)


def test_a_zero_duration_has_no_rate_and_only_the_duration_deviation():
    check = check_infusion(infusion(0, 10), SETTINGS)
    assert check is not None
    assert math.isnan(check.rate_ml_per_min)
    assert [r.text for r in check.deviations] == ["Infusion lasted 0 min (minimum 5 min)"]


def test_an_end_before_the_start_says_so():
    assert deviations(-2) == ["The infusion ends before it starts: check the times"]


# --- clock jumps ---------------------------------------------------------------------------------

WALL = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def jump(wall_moved: timedelta, mono_moved: float, threshold: float = 120):
    return clock_jump(wall_before=WALL, mono_before=1000.0, wall_now=WALL + wall_moved,
                      mono_now=1000.0 + mono_moved, threshold_seconds=threshold)


def test_a_clock_set_forward():
    assert jump(timedelta(minutes=10), 60) == timedelta(minutes=9)


def test_a_clock_set_back():
    assert jump(timedelta(hours=-1), 60) == -timedelta(hours=1, minutes=1)


def test_drift_within_the_threshold_is_not_a_jump():
    assert jump(timedelta(minutes=1), 60) is None
    assert jump(timedelta(seconds=179), 60) is None
    assert jump(timedelta(seconds=180), 60) is None                     # exactly the threshold
    assert jump(timedelta(seconds=180, microseconds=1000), 60) == timedelta(seconds=120.001)
    assert jump(timedelta(seconds=-60), 60) is None


def test_a_daylight_saving_change_is_not_a_jump():
    before = datetime(2026, 3, 29, 1, 59, tzinfo=PARIS)
    after = datetime(2026, 3, 29, 3, 0, tzinfo=PARIS)                    # one minute later
    assert clock_jump(wall_before=before, mono_before=0.0, wall_now=after, mono_now=60.0,
                      threshold_seconds=120) is None
