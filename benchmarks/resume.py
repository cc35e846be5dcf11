"""Resume of an open session after a restart, on a journal of 100 000 and 1 000 000 events.

start to ready: cold start of the real app (`python -m maestro_desktop --db ...`) until it is
ready to resume, timed by this process from Popen to the app's `READY <session id>` line, vs
the bare-window floor of startup.py (same script, same environment, alternated with it).
Ready to resume (MAESTRO_BENCH=ready, gui/bench_idle.py) means: the window has painted, the
database is open, the login form accepts input, and the session left open on this workstation
has been located (sessions.open_on_workstation). The id printed must be the session left open.

login to open session on screen (informational): from pressing Log in on the real form to the
reopened session's page being current with no database call pending, timed inside the app
(MAESTRO_BENCH=login). It includes the deliberate argon2id password check, so its floor is that
check alone: argon2-cffi verifying the same account's hash with the same parameters, here.

The databases come from bigdb.py and are cached under benchmarks/results/bigdb/; each run
opens a copy (the app writes to the file it opens). Quick mode: 100 000 events only.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from . import bigdb
from .common import Marked, Result, RunFailed, median, run_until_marker, work_dir
from .startup import FLOOR_SCRIPT, alternate, child_env, result

SIZES, QUICK_SIZES = (100_000, 1_000_000), (100_000,)
REPEATS, QUICK_REPEATS = 5, 3
LOGINS, QUICK_LOGINS = 3, 1
ARGON2_PER_LOGIN = 3
TARGET = 1.3
USER = "dr.martin"


def run(quick: bool) -> list[Result]:
    rows: list[Result] = []
    for events in QUICK_SIZES if quick else SIZES:
        rows += _one_size(events, quick)
    return rows


def _one_size(events: int, quick: bool) -> list[Result]:
    label = f"{events:,}".replace(",", " ")
    ready_name = f"resume, {label} events (start to ready)"
    login_name = f"login to open session on screen, {label} events (argon2id incl.)"
    try:
        built = bigdb.cached(events)
    except Exception as exc:  # noqa: BLE001 - the other size still runs; reported in the rows
        why = f"building the database failed: {type(exc).__name__}: {exc}"
        return [Result(ready_name, "ms", unavailable=why), Result(login_name, "ms",
                                                                  unavailable=why)]
    with work_dir() as scratch:
        tmp = Path(scratch)
        db = tmp / "resume.sqlite"
        shutil.copyfile(built.path, db)
        return [_ready(ready_name, db, tmp, built, quick),
                _login(login_name, db, tmp, built, quick)]


def _app(db: Path) -> list[str]:
    return [sys.executable, "-m", "maestro_desktop", "--db", str(db)]


def _expect_session(built: bigdb.Built):  # noqa: ANN202 - a check for alternate()
    """The app's line must end with the id of the session left open (not `none`)."""
    def check(name: str, marked: Marked) -> None:
        if name == "app" and marked.line.split()[-1] != built.session:
            raise RunFailed(f"the app did not reach the open session {built.session}: "
                            f"{marked.line!r}")
    return check


def _ready(name: str, db: Path, tmp: Path, built: bigdb.Built, quick: bool) -> Result:
    env = child_env(tmp, "ready")
    cmds = {"app": _app(db), "floor": [sys.executable, "-c", FLOOR_SCRIPT, "shown"]}
    runs, failed = alternate(cmds, env, {"app": "READY", "floor": "SHOWN"},
                             QUICK_REPEATS if quick else REPEATS, warmup=True,
                             check=_expect_session(built))
    ms = {side: [m.seconds * 1000 for m in marks] for side, marks in runs.items()}
    row = result(name, "ms", ms, failed, TARGET)
    row.details.update(events=built.events, floor="bare QApplication+QMainWindow shown")
    return row


def _login(name: str, db: Path, tmp: Path, built: bigdb.Built, quick: bool) -> Result:
    row = Result(name, "ms", informational=True,
                 details={"events": built.events, "floor": "argon2id verify alone"})
    env = child_env(tmp, "login")
    env["MAESTRO_BENCH_LOGIN"] = f"{USER}:{built.passwords[USER]}"
    inside: list[float] = []
    argon2: list[float] = []
    try:
        verify = _argon2_verify(db, built.passwords[USER])
        for _ in range(QUICK_LOGINS if quick else LOGINS):
            # Alternated with the logins, so both see the same load on the machine.
            argon2 += [verify() for _ in range(ARGON2_PER_LOGIN)]
            marked = run_until_marker(_app(db), env, "LOGIN", timeout=60.0)
            _expect_session(built)("app", marked)
            inside.append(float(marked.line.split()[1]))
    except RunFailed as exc:
        row.unavailable = str(exc)
        return row
    row.measured, row.floor = median(inside), median(argon2)
    row.details["runs"] = {"app": inside, "floor": argon2}
    return row


def _argon2_verify(db: Path, password: str) -> Callable[[], float]:
    """The deliberate cost, timed in ms: argon2-cffi verifying the account's stored hash (its
    cost parameters come from the hash itself, as in services.accounts)."""
    from argon2 import PasswordHasher

    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        (stored,) = conn.execute("SELECT password_hash FROM accounts WHERE username = ?",
                                 [USER]).fetchone()
    hasher = PasswordHasher()

    def verify() -> float:
        started = time.perf_counter()
        hasher.verify(stored, password)
        return (time.perf_counter() - started) * 1000
    return verify
