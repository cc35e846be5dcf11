"""The service context: one open store, the protocol, a clock and who is acting.

Every user action goes through `Clinic.record`, which appends the journal event(s) and updates
the projections in a single SQLite transaction: either all of it is on disk or none of it.
A Clinic belongs to the thread that opened it (see `services.worker.DbWorker`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from ..domain.antithrombotics import HoldTable
from ..domain.i18n import neutral, tr
from ..domain.protocol import Protocol
from ..domain.roles import Action, Role, is_allowed
from ..domain.timeutil import to_text
from ..settings import load_hold_table, load_protocol
from ..store import journal, projections
from ..store.database import Store, open_store
from ..store.errors import DamagedDatabase, explain
from .errors import PermissionDenied


def with_way_out(exc: DamagedDatabase, path: Path, protocol: Protocol) -> DamagedDatabase:
    """The damage in words, and the newest backup that still verifies (`.backup`)."""
    from .backup import newest_backup

    found = newest_backup(path, protocol)
    if found is None:
        words = tr("store", "No verified backup was found; call the data manager.")
    else:
        source, snapshot = found
        words = tr("store", "The newest verified backup is {name} ({count} events). Restore it "
                   "(the damaged file is kept beside it), or read it without changing it with "
                   "`maestro sessions --db {path}`.", name=source.name, count=snapshot.events,
                   path=str(source))
    damaged = DamagedDatabase(f"{exc} {words}")
    damaged.backup = found[0] if found else None
    return damaged


def utc_now() -> datetime:
    return datetime.now(UTC)


@cache
def local_zone() -> tzinfo:
    """The system zone with its DST rules when it can be named, else the current offset."""
    import os
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    key = os.environ.get("TZ", "").lstrip(":")
    if not key:
        try:
            key = os.path.realpath("/etc/localtime").split("/zoneinfo/", 1)[1]
        except IndexError:
            key = ""
    try:
        return ZoneInfo(key) if key else datetime.now().astimezone().tzinfo
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    role: Role

    @property
    def label(self) -> str:
        return tr("roles", "{name} ({role})", name=self.display_name, role=self.role.words)


def require(user: User | None, action: Action) -> User:
    """Deny by default: raise PermissionDenied unless the role matrix grants `action`."""
    if user is None:
        raise PermissionDenied(tr("roles", "Log in to {action}.", action=action.words))
    if not is_allowed(user.role, action):
        raise PermissionDenied(tr("roles", "A {role} may not {action}.", role=user.role.words,
                                  action=action.words))
    return user


class Clinic:
    def __init__(self, store: Store, protocol: Protocol,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self.protocol = protocol
        self.clock = clock

    @classmethod
    def open(cls, path: Path | str, *, protocol: Protocol | None = None,
             clock: Callable[[], datetime] = utc_now, training: bool = False,
             create: bool = True) -> Clinic:
        protocol = protocol or load_protocol()
        try:
            store = open_store(path, training=training, create=create)
        except DamagedDatabase as exc:
            raise with_way_out(exc, Path(path).expanduser().absolute(), protocol) from None
        return cls(store, protocol, clock)

    @property
    def db(self):  # noqa: ANN201 - sqlite_utils.Database
        return self.store.db

    def now(self) -> datetime:
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must give aware datetimes")
        return moment

    @property
    def tz(self) -> tzinfo:
        """The workstation's time zone (calendar-day rules count days in it)."""
        return local_zone()

    def today(self) -> date:
        return self.now().astimezone(self.tz).date()

    @cached_property
    def hold_table(self) -> HoldTable:
        return load_hold_table()

    def close(self) -> None:
        self.store.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One user action = one transaction; an SQLite error becomes a plain-words StoreError."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            raise explain(exc, self.store.path) from None

    def record(self, kind: str, payload: dict[str, Any], *, actor: str | None,
               subject: str | None = None, session: str | None = None,
               clinical_time: datetime | None = None) -> journal.Event:
        """Append one event and project it. Joins the caller's transaction when one is open.

        Text in `payload` is written in the source language whatever the user reads
        (`i18n.neutral`): the journal is the same on every workstation."""
        payload = neutral(payload)
        now = self.now()
        with self.transaction():
            event = journal.append(
                self.db, kind=kind, payload=payload, actor=actor,
                clinical_time=to_text(clinical_time or now), recorded_time=to_text(now),
                workstation=self.store.workstation, subject=subject, session=session)
            projections.apply(self.db, event)
        return event
