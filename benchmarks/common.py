"""Shared helpers: percentiles, /proc memory readings, child processes, the result table, JSON.

Every figure is a ratio to a floor measured in the same run on the same machine, so a slow disk
or a busy CI runner moves both sides and the verdict stays meaningful.
"""

from __future__ import annotations

import json
import os
import platform
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def percentile(values: list[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: list[float]) -> float:
    return statistics.median(values)


def proc_memory_kb(pid: int | str = "self") -> dict[str, int]:
    """VmHWM (peak) and VmRSS (current) in kB from /proc/<pid>/status; empty if unreadable."""
    found: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    found[key] = int(value.split()[0])
    except OSError:
        pass
    return found


def work_dir() -> tempfile.TemporaryDirectory:
    """Scratch space under benchmarks/results: /tmp may be tmpfs, where fsync costs nothing."""
    RESULTS_DIR.mkdir(exist_ok=True)
    return tempfile.TemporaryDirectory(prefix="run-", dir=RESULTS_DIR)


class RunFailed(Exception):
    """A child process did not keep its side of the contract; the message says how."""


@dataclass
class Marked:
    seconds: float          # from Popen to the marker line, measured by the parent
    line: str               # the marker line itself
    peak_kb: int | None     # child's VmHWM read when the marker arrived (best effort)


def run_until_marker(cmd: list[str], env: dict[str, str], marker: str,
                     timeout: float = 30.0) -> Marked:
    """Start `cmd`, wait for a stdout line starting with `marker`, then for a clean exit."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=stderr, env=env)
        try:
            found = _read_marker(proc, marker, start, start + timeout)
            if found is None:
                raise RunFailed(_why_no_marker(proc, marker, timeout, stderr))
            elapsed, line = found
            peak = proc_memory_kb(proc.pid).get("VmHWM")
            code = proc.wait(timeout=max(1.0, start + timeout - time.perf_counter()))
            if code != 0:
                raise RunFailed(f"printed {marker} but exited with code {code}"
                                f"{_last_line(stderr)}")
            return Marked(elapsed, line, peak)
        except subprocess.TimeoutExpired:
            raise RunFailed(f"printed {marker} but did not exit within {timeout:.0f} s") from None
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()


def _read_marker(proc: subprocess.Popen, marker: str, start: float,
                 deadline: float) -> tuple[float, str] | None:
    buffer = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while (left := deadline - time.perf_counter()) > 0:
            if not sel.select(left):
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            now = time.perf_counter()
            if not chunk:
                return None  # EOF: the child closed stdout (exited) without the marker
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for raw in lines:
                line = raw.decode(errors="replace").strip()
                if line.split(" ", 1)[0] == marker:
                    return now - start, line
    return None


def _why_no_marker(proc: subprocess.Popen, marker: str, timeout: float, stderr) -> str:
    try:  # after EOF the child may not be reaped yet
        code = proc.wait(timeout=1)
    except subprocess.TimeoutExpired:
        code = None
    if code is None:
        return (f"no {marker} line within {timeout:.0f} s "
                f"(does the app honour MAESTRO_BENCH?){_last_line(stderr)}")
    return f"exited with code {code} before printing {marker}{_last_line(stderr)}"


def _last_line(stderr) -> str:
    stderr.seek(0)
    lines = [x for x in stderr.read().decode(errors="replace").splitlines() if x.strip()]
    return f": {lines[-1].strip()[:160]}" if lines else ""


@dataclass
class Result:
    name: str
    unit: str                       # "ms" or "MB"
    measured: float | None = None
    floor: float | None = None
    target: float | None = None     # maximum ratio; None = reported only
    informational: bool = False     # a miss is shown but never fails --strict
    absolute: bool = False          # the target is a maximum of `measured` (in `unit`) instead
    unavailable: str | None = None  # why there is no figure
    details: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.measured is None or not self.floor:
            return None
        return self.measured / self.floor

    @property
    def missed(self) -> bool:
        value = self.measured if self.absolute else self.ratio
        return self.target is not None and value is not None and value > self.target


def _cells(r: Result) -> tuple[str, ...]:
    if r.unavailable:
        floor = f" (floor {r.floor:.2f} {r.unit})" if r.floor is not None else ""
        return r.name, f"unavailable: {r.unavailable}{floor}"
    target = "-"
    if r.target is not None:
        target = f"<= {r.target:.1f} {r.unit + ' ' if r.absolute else ''}"
        target += "MISSED" if r.missed else "ok"
        target += " (info)" if r.informational else ""
    return (r.name, f"{r.measured:.2f} {r.unit}", f"{r.floor:.2f} {r.unit}",
            f"{r.ratio:.2f}", target)


def print_table(results: list[Result]) -> None:
    rows = [("name", "measured", "floor", "ratio", "target"), *map(_cells, results)]
    # An "unavailable" row has two cells and does not widen the columns of the others.
    widths = [max(len(row[i]) for row in rows if len(row) > i and (i == 0 or len(row) == 5))
              for i in range(5)]
    for row in rows:
        print(" | ".join(f"{cell:<{w}}" for cell, w in zip(row, widths, strict=False)).rstrip())


def write_json(results: list[Result], path: Path, **meta: object) -> None:
    payload = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "host": platform.node(), "platform": platform.platform(), "python": sys.version.split()[0],
        **meta,
        "results": [{**asdict(r), "ratio": r.ratio, "missed": r.missed} for r in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
