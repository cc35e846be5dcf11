"""`python -m benchmarks [--quick] [--only NAME]`: run, print the table, write results JSON."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable

from . import journal, memory, resume, scan, sheet, startup, sync_push
from .common import RESULTS_DIR, Result, print_table, write_json

BENCHMARKS: dict[str, tuple[str, Callable[[bool], list[Result]]]] = {
    "journal": ("journal append+commit", journal.run),
    "startup": ("cold start to window shown", startup.run),
    "resume": ("resume of an open session", resume.run),
    "memory": ("idle memory (VmRSS)", memory.run),
    "scan": ("vial scan to verdict", scan.run),
    "sheet": ("procedure sheet PDF", sheet.run),
    "sync": ("sync push to PostgreSQL", sync_push.run),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer iterations (smoke run)")
    parser.add_argument("--only", action="append", choices=list(BENCHMARKS), metavar="NAME",
                        help=f"run only this one (repeatable): {', '.join(BENCHMARKS)}")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when a non-informational target is missed")
    args = parser.parse_args(argv)

    results: list[Result] = []
    for key in args.only or BENCHMARKS:
        label, run = BENCHMARKS[key]
        print(f"running {key}...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            results += run(args.quick)
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            results.append(Result(label, "", unavailable=f"{type(exc).__name__}: {exc}"))
        print(f"  {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)

    print_table(results)
    out = RESULTS_DIR / "latest.json"
    write_json(results, out, quick=args.quick)
    print(f"\nwritten to {out}")
    missed = [r.name for r in results if r.missed and not r.informational]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
