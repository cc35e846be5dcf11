"""The real PostgreSQL server for the sync tests.

MAESTRO_TEST_PG is the administrator's address (default: host=127.0.0.1 port=5432
user=postgres sslmode=disable). A test session creates its own database and roles (prefixed with
a random name) and drops them at the end. When no server answers, the sync tests are skipped
with the reason, except under CI=true, where they fail instead: CI must run them.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from maestro_desktop.sync.schema import init_central, role_names

DEFAULT_ADMIN = "host=127.0.0.1 port=5432 user=postgres"
CENTRAL_TABLES = ("journal", "quarantine", "flags", "allocations", "vials", "subjects",
                  "accounts", "workstations")


def admin_params() -> dict[str, Any]:
    params = conninfo_to_dict(os.environ.get("MAESTRO_TEST_PG", DEFAULT_ADMIN))
    params.setdefault("sslmode", "disable")
    params.setdefault("connect_timeout", 5)
    return params


@dataclass
class CentralServer:
    dbname: str
    prefix: str
    logins: list[str] = field(default_factory=list)

    def dsn(self, **overrides: Any) -> str:
        return make_conninfo(**{**admin_params(), "dbname": self.dbname, **overrides})

    @property
    def admin_dsn(self) -> str:
        return self.dsn()

    def admin(self) -> psycopg.Connection:
        """A superuser connection (bypasses row-level security): for assertions and set-up."""
        return psycopg.connect(self.admin_dsn, autocommit=True)

    def role(self, kind: str) -> str:
        return role_names(self.prefix)[kind]

    def register(self, workstation: str, site: str = "01") -> str:
        """Create a login for `workstation` at `site`; return the workstation's address."""
        login = f"{self.prefix}_ws{len(self.logins) + 1}"
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                sql.Identifier(login), sql.Identifier(self.role("workstation"))))
            conn.execute("INSERT INTO workstations (role_name, workstation, site) "
                         "VALUES (%s, %s, %s)", [login, workstation, site])
        self.logins.append(login)
        return self.dsn(user=login)

    def as_role(self, kind: str) -> psycopg.Connection:
        """A connection acting as one of the schema's group roles (bound by its policies)."""
        conn = self.admin()
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(self.role(kind))))
        return conn

    def publish(self, table: str, **row: Any) -> None:
        """Insert or update a reference row as the data manager does (revision stamped)."""
        key = {"subjects": "code", "vials": "vial_id", "allocations": "vial_id",
               "accounts": "username"}[table]
        names = list(row)
        statement = sql.SQL("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {}")
        with self.as_role("data_manager") as conn:
            conn.execute(statement.format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, names)),
                sql.SQL(", ").join(sql.Placeholder() * len(names)), sql.Identifier(key),
                sql.SQL(", ").join(sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(n))
                                   for n in names if n != key)), list(row.values()))

    def count(self, query: str, params: list | None = None) -> int:
        with self.admin() as conn:
            return conn.execute(query, params or []).fetchone()[0]

    def reset(self) -> None:
        with self.admin() as conn:
            conn.execute(f"TRUNCATE {', '.join(CENTRAL_TABLES)} RESTART IDENTITY CASCADE")
            conn.execute("UPDATE revision_counter SET value = 0")


def _server_or_skip() -> psycopg.Connection:
    params = admin_params()
    try:
        return psycopg.connect(make_conninfo(**{**params, "dbname": "postgres"}),
                               autocommit=True)
    except psycopg.OperationalError as exc:
        where = f"{params.get('host')}:{params.get('port', 5432)}"
        reason = (f"no PostgreSQL server for the sync tests at {where} ({exc}); set "
                  "MAESTRO_TEST_PG to an administrator's address")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def central_server() -> Iterator[CentralServer]:
    token = secrets.token_hex(4)
    server = CentralServer(dbname=f"maestro_test_{token}", prefix=f"mt{token}")
    root = _server_or_skip()
    try:
        root.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(server.dbname)))
        init_central(server.admin_dsn, prefix=server.prefix, allow_insecure=True)
        yield server
    finally:
        root.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = %s AND pid <> pg_backend_pid()", [server.dbname])
        root.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(
            sql.Identifier(server.dbname)))
        for (name,) in root.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                    [f"{server.prefix}\\_%"]).fetchall():
            root.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
        root.close()


@pytest.fixture
def central(central_server: CentralServer) -> CentralServer:
    """The central store, emptied for this test."""
    central_server.reset()
    return central_server
