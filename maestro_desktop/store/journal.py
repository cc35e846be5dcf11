"""The append-only journal: every clinical fact as a hash-chained event.

Each event's hash covers its own fields and the previous event's hash, so altering, removing or
inserting a row behind the app's back breaks the chain at that row. `append` runs inside the
caller's transaction; the caller writes projections in the same one.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from ..domain.i18n import tr

if TYPE_CHECKING:  # sqlite-utils loads on the database thread, after the window shows
    from sqlite_utils import Database


GENESIS = "0" * 64
HASHED_FIELDS = ("id", "seq", "kind", "payload", "actor", "clinical_time", "recorded_time",
                 "workstation", "subject", "session", "prev_hash")


@dataclass(frozen=True)
class Event:
    id: str
    seq: int
    kind: str
    payload: str          # canonical JSON text, exactly as hashed
    actor: str | None
    clinical_time: str
    recorded_time: str
    workstation: str
    subject: str | None
    session: str | None
    prev_hash: str
    hash: str

    @property
    def data(self) -> dict[str, Any]:
        return json.loads(self.payload)


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(fields: dict[str, Any] | Event) -> str:
    get = fields.__getitem__ if isinstance(fields, dict) else fields.__getattribute__
    return hashlib.sha256(canonical_json({k: get(k) for k in HASHED_FIELDS})
                          .encode("utf-8")).hexdigest()


def head(db: Database) -> tuple[int, str]:
    """(sequence, hash) of the last event, or (0, GENESIS) for an empty journal."""
    row = db.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(db: Database, *, kind: str, payload: dict[str, Any], actor: str | None,
           clinical_time: str, recorded_time: str, workstation: str,
           subject: str | None = None, session: str | None = None) -> Event:
    """Add one event after the current head. Must run inside an open transaction."""
    if not db.conn.in_transaction:
        raise RuntimeError("journal.append must run inside a transaction (db.atomic())")
    seq, prev = head(db)
    fields: dict[str, Any] = {
        "id": str(uuid.uuid4()), "seq": seq + 1, "kind": kind,
        "payload": canonical_json(payload), "actor": actor,
        "clinical_time": clinical_time, "recorded_time": recorded_time,
        "workstation": workstation, "subject": subject, "session": session,
        "prev_hash": prev,
    }
    fields["hash"] = event_hash(fields)
    event = Event(**fields)
    row = asdict(event)
    db.execute(f"INSERT INTO journal ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
               list(row.values()))
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('chain_head', ?)",
               [f"{event.seq}:{event.hash}"])
    return event


class ChainMismatch(ValueError):
    """An event offered to `adopt` that does not continue this journal."""


def adopt(db: Database, event: Event) -> None:
    """Append an event written earlier by this workstation and held by the centre (after a
    restore from an older backup). It must be the next link, with its hash intact. Must run
    inside an open transaction; the caller projects it."""
    if not db.conn.in_transaction:
        raise RuntimeError("journal.adopt must run inside a transaction (db.atomic())")
    seq, prev = head(db)
    if event.seq != seq + 1 or event.prev_hash != prev:
        raise ChainMismatch(tr("journal", "event #{seq} does not follow this journal's event "
                               "#{last}", seq=event.seq, last=seq))
    if event_hash(event) != event.hash:
        raise ChainMismatch(tr("journal", "event #{seq} ({id}) does not match its own hash",
                               seq=event.seq, id=event.id))
    row = asdict(event)
    db.execute(f"INSERT INTO journal ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
               list(row.values()))
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('chain_head', ?)",
               [f"{event.seq}:{event.hash}"])


def _row_to_event(row: tuple) -> Event:
    return Event(*row)


_COLUMNS = ", ".join((*HASHED_FIELDS, "hash"))


def events(db: Database, *, session: str | None = None, subject: str | None = None,
           after_seq: int = 0) -> Iterator[Event]:
    where, params = ["seq > ?"], [after_seq]
    if session:
        where.append("session = ?")
        params.append(session)
    if subject:
        where.append("subject = ?")
        params.append(subject)
    sql = f"SELECT {_COLUMNS} FROM journal WHERE {' AND '.join(where)} ORDER BY seq"
    for row in db.execute(sql, params):
        yield _row_to_event(row)


@dataclass(frozen=True)
class ChainReport:
    count: int
    ok: bool
    message: str
    first_bad_seq: int | None = None


def _label(event: Event) -> str:
    return tr("journal", "event #{seq} ({kind}, id {id})", seq=event.seq, kind=event.kind,
              id=event.id)


def verify_chain(db: Database) -> ChainReport:
    """Recompute every hash and link; name the first event that does not fit."""
    expected_seq, prev, count = 1, GENESIS, 0
    for event in events(db):
        count += 1
        if event.seq != expected_seq:
            return ChainReport(count, False, tr(
                "journal", "events #{first}..#{last} are missing before {event}",
                first=expected_seq, last=event.seq - 1, event=_label(event)), expected_seq)
        if event.prev_hash != prev:
            return ChainReport(count, False, tr(
                "journal", "{event} does not follow the event before it (removed or inserted "
                "row)", event=_label(event)), event.seq)
        if event_hash(event) != event.hash:
            return ChainReport(count, False, tr(
                "journal", "{event} was altered after it was written", event=_label(event)),
                event.seq)
        expected_seq, prev = event.seq + 1, event.hash
    stored = db.execute("SELECT value FROM meta WHERE key = 'chain_head'").fetchone()
    last = expected_seq - 1
    actual = f"{last}:{prev}"
    # An emptied journal still has its recorded head, so it is checked too.
    if (count or stored is not None) and (stored is None or stored[0] != actual):
        head_seq = stored[0].partition(":")[0] if stored else "0"
        recorded = int(head_seq) if head_seq.isdigit() else 0
        if recorded > last:
            what, first_bad = tr("journal", "events #{first}..#{last} were removed",
                                 first=last + 1, last=recorded), last + 1
        elif recorded < last:
            what, first_bad = tr("journal", "events #{first}..#{last} were added",
                                 first=recorded + 1, last=last), recorded + 1
        else:
            what, first_bad = tr("journal", "event #{seq} was replaced", seq=last), last
        return ChainReport(count, False, tr(
            "journal", "the journal ends at event #{last} but the recorded head is event "
            "#{recorded}: {what}", last=last, recorded=recorded, what=what), first_bad)
    return ChainReport(count, True, tr("journal", "{count} events, chain intact", count=count))
