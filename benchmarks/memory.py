"""Idle memory after 1.5 s: the app logged in on its main window vs a bare shown QMainWindow.

Same two programs as the start-up benchmark, with MAESTRO_BENCH=idle (contract in startup.py).
Each child reports its own VmRSS; the parent adds its VmHWM (peak) when the line arrives.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from .common import Result, RunFailed, work_dir
from .startup import alternate, child_env, demo_db, programs, result

REPEATS, QUICK_REPEATS = 3, 1
TARGET = 2.0  # informational: memory is not a release gate


def run(quick: bool) -> list[Result]:
    name = "idle memory (VmRSS)"
    with work_dir() as scratch:
        tmp = Path(scratch)
        env = child_env(tmp, "idle")
        try:
            db = demo_db(tmp, env)
        except (RunFailed, subprocess.TimeoutExpired) as exc:
            return [Result(name, "MB", unavailable=str(exc))]
        runs, failed = alternate(programs(db, "idle"), env, "RSS",
                                 QUICK_REPEATS if quick else REPEATS, warmup=False)
    mb = {side: [int(m.line.split()[1]) / 1024 for m in marks] for side, marks in runs.items()}
    row = result(name, "MB", mb, failed, TARGET, informational=True)
    row.details["peak_mb"] = {side: [m.peak_kb / 1024 if m.peak_kb else None for m in marks]
                              for side, marks in runs.items()}
    return [row]
