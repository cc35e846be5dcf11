"""Each subject's visit plan: injections 1-3 and follow-up, with due dates and windows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .protocol import Protocol
from .timeutil import add_months


class WindowStatus(StrEnum):
    EARLY = "not yet in window"
    IN_WINDOW = "in window"
    LATE = "window closed"


@dataclass(frozen=True)
class PlannedVisit:
    key: str            # "V1".."V3" for injections, "M9", "M12" for follow-up
    label: str
    injection: int | None   # 1..3 for an injection visit
    month: int
    due: date
    window_start: date
    window_end: date

    def status(self, today: date) -> WindowStatus:
        if today < self.window_start:
            return WindowStatus.EARLY
        if today > self.window_end:
            return WindowStatus.LATE
        return WindowStatus.IN_WINDOW

    def describe(self, today: date) -> str:
        """Plain words: 'in window (due 2027-02-24)', 'opens in 5 days', 'closed 3 days ago'."""
        status = self.status(today)
        if status is WindowStatus.EARLY:
            days = (self.window_start - today).days
            return f"window opens in {days} day{'s' * (days != 1)} (due {self.due.isoformat()})"
        if status is WindowStatus.LATE:
            days = (today - self.window_end).days
            return f"window closed {days} day{'s' * (days != 1)} ago (due {self.due.isoformat()})"
        return f"in window (due {self.due.isoformat()})"


def visit_plan(enrolment: date, protocol: Protocol) -> list[PlannedVisit]:
    """Injection visits every interval from enrolment, then the site's follow-up visits."""
    tolerance = timedelta(days=protocol.site.visit_window_days)
    schedule = protocol.schedule

    def visit(key: str, label: str, injection: int | None, month: int) -> PlannedVisit:
        due = add_months(enrolment, month)
        return PlannedVisit(key, label, injection, month, due, due - tolerance, due + tolerance)

    plan = [visit(f"V{n}", f"Injection {n}", n, (n - 1) * schedule.injection_interval_months)
            for n in range(1, schedule.injection_count + 1)]
    last_injection_month = plan[-1].month
    plan += [visit(f"M{m}", f"Follow-up month {m}", None, m)
             for m in protocol.site.follow_up_visit_months
             if last_injection_month < m <= schedule.follow_up_months]
    return plan


def next_due(plan: list[PlannedVisit], completed: set[str]) -> PlannedVisit | None:
    """The first planned visit not yet completed, or None when the plan is finished."""
    return next((v for v in plan if v.key not in completed), None)
