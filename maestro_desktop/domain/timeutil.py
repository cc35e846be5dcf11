"""Time as stored: aware UTC datetimes, ISO 8601 text. No clock of its own."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime


def to_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("a clinical time must carry its time zone")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def add_months(day: date, months: int) -> date:
    """Calendar months later; the 31st becomes the month's last day when the month is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))
