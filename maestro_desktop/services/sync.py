"""One sync with the central store: push this workstation's journal, pull reference data.

The network calls (sync.central) and the local database calls are kept apart: every local
step is a short function `fn(clinic, ...)` handed to `local`, which runs it on the database
thread (the GUI passes its DbWorker, the CLI calls it directly). So a slow or dead server never
holds the database, and every local write is one transaction.

Order of a sync:
1. Compare this workstation's chain with the centre's copy of it. A difference is a conflict:
   our events from that point go to the centre's quarantine, nothing is overwritten, and the
   push stops until the data manager resolves it.
2. If the centre holds more of our events than we do (a restore from an older backup), take
   them back, each checked against its hash and its place in the chain.
3. Push what the centre lacks, in batches (one transaction each, idempotent).
4. Pull reference data changed since our last revision, checked by our own rules, applied in
   one transaction as one `reference.pulled` event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain.i18n import join, neutral, tr
from ..domain.reference import (
    ACCOUNT_FIELDS,
    FLAG_FIELDS,
    LocalReference,
    changes_count,
    check_pull,
)
from ..domain.roles import Action
from ..domain.timeutil import to_text
from ..store import journal, projections
from ..sync.errors import SyncError
from ..sync.records import Conflict, Reference
from .cellbank import list_bank
from .clinic import Clinic, User, require
from .errors import InvalidInput
from .subjects import subject_from_row

if TYPE_CHECKING:   # psycopg loads with the first real sync, not with the window
    from ..sync.central import Central

BATCH_SIZE = 500
Local = Callable[..., Any]   # local(fn, *args) -> fn(clinic, *args), on the database thread


@dataclass
class SyncReport:
    pushed: int = 0          # events new to the centre
    already: int = 0         # events the centre already held (a batch sent twice)
    recovered: int = 0       # our own events taken back from the centre
    pulled: int = 0          # reference changes applied here
    conflicts: list[Conflict] = field(default_factory=list)
    open_flags: int = 0

    @property
    def ok(self) -> bool:
        return not self.conflicts

    def summary(self) -> str:
        parts = [tr("sync", "{count} events pushed", count=self.pushed),
                 tr("sync", "{count} reference changes pulled", count=self.pulled)]
        if self.already:
            parts.append(tr("sync", "{count} already at the centre", count=self.already))
        if self.recovered:
            parts.append(tr("sync", "{count} events recovered from the centre",
                            count=self.recovered))
        if self.open_flags:
            parts.append(tr("sync", "{count} flag(s) from the centre to review",
                            count=self.open_flags))
        if self.conflicts:
            first = self.conflicts[0]
            parts.append(tr("sync", "{count} event(s) in conflict with the centre, from #{seq}: "
                            "{reason}; kept in quarantine at the centre, push stopped until the "
                            "data manager resolves it", count=len(self.conflicts),
                            seq=first.seq, reason=first.reason))
        return join("; ", parts)


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    waiting: int
    last_ok: str | None
    last_error: str | None
    last_error_at: str | None
    open_flags: tuple[dict[str, Any], ...]
    conflicts: int


# --- local steps (run on the database thread) --------------------------------------------

def _meta(clinic: Clinic, key: str) -> str | None:
    return clinic.store.meta(key)


def _set_meta(clinic: Clinic, **values: str | None) -> None:
    with clinic.transaction():
        for key, value in values.items():
            if value is None:
                clinic.db.execute("DELETE FROM meta WHERE key = ?", [key])
            else:
                clinic.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                  [key, value])


@dataclass(frozen=True)
class _Me:
    workstation: str
    training: bool
    head_seq: int


def _identity(clinic: Clinic) -> _Me:
    return _Me(clinic.store.workstation, clinic.store.training, journal.head(clinic.db)[0])


def _hash_at(clinic: Clinic, seq: int) -> str | None:
    row = clinic.db.execute("SELECT hash FROM journal WHERE seq = ?", [seq]).fetchone()
    return row[0] if row else None


def _events(clinic: Clinic, after: int, limit: int) -> list[journal.Event]:
    found = []
    for event in journal.events(clinic.db, after_seq=after):
        found.append(event)
        if len(found) == limit:
            break
    return found


def _adopt(clinic: Clinic, events: list[journal.Event]) -> None:
    with clinic.transaction():
        for event in events:
            try:
                journal.adopt(clinic.db, event)
            except journal.ChainMismatch as exc:
                raise SyncError(tr("sync", "The centre's copy of this workstation's events "
                                   "cannot be taken back: {problem}. Nothing was changed here.",
                                   problem=str(exc))) from None
            projections.apply(clinic.db, event)


def _acknowledged(clinic: Clinic, seq: int) -> None:
    _set_meta(clinic, sync_acked_seq=str(seq))


def _record_conflicts(clinic: Clinic, conflicts: list[Conflict]) -> None:
    now = to_text(clinic.now())
    with clinic.transaction():
        for c in conflicts:
            clinic.db.execute("INSERT OR IGNORE INTO sync_conflicts (seq, event_id, reason, "
                              "detected_at) VALUES (?, ?, ?, ?)",
                              [c.seq, c.event_id, neutral(c.reason), now])


def _held_reference(clinic: Clinic) -> tuple[int, LocalReference]:
    import json

    held = LocalReference(
        subjects={row["code"]: subject_from_row(row) for row in clinic.db["subjects"].rows},
        vials={vial.vial_id: vial for vial in list_bank(clinic)},
        accounts={row["username"]: {f: (bool(row[f]) if f == "active" else row[f])
                                    for f in ACCOUNT_FIELDS}
                  for row in clinic.db["accounts"].rows},
        flags={row["id"]: {f: json.loads(row[f]) if f in ("sites", "details") else row[f]
                           for f in FLAG_FIELDS}
               for row in clinic.db["central_flags"].rows})
    return int(_meta(clinic, "sync_revision") or 0), held


def _apply_pull(clinic: Clinic, site: str, ref: Reference, today: date) -> int:
    """Check and apply the centre's changes in one transaction; refuse them all on a problem."""
    with clinic.transaction():
        revision, held = _held_reference(clinic)
        payload, problems = check_pull(site, held, subjects=ref.subjects, vials=ref.vials,
                                       accounts=ref.accounts, flags=ref.flags, today=today)
        if problems:
            shown = "\n".join(f"  {p}" for p in problems[:20])
            if len(problems) > 20:
                shown += "\n  " + tr("sync", "... and {count} more", count=len(problems) - 20)
            raise SyncError(tr("sync", "The centre's reference data (revision {revision}) was not "
                               "applied; nothing was changed here. {count} problem(s) for the "
                               "data manager:\n{problems}", revision=ref.revision,
                               count=len(problems), problems=shown))
        count = changes_count(payload)
        if count:
            clinic.record("reference.pulled", {"from_revision": revision,
                                               "revision": ref.revision, **payload},
                          actor=None)
        clinic.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES "
                          "('sync_revision', ?)", [str(ref.revision)])
    return count


