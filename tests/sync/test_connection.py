"""The connection to the centre: TLS verified by default, the password never stored in the
database, and every way of failing to connect said in words with the local data untouched."""

from __future__ import annotations

import pytest
from secure_server import PASSWORD

from maestro_desktop.domain.roles import Role
from maestro_desktop.services import sync
from maestro_desktop.services.errors import InvalidInput
from maestro_desktop.store.database import open_store
from maestro_desktop.sync import connection
from maestro_desktop.sync.central import Central
from maestro_desktop.sync.errors import (
    CentralRefused,
    CentralUnreachable,
    InsecureConnection,
    SyncError,
)


def test_verify_full_is_the_default():
    prepared = connection.parse(connection.prepare("host=central.example dbname=maestro"))
    assert prepared["sslmode"] == "verify-full"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_a_weaker_mode_is_refused_unless_relaxed_explicitly(mode):
    dsn = f"host=central.example dbname=maestro sslmode={mode}"
    with pytest.raises(InsecureConnection, match=f"sslmode={mode}"):
        connection.prepare(dsn)
    assert connection.parse(connection.prepare(dsn, allow_insecure=True))["sslmode"] == mode


@pytest.mark.parametrize(("dsn", "words"), [
    ("host=central dbname", "malformed"),
    ("postgresql://[::1", "malformed"),
    ("dbname=maestro", "names no host"),
])
def test_a_malformed_address_is_refused_in_words(dsn, words):
    with pytest.raises(SyncError, match=words):
        connection.prepare(dsn)


def test_an_unknown_host_is_named(clinic):
    with pytest.raises(CentralUnreachable, match="'central.invalid' is unknown"):
        Central.open("host=central.invalid dbname=maestro user=ws")


def test_a_server_without_tls_is_refused_before_anything_is_sent(central):
    # The shared test server has TLS switched off: verify-full must not fall back.
    with pytest.raises(CentralRefused, match="does not offer encryption"):
        Central.open(central.dsn().replace("sslmode=disable", ""))


def test_a_verified_tls_connection_with_a_password_syncs(tmp_path, protocol, clock,
                                                        secure_server, monkeypatch):
    from maestro_desktop.services.clinic import Clinic

    store = open_store(tmp_path / "ws.sqlite")
    store.db.execute("UPDATE meta SET value = ? WHERE key = 'workstation'",
                     [secure_server.workstation])
    store.close()
    clinic = Clinic(open_store(tmp_path / "ws.sqlite"), protocol, clock=clock)
    try:
        clinic.record("test.note", {"n": 1}, actor="x")
        passfile = tmp_path / "pgpass"
        passfile.write_text(f"localhost:{secure_server.port}:central:{secure_server.login}:"
                            f"{PASSWORD}\n")
        passfile.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(passfile))
        with Central.open(secure_server.dsn()) as central:     # sslmode=verify-full
            assert central.conn.info.pgconn.ssl_in_use
            report = sync.sync_once(sync.run_direct(clinic), central)
        assert report.pushed == 1
    finally:
        clinic.close()


@pytest.mark.parametrize(("params", "words"), [
    ({"host": "127.0.0.1"}, "certificate is not for '127.0.0.1'"),
    ({"sslrootcert": "OTHER"}, "could not be verified against the trusted CA"),
    ({"sslrootcert": "/nonexistent/root.crt"}, "no trusted CA certificate"),
    ({"password": "wrong"}, "refused the workstation's password"),
])
def test_each_refusal_says_why(secure_server, params, words):
    if params.get("sslrootcert") == "OTHER":
        params = {"sslrootcert": str(secure_server.other_ca)}
    with pytest.raises(CentralRefused, match=words):
        Central.open(secure_server.dsn(**params))


def test_the_saved_address_never_holds_the_password(clinic, staff):
    coordinator = staff[Role.COORDINATOR]
    with pytest.raises(InvalidInput, match=".pgpass"):
        sync.configure(clinic, coordinator, "host=central.example user=ws password=s3cr3t-pw")
    saved = sync.configure(clinic, coordinator, "host=central.example dbname=m user=ws")
    assert "password" not in saved
    assert sync.settings(clinic) == (saved, False)
    assert b"s3cr3t-pw" not in clinic.store.path.read_bytes()
    with pytest.raises(InsecureConnection):
        sync.configure(clinic, coordinator, "host=central.example sslmode=require")
