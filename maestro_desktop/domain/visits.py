"""Each subject's visit plan: injections 1-3 and follow-up, with due dates and windows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .i18n import Text, language, short_date, tr, tr_table, trn
from .protocol import Protocol
from .timeutil import add_months


class WindowStatus(StrEnum):
    EARLY = "not yet in window"
    IN_WINDOW = "in window"
    LATE = "window closed"


WINDOW_WORDS = tr_table("visits", {"not yet in window": "not yet in window",
                                   "in window": "in window", "window closed": "window closed"})


def _due(day: date) -> Text:
    """The due date as these texts have always shown it in English (2027-02-24), and as French
    dates are written (24/02/2027)."""
    return Text(short_date(day) if language() == "fr" else day.isoformat(), day.isoformat())


@dataclass(frozen=True)
class PlannedVisit:
    key: str            # "V1".."V3" for injections, "M9", "M12" for follow-up
    label: str          # in the current language (see visit_plan)
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

    def describe(self, today: date) -> Text:
        """Plain words: 'in window (due 2027-02-24)', 'opens in 5 days', 'closed 3 days ago'."""
        status = self.status(today)
        if status is WindowStatus.EARLY:
            return trn("visits", "window opens in {count} day (due {due})",
                       "window opens in {count} days (due {due})",
                       (self.window_start - today).days, due=_due(self.due))
        if status is WindowStatus.LATE:
            return trn("visits", "window closed {count} day ago (due {due})",
                       "window closed {count} days ago (due {due})",
                       (today - self.window_end).days, due=_due(self.due))
        return tr("visits", "in window (due {due})", due=_due(self.due))


def visit_plan(enrolment: date, protocol: Protocol) -> list[PlannedVisit]:
    """Injection visits every interval from enrolment, then the site's follow-up visits."""
    tolerance = timedelta(days=protocol.site.visit_window_days)
    schedule = protocol.schedule

    def visit(key: str, label: Text, injection: int | None, month: int) -> PlannedVisit:
        due = add_months(enrolment, month)
        return PlannedVisit(key, label, injection, month, due, due - tolerance, due + tolerance)

    plan = [visit(f"V{n}", tr("visits", "Injection {number}", number=n), n,
                  (n - 1) * schedule.injection_interval_months)
            for n in range(1, schedule.injection_count + 1)]
    last_injection_month = plan[-1].month
    plan += [visit(f"M{m}", tr("visits", "Follow-up month {month}", month=m), None, m)
             for m in protocol.site.follow_up_visit_months
             if last_injection_month < m <= schedule.follow_up_months]
    return plan


def next_due(plan: list[PlannedVisit], completed: set[str]) -> PlannedVisit | None:
    """The first planned visit not yet completed, or None when the plan is finished."""
    return next((v for v in plan if v.key not in completed), None)
