"""What a sync exchanges, without the database driver: the services and the window use these
types without loading psycopg (about 70 ms and 19 MB), which only a real sync needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EVENT_COLUMNS = ("id", "workstation", "seq", "kind", "payload", "actor", "clinical_time",
                 "recorded_time", "subject", "session", "prev_hash", "hash")


@dataclass(frozen=True)
class Identity:
    login: str
    site: str
    workstation: str


@dataclass(frozen=True)
class Conflict:
    """A local event the centre holds differently: kept aside at the centre, never merged."""

    seq: int
    event_id: str
    reason: str


@dataclass
class Reference:
    """Reference rows changed since a revision, read in one consistent snapshot."""

    revision: int
    subjects: list[dict[str, Any]] = field(default_factory=list)
    vials: list[dict[str, Any]] = field(default_factory=list)
    accounts: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return len(self.subjects) + len(self.vials) + len(self.accounts)
