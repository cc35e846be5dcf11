"""Each subject's visit plan: due dates in calendar months, windows, what is due next, and the
words shown to the nurse."""

from __future__ import annotations

import calendar
import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maestro_desktop.domain.timeutil import add_months
from maestro_desktop.domain.visits import WindowStatus, next_due, visit_plan

days = st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31))
months = st.integers(min_value=-120, max_value=120)


@pytest.mark.parametrize(("start", "n", "expected"), [
    (date(2024, 11, 30), 3, date(2025, 2, 28)),
    (date(2023, 11, 30), 3, date(2024, 2, 29)),     # leap year
    (date(2025, 1, 31), 1, date(2025, 2, 28)),
    (date(2025, 3, 31), 1, date(2025, 4, 30)),
    (date(2025, 10, 15), 3, date(2026, 1, 15)),     # across the year end
    (date(2025, 3, 31), -1, date(2025, 2, 28)),     # backwards
    (date(2025, 1, 15), -1, date(2024, 12, 15)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
])
def test_add_months_examples(start, n, expected):
    assert add_months(start, n) == expected


@given(days, months)
def test_add_months_moves_exactly_n_calendar_months(day, n):
    later = add_months(day, n)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == n


@given(days, months)
def test_add_months_keeps_the_day_or_clamps_to_month_end(day, n):
    later = add_months(day, n)
    last_day = calendar.monthrange(later.year, later.month)[1]
    assert later.day == min(day.day, last_day)


@given(days.filter(lambda d: d.day <= 28), months)
def test_add_months_round_trips_for_days_every_month_has(day, n):
    assert add_months(add_months(day, n), -n) == day


@given(days)
def test_add_zero_months_is_identity(day):
    assert add_months(day, 0) == day


def test_plan_keys_and_due_dates(protocol):
    plan = visit_plan(date(2024, 11, 30), protocol)
    assert [(v.key, v.injection, v.month, v.due) for v in plan] == [
        ("V1", 1, 0, date(2024, 11, 30)),
        ("V2", 2, 3, date(2025, 2, 28)),
        ("V3", 3, 6, date(2025, 5, 30)),
        ("M9", None, 9, date(2025, 8, 30)),
        ("M12", None, 12, date(2025, 11, 30)),
    ]
    assert [v.label for v in plan] == ["Injection 1", "Injection 2", "Injection 3",
                                       "Follow-up month 9", "Follow-up month 12"]


@pytest.mark.parametrize("window_days", [0, 3, 7, 14])
def test_window_comes_from_site_setting(protocol, window_days):
    site = dataclasses.replace(protocol.site, visit_window_days=window_days)
    plan = visit_plan(date(2025, 1, 10), dataclasses.replace(protocol, site=site))
    for visit in plan:
        assert visit.window_start == visit.due - timedelta(days=window_days)
        assert visit.window_end == visit.due + timedelta(days=window_days)


def test_follow_up_visits_only_after_last_injection_and_within_follow_up(protocol):
    site = dataclasses.replace(protocol.site, follow_up_visit_months=(3, 6, 9, 12, 18))
    plan = visit_plan(date(2025, 1, 10), dataclasses.replace(protocol, site=site))
    assert [v.key for v in plan] == ["V1", "V2", "V3", "M9", "M12"]


def test_plan_follows_schedule_numbers(protocol):
    schedule = dataclasses.replace(protocol.schedule, injection_count=2,
                                   injection_interval_months=4)
    plan = visit_plan(date(2025, 1, 10), dataclasses.replace(protocol, schedule=schedule))
    assert [(v.key, v.due) for v in plan][:2] == [("V1", date(2025, 1, 10)),
                                                  ("V2", date(2025, 5, 10))]


@pytest.mark.parametrize(("completed", "expected"), [
    (set(), "V1"),
    ({"V1"}, "V2"),
    ({"V1", "V2"}, "V3"),
    ({"V1", "V2", "V3"}, "M9"),
    ({"V1", "V2", "V3", "M9"}, "M12"),
    ({"V2"}, "V1"),                      # the first one not done, whatever came after
    ({"V1", "V2", "V3", "M9", "M12"}, None),
])
def test_next_due_skips_completed(protocol, completed, expected):
    plan = visit_plan(date(2025, 1, 10), protocol)
    upcoming = next_due(plan, completed)
    assert (upcoming.key if upcoming else None) == expected


# Enrolment 2025-01-10, V2 due 2025-04-10, window 2025-04-03 .. 2025-04-17 (7 days).
@pytest.mark.parametrize(("today", "status", "words"), [
    (date(2025, 3, 29), WindowStatus.EARLY, "window opens in 5 days (due 2025-04-10)"),
    (date(2025, 4, 2), WindowStatus.EARLY, "window opens in 1 day (due 2025-04-10)"),
    (date(2025, 4, 3), WindowStatus.IN_WINDOW, "in window (due 2025-04-10)"),
    (date(2025, 4, 10), WindowStatus.IN_WINDOW, "in window (due 2025-04-10)"),
    (date(2025, 4, 17), WindowStatus.IN_WINDOW, "in window (due 2025-04-10)"),
    (date(2025, 4, 18), WindowStatus.LATE, "window closed 1 day ago (due 2025-04-10)"),
    (date(2025, 4, 20), WindowStatus.LATE, "window closed 3 days ago (due 2025-04-10)"),
])
def test_window_status_and_words_at_the_edges(protocol, today, status, words):
    v2 = visit_plan(date(2025, 1, 10), protocol)[1]
    assert v2.key == "V2"
    assert v2.status(today) is status
    assert v2.describe(today) == words
