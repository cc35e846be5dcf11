"""The `maestro` command: headless tasks on a database file (demo data, journal, audit)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .domain.protocol import ProtocolError
from .paths import default_db_path, default_training_db_path
from .services.errors import USER_FACING

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _db_arg(parser: argparse.ArgumentParser, default: Path | None = None) -> None:
    parser.add_argument("--db", type=Path, default=None,
                        help=f"database file (default: {default or default_db_path()})")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="maestro", description=__doc__)
    parser.add_argument("--version", action="version", version=f"maestro {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="build a training database")
    _db_arg(demo, default_training_db_path())
    demo.add_argument("--force", action="store_true", help="replace an existing file")

    audit = sub.add_parser("audit", help="audit trail checks")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    _db_arg(audit_sub.add_parser("verify", help="recompute the journal's hash chain"))

    events = sub.add_parser("events", help="print the journal readably")
    _db_arg(events)
    events.add_argument("--session", help="only this session's events")
    events.add_argument("--json", action="store_true", help="one JSON object per line")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    _db_arg(db_sub.add_parser("check", help="full SQLite integrity check and chain check"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.db is None and args.command == "demo":
        # Training data never goes into the clinical database's default place.
        args.db = default_training_db_path()
        args.db.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    args.db = args.db or default_db_path()
    from .cli_commands import COMMANDS
    key = args.command + (f" {args.audit_command}" if args.command == "audit" else "") + (
        f" {args.db_command}" if args.command == "db" else "")
    try:
        return COMMANDS[key](args)
    except (ProtocolError, *USER_FACING) as exc:
        print(f"maestro: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