def _finished(clinic: Clinic, error: str | None) -> None:
    if error is None:
        _set_meta(clinic, sync_last_ok=to_text(clinic.now()), sync_last_error=None,
                  sync_last_error_at=None)
        # The data manager resolved the conflicts at the centre: the push went through.
        clinic.db.execute("DELETE FROM sync_conflicts")
    else:
        _set_meta(clinic, sync_last_error=error, sync_last_error_at=to_text(clinic.now()))


def record_outcome(clinic: Clinic, report: SyncReport | None, error: str | None) -> None:
    """Remember how the last attempt went (shown in the status bar)."""
    if report is not None and not report.ok:
        error = report.summary()
    _finished(clinic, error)


def _today(clinic: Clinic) -> date:
    return clinic.today()


def _open_flags(clinic: Clinic) -> int:
    return clinic.db.execute("SELECT count(*) FROM central_flags WHERE acknowledged_at IS NULL "
                             "AND resolved_at IS NULL").fetchone()[0]


# --- the sync itself (runs wherever the caller likes: network calls block) ------------------

def _fork_point(local: Local, central: Central, workstation: str, upto: int) -> int:
    """The first sequence number where the two copies differ (they differ at `upto`).
    Each hash covers the one before it, so agreement at n means agreement below n."""
    low, high = 0, upto      # agree at low (0: nothing), differ at high
    while high - low > 1:
        mid = (low + high) // 2
        if local(_hash_at, mid) == central.hash_at(workstation, mid):
            low = mid
        else:
            high = mid
    return high


def _quarantine(local: Local, central: Central, first: int, reason: str,
                batch_size: int) -> list[Conflict]:
    conflicts, after = [], first - 1
    while events := local(_events, after, batch_size):
        central.quarantine(events, {e.seq: reason for e in events})
        conflicts += [Conflict(e.seq, e.id, reason) for e in events]
        after = events[-1].seq
    local(_record_conflicts, conflicts)
    return conflicts


def sync_once(local: Local, central: Central, *, batch_size: int = BATCH_SIZE) -> SyncReport:
    me = local(_identity)
    if me.training:
        raise SyncError(tr("sync", "This is a training database: it never syncs to the "
                           "trial's central store."))
    who = central.identity()
    if who.workstation != me.workstation:
        raise SyncError(tr("sync", "The login {login} is registered at the centre for "
                           "workstation {theirs}, but this database is workstation {ours}. "
                           "Nothing was sent.", login=who.login, theirs=who.workstation,
                           ours=me.workstation))
    report = SyncReport()
    held_seq, _ = central.head(me.workstation)
    common = min(held_seq, me.head_seq)
    if common and local(_hash_at, common) != central.hash_at(me.workstation, common):
        fork = _fork_point(local, central, me.workstation, common)
        reason = tr("sync", "this workstation's event #{seq} differs from the centre's event "
                    "#{seq} (restored from an old backup and then used, or altered)", seq=fork)
        report.conflicts = _quarantine(local, central, fork, reason, batch_size)
        local(_acknowledged, fork - 1)
    elif held_seq > me.head_seq:
        after = me.head_seq
        while after < held_seq:
            events = central.events(me.workstation, after, min(held_seq, after + batch_size))
            local(_adopt, events)
            report.recovered += len(events)
            after = events[-1].seq
        local(_acknowledged, held_seq)
    else:
        after = held_seq
        while events := local(_events, after, batch_size):
            inserted, conflicts = central.push(events)
            if conflicts:
                first = conflicts[0].seq
                report.conflicts = _quarantine(local, central, first, conflicts[0].reason,
                                               batch_size)
                after = first - 1
                break
            report.pushed += inserted
            report.already += len(events) - inserted
            after = events[-1].seq
        # Once, not per batch (each is a durable local write): the centre's own head, read at
        # the start of every sync, is what says where pushing resumes.
        local(_acknowledged, after)
    revision, _ = local(_held_reference)
    reference = central.reference_since(revision)
    report.pulled = local(_apply_pull, who.site, reference, local(_today))
    report.open_flags = local(_open_flags)
    return report


