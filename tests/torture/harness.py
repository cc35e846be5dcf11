"""Crash torture: scripted bedside work SIGKILLed at random moments, then checked.

    python tests/torture/harness.py --kills 200 [--seed S] [--db-dir DIR] [--rebuild-every N]

Builds a training database once (the demo, its passwords hashed at argon2's lowest cost so the
script's signatures stay cheap), then repeats: start driver.py on it, wait 50-800 ms after its
first acknowledged event (one run in ten is killed at a random moment of its start-up
instead), SIGKILL it, and check the file once the child is dead:

  - reopening it as the app does (Clinic.open, then the open session) works; its duration is
    the recovery time
  - PRAGMA integrity_check is ok and the journal's hash chain (store.journal.verify_chain)
    is intact
  - every event any run acknowledged (`ACK <seq> <id>` read from its stdout) is there with the
    same sequence number, and each run acknowledged its events in order, without a gap
  - the session open on the workstation is the one open at the last acknowledgement (or one
    that events committed after it, not yet acknowledged, opened or closed); the next run
    must report it as resumed (`RESUME`) and its first session event must continue it
  - every N kills and at the end, replaying the journal (projections.rebuild, on an in-memory
    copy) gives exactly the projection tables on disk

After the last kill one more run goes to completion (--max-actions) and everything is checked
again. The figures are printed at the end; the exit code is 1 when any check failed.
tests/torture/test_torture_short.py runs a short version within `make test`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from maestro_desktop.domain.protocol import Protocol
from maestro_desktop.services import accounts, sessions
from maestro_desktop.services.clinic import Clinic
from maestro_desktop.services.demo import build_demo
from maestro_desktop.settings import load_protocol
from maestro_desktop.store import journal, projections

DRIVER = Path(__file__).with_name("driver.py")
ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "torture.sqlite"
FIRST_ACK_SECONDS = 30.0       # start-up and the first login, on a slow machine
FINAL_RUN_SECONDS = 60.0
KILL_AFTER_FIRST_ACK = (0.05, 0.8)
EARLY_KILL_SHARE = 0.1         # runs killed during start-up (import, open, migration, login)
EARLY_KILL_WITHIN = 0.6
FINAL_ACTIONS = 30
CLOSING = ("session.closed", "session.signed")
NO_SESSION = "-"
WAL_HEADER, WAL_FRAME_HEADER = 32, 24


@dataclass
class Figures:
    seed: int = 0
    kills: int = 0
    early_kills: int = 0
    acknowledged: int = 0          # distinct events acknowledged by the driver runs
    found: int = 0                 # of those, present with the same seq at the last check
    lost: set[str] = field(default_factory=set)
    integrity_failures: int = 0
    chain_failures: int = 0
    ack_order_failures: int = 0
    resumes_checked: int = 0       # runs that found a session open and continued it
    resume_failures: int = 0
    projection_checks: int = 0
    projection_failures: int = 0
    driver_failures: int = 0
    kills_in_call: int = 0         # killed between CALL and the call's ACK/STATE lines
    in_call_committed: int = 0     # ... whose commit was on disk nonetheless
    unacknowledged_commits: int = 0  # events committed, the kill came before their ACK
    kills_with_wal: int = 0        # a non-empty -wal file left for the reopen to recover
    kills_mid_commit: int = 0      # ... ending with frames of a commit not finished
    recovery_ms: list[float] = field(default_factory=list)
    chain_events: int = 0
    sessions_signed: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.integrity_failures or self.chain_failures
                    or self.ack_order_failures or self.resume_failures
                    or self.projection_failures or self.driver_failures or self.problems)

    def report(self) -> str:
        mean = sum(self.recovery_ms) / len(self.recovery_ms) if self.recovery_ms else 0.0
        worst = max(self.recovery_ms, default=0.0)
        rolled_back = self.kills_in_call - self.in_call_committed
        lines = [
            f"crash torture: {self.kills} kills ({self.early_kills} during start-up) in "
            f"{self.seconds:.1f} s, seed {self.seed}",
            f"  acknowledged events       {self.acknowledged}",
            f"  found after the kills     {self.found}",
            f"  lost                      {len(self.lost)}",
            f"  integrity failures        {self.integrity_failures}",
            f"  chain failures            {self.chain_failures}"
            f"   (chain of {self.chain_events} events at the end)",
            f"  ack order failures        {self.ack_order_failures}",
            f"  resume failures           {self.resume_failures}"
            f"   ({self.resumes_checked} open sessions resumed and continued)",
            f"  projection mismatches     {self.projection_failures}"
            f"   ({self.projection_checks} full replays compared)",
            f"  driver failures           {self.driver_failures}",
            f"  kills during a call       {self.kills_in_call}"
            f"   (rolled back {rolled_back}, committed but not yet acknowledged "
            f"{self.in_call_committed})",
            f"  unacknowledged commits    {self.unacknowledged_commits} events"
            " (on disk, present, killed before their ACK)",
            f"  kills leaving a -wal      {self.kills_with_wal}"
            f"   (cut in the middle of writing a commit: {self.kills_mid_commit})",
            f"  recovery (reopen) ms      mean {mean:.1f}, max {worst:.1f}",
            f"  sessions signed           {self.sessions_signed}",
            f"  result                    {'PASS' if self.ok else 'FAIL'}",
        ]
        lines += [f"  problem: {problem}" for problem in self.problems[:20]]
        return "\n".join(lines)


def make_demo(path: Path) -> dict[str, str]:
    """The training database, its passwords hashed cheaply; they are written beside it."""
    from argon2 import PasswordHasher, Type

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID)
    real = accounts._hasher  # noqa: SLF001 - the cheap-argon2 fixture's swap, done by hand
    accounts._hasher = lambda: cheap  # noqa: SLF001
    try:
        clinic = Clinic.open(path, training=True)
        try:
            passwords = build_demo(clinic).passwords
        finally:
            clinic.close()
    finally:
        accounts._hasher = real  # noqa: SLF001
    secrets = Path(f"{path}.passwords.json")
    secrets.write_text(json.dumps(passwords))
    secrets.chmod(0o600)
    return passwords


class Run:
    """One driver process; its complete stdout lines are collected by a thread."""

    def __init__(self, db: Path, seed: int, stderr_path: Path,
                 max_actions: int | None = None) -> None:
        self.stderr_path = stderr_path
        command = [sys.executable, str(DRIVER), "--db", str(db), "--seed", str(seed)]
        if max_actions is not None:
            command += ["--max-actions", str(max_actions)]
        with stderr_path.open("w") as stderr:
            self.proc = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.PIPE, stderr=stderr, text=True,
                                         cwd=ROOT)
        self.lines: list[str] = []
        self.first_ack = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if not line.endswith("\n"):
                break                       # cut by the kill: never acknowledged
            self.lines.append(line.rstrip("\n"))
            if line.startswith("ACK "):
                self.first_ack.set()
        self.first_ack.set()                # ended: nobody waits any longer

    def kill(self) -> bool:
        """SIGKILL; False when the process had already ended on its own."""
        alive = self.proc.poll() is None
        if alive:
            self.proc.send_signal(signal.SIGKILL)
        self.finish(10.0)
        return alive

    def finish(self, timeout: float) -> None:
        self.proc.wait(timeout=timeout)
        self.reader.join(timeout=10.0)

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")


@dataclass
class Parsed:
    resume: str | None = None                  # None: killed before it said
    acks: list[tuple[int, str]] = field(default_factory=list)
    state: str | None = None                   # open session after its last call
    in_call: bool = False
    done: bool = False


def parse(lines: list[str]) -> Parsed:
    parsed = Parsed()
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "RESUME":
            parsed.resume = rest
        elif word == "CALL":
            parsed.in_call = True
        elif word == "ACK":
            seq, event_id = rest.split()
            parsed.acks.append((int(seq), event_id))
        elif word == "STATE":
            parsed.state, parsed.in_call = rest, False
        elif word == "DONE":
            parsed.done = True
    return parsed


def uncommitted_wal_frames(wal: Path) -> int:
    """Frames of the WAL's current generation after its last commit frame: a commit the kill
    cut while SQLite was writing it (the reopen ignores them). Checksums are not verified; the
    salts tell the current generation from older frames left further on in the file."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return 0
    if len(data) < WAL_HEADER:
        return 0
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    tail = 0
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + page_size <= len(data):
        header = data[offset:offset + WAL_FRAME_HEADER]
        if header[8:16] != salts:
            break
        committed_size = struct.unpack(">I", header[4:8])[0]
        tail = 0 if committed_size else tail + 1
        offset += WAL_FRAME_HEADER + page_size
    return tail


