"""A training database with an open session and a journal of N events, built quickly.

The demo (services) first, then a session opened for 01-003 V3 left open, then N events of
clinical size written with the hash chain computed here, in one transaction, straight into the
journal: only the journal's size is under test, so they are of a kind no projection reads.

    python -m benchmarks.bigdb PATH N      # prints the demo passwords and the session id

`cached(n)` keeps one built file per N under benchmarks/results/bigdb/ (1 000 000 events take
about 30 s and 460 MB to build), named after the schema version and FORMAT, so a new migration
or a change here builds it again; `make distclean` removes them.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from maestro_desktop.store.journal import canonical_json, event_hash

from .common import RESULTS_DIR

CHUNK = 50_000
FORMAT = 2          # bump when what build() writes changes: the cached files are rebuilt
CACHE_DIR = RESULTS_DIR / "bigdb"


@dataclass(frozen=True)
class Built:
    path: Path
    events: int                 # synthetic events appended (the demo's own come on top)
    session: str                # the session left open on the file's workstation
    passwords: dict[str, str]   # the demo accounts'


def build(path: Path, events: int) -> Built:
    """Write the database at `path` (which must not exist)."""
    from maestro_desktop.services import accounts, sessions
    from maestro_desktop.services.clinic import Clinic
    from maestro_desktop.services.demo import build_demo

    clinic = Clinic.open(path, training=True)
    try:
        made = build_demo(clinic)
        doctor = accounts.login(clinic, "dr.martin", made.passwords["dr.martin"])
        session = sessions.open_session(clinic, doctor, "01-003", "V3").id
        workstation = clinic.store.workstation
    finally:
        clinic.close()
    _append(path, events, workstation, session)
    return Built(path, events, session, made.passwords)


def schema_key() -> str:
    from maestro_desktop.store.migrations import KNOWN

    return f"s{len(KNOWN)}-{KNOWN[-1]}-f{FORMAT}"


def cached(events: int) -> Built:
    """The cached database of `events` events, built first if missing or outdated. Open a copy:
    the app writes to the file it opens (WAL, lock, login events)."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    stem = f"journal-{events}-{schema_key()}"
    path, about = CACHE_DIR / f"{stem}.sqlite", CACHE_DIR / f"{stem}.json"
    if path.exists() and about.exists():
        info = json.loads(about.read_text(encoding="utf-8"))
        return Built(path, info["events"], info["session"], info["passwords"])
    for old in CACHE_DIR.glob(f"journal-{events}-*"):     # another schema or format
        old.unlink()
    print(f"  building a database with {events:,} journal events (cached for later runs)...",
          file=sys.stderr, flush=True)
    building = CACHE_DIR / f"{stem}.building"
    for leftover in CACHE_DIR.glob(f"{building.name}*"):  # an interrupted build
        leftover.unlink()
    built = build(building, events)
    for side in CACHE_DIR.glob(f"{building.name}?*"):     # -wal, -shm (empty), .lock
        side.unlink()
    os.replace(building, path)
    info = {k: v for k, v in asdict(built).items() if k != "path"}
    about.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return Built(path, built.events, built.session, built.passwords)


def _append(path: Path, count: int, workstation: str, session: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        seq, prev = conn.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"
                                 ).fetchone()
        conn.execute("BEGIN")
        written = 0
        while written < count:
            rows = []
            for i in range(written, min(count, written + CHUNK)):
                seq += 1
                when = f"2026-0{1 + i % 9}-1{i % 10}T08:{i % 60:02d}:00.000000+00:00"
                fields = {"id": str(uuid.uuid4()), "seq": seq, "kind": "bench.vitals",
                          "payload": canonical_json({"systolic": 110 + i % 30, "spo2": 97,
                                                     "heart_rate": 60 + i % 40, "i": i}),
                          "actor": "nurse.leroy", "clinical_time": when, "recorded_time": when,
                          "workstation": workstation, "subject": f"01-{i % 900:03d}",
                          "session": session if i % 1000 == 0 else f"S-{i // 200}",
                          "prev_hash": prev}
                fields["hash"] = prev = event_hash(fields)
                rows.append(fields)
            conn.executemany(f"INSERT INTO journal ({', '.join(rows[0])}) VALUES "
                             f"({', '.join('?' * len(rows[0]))})", [list(r.values())
                                                                     for r in rows])
            written += len(rows)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('chain_head', ?)",
                     [f"{seq}:{prev}"])
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


if __name__ == "__main__":
    import time
    t = time.perf_counter()
    made = build(Path(sys.argv[1]), int(sys.argv[2]))
    print(json.dumps({"session": made.session, "passwords": made.passwords}))
    print(f"{time.perf_counter() - t:.1f} s", file=sys.stderr)
