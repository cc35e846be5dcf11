"""`maestro central ...` (the data manager's set-up of the central store) and `maestro sync`."""

from __future__ import annotations

from argparse import ArgumentParser, Namespace, _SubParsersAction
from collections.abc import Callable

from .domain.i18n import tr
from .sync.errors import SyncError


def _insecure_help() -> str:
    """A function, not a constant: translated when the parsers are built, once the language is
    installed."""
    return tr("cli", "accept the sslmode given in the address even if weaker than verify-full "
                     "(test networks only)")


def add_parsers(sub: _SubParsersAction, db_arg: Callable[[ArgumentParser], None]) -> None:
    central = sub.add_parser("central", help=tr("cli", "set up the central PostgreSQL store"))
    central_sub = central.add_subparsers(dest="central_command", required=True)
    init = central_sub.add_parser("init", help=tr("cli", "create or upgrade the central schema "
                                                         "and roles"))
    add = central_sub.add_parser("add-workstation", help=tr("cli", "create a workstation's login"))
    for parser in (init, add):
        parser.add_argument("--dsn", required=True, help=tr("cli", "administrator's address"))
        parser.add_argument("--prefix", default="maestro", help=tr("cli", "role name prefix"))
        parser.add_argument("--insecure", action="store_true", help=_insecure_help())
        parser.set_defaults(db=None)
    add.add_argument("--login", required=True,
                     help=tr("cli", "PostgreSQL login for the workstation"))
    add.add_argument("--site", required=True, help=tr("cli", "two-digit site number, e.g. 01"))
    add.add_argument("--workstation", required=True, help=tr(
        "cli", "the workstation's id (printed by `maestro sync` when unregistered)"))
    add.add_argument("--no-password", action="store_true",
                     help=tr("cli", "the login authenticates by client certificate"))
    connect = central_sub.add_parser("connect", help=tr(
        "cli", "save this workstation's central address (asks the password of --as, a "
        "coordinator)"))
    db_arg(connect)
    connect.add_argument("--as", dest="actor", required=True, help=tr("cli", "your user name"))
    connect.add_argument("--dsn", required=True, help=tr("cli", "address, without the password"))
    connect.add_argument("--insecure", action="store_true", help=_insecure_help())

    sync = sub.add_parser("sync", help=tr("cli", "push this workstation's journal, pull "
                                                 "reference data"))
    db_arg(sync)
    sync.add_argument("--dsn", help=tr("cli", "central address (default: the one saved by "
                                              "`maestro central connect`)"))
    sync.add_argument("--insecure", action="store_true", help=_insecure_help())


def central_init(args: Namespace) -> int:
    from .sync.schema import init_central

    applied = init_central(args.dsn, prefix=args.prefix, allow_insecure=args.insecure)
    print(f"Central schema: {', '.join(applied) if applied else 'already up to date'}.")
    return 0


def central_add_workstation(args: Namespace) -> int:
    from getpass import getpass

    from .sync.schema import add_workstation

    password = None
    if not args.no_password:
        password = getpass(f"Password for the login {args.login}: ")
        if getpass("Repeat it: ") != password:
            print("maestro: the two passwords differ; nothing was created.")
            return 1
    add_workstation(args.dsn, login=args.login, password=password, site=args.site,
                    workstation=args.workstation, prefix=args.prefix,
                    allow_insecure=args.insecure)
    print(f"Login {args.login} registered for workstation {args.workstation} (site "
          f"{args.site}).")
    return 0


def central_connect(args: Namespace) -> int:
    from .cli_commands import _authenticated
    from .services import sync

    clinic, user = _authenticated(args)
    try:
        saved = sync.configure(clinic, user, args.dsn, insecure=args.insecure)
    finally:
        clinic.close()
    print(f"Central address saved: {saved}")
    return 0


def sync_now(args: Namespace) -> int:
    from .services import sync
    from .services.clinic import Clinic
    from .sync.central import Central

    clinic = Clinic.open(args.db, create=False)
    report, error = None, None
    try:
        dsn, insecure = args.dsn, args.insecure
        if dsn is None:
            saved = sync.settings(clinic)
            if saved is None:
                raise SyncError("No central address is saved for this workstation: give "
                                "--dsn, or save one with `maestro central connect`.")
            dsn, insecure = saved[0], saved[1] or insecure
        try:
            with Central.open(dsn, allow_insecure=insecure) as central:
                report = sync.sync_once(sync.run_direct(clinic), central)
        except SyncError as exc:
            error = str(exc)
            raise
        finally:
            sync.record_outcome(clinic, report, error)
    finally:
        clinic.close()
    print(report.summary())
    return 0 if report.ok else 1


SYNC_COMMANDS: dict[str, Callable[[Namespace], int]] = {
    "central init": central_init, "central add-workstation": central_add_workstation,
    "central connect": central_connect, "sync": sync_now,
}
