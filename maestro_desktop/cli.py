"""The `maestro` command: headless tasks on a database file (demo data, journal, audit)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import __version__
from .domain.cellbank import CSV_COLUMNS
from .domain.i18n import tr
from .domain.protocol import ProtocolError
from .paths import default_db_path, default_training_db_path, ensure_parent
from .services.errors import USER_FACING

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, its "usage:" in the chosen language."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[Any], prefix: str | None = None) -> None:
        if prefix is None:      # "" when a sub-command's usage line is built: no prefix wanted
            prefix = tr("cli", "usage:") + " "
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """A parser whose help reads in the chosen language; sub-commands are built with the same
    class, so `maestro <command> --help` does too. argparse's error messages stay English."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **{**kwargs, "add_help": False})
        self._positionals.title = tr("cli", "positional arguments")
        self._optionals.title = tr("cli", "options")
        self.add_argument("-h", "--help", action="help",
                          help=tr("cli", "show this help message and exit"))


def _db_arg(parser: argparse.ArgumentParser, default: Path | None = None) -> None:
    parser.add_argument("--db", type=Path, default=None,
                        help=tr("cli", "database file (default: {path})",
                                path=default or default_db_path()))


def _parser() -> argparse.ArgumentParser:
    """Built after the language is installed: the help texts are translated here."""
    parser = _Parser(prog="maestro", description=tr(
        "cli", "The `maestro` command: headless tasks on a database file (demo data, journal, "
        "audit)."))
    parser.add_argument("--version", action="version", version=f"maestro {__version__}",
                        help=tr("cli", "show program's version number and exit"))
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help=tr("cli", "build a training database"))
    _db_arg(demo, default_training_db_path())
    demo.add_argument("--force", action="store_true", help=tr("cli", "replace an existing file"))

    audit = sub.add_parser("audit", help=tr("cli", "audit trail checks"))
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    _db_arg(audit_sub.add_parser("verify", help=tr("cli", "recompute the journal's hash chain")))

    events = sub.add_parser("events", help=tr("cli", "print the journal readably"))
    _db_arg(events)
    events.add_argument("--session", help=tr("cli", "only this session's events"))
    events.add_argument("--json", action="store_true", help=tr("cli", "one JSON object per line"))

    account = sub.add_parser("account", help=tr("cli", "accounts (asks the password of --as)"))
    account_sub = account.add_subparsers(dest="account_command", required=True)
    add = account_sub.add_parser("add", help=tr("cli", "create an account"))
    _db_arg(add)
    add.add_argument("--as", dest="actor", required=True, help=tr("cli", "your user name"))
    add.add_argument("--username", required=True)
    add.add_argument("--name", required=True, help=tr("cli", "printed name, as on signatures"))
    add.add_argument("--role", required=True, choices=["investigator", "nurse", "coordinator"])
    deactivate = account_sub.add_parser("deactivate", help=tr("cli", "deactivate an account"))
    _db_arg(deactivate)
    deactivate.add_argument("--as", dest="actor", required=True, help=tr("cli", "your user name"))
    deactivate.add_argument("--username", required=True)
    deactivate.add_argument("--reason", required=True)

    subject = sub.add_parser("subject", help=tr("cli", "subject registry (asks the password of "
                                                       "--as)"))
    subject_sub = subject.add_subparsers(dest="subject_command", required=True)
    sadd = subject_sub.add_parser("add", help=tr("cli", "register an enrolled subject (no names)"))
    _db_arg(sadd)
    sadd.add_argument("--as", dest="actor", required=True, help=tr("cli", "your user name"))
    sadd.add_argument("--code", required=True, help=tr("cli", "e.g. 01-003"))
    sadd.add_argument("--initials", required=True)
    sadd.add_argument("--birth-year", type=int, required=True)
    sadd.add_argument("--sex", required=True, choices=["F", "M"])
    sadd.add_argument("--childbearing-potential", action="store_true")
    sadd.add_argument("--enrolled", required=True, help=tr("cli", "enrolment date, YYYY-MM-DD"))

    subjects = sub.add_parser("subjects", help=tr("cli", "list subjects with their next visit"))
    _db_arg(subjects)

    bank = sub.add_parser("cellbank", help=tr("cli", "the ASC cell bank (import asks the password "
                                                     "of --as)"))
    bank_sub = bank.add_subparsers(dest="cellbank_command", required=True)
    bimport = bank_sub.add_parser("import", help=tr("cli", "import the cell-therapy unit's CSV "
                                                           "file (all rows or none)"))
    _db_arg(bimport)
    bimport.add_argument("--as", dest="actor", required=True, help=tr("cli", "your user name"))
    bimport.add_argument("file", type=Path, help=tr("cli", "CSV file, UTF-8, header {columns}",
                                                    columns=",".join(CSV_COLUMNS)))
    blist = bank_sub.add_parser("list", help=tr("cli", "list the vials of the bank"))
    _db_arg(blist)
    blist.add_argument("--json", action="store_true", help=tr("cli", "one JSON object per line"))

    vial = sub.add_parser("vial", help=tr("cli", "vial labels"))
    vial_sub = vial.add_subparsers(dest="vial_command", required=True)
    vparse = vial_sub.add_parser("parse", help=tr("cli", "read a scanned label's text (GS1 or "
                                                         "ISBT 128)"))
    vparse.add_argument("text", help=tr("cli", "what the scanner sent, e.g. '=G12341765432170'"))
    vparse.add_argument("--json", action="store_true", help=tr("cli", "print one JSON object"))
    vparse.add_argument("--gs", metavar="CHAR", help=tr(
        "cli", "character standing for the group separator (default: "
        "site.labels.group_separator_substitute)"))
    vparse.set_defaults(db=None)  # no database; main() expects the attribute

    listing = sub.add_parser("sessions", help=tr("cli", "every session with its status"))
    _db_arg(listing)
    listing.add_argument("--json", action="store_true", help=tr("cli", "one JSON object per line"))

    export = sub.add_parser("export", help=tr("cli", "procedure sheet (PDF) and data exports "
                                                     "(CSV)"))
    export_sub = export.add_subparsers(dest="export_command", required=True)
    sheet = export_sub.add_parser("sheet", help=tr("cli", "the procedure sheet of one session, "
                                                          "as PDF"))
    _db_arg(sheet)
    sheet.add_argument("--session", required=True,
                       help=tr("cli", "session id (see `maestro sessions`)"))
    sheet.add_argument("--out", type=Path, required=True, help=tr("cli", "PDF file to write"))
    sheet.add_argument("--lang", choices=["fr", "en"], default=None, help=tr(
        "cli", "language of the sheet (default: the language chosen in the app, else the "
        "system's)"))
    csv = export_sub.add_parser("csv", help=tr("cli", "one CSV per record type, the journal "
                                                      "included"))
    _db_arg(csv)
    csv.add_argument("--out", type=Path, required=True, help=tr("cli", "folder to write into"))

    db = sub.add_parser("db", help=tr("cli", "database maintenance"))
    db_sub = db.add_subparsers(dest="db_command", required=True)
    _db_arg(db_sub.add_parser("check", help=tr("cli", "full SQLite integrity check and chain "
                                                      "check")))

    backup = sub.add_parser("backup", help=tr("cli", "write a verified online backup of the "
                                                     "database"))
    _db_arg(backup)
    backup.add_argument("--to", type=Path, default=None,
                        help=tr("cli", "folder (default: the site's backup folder)"))
    restore = sub.add_parser("restore", help=tr("cli", "put a backup in place of the database "
                                                       "(the replaced file is kept beside it)"))
    _db_arg(restore)
    restore.add_argument("--from", dest="source", type=Path, required=True,
                         help=tr("cli", "backup file to restore"))
    restore.add_argument("--force", action="store_true", help=tr(
        "cli", "restore even if the database holds more events than the backup"))

    from .cli_sync import add_parsers
    add_parsers(sub, _db_arg)
    return parser


def main(argv: list[str] | None = None) -> int:
    from . import translations
    translations.install()      # the messages of the services follow the chosen language
    args = _parser().parse_args(argv)
    if args.db is None and args.command == "demo":
        # Training data never goes into the clinical database's default place.
        args.db = ensure_parent(default_training_db_path())
    args.db = args.db or default_db_path()
    from .cli_commands import COMMANDS
    from .cli_export import EXPORT_COMMANDS
    from .cli_sync import SYNC_COMMANDS
    COMMANDS = {**COMMANDS, **EXPORT_COMMANDS, **SYNC_COMMANDS}  # noqa: N806 - the table of sub-commands
    action = getattr(args, f"{args.command}_command", None)
    key = f"{args.command} {action}" if action else args.command
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
