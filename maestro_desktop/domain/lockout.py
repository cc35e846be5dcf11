"""Account lockout after repeated failed passwords."""

from __future__ import annotations

from datetime import datetime, timedelta


def lock_after_failure(failures: int, *, limit: int, lock_minutes: int,
                       now: datetime) -> datetime | None:
    """After `failures` consecutive failed attempts, the time the account is locked until."""
    return now + timedelta(minutes=lock_minutes) if failures >= limit else None


def is_locked(locked_until: datetime | None, *, now: datetime) -> bool:
    return locked_until is not None and now < locked_until
