"""Journal append + commit latency through `Clinic.record`, against a raw sqlite3 floor.

Both sides pay the same durability (WAL, synchronous=FULL, one transaction per event), so the
ratio is what the service layer adds: hash chain, head lookup, triggers, indexes, projection.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from .common import Result, percentile, work_dir

N, QUICK_N = 1000, 300
BLOCK = 10    # alternate sides every BLOCK events so disk hiccups hit both
WARMUP = 20   # first commits create the WAL and warm the page cache: not counted
P99_TARGET = 2.0

# The journal's columns, without its triggers and indexes: the least a durable row costs.
FLOOR_SCHEMA = """CREATE TABLE journal (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    payload TEXT NOT NULL, actor TEXT, clinical_time TEXT NOT NULL, recorded_time TEXT NOT NULL,
    workstation TEXT NOT NULL, subject TEXT, session TEXT, prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL)"""


def _payload(i: int) -> dict:
    """A vital-signs-sized payload, slightly different each time."""
    return {"systolic": 110 + i % 30, "diastolic": 70 + i % 15, "heart_rate": 60 + i % 40,
            "temperature": 36.5 + (i % 10) / 10, "spo2": 97, "respiratory_rate": 16,
            "consciousness": "alert", "pain": i % 4, "note": "bench"}


def _app_side(path: Path) -> tuple[Callable[[int], None], Callable[[], None]]:
    from maestro_desktop.services.clinic import Clinic
    from maestro_desktop.settings import load_protocol
    from maestro_desktop.store.database import open_store

    clinic = Clinic(open_store(path), load_protocol())
    session = str(uuid.uuid4())

    def once(i: int) -> None:
        # A kind no projection handles, so the figure stays about the journal even when
        # projections for clinical kinds (with their own preconditions) are added.
        clinic.record("bench.event", _payload(i), actor="dr.martin", subject="BENCH-01",
                      session=session)

    return once, clinic.close


def _floor_side(path: Path) -> tuple[Callable[[int], None], Callable[[], None]]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(FLOOR_SCHEMA)
    session, prev, seq = str(uuid.uuid4()), "0" * 64, 0

    def once(i: int) -> None:
        nonlocal prev, seq
        seq += 1
        payload = json.dumps(_payload(i), sort_keys=True, separators=(",", ":"))
        now = datetime.now(UTC).isoformat()
        digest = hashlib.sha256(payload.encode()).hexdigest()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (seq, str(uuid.uuid4()), "bench.event", payload, "dr.martin", now, now,
                      "ws-bench", "BENCH-01", session, prev, digest))
        conn.execute("COMMIT")
        prev = digest

    return once, conn.close


def _timed(once: Callable[[int], None], start: int, count: int, into: list[float]) -> None:
    for i in range(start, start + count):
        t0 = time.perf_counter_ns()
        once(i)
        into.append((time.perf_counter_ns() - t0) / 1e6)


def run(quick: bool) -> list[Result]:
    n = QUICK_N if quick else N
    with work_dir() as tmp:
        sides = {"app": _app_side(Path(tmp) / "app.sqlite"),
                 "floor": _floor_side(Path(tmp) / "floor.sqlite")}
        times: dict[str, list[float]] = {"app": [], "floor": []}
        try:
            for once, _ in sides.values():
                _timed(once, 0, WARMUP, [])
            for block, start in enumerate(range(0, n, BLOCK)):
                order = ["app", "floor"] if block % 2 == 0 else ["floor", "app"]
                for name in order:
                    _timed(sides[name][0], WARMUP + start, min(BLOCK, n - start), times[name])
        finally:
            for _, close in sides.values():
                close()

    def stats(name: str) -> dict:
        return {"p50": percentile(times[name], 50), "p99": percentile(times[name], 99),
                "max": max(times[name])}

    details = {"n": n, "app": stats("app"), "floor": stats("floor")}
    return [
        Result("journal append+commit p50", "ms", details["app"]["p50"],
               details["floor"]["p50"], details=details),
        Result("journal append+commit p99", "ms", details["app"]["p99"],
               details["floor"]["p99"], target=P99_TARGET, details=details),
    ]
