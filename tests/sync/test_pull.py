"""Pull: reference data arrives by revision, checked by this workstation's own rules, applied
in one transaction; account deactivation and flags only the centre can see reach the bedside."""

from __future__ import annotations

from datetime import date

import pytest
from sync_helpers import add_notes, run_sync

from maestro_desktop.domain.roles import Role
from maestro_desktop.services import accounts, cellbank, sync
from maestro_desktop.services.errors import LoginFailed, PermissionDenied
from maestro_desktop.sync.errors import SyncError

DIN = "W123425000001"


def publish_subject(central, code="01-021", site="01", **extra):
    central.publish("subjects", **{
        "code": code, "site": site, "initials": "ABC", "birth_year": 1975, "sex": "M",
        "childbearing_potential": False, "enrolment_date": date(2025, 1, 6), **extra})


def publish_vial(central, vial_id=DIN, site="01", **extra):
    central.publish("vials", **{
        "vial_id": vial_id, "site": site, "lot": "LOT-7", "expiry": "2026-01-31",
        "release_status": "released", "cells_per_vial": 1.0e8, "volume_ml": 10.0, **extra})


def test_reference_data_arrives_incrementally(clinic, staff, central, ws_dsn):
    publish_subject(central)
    publish_vial(central)
    central.publish("allocations", vial_id=DIN, site="01", subject="01-021", visit=1)
    first = run_sync(clinic, ws_dsn)
    assert first.pulled == 2
    vial = cellbank.get_vial(clinic, DIN)
    assert (vial.lot, vial.allocated_subject, vial.allocated_visit) == ("LOT-7", "01-021", 1)
    assert clinic.db.execute("SELECT initials FROM subjects WHERE code = '01-021'").fetchone()
    assert run_sync(clinic, ws_dsn).pulled == 0          # nothing new since that revision

    publish_vial(central, lot="LOT-8")                   # corrected centrally
    assert run_sync(clinic, ws_dsn).pulled == 1
    assert cellbank.get_vial(clinic, DIN).lot == "LOT-8"
    kinds = [row[0] for row in clinic.db.execute(
        "SELECT kind FROM journal WHERE kind = 'reference.pulled'")]
    assert len(kinds) == 2                                # one event per pull that changed


def test_other_sites_rows_are_never_seen(clinic, staff, central, ws_dsn):
    publish_subject(central, code="02-001", site="02")
    publish_vial(central, vial_id="W123425000002", site="02")
    assert run_sync(clinic, ws_dsn).pulled == 0
    assert cellbank.get_vial(clinic, "W123425000002") is None


def test_a_deactivated_account_can_no_longer_log_in(clinic, staff, central, ws_dsn, password):
    nurse = staff[Role.NURSE]
    accounts.login(clinic, nurse.username, password)
    central.publish("accounts", username=nurse.username, site="01",
                    display_name=nurse.display_name, role="nurse", active=False)
    assert run_sync(clinic, ws_dsn).pulled == 1
    with pytest.raises(LoginFailed):
        accounts.login(clinic, nurse.username, password)


def test_an_account_created_centrally_can_log_in(clinic, staff, central, ws_dsn, password):
    hashed = clinic.db.execute("SELECT password_hash FROM accounts WHERE username = ?",
                               [staff[Role.NURSE].username]).fetchone()[0]
    central.publish("accounts", username="nurse.new", site="01", display_name="New Nurse",
                    role="nurse", active=True, password_hash=hashed)
    run_sync(clinic, ws_dsn)
    assert accounts.login(clinic, "nurse.new", password).role is Role.NURSE


@pytest.mark.parametrize(("publish", "words"), [
    (lambda c: (publish_subject(c, code="02-001", site="02"), publish_vial(c),
                c.publish("allocations", vial_id=DIN, site="01", subject="02-001", visit=1)),
     "allocated_subject 02-001 is not a registered subject"),
    (lambda c: publish_subject(c, initials="Jean Dupont"), "Initials must be 2 or 3 capital"),
    (lambda c: publish_vial(c, expiry="31/01/2026"), "expiry '31/01/2026' is not a valid date"),
    (lambda c: c.publish("accounts", username="x.y", site="01", display_name="X",
                         role="admin", active=True), "unknown role 'admin'"),
    (lambda c: c.publish("accounts", username="x.y", site="01", display_name="X",
                         role="nurse", active=True), "no argon2id password hash"),
])
def test_a_row_that_breaks_a_local_rule_refuses_the_whole_pull(clinic, staff, central, ws_dsn,
                                                               journal_count, publish, words):
    publish_subject(central, code="01-030")              # a good row in the same pull
    publish(central)
    events = journal_count(clinic)
    with pytest.raises(SyncError, match="nothing was changed here") as refused:
        run_sync(clinic, ws_dsn)
    assert words in str(refused.value)
    assert journal_count(clinic) == events               # the push happened, the pull did not
    assert clinic.db.execute("SELECT count(*) FROM subjects").fetchone()[0] == 0
    assert sync.status(clinic).waiting == 0


def test_a_change_to_an_administered_vial_is_refused(clinic, staff, central, ws_dsn):
    publish_vial(central)
    run_sync(clinic, ws_dsn)
    clinic.record("vial.administered", {"vial_id": DIN, "session": "S-1"}, actor="dr.house")
    publish_vial(central, lot="LOT-9")
    with pytest.raises(SyncError, match="already administered"):
        run_sync(clinic, ws_dsn)
    assert cellbank.get_vial(clinic, DIN).lot == "LOT-7"


def test_the_same_vial_administered_on_two_workstations_is_flagged_to_both(
        clinic, staff, central, ws_dsn, open_workstation, password):
    other = open_workstation("second")
    other_dsn = central.register(other.store.workstation)
    for target, session in ((clinic, "S-A"), (other, "S-B")):
        target.record("vial.administered", {"vial_id": DIN, "session": session},
                      actor="dr.house", subject="01-021")
        add_notes(target, 1)
    run_sync(clinic, ws_dsn)
    assert run_sync(other, other_dsn).open_flags == 1
    assert run_sync(clinic, ws_dsn).open_flags == 1
    for target in (clinic, other):
        (flag,) = sync.status(target).open_flags
        assert flag["kind"] == "double_administration"
        assert "S-A" in flag["text"] and "S-B" in flag["text"] and DIN in flag["text"]

    with pytest.raises(PermissionDenied):
        sync.acknowledge_flag(clinic, staff[Role.NURSE], flag["id"], "seen")
    sync.acknowledge_flag(clinic, staff[Role.COORDINATOR], flag["id"],
                          "pharmacy checked: label misread on workstation B")
    assert sync.status(clinic).open_flags == ()
    run_sync(clinic, ws_dsn)
    assert sync.status(other).open_flags != ()           # until the next pull
    run_sync(other, other_dsn)
    assert sync.status(other).open_flags == ()
    assert central.count("SELECT count(*) FROM flags WHERE acknowledged_by = %s",
                         [staff[Role.COORDINATOR].username]) == 1
