"""Cold start to first window shown: the app's login window vs a bare QApplication+QMainWindow.

Both are fresh subprocesses timed by this process from Popen to their `SHOWN` line, so Python
start-up, imports and Qt initialisation count the same way on both sides.

Contract with the app (maestro_desktop.gui.app), through the MAESTRO_BENCH variable:
  shown: once the first window has painted, print a line `SHOWN`, flush, exit with code 0.
  ready: once painted, the database open, the login form accepting input and the session left
         open on this workstation located, print `READY <session id|none>` (resume.py).
  login: from there, log in with MAESTRO_BENCH_LOGIN=user:password and print `LOGIN <ms>
         <session id>`, the time from pressing Log in to the session on screen (resume.py).
  idle:  log in through the real form with MAESTRO_BENCH_LOGIN=user:password, open the main
         window on the open session (if any), after 1.5 s idle print `RSS <kB>` (VmRSS of
         /proc/self/status), exit with code 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .common import RESULTS_DIR, Marked, Result, RunFailed, median, run_until_marker, work_dir

REPEATS, QUICK_REPEATS = 7, 3
TARGET = 1.3

# The floor: the least any Qt window costs. The SHOWN figure it prints is informational (since
# its own start); the parent's clock is what gets compared.
FLOOR_SCRIPT = """
import sys, time
T0 = time.perf_counter_ns()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def rss_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

def shown():
    print(f"SHOWN {(time.perf_counter_ns() - T0) / 1e6:.1f}", flush=True)
    app.quit()

def idle():
    print(f"RSS {rss_kb()}", flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1024, 768)
window.show()
QTimer.singleShot(0, shown) if sys.argv[1] == "shown" else QTimer.singleShot(1500, idle)
sys.exit(app.exec())
"""


def programs(db: Path, mode: str) -> dict[str, list[str]]:
    return {"app": [sys.executable, "-m", "maestro_desktop", "--db", str(db)],
            "floor": [sys.executable, "-c", FLOOR_SCRIPT, mode]}


def child_env(tmp: Path, mode: str) -> dict[str, str]:
    """Offscreen, unbuffered, and XDG homes in the scratch dir: the user's own settings
    (language, window geometry) must neither slow nor change the run, nor be touched.

    Compiled bytecode is kept (under benchmarks/results/pycache, for app and floor alike) even
    where the shell sets PYTHONDONTWRITEBYTECODE: an installed app starts from its .pyc files,
    and compiling every module from source on each start would time the compiler."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1",
               MAESTRO_BENCH=mode, PYTHONPYCACHEPREFIX=str(RESULTS_DIR / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp / name.lower())
    return env


def demo_db(tmp: Path, env: dict[str, str]) -> Path:
    """A training database (`maestro demo`), so the app opens on its login window.

    The investigator's printed password goes into env as MAESTRO_BENCH_LOGIN for the idle run.
    """
    path = tmp / "demo.sqlite"
    done = subprocess.run([sys.executable, "-m", "maestro_desktop.cli", "demo", "--db", str(path)],
                          env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120)
    if done.returncode != 0:
        raise RunFailed(f"maestro demo failed: {(done.stderr or done.stdout).strip()[-200:]}")
    accounts = dict(line.split() for line in done.stdout.splitlines()
                    if line.startswith("  ") and len(line.split()) == 2)
    env["MAESTRO_BENCH_LOGIN"] = f"dr.martin:{accounts.get('dr.martin', '')}"
    return path


def alternate(cmds: dict[str, list[str]], env: dict[str, str], marker: str | dict[str, str],
              repeats: int, warmup: bool,
              check: Callable[[str, Marked], None] | None = None,
              ) -> tuple[dict[str, list[Marked]], dict[str, str]]:
    """Run each program `repeats` times, alternating which goes first. A program that breaks
    its contract once is dropped (with the reason) instead of costing a timeout per repeat.

    `marker` may differ per program ({name: marker}); `check(name, marked)` may raise RunFailed
    when the marker line does not say what it should."""
    runs: dict[str, list[Marked]] = {name: [] for name in cmds}
    failed: dict[str, str] = {}
    for i in range(-1 if warmup else 0, repeats):
        for name in (list(cmds) if i % 2 == 0 else list(reversed(cmds))):
            if name in failed:
                continue
            try:
                marked = run_until_marker(cmds[name], env,
                                          marker if isinstance(marker, str) else marker[name])
                if check is not None:
                    check(name, marked)
            except RunFailed as exc:
                failed[name] = str(exc)
                continue
            if i >= 0:
                runs[name].append(marked)
    return runs, failed


def result(name: str, unit: str, values: dict[str, list[float]], failed: dict[str, str],
           target: float, informational: bool = False) -> Result:
    floor = median(values["floor"]) if values["floor"] else None
    row = Result(name, unit, floor=floor, target=target, informational=informational,
                 details={"runs": values})
    if "floor" in failed:
        row.unavailable = f"floor failed: {failed['floor']}"
    elif "app" in failed:
        row.unavailable = failed["app"]
    else:
        row.measured = median(values["app"])
    return row


def run(quick: bool) -> list[Result]:
    name = "cold start to window shown"
    with work_dir() as scratch:
        tmp = Path(scratch)
        env = child_env(tmp, "shown")
        try:
            db = demo_db(tmp, env)
        except (RunFailed, subprocess.TimeoutExpired) as exc:
            return [Result(name, "ms", unavailable=str(exc))]
        runs, failed = alternate(programs(db, "shown"), env, "SHOWN",
                                 QUICK_REPEATS if quick else REPEATS, warmup=True)
    ms = {side: [m.seconds * 1000 for m in marks] for side, marks in runs.items()}
    return [result(name, "ms", ms, failed, TARGET)]
