"""What a workstation asks of the central store, one method per question.

Every write runs in its own transaction (`conn.transaction()` on an autocommit connection), so
a connection cut mid-batch leaves the batch either wholly in or wholly out: the next attempt
simply sends it again, and `ON CONFLICT DO NOTHING` plus the hash check make that harmless.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import psycopg

from ..domain.i18n import neutral, tr
from ..store.journal import Event
from .connection import connect, first_line, prepare
from .errors import CentralRefused, CentralUnreachable, SyncError
from .records import EVENT_COLUMNS, Conflict, Identity, Reference
from .schema import check_version

_TYPES = {"seq": "bigint"}
CHAIN_BREAK = "MA001"   # SQLSTATE raised by the centre's chain-continuity trigger


def _event_row(event: Event) -> list[Any]:
    return [getattr(event, name) for name in EVENT_COLUMNS]


def _as_event(row: Sequence[Any]) -> Event:
    values = dict(zip(EVENT_COLUMNS, row, strict=True))
    return Event(**{k: values[k] for k in Event.__dataclass_fields__})


class Central:
    """A workstation's session with the central store."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self._identity: Identity | None = None

    @classmethod
    def open(cls, dsn: str, *, allow_insecure: bool = False) -> Central:
        conn = connect(prepare(dsn, allow_insecure=allow_insecure))
        try:
            check_version(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Central:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except psycopg.OperationalError as exc:
            raise CentralUnreachable(tr("sync", "The connection to the central server was lost "
                                        "({problem}). The events wait here.",
                                        problem=first_line(exc))) from None

    def identity(self) -> Identity:
        if self._identity is None:
            self._identity = self._ask_identity()
        return self._identity

    def _ask_identity(self) -> Identity:
        login, site, workstation = self._query(
            "SELECT current_user, site_of(current_user), workstation_of(current_user)")[0]
        if site is None:
            raise CentralRefused(tr("sync", "The login {login} is not registered as a "
                                    "workstation at the centre (maestro central "
                                    "add-workstation).", login=login))
        return Identity(login, site, workstation)

    # --- the journal ------------------------------------------------------------------------

    def head(self, workstation: str) -> tuple[int, str | None]:
        rows = self._query("SELECT seq, hash FROM journal WHERE workstation = %s "
                           "ORDER BY seq DESC LIMIT 1", [workstation])
        return (rows[0][0], rows[0][1]) if rows else (0, None)

    def hash_at(self, workstation: str, seq: int) -> str | None:
        rows = self._query("SELECT hash FROM journal WHERE workstation = %s AND seq = %s",
                           [workstation, seq])
        return rows[0][0] if rows else None

    def events(self, workstation: str, after: int, upto: int) -> list[Event]:
        rows = self._query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM journal WHERE "
                           "workstation = %s AND seq > %s AND seq <= %s ORDER BY seq",
                           [workstation, after, upto])
        return [_as_event(row) for row in rows]

    def push(self, events: Sequence[Event]) -> tuple[int, list[Conflict]]:
        """Send one batch in one transaction; return (rows new to the centre, conflicts).

        An event already there with the same hash counts as delivered. One there with the same
        id (or the same place in the chain) but another hash is a conflict: the centre keeps
        its copy, and ours is put in quarantine beside it.
        """
        if not events:
            return 0, []
        columns = ", ".join(EVENT_COLUMNS)
        # Binary parameters: the text form of an array escapes every element in Python.
        arrays = ", ".join(f"%b::{_TYPES.get(c, 'text')}[]" for c in EVENT_COLUMNS)
        values = [list(column) for column in zip(*map(_event_row, events), strict=True)]
        try:
            with self.conn.transaction():
                # One statement per batch; the site is given, not computed for every row.
                inserted = self.conn.execute(
                    f"INSERT INTO journal (site, {columns}) SELECT %s, * FROM unnest({arrays}) "
                    "ON CONFLICT DO NOTHING", [self.identity().site, *values]).rowcount
                conflicts = self._confirm(events)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise CentralRefused(tr("sync", "The centre refused these events ({problem}): this "
                                    "login may only send its own workstation's events.",
                                    problem=first_line(exc))) from None
        except psycopg.OperationalError as exc:
            raise CentralUnreachable(tr("sync", "The connection to the central server was lost "
                                        "while sending ({problem}). Nothing of that batch was "
                                        "kept; it is sent again next time.",
                                        problem=first_line(exc))) from None
        except psycopg.Error as exc:
            if exc.sqlstate == CHAIN_BREAK:
                raise SyncError(tr("sync", "The centre refused the batch: {problem}.",
                                   problem=first_line(exc))) from None
            raise
        return inserted, conflicts

    def _confirm(self, events: Sequence[Event]) -> list[Conflict]:
        first, last = events[0].seq, events[-1].seq
        held = {row[0]: row for row in self.conn.execute(
            "SELECT seq, id, hash FROM journal WHERE workstation = %s AND seq BETWEEN %s AND %s",
            [events[0].workstation, first, last])}
        by_id = {row[0]: row for row in self.conn.execute(
            "SELECT id, seq, hash FROM journal WHERE id = ANY(%s)", [[e.id for e in events]])}
        conflicts = []
        for event in events:
            same_id = by_id.get(event.id)
            if same_id is not None and same_id[2] == event.hash and same_id[1] == event.seq:
                continue
            if same_id is not None:
                reason = tr("sync", "the centre holds event {event} with different content "
                            "(hash {theirs}…, ours {ours}…)", event=event.id,
                            theirs=same_id[2][:12], ours=event.hash[:12])
            elif event.seq in held:
                reason = tr("sync", "the centre holds another event (id {event}) as event "
                            "#{seq} of this workstation", event=held[event.seq][1],
                            seq=event.seq)
            else:
                reason = tr("sync", "the centre did not keep this event")
            conflicts.append(Conflict(event.seq, event.id, reason))
        return conflicts

    def quarantine(self, events: Sequence[Event], reasons: dict[int, str]) -> None:
        """Keep our disagreeing copies at the centre, beside (never over) its own."""
        # The centre keeps the reasons in English, as every site reads them.
        rows = [[e.workstation, e.seq, e.hash,
                 json.dumps({c: getattr(e, c) for c in EVENT_COLUMNS}, ensure_ascii=False),
                 neutral(reasons.get(e.seq, tr("sync", "differs from the centre's copy")))]
                for e in events]
        try:
            with self.conn.transaction(), self.conn.cursor() as cur:
                cur.executemany("INSERT INTO quarantine (workstation, seq, hash, event, reason) "
                                "VALUES (%s, %s, %s, %s::jsonb, %s) ON CONFLICT DO NOTHING",
                                rows)
        except psycopg.OperationalError as exc:
            raise CentralUnreachable(tr("sync", "The connection to the central server was lost "
                                        "({problem}).", problem=first_line(exc))) from None

    # --- reference data ---------------------------------------------------------------------

    def reference_since(self, revision: int) -> Reference:
        """Rows changed after `revision`, and every flag this site may see, in one snapshot."""
        try:
            with self.conn.transaction():
                self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                return self._reference(revision)
        except psycopg.OperationalError as exc:
            raise CentralUnreachable(tr("sync", "The connection to the central server was lost "
                                        "({problem}).", problem=first_line(exc))) from None

    def _reference(self, revision: int) -> Reference:
        def dicts(sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
            cur = self.conn.execute(sql, params)
            names = [d.name for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur]

        ref = Reference(revision)
        ref.subjects = dicts(
            "SELECT code, site, initials, birth_year, sex, childbearing_potential, "
            "enrolment_date, revision FROM subjects WHERE revision > %s ORDER BY code",
            [revision])
        ref.vials = dicts(
            "SELECT v.vial_id, v.site, v.lot, v.expiry, v.release_status, v.cells_per_vial, "
            "v.volume_ml, a.subject AS allocated_subject, a.visit AS allocated_visit, v.gtin, "
            "v.product_code, greatest(v.revision, coalesce(a.revision, 0)) AS revision "
            "FROM vials v LEFT JOIN allocations a ON a.vial_id = v.vial_id "
            "WHERE v.revision > %s OR a.revision > %s ORDER BY v.vial_id", [revision, revision])
        ref.accounts = dicts(
            "SELECT username, site, display_name, role, active, password_hash, revision "
            "FROM accounts WHERE revision > %s ORDER BY username", [revision])
        ref.flags = dicts(
            "SELECT id, kind, key, sites, details, detected_at::text AS detected_at, "
            "acknowledged_by, acknowledged_at::text AS acknowledged_at, "
            "resolved_at::text AS resolved_at FROM flags ORDER BY id", [])
        ref.revision = max([revision, *(r["revision"] for r in
                                        (*ref.subjects, *ref.vials, *ref.accounts))])
        return ref