def snapshot(db) -> dict[str, list[tuple]]:  # noqa: ANN001 - sqlite_utils.Database
    return {table: sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in projections.PROJECTION_TABLES}


def replay_matches(clinic: Clinic) -> bool:
    """projections.rebuild on an in-memory copy reproduces the projection tables on disk."""
    from sqlite_utils import Database

    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        clinic.db.conn.backup(memory)
        copy = Database(memory)
        before = snapshot(copy)
        projections.rebuild(copy)
        return snapshot(copy) == before
    finally:
        memory.close()


class Torture:
    def __init__(self, db: Path, seed: int, rebuild_every: int,
                 say: Callable[[str], None]) -> None:
        self.db, self.say = db, say
        self.rng = random.Random(seed)
        self.rebuild_every = rebuild_every
        self.protocol: Protocol = load_protocol()
        self.figures = Figures(seed=seed)
        self.acked: dict[str, int] = {}        # event id -> seq, every run's ACKs
        self.head = 0                          # journal head at the previous check
        self.unacked_from = 0                  # the last seq the latest run acknowledged
        self.expected_resume = NO_SESSION      # what the next run must report as resumed
        self.pending_continue: str | None = None   # resumed, continuation not yet seen
        clinic = Clinic.open(db, protocol=self.protocol, create=False)
        try:
            self.head = self.unacked_from = journal.head(clinic.db)[0]
            current = sessions.open_on_workstation(clinic)
            self.expected_resume = current.id if current else NO_SESSION
        finally:
            clinic.close()

    def problem(self, text: str) -> None:
        self.figures.problems.append(text)
        self.say(f"  ! {text}")

    # --- one kill ------------------------------------------------------------------------

    def kill_once(self, index: int) -> None:
        stderr_path = self.db.with_name(f"driver-{index}.stderr")
        run = Run(self.db, self.rng.randrange(2**31), stderr_path)
        early = self.rng.random() < EARLY_KILL_SHARE
        if early:
            time.sleep(self.rng.uniform(0.0, EARLY_KILL_WITHIN))
            self.figures.early_kills += 1
        else:
            if not run.first_ack.wait(FIRST_ACK_SECONDS):
                self.problem(f"kill {index}: no ACK within {FIRST_ACK_SECONDS:g} s")
            time.sleep(self.rng.uniform(*KILL_AFTER_FIRST_ACK))
        if not run.kill():
            self.figures.driver_failures += 1
            self.problem(f"kill {index}: the driver ended by itself (code "
                         f"{run.proc.returncode}): {run.stderr()[-2000:]}")
        self.figures.kills += 1
        if stderr_path.exists() and not stderr_path.read_text().strip():
            stderr_path.unlink()
        self.check(f"kill {index}", parse(run.lines))

    def final_run(self) -> None:
        stderr_path = self.db.with_name("driver-final.stderr")
        run = Run(self.db, self.rng.randrange(2**31), stderr_path, max_actions=FINAL_ACTIONS)
        try:
            run.finish(FINAL_RUN_SECONDS)
        except subprocess.TimeoutExpired:
            run.kill()
            self.problem("final run: did not finish in time")
        parsed = parse(run.lines)
        if run.proc.returncode != 0 or not parsed.done:
            self.figures.driver_failures += 1
            self.problem(f"final run: code {run.proc.returncode}, DONE "
                         f"{'seen' if parsed.done else 'missing'}: {run.stderr()[-2000:]}")
        self.check("final run", parsed)

    # --- the checks ----------------------------------------------------------------------

    def check(self, name: str, parsed: Parsed) -> None:
        figures = self.figures
        wal = Path(f"{self.db}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            figures.kills_with_wal += 1
            figures.kills_mid_commit += uncommitted_wal_frames(wal) > 0
        started = time.perf_counter()
        clinic = Clinic.open(self.db, protocol=self.protocol, create=False)
        try:
            current = sessions.open_on_workstation(clinic)
            figures.recovery_ms.append((time.perf_counter() - started) * 1000)
            self.check_file(name, clinic)
            self.check_acks(name, clinic, parsed)
            self.check_resume(name, clinic, parsed, current.id if current else NO_SESSION)
            if parsed.in_call and name != "final run":
                figures.kills_in_call += 1
            index = figures.kills
            if self.rebuild_every and (index % self.rebuild_every == 0 or name == "final run"):
                figures.projection_checks += 1
                if not replay_matches(clinic):
                    figures.projection_failures += 1
                    self.problem(f"{name}: replaying the journal gives other projections")
            figures.chain_events = journal.head(clinic.db)[0]
            figures.sessions_signed = clinic.db.execute(
                "SELECT count(*) FROM sessions WHERE status = 'performed'").fetchone()[0]
        finally:
            clinic.close()

    def check_file(self, name: str, clinic: Clinic) -> None:
        result = clinic.db.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            self.figures.integrity_failures += 1
            self.problem(f"{name}: integrity check: {result[:5]}")
        report = journal.verify_chain(clinic.db)
        if not report.ok:
            self.figures.chain_failures += 1
            self.problem(f"{name}: chain: {report.message}")

    def check_acks(self, name: str, clinic: Clinic, parsed: Parsed) -> None:
        figures = self.figures
        head = journal.head(clinic.db)[0]
        seqs = [seq for seq, _ in parsed.acks]
        if seqs != list(range(self.head + 1, self.head + 1 + len(seqs))):
            figures.ack_order_failures += 1
            self.problem(f"{name}: acknowledged seqs {seqs[:3]}...{seqs[-3:]} do not follow "
                         f"the journal head {self.head} without a gap")
        for seq, event_id in parsed.acks:
            self.acked[event_id] = seq
        last_ack = max(seqs, default=self.head)
        figures.unacknowledged_commits += max(0, head - last_ack)
        if parsed.in_call and head > last_ack and name != "final run":
            figures.in_call_committed += 1
        stored = dict(clinic.db.execute("SELECT id, seq FROM journal"))
        missing = {i for i, seq in self.acked.items() if stored.get(i) != seq}
        if missing - figures.lost:
            self.problem(f"{name}: {len(missing - figures.lost)} acknowledged events missing "
                         f"or moved, e.g. {sorted(missing - figures.lost)[:3]}")
        figures.lost |= missing
        figures.acknowledged = len(self.acked)
        figures.found = len(self.acked) - len(missing)
        self.unacked_from = last_ack
        self.head = head

    def check_resume(self, name: str, clinic: Clinic, parsed: Parsed, current: str) -> None:
        figures = self.figures
        # What this run said it resumed, and that its first session event continued it.
        if parsed.resume is not None:
            if parsed.resume != self.expected_resume:
                figures.resume_failures += 1
                self.problem(f"{name}: resumed {parsed.resume}, expected {self.expected_resume}")
            self.pending_continue = parsed.resume if parsed.resume != NO_SESSION else None
        if self.pending_continue is not None and parsed.acks:
            ids = [event_id for _, event_id in parsed.acks]
            marks = ",".join("?" * len(ids))
            first = clinic.db.execute(
                f"SELECT session FROM journal WHERE id IN ({marks}) AND session IS NOT NULL "
                "ORDER BY seq LIMIT 1", ids).fetchone()
            if first is not None:
                if first[0] == self.pending_continue:
                    figures.resumes_checked += 1
                else:
                    figures.resume_failures += 1
                    self.problem(f"{name}: resumed {self.pending_continue} but went on with "
                                 f"session {first[0]}")
                self.pending_continue = None
        # The session open now is the one open at the last ACK, unless events committed after
        # it (not acknowledged) opened or closed one.
        expected = parsed.state or parsed.resume or self.expected_resume
        unacked = list(journal.events(clinic.db, after_seq=self.unacked_from))
        allowed = {expected} | {e.session for e in unacked if e.kind == "session.opened"}
        if any(e.kind in CLOSING and e.session == expected for e in unacked):
            allowed.add(NO_SESSION)
        if current not in allowed:
            figures.resume_failures += 1
            self.problem(f"{name}: open session after the kill is {current}, expected "
                         f"{' or '.join(sorted(allowed))}")
        self.expected_resume = current


def run(kills: int, *, seed: int, db_dir: Path, rebuild_every: int = 10,
        say: Callable[[str], None] = print) -> Figures:
    """Build the demo in `db_dir`, kill the driver `kills` times, check, return the figures."""
    db = db_dir / DB_NAME
    if db.exists():
        raise SystemExit(f"{db} already exists: give an empty --db-dir")
    started = time.perf_counter()
    make_demo(db)
    torture = Torture(db, seed, rebuild_every, say)
    for index in range(1, kills + 1):
        torture.kill_once(index)
        if index % 20 == 0:
            say(f"  {index} kills, {len(torture.acked)} events acknowledged, "
                f"{len(torture.figures.problems)} problems")
    torture.final_run()
    torture.figures.seconds = time.perf_counter() - started
    return torture.figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="default: a random one, shown")
    parser.add_argument("--db-dir", type=Path, default=None,
                        help="where the database is made and kept (default: a temporary "
                             "folder, removed when every check passed)")
    parser.add_argument("--rebuild-every", type=int, default=10,
                        help="compare a full journal replay every N kills and at the end "
                             "(0: never)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    folder = args.db_dir or Path(tempfile.mkdtemp(prefix="maestro-torture-"))
    folder.mkdir(parents=True, exist_ok=True)
    figures = run(args.kills, seed=seed, db_dir=folder, rebuild_every=args.rebuild_every)
    print(figures.report())
    if args.db_dir is None:
        if figures.ok:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"database kept for inspection: {folder / DB_NAME}")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    os.environ.pop("MAESTRO_BENCH", None)
    sys.exit(main())
