"""Crash-proof procedure: what the screen showed as saved survives a SIGKILL of the app.

The real application runs as a separate process (procedure_driver.py, offscreen, no display
needed) on a copy of a database at the procedure step. `drive` taps the stamp buttons and prints
each stamp the page shows as saved; it is killed right after the 1st, 3rd or 5th. A second
process (`check`) then reopens the same database: it must come back on the same session's
procedure step with every saved stamp at the same time, the since-needle-in timer recomputed
from the stored time, the journal's chain intact and SQLite's integrity check clean.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from maestro_desktop.cli import main as maestro
from maestro_desktop.domain.procedure import STAMPS

DOCTOR = "dr.martin"  # the investigator of the demo, who taps the stamps
DRIVER = Path(__file__).with_name("procedure_driver.py")
ROOT = Path(__file__).resolve().parents[2]
DRIVE_SECONDS = 25.0        # start, log in, and the stamps up to the kill
CHECK_SECONDS = 20.0        # start, log in, read the page
TIMER_TOLERANCE_SECONDS = 3
# Between the kill and the restart: the since-needle-in clock must then read more than a clock
# counted from the restart could (the restart takes about a second).
DOWN_SECONDS = 4.0


class Child:
    """The driver as a separate process; its stdout lines arrive on a queue with the UTC time
    they were read, its stderr goes to a file shown when something fails."""

    def __init__(self, tmp_path: Path, db: Path, password: str, mode: str) -> None:
        self.mode = mode
        self.stderr_path = tmp_path / f"{mode}.stderr"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("MAESTRO_BENCH", None)
        with self.stderr_path.open("w") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, str(DRIVER), "--db", str(db), "--user", DOCTOR,
                 "--password", password, "--mode", mode],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr, text=True,
                env=env, cwd=ROOT)
        self.lines: queue.Queue[tuple[str, datetime] | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put((line.rstrip("\n"), datetime.now(UTC)))
        self.lines.put(None)

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def fail(self, message: str) -> None:
        self.kill()
        pytest.fail(f"{message}\n--- {self.mode} stdout so far ---\n" + "\n".join(self.seen)
                    + f"\n--- {self.mode} stderr ---\n{self.stderr()}", pytrace=False)

    def next_line(self, deadline: float) -> tuple[str, datetime]:
        """The next stdout line, or fail at the deadline (time.monotonic()) or at its end."""
        try:
            item = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            self.fail(f"no output from {self.mode} in time")
        if item is None:
            self.proc.wait(timeout=5)
            self.fail(f"{self.mode} ended (code {self.proc.returncode}) before its output")
        self.seen.append(item[0])
        return item

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)


def drive_until_killed(tmp_path: Path, db: Path, password: str,
                       kill_after: int) -> tuple[str, dict[str, str]]:
    """Run `drive`, SIGKILL it right after its `kill_after`-th SAVED line: (session, saved)."""
    child = Child(tmp_path, db, password, "drive")
    deadline = time.monotonic() + DRIVE_SECONDS
    session, saved = None, {}
    try:
        while len(saved) < kill_after:
            line, _ = child.next_line(deadline)
            word, *rest = line.split()
            if word == "SESSION":
                session = rest[0]
            elif word == "SAVED":
                saved[rest[0]] = rest[1]
        child.proc.send_signal(signal.SIGKILL)
        child.proc.wait(timeout=10)
    finally:
        child.kill()
    assert child.proc.returncode == -signal.SIGKILL, child.stderr()
    assert session is not None
    return session, saved


def check(tmp_path: Path, db: Path, password: str,
          ) -> tuple[dict[str, str], dict[str, str], datetime, Child]:
    """Run `check` to its end: (its other lines by first word, its STAMP lines by kind, when
    the TIMER line was read, the finished child)."""
    child = Child(tmp_path, db, password, "check")
    deadline = time.monotonic() + CHECK_SECONDS
    found: dict[str, str] = {}
    stamps: dict[str, str] = {}
    try:
        while "TIMER" not in found:
            line, read_at = child.next_line(deadline)
            word, _, rest = line.partition(" ")
            if word == "STAMP":
                kind, iso = rest.split()
                stamps[kind] = iso
            else:
                found[word] = rest
        try:
            child.proc.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.fail("check did not exit after its output")
    finally:
        child.kill()
    if child.proc.returncode != 0:
        child.fail(f"check exited with {child.proc.returncode}")
    return found, stamps, read_at, child


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1, 3, 5])
def test_every_stamp_shown_as_saved_survives_a_kill(at_procedure_step, tmp_path, capsys,
                                                   kill_after):
    prepared, passwords = at_procedure_step
    db = tmp_path / "training.sqlite"
    shutil.copyfile(prepared, db)
    password = passwords[DOCTOR]

    session, saved = drive_until_killed(tmp_path, db, password, kill_after)
    assert list(saved) == list(STAMPS[:kill_after])
    if "needle_in" in saved:
        time.sleep(DOWN_SECONDS)

    found, stored, timer_read_at, child = check(tmp_path, db, password)
    context = f"\n--- check stderr ---\n{child.stderr()}"
    # The same session, back on its procedure step (observation only once lying flat is in).
    assert found["SESSION"] == session, context
    assert found["STEP"] == "procedure" or (
        "lying_flat" in stored and found["STEP"] == "observation"), context
    # Every stamp shown as saved, at the same time; at most the one tapped as the kill came
    # may be there too, and the stamps are in procedure order.
    assert {kind: stored.get(kind) for kind in saved} == saved, context
    assert list(stored) == list(STAMPS[:len(stored)]), context
    assert len(stored) <= kill_after + 1, context

    # The since-needle-in clock is recomputed from the stored time (and stops at needle out).
    timer = found["TIMER"].split()
    assert timer[0] == "since_needle_in", context
    if "needle_in" in stored:
        end = (datetime.fromisoformat(stored["needle_out"]) if "needle_out" in stored
               else timer_read_at)
        expected = (end - datetime.fromisoformat(stored["needle_in"])).total_seconds()
        assert abs(int(timer[1]) - expected) <= TIMER_TOLERANCE_SECONDS, (timer, expected)
    else:
        assert timer[1] == "-", context

    capsys.readouterr()
    assert maestro(["audit", "verify", "--db", str(db)]) == 0
    assert "chain intact" in capsys.readouterr().out
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
