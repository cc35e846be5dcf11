"""Sync push: a workstation's whole journal sent to a real PostgreSQL central store, against a
floor that inserts the same rows in the same batches into a bare table (no triggers, no
row-level security, no hash confirmation) on the same server.

The server is MAESTRO_BENCH_PG (an administrator's address; default the local test server,
host=127.0.0.1 port=5432 user=postgres sslmode=disable). A database is created and dropped.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

from .common import Result, work_dir

N, QUICK_N = 20_000, 3_000
BATCH = 500
TARGET = 3.0   # informational: what the checks (chain trigger, RLS, confirmation) cost

FLOOR_SCHEMA = """CREATE TABLE floor_journal (
    id text PRIMARY KEY, workstation text, seq bigint, kind text, payload text, actor text,
    clinical_time text, recorded_time text, subject text, session text, prev_hash text,
    hash text)"""


def _admin(dbname: str) -> str:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(os.environ.get(
        "MAESTRO_BENCH_PG", "host=127.0.0.1 port=5432 user=postgres sslmode=disable"))
    return make_conninfo(**{**params, "dbname": dbname})


def _workstation(path: Path, n: int):  # noqa: ANN202 - Clinic
    from maestro_desktop.services.clinic import Clinic
    from maestro_desktop.settings import load_protocol
    from maestro_desktop.store.database import open_store

    clinic = Clinic(open_store(path), load_protocol())
    with clinic.transaction():
        for i in range(n):
            clinic.record("bench.event", {"i": i, "systolic": 110 + i % 30, "note": "bench"},
                          actor="dr.martin", subject="01-001", session="S-bench")
    return clinic


def run(quick: bool) -> list[Result]:
    import psycopg
    from psycopg import sql

    from maestro_desktop.services import sync
    from maestro_desktop.store import journal
    from maestro_desktop.sync.central import EVENT_COLUMNS, Central
    from maestro_desktop.sync.schema import init_central

    n = QUICK_N if quick else N
    token = secrets.token_hex(4)
    dbname, prefix = f"maestro_bench_{token}", f"mb{token}"
    root = psycopg.connect(_admin("postgres"), autocommit=True)
    root.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(dbname)))
    try:
        with work_dir() as tmp:
            clinic = _workstation(Path(tmp) / "ws.sqlite", n)
            try:
                init_central(_admin(dbname), prefix=prefix, allow_insecure=True)
                login = f"{prefix}_ws"
                with psycopg.connect(_admin(dbname), autocommit=True) as conn:
                    conn.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                        sql.Identifier(login), sql.Identifier(f"{prefix}_workstation")))
                    conn.execute("INSERT INTO workstations VALUES (%s, %s, '01')",
                                 [login, clinic.store.workstation])
                    conn.execute(FLOOR_SCHEMA)
                    events = list(journal.events(clinic.db))
                    rows = [[getattr(e, c) for c in EVENT_COLUMNS] for e in events]
                    marks = ", ".join(["%s"] * len(EVENT_COLUMNS))
                    start = time.perf_counter()
                    for i in range(0, len(rows), BATCH):
                        with conn.transaction(), conn.cursor() as cur:
                            cur.executemany(f"INSERT INTO floor_journal VALUES ({marks})",
                                            rows[i:i + BATCH])
                    floor = time.perf_counter() - start
                start = time.perf_counter()
                with Central.open(_admin(dbname).replace("user=postgres", f"user={login}"),
                                  allow_insecure=True) as central:
                    report = sync.sync_once(sync.run_direct(clinic), central, batch_size=BATCH)
                app = time.perf_counter() - start
            finally:
                clinic.close()
    finally:
        root.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = %s AND pid <> pg_backend_pid()", [dbname])
        root.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(dbname)))
        for (name,) in root.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                    [f"{prefix}\\_%"]).fetchall():
            root.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
        root.close()
    details = {"events": report.pushed, "batch": BATCH, "app_s": app, "floor_s": floor,
               "app_events_per_s": report.pushed / app}
    return [Result(f"sync push of {n} events (total)", "ms", app * 1000, floor * 1000,
                   target=TARGET, informational=True, details=details)]
