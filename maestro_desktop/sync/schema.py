"""The central schema: numbered SQL files applied by `maestro central init`, and workstation
logins registered by `maestro central add-workstation`. Both run with an administrator's DSN.

Roles are cluster-wide in PostgreSQL, so their names carry a prefix (default "maestro"): one
server can hold the trial's store and, say, a training copy, each with its own roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import psycopg
from psycopg import sql

from ..domain.i18n import tr
from .connection import connect, first_line, prepare
from .errors import CentralRefused, SchemaMismatch, SyncError

ROLE_KINDS = ("owner", "workstation", "data_manager", "checker")
PREFIX = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
LOGIN = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
SITE = re.compile(r"^[0-9]{2}$")
ADMIN_MARK = "-- @administrator@"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    text: str


def migrations() -> list[Migration]:
    folder = resources.files("maestro_desktop.sync") / "sql"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number, _, name = entry.name.removesuffix(".sql").partition("_")
            found.append(Migration(int(number), name, entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.version)


def current_version() -> int:
    """The central schema this version of maestro-desktop speaks."""
    return migrations()[-1].version


def role_names(prefix: str) -> dict[str, str]:
    if not PREFIX.match(prefix):
        raise SyncError(tr("sync", "Role prefix '{prefix}' must be lower-case letters, digits "
                           "and _ (starting with a letter).", prefix=prefix))
    return {kind: f"{prefix}_{kind}" for kind in ROLE_KINDS}


def _fill(text: str, conn: psycopg.Connection, roles: dict[str, str]) -> str:
    for kind, name in roles.items():
        text = text.replace(f"@{kind}@", sql.Identifier(name).as_string(conn))
    return text


def applied_version(conn: psycopg.Connection) -> int:
    exists = conn.execute("SELECT to_regclass('public.central_schema') IS NOT NULL").fetchone()
    if not exists[0]:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM central_schema").fetchone()[0]


def check_version(conn: psycopg.Connection) -> None:
    """Refuse a central store of another schema version, in words."""
    try:
        found = conn.execute("SELECT coalesce(max(version), 0) FROM central_schema").fetchone()[0]
    except psycopg.errors.UndefinedTable:
        conn.rollback()
        raise SchemaMismatch(tr("sync", "The central database has no maestro schema: ask the "
                                "data manager to run `maestro central init`.")) from None
    except psycopg.errors.InsufficientPrivilege:
        conn.rollback()
        raise CentralRefused(tr("sync", "This login may not read the central schema version: "
                                "it is not a registered workstation login.")) from None
    expected = current_version()
    if found != expected:
        raise SchemaMismatch(
            tr("sync", "The central store is at schema {found}, a newer version than this "
               "workstation speaks (schema {expected}). Nothing was sent; update whichever side "
               "is behind.", found=found, expected=expected) if found > expected else
            tr("sync", "The central store is at schema {found}, an older version than this "
               "workstation speaks (schema {expected}). Nothing was sent; update whichever side "
               "is behind.", found=found, expected=expected))


def _ensure_roles(conn: psycopg.Connection, roles: dict[str, str]) -> None:
    for name in roles.values():
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    conn.execute(sql.SQL("GRANT CREATE, USAGE ON SCHEMA public TO {}").format(
        sql.Identifier(roles["owner"])))


def init_central(admin_dsn: str, *, prefix: str = "maestro",
                 allow_insecure: bool = False) -> list[str]:
    """Create the roles and apply pending migrations; return the names applied.

    Each migration is one transaction: either all of it is in place or none of it.
    """
    roles = role_names(prefix)
    conn = connect(prepare(admin_dsn, allow_insecure=allow_insecure))
    applied = []
    try:
        have = applied_version(conn)
        known = current_version()
        if have > known:
            raise SchemaMismatch(tr("sync", "The central store is at schema {found}, newer than "
                                    "this version of maestro-desktop knows ({known}). Nothing "
                                    "changed.", found=have, known=known))
        with conn.transaction():
            _ensure_roles(conn, roles)
        for migration in migrations():
            if migration.version <= have:
                continue
            as_owner, _, as_admin = _fill(migration.text, conn, roles).partition(ADMIN_MARK)
            with conn.transaction():
                conn.execute(sql.SQL("SET LOCAL ROLE {}").format(
                    sql.Identifier(roles["owner"])))
                conn.execute(as_owner)
                conn.execute("INSERT INTO central_schema (version, name) VALUES (%s, %s)",
                             [migration.version, migration.name])
                conn.execute("RESET ROLE")
                if as_admin.strip():
                    conn.execute(as_admin)
            applied.append(f"{migration.version:04d}_{migration.name}")
    except psycopg.errors.InsufficientPrivilege as exc:
        raise CentralRefused(tr("sync", "This login may not create the central schema and its "
                                "roles ({problem}): use an administrator's address.",
                                problem=first_line(exc))) from None
    finally:
        conn.close()
    return applied


def add_workstation(admin_dsn: str, *, login: str, password: str | None, site: str,
                    workstation: str, prefix: str = "maestro",
                    allow_insecure: bool = False) -> None:
    """Create the workstation's login (member of the workstation group) and register which
    workstation and site it is. Without a password the login authenticates by certificate."""
    if not LOGIN.match(login):
        raise SyncError(tr("sync", "Login '{login}' must be lower-case letters, digits and _.",
                           login=login))
    if not SITE.match(site):
        raise SyncError(tr("sync", "Site '{site}' must be the two-digit site number (as in "
                           "01-003).", site=site))
    roles = role_names(prefix)
    conn = connect(prepare(admin_dsn, allow_insecure=allow_insecure))
    try:
        with conn.transaction():
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [login]).fetchone():
                raise SyncError(tr("sync", "The login {login} already exists on the central "
                                   "server.", login=login))
            create = sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                sql.Identifier(login), sql.Identifier(roles["workstation"]))
            if password:
                create += sql.SQL(" PASSWORD {}").format(sql.Literal(password))
            conn.execute(create)
            conn.execute("INSERT INTO workstations (role_name, workstation, site) "
                         "VALUES (%s, %s, %s)", [login, workstation, site])
    except psycopg.errors.UniqueViolation:
        raise SyncError(tr("sync", "Workstation {workstation} is already registered.",
                           workstation=workstation)) from None
    except psycopg.errors.UndefinedTable:
        raise SchemaMismatch(tr("sync", "The central database has no maestro schema: run "
                                "`maestro central init` first.")) from None
    finally:
        conn.close()
