"""The central schema's guarantees, checked as each role: least privilege for workstations,
row-level security per site that binds the table owner too, and one schema version spoken."""

from __future__ import annotations

import psycopg
import pytest
from sync_helpers import run_sync

from maestro_desktop.store import journal
from maestro_desktop.sync import schema
from maestro_desktop.sync.central import Central
from maestro_desktop.sync.errors import CentralRefused, SchemaMismatch


def as_workstation(dsn: str) -> psycopg.Connection:
    return psycopg.connect(dsn, autocommit=True)


def test_init_is_idempotent_and_names_what_it_applied(central):
    assert schema.init_central(central.admin_dsn, prefix=central.prefix,
                               allow_insecure=True) == []
    assert central.count("SELECT max(version) FROM central_schema") == schema.current_version()


@pytest.mark.parametrize("statement", [
    "UPDATE journal SET kind = 'x'",
    "DELETE FROM journal",
    "TRUNCATE journal",
    "INSERT INTO subjects (code, site, initials, birth_year, sex, childbearing_potential, "
    "enrolment_date, revision) VALUES ('01-999', '01', 'AB', 1970, 'M', false, '2025-01-01', 1)",
    "UPDATE accounts SET active = true",
    "UPDATE flags SET acknowledged_by = 'me'",
    "SELECT * FROM workstations",
    "SELECT * FROM revision_counter",
])
def test_a_workstation_may_insert_events_and_read_reference_data_only(
        clinic, staff, central, ws_dsn, statement):
    run_sync(clinic, ws_dsn)
    with as_workstation(ws_dsn) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
            conn.execute(statement)


def test_row_level_security_shows_each_site_its_own_rows_only(clinic, staff, central, ws_dsn,
                                                              open_workstation):
    other = open_workstation("site-two")
    other.record("test.note", {"n": 1}, actor="x")
    other_dsn = central.register(other.store.workstation, site="02")
    run_sync(clinic, ws_dsn)
    run_sync(other, other_dsn)
    for table, site in (("subjects", "01"), ("subjects", "02")):
        central.publish(table, code=f"{site}-001", site=site, initials="AB", birth_year=1970,
                        sex="M", childbearing_potential=False, enrolment_date="2025-01-01")
    with as_workstation(ws_dsn) as conn:
        sites = {row[0] for row in conn.execute("SELECT site FROM journal")}
        codes = [row[0] for row in conn.execute("SELECT code FROM subjects")]
    assert sites == {"01"} and codes == ["01-001"]
    with central.as_role("data_manager") as conn:
        assert conn.execute("SELECT count(DISTINCT site) FROM journal").fetchone()[0] == 2
    with central.as_role("owner") as conn:                # forced: the owner is bound too
        assert conn.execute("SELECT count(*) FROM journal").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM subjects").fetchone()[0] == 0


def test_a_workstation_cannot_write_in_another_workstations_name(clinic, staff, central,
                                                                 ws_dsn, open_workstation):
    other = open_workstation("neighbour")
    other.record("test.note", {"n": 1}, actor="x")
    central.register(other.store.workstation)             # same site, another machine
    (event,) = list(journal.events(other.db))
    with Central.open(ws_dsn, allow_insecure=True) as c:   # our login, their event
        with pytest.raises(CentralRefused, match="may only send its own workstation's events"):
            c.push([event])
    assert central.count("SELECT count(*) FROM journal") == 0


def test_a_central_store_of_another_version_is_refused_in_words(clinic, staff, central,
                                                                ws_dsn, journal_count):
    with central.admin() as conn:
        conn.execute("INSERT INTO central_schema (version, name) VALUES (99, 'future')")
    before = journal_count(clinic)
    with pytest.raises(SchemaMismatch, match="schema 99, a newer version"):
        Central.open(ws_dsn, allow_insecure=True)
    with pytest.raises(SchemaMismatch, match="newer than this version"):
        schema.init_central(central.admin_dsn, prefix=central.prefix, allow_insecure=True)
    assert journal_count(clinic) == before
    with central.admin() as conn:
        conn.execute("DELETE FROM central_schema WHERE version = 99")


def test_a_database_without_the_schema_is_refused_in_words(central):
    dsn = central.dsn(dbname="postgres")
    with pytest.raises(SchemaMismatch, match="no maestro schema"):
        Central.open(dsn, allow_insecure=True)


def test_an_unregistered_login_is_told_so(clinic, central):
    with central.admin() as conn:
        conn.execute(f'CREATE ROLE "{central.prefix}_stranger" LOGIN IN ROLE '
                     f'"{central.role("workstation")}"')
    dsn = central.dsn(user=f"{central.prefix}_stranger")
    with pytest.raises(CentralRefused, match="not registered as a workstation"):
        run_sync(clinic, dsn)
