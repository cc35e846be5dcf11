"""A private PostgreSQL cluster with TLS and password authentication, for the tests that the
shared server (trust authentication, no TLS) cannot give: a verified certificate, a certificate
for another host or from another CA, a wrong password.

It is made from the machine's PostgreSQL binaries in a temporary folder (initdb, pg_ctl), with a
test CA and server certificate made by openssl, listens on 127.0.0.1 at a free port, and is
stopped and deleted at the end. Where the binaries are missing the tests skip with the reason,
except under CI=true, where they fail.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from psycopg.conninfo import make_conninfo

from maestro_desktop.sync.schema import add_workstation, init_central

PASSWORD = "ws-pass-7Hq"
PREFIX = "sec"


@dataclass
class SecureServer:
    folder: Path
    port: int
    workstation: str = "ws-secure000001"
    login: str = "sec_ws1"

    @property
    def ca(self) -> Path:
        return self.folder / "ca.crt"

    @property
    def other_ca(self) -> Path:
        return self.folder / "other-ca.crt"

    def dsn(self, **params: object) -> str:
        """The workstation's address, TLS verified against the test CA unless overridden."""
        base = {"host": "localhost", "port": self.port, "dbname": "central",
                "user": self.login, "sslrootcert": str(self.ca)}
        return make_conninfo(**{**base, **params})


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(args: list[str], *, as_postgres: bool = False, cwd: Path | None = None) -> None:
    if as_postgres and os.geteuid() == 0:      # initdb and postgres refuse to run as root
        args = ["runuser", "-u", "postgres", "--", *args]
    subprocess.run(args, check=True, capture_output=True, cwd=cwd, timeout=120)


def _certificates(folder: Path) -> None:
    def ssl(*args: str) -> None:
        _run(["openssl", *args], cwd=folder)

    for ca in ("ca", "other-ca"):
        ssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
            f"/CN=maestro test {ca}", "-keyout", f"{ca}.key", "-out", f"{ca}.crt")
    ssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout",
        "server.key", "-out", "server.csr")
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost\n")  # not 127.0.0.1
    ssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", "server.crt")


@pytest.fixture(scope="session")
def secure_server() -> Iterator[SecureServer]:
    binaries = _binaries()
    if binaries is None or shutil.which("openssl") is None:
        reason = "PostgreSQL server binaries or openssl not found: TLS tests not run"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    # Not under pytest's temporary folder: that one is private to this user, and the server
    # runs as the postgres user.
    folder = Path(tempfile.mkdtemp(prefix="maestro-secure-pg-"))
    data = folder / "data"
    _certificates(folder)
    server = SecureServer(folder, _free_port())
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        for name in ("server.key", "server.crt"):
            shutil.chown(folder / name, "postgres")
    (folder / "server.key").chmod(0o600)
    folder.chmod(0o700)
    _run([str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "--auth-local=trust",
          "--auth-host=scram-sha-256", "-E", "UTF8"], as_postgres=True)
    with (data / "postgresql.conf").open("a") as conf:
        conf.write(f"port = {server.port}\nlisten_addresses = '127.0.0.1'\n"
                   f"unix_socket_directories = '{folder}'\nssl = on\n"
                   f"ssl_cert_file = '{folder / 'server.crt'}'\n"
                   f"ssl_key_file = '{folder / 'server.key'}'\nfsync = off\n")
    _run([str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
          "start"], as_postgres=True)
    try:
        admin = make_conninfo(host=str(folder), port=server.port, user="postgres",
                              dbname="postgres")
        import psycopg
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE central")
        admin = make_conninfo(admin, dbname="central")
        # A Unix socket is not a network: the administrator sets up locally, TLS not needed.
        init_central(f"{admin} sslmode=disable", prefix=PREFIX, allow_insecure=True)
        add_workstation(f"{admin} sslmode=disable", login=server.login, password=PASSWORD,
                        site="01", workstation=server.workstation, prefix=PREFIX,
                        allow_insecure=True)
        yield server
    finally:
        if (data / "postmaster.pid").exists():
            _run([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                 as_postgres=True)
        shutil.rmtree(folder, ignore_errors=True)