# --- settings, status, acknowledgement (database thread) ----------------------------------

def configure(clinic: Clinic, actor: User, dsn: str, *, insecure: bool = False) -> str:
    """Save the central store's address; return it as saved (never with a password)."""
    from ..sync.connection import has_password, prepare, without_password

    require(actor, Action.CONFIGURE_SYNC)
    if has_password(dsn):
        raise InvalidInput(tr("sync", "The address must not contain the password: it would be "
                              "stored in clear. Put the password in the workstation's .pgpass "
                              "file (or use a client certificate)."))
    prepare(dsn, allow_insecure=insecure)          # refuses a malformed or unverified address
    saved = without_password(dsn)
    with clinic.transaction():
        clinic.record("sync.configured", {"dsn": saved, "insecure": insecure},
                      actor=actor.username)
        clinic.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('central_dsn', ?)",
                          [saved])
        clinic.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES "
                          "('central_insecure', ?)", ["1" if insecure else "0"])
    return saved


def settings(clinic: Clinic) -> tuple[str, bool] | None:
    dsn = _meta(clinic, "central_dsn")
    return (dsn, _meta(clinic, "central_insecure") == "1") if dsn else None


def status(clinic: Clinic) -> SyncStatus:
    head = journal.head(clinic.db)[0]
    acked = int(_meta(clinic, "sync_acked_seq") or 0)
    flags = tuple(clinic.db.execute(
        "SELECT id, kind, key, details, detected_at FROM central_flags WHERE acknowledged_at "
        "IS NULL AND resolved_at IS NULL ORDER BY id").fetchall())
    return SyncStatus(
        configured=_meta(clinic, "central_dsn") is not None,
        waiting=max(0, head - acked),
        last_ok=_meta(clinic, "sync_last_ok"),
        last_error=_meta(clinic, "sync_last_error"),
        last_error_at=_meta(clinic, "sync_last_error_at"),
        open_flags=tuple({"id": f[0], "kind": f[1], "key": f[2], "details": f[3],
                          "detected_at": f[4], "text": describe_flag(f[1], f[3])}
                         for f in flags),
        conflicts=clinic.db.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0])


def describe_flag(kind: str, details_json: str) -> str:
    import json

    d = json.loads(details_json)
    if kind == "double_administration":
        where = join("; ", (tr("sync", "session {session} (subject {subject}, workstation "
                               "{workstation}, {at})", session=a["session"],
                               subject=a["subject"], workstation=a["workstation"], at=a["at"])
                            for a in d["administrations"]))
        return tr("sync", "Vial {vial} was recorded as administered more than once: {where}.",
                  vial=d["vial_id"], where=where)
    if kind == "chain_gap":
        return tr("sync", "The centre is missing events of workstation {workstation} before "
                  "event #{seq}.", workstation=d["workstation"], seq=d["before_seq"])
    if kind == "conflict":
        return tr("sync", "Event #{seq} of workstation {workstation} conflicts with the centre's "
                  "copy: {reason}.", seq=d["seq"], workstation=d["workstation"],
                  reason=d["reason"])
    return f"{kind}: {details_json}"


def acknowledge_flag(clinic: Clinic, actor: User, flag_id: int, note: str) -> None:
    """A coordinator has seen the flag and taken it up; the centre closes it for every site."""
    require(actor, Action.ACKNOWLEDGE_FLAG)
    if not note.strip():
        raise InvalidInput(tr("sync", "Say what was done about it (a short note is kept with "
                              "the acknowledgement)."))
    row = clinic.db.execute("SELECT kind, key, acknowledged_at FROM central_flags WHERE id = ?",
                            [flag_id]).fetchone()
    if row is None:
        raise InvalidInput(tr("sync", "There is no flag {flag} from the centre.", flag=flag_id))
    if row[2] is not None:
        raise InvalidInput(tr("sync", "Flag {flag} was already acknowledged.", flag=flag_id))
    clinic.record("central_flag.acknowledged", {"flag_id": flag_id, "kind": row[0],
                                                "key": row[1], "note": note.strip()},
                  actor=actor.username)


def run_direct(clinic: Clinic) -> Local:
    """`local` for a caller already on the database thread (the CLI)."""
    return lambda fn, *args: fn(clinic, *args)
