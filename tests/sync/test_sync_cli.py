"""`maestro central init`, `maestro central connect` and `maestro sync`: counts printed, a
non-zero exit and a plain message on failure, never a traceback."""

from __future__ import annotations

import pytest
from sync_helpers import add_notes, central_rows, local_rows

from maestro_desktop.cli import main
from maestro_desktop.services import sync
from maestro_desktop.services.clinic import Clinic


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workstation_file(clinic: Clinic, staff, central) -> tuple:
    """The clinic's file, closed so the command can open it, with its address."""
    add_notes(clinic, 3)
    dsn = central.register(clinic.store.workstation)
    path, workstation = clinic.store.path, clinic.store.workstation
    clinic.close()
    return path, workstation, dsn


def test_sync_prints_the_counts(capsys, central, workstation_file, protocol):
    path, workstation, dsn = workstation_file
    code, out, err = run(capsys, "sync", "--db", path, "--dsn", dsn, "--insecure")
    assert (code, err) == (0, "")
    assert "6 events pushed; 0 reference changes pulled" in out
    reopened = Clinic.open(path, protocol=protocol, create=False)
    try:
        assert central_rows(central, workstation) == local_rows(reopened)
        assert sync.status(reopened).last_ok is not None
    finally:
        reopened.close()


def test_sync_without_insecure_refuses_a_plaintext_address(capsys, workstation_file):
    path, _, dsn = workstation_file
    code, out, err = run(capsys, "sync", "--db", path, "--dsn", dsn)
    assert code == 1 and out == ""
    assert "sslmode=disable" in err and "Traceback" not in err


def test_sync_against_a_server_that_is_down_fails_in_words(capsys, central, workstation_file,
                                                           protocol):
    path, _, _ = workstation_file
    code, _, err = run(capsys, "sync", "--db", path, "--insecure",
                       "--dsn", central.dsn(port=1))
    assert code == 1
    assert "is not answering" in err and "The events wait here" in err
    reopened = Clinic.open(path, protocol=protocol, create=False)
    try:
        state = sync.status(reopened)
        assert state.waiting == 6 and "not answering" in state.last_error
    finally:
        reopened.close()


def test_sync_uses_the_saved_address(capsys, central, workstation_file, protocol, password,
                                     monkeypatch):
    path, _, dsn = workstation_file
    code, _, err = run(capsys, "sync", "--db", path)
    assert code == 1 and "No central address is saved" in err
    monkeypatch.setattr("getpass.getpass", lambda prompt="": password)
    code, out, _ = run(capsys, "central", "connect", "--db", path, "--as", "coord.amy",
                       "--dsn", dsn, "--insecure")
    assert code == 0 and "Central address saved" in out
    code, out, _ = run(capsys, "sync", "--db", path)
    assert code == 0 and "events pushed" in out


def test_central_init_reports_an_up_to_date_schema(capsys, central):
    code, out, _ = run(capsys, "central", "init", "--dsn", central.admin_dsn, "--insecure",
                       "--prefix", central.prefix)
    assert (code, out.strip()) == (0, "Central schema: already up to date.")


def test_central_add_workstation_creates_a_login(capsys, central, monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "ws-password-1")
    login = f"{central.prefix}_cli"
    code, out, _ = run(capsys, "central", "add-workstation", "--dsn", central.admin_dsn,
                       "--insecure", "--prefix", central.prefix, "--login", login,
                       "--site", "01", "--workstation", "ws-cli000000001")
    central.logins.append(login)
    assert code == 0 and "registered for workstation ws-cli000000001" in out
    assert central.count("SELECT count(*) FROM workstations WHERE role_name = %s",
                         [login]) == 1
    code, _, err = run(capsys, "central", "add-workstation", "--dsn", central.admin_dsn,
                       "--insecure", "--prefix", central.prefix, "--login", "Bad Name",
                       "--site", "01", "--workstation", "ws-x")
    assert code == 1 and "lower-case" in err
