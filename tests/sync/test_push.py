"""Push: the central journal ends up equal to the local one, event for event, whatever
happens on the way (batches, repeats, cut connections, a server down, a restore)."""

from __future__ import annotations

import shutil
import threading
import time

import pytest
from sync_helpers import add_notes, backup_file, central_rows, local_rows, run_sync

from maestro_desktop.services import sync
from maestro_desktop.store import journal
from maestro_desktop.sync.central import Central
from maestro_desktop.sync.errors import CentralUnreachable, SyncError


def test_push_sends_every_event_exactly_once(clinic, staff, central, ws_dsn):
    add_notes(clinic, 30)
    report = run_sync(clinic, ws_dsn, batch_size=7)
    assert report.pushed == len(local_rows(clinic)) == 33
    assert central_rows(central, clinic.store.workstation) == local_rows(clinic)
    assert sync.status(clinic).waiting == 0

    again = run_sync(clinic, ws_dsn, batch_size=7)
    assert (again.pushed, again.already) == (0, 0)
    add_notes(clinic, 4, start=30)
    assert sync.status(clinic).waiting == 4
    assert run_sync(clinic, ws_dsn).pushed == 4
    assert central_rows(central, clinic.store.workstation) == local_rows(clinic)


def test_the_same_batch_pushed_twice_is_kept_once(clinic, staff, central, ws_dsn):
    events = list(journal.events(clinic.db))
    with Central.open(ws_dsn, allow_insecure=True) as c:
        assert c.push(events) == (len(events), [])
        assert c.push(events) == (0, [])       # the acknowledgement was lost: sent again
    assert central_rows(central, clinic.store.workstation) == local_rows(clinic)


def test_same_id_different_hash_is_quarantined_never_overwritten(clinic, staff, central,
                                                                   ws_dsn):
    run_sync(clinic, ws_dsn)
    original = central_rows(central, clinic.store.workstation)
    events = list(journal.events(clinic.db))
    altered = journal.Event(**{**events[1].__dict__, "payload": '{"forged":true}',
                               "hash": "f" * 64})
    with Central.open(ws_dsn, allow_insecure=True) as c:
        inserted, conflicts = c.push([altered])
    assert inserted == 0
    assert [c.seq for c in conflicts] == [2]
    assert "different content" in conflicts[0].reason
    assert central_rows(central, clinic.store.workstation) == original


def test_a_connection_killed_mid_batch_loses_nothing_and_doubles_nothing(
        clinic, staff, central, ws_dsn):
    add_notes(clinic, 40)
    run_sync(clinic, ws_dsn, batch_size=10)
    add_notes(clinic, 25, start=40)
    login = ws_dsn.split("user=")[1].split()[0]
    blocker = central.admin()
    blocker.execute("BEGIN")
    blocker.execute("LOCK TABLE journal IN EXCLUSIVE MODE")   # the next batch waits here
    killed: list[int] = []

    def kill_the_waiting_push() -> None:     # a second connection, as an operator would
        with central.admin() as killer:
            for _ in range(500):
                waiting = killer.execute(
                    "SELECT pid FROM pg_stat_activity WHERE usename = %s "
                    "AND wait_event_type = 'Lock'", [login]).fetchall()
                if waiting:
                    killer.execute("SELECT pg_terminate_backend(%s)", [waiting[0][0]])
                    killed.append(waiting[0][0])
                    break
                time.sleep(0.02)
        blocker.execute("ROLLBACK")
        blocker.close()

    killer = threading.Thread(target=kill_the_waiting_push)
    killer.start()
    with pytest.raises(CentralUnreachable, match="Nothing of that batch was kept"):
        run_sync(clinic, ws_dsn, batch_size=10)
    killer.join(15)
    assert killed, "the push never reached the locked table"
    held = central_rows(central, clinic.store.workstation)
    assert held == local_rows(clinic)[:len(held)]          # whole batches only
    assert len(held) == 43

    report = run_sync(clinic, ws_dsn, batch_size=10)
    assert report.pushed == 25
    assert central_rows(central, clinic.store.workstation) == local_rows(clinic)


def test_server_down_leaves_everything_waiting(clinic, staff, central):
    before = local_rows(clinic)
    dsn = central.dsn(port=1, user="nobody")
    with pytest.raises(CentralUnreachable, match="not answering"):
        Central.open(dsn, allow_insecure=True)
    sync.record_outcome(clinic, None, "server down")
    assert local_rows(clinic) == before
    state = sync.status(clinic)
    assert state.waiting == len(before)
    assert state.last_error == "server down"


def test_restored_from_an_older_backup_takes_its_events_back(clinic, staff, central, ws_dsn,
                                                             open_workstation, tmp_path):
    add_notes(clinic, 5)
    run_sync(clinic, ws_dsn)
    backup = backup_file(clinic, tmp_path / "old.sqlite")
    add_notes(clinic, 12, start=5)
    run_sync(clinic, ws_dsn)
    everything = local_rows(clinic)

    restored = open_workstation("restored")          # the old backup, put back in service
    restored.close()
    shutil.copyfile(backup, tmp_path / "restored.sqlite")
    restored = open_workstation("restored")
    assert len(local_rows(restored)) == len(everything) - 12
    report = run_sync(restored, ws_dsn)
    assert (report.recovered, report.pushed, report.conflicts) == (12, 0, [])
    assert local_rows(restored) == everything == central_rows(central,
                                                              restored.store.workstation)
    assert journal.verify_chain(restored.db).ok
    add_notes(restored, 2, start=100)
    assert run_sync(restored, ws_dsn).pushed == 2
    assert central_rows(central, restored.store.workstation) == local_rows(restored)


def test_restored_then_used_before_syncing_is_a_conflict(clinic, staff, central, ws_dsn,
                                                         open_workstation, tmp_path):
    add_notes(clinic, 3)
    run_sync(clinic, ws_dsn)
    backup = backup_file(clinic, tmp_path / "old.sqlite")
    add_notes(clinic, 4, start=3)
    run_sync(clinic, ws_dsn)
    centre_before = central_rows(central, clinic.store.workstation)
    shutil.copyfile(backup, tmp_path / "forked.sqlite")
    forked = open_workstation("forked")
    add_notes(forked, 2, start=50)                      # new events on the old chain
    local_before = local_rows(forked)

    report = run_sync(forked, ws_dsn)
    fork = len(local_before) - 1                        # the first of the two new events
    assert [c.seq for c in report.conflicts] == [fork, fork + 1]
    assert "quarantine" in report.summary()
    assert central_rows(central, forked.store.workstation) == centre_before
    assert local_rows(forked)[:len(local_before)] == local_before   # kept as recorded
    assert central.count("SELECT count(*) FROM quarantine") == 2
    assert central.count("SELECT count(*) FROM flags WHERE kind = 'conflict'") == 2
    assert sync.status(forked).conflicts == 2
    again = run_sync(forked, ws_dsn)                    # stays stopped, nothing doubled
    assert again.conflicts[0].seq == fork and again.pushed == 0
    # Everything from the fork is set aside, each event once, the first pull's event included.
    assert central.count("SELECT count(*) FROM quarantine") == len(local_rows(forked)) - fork
    assert central_rows(central, forked.store.workstation) == centre_before


def test_the_centre_reports_a_gap_in_a_chain(clinic, staff, central, ws_dsn):
    add_notes(clinic, 6)
    events = list(journal.events(clinic.db))
    with Central.open(ws_dsn, allow_insecure=True) as c:
        c.push(events[:3])
        c.push(events[5:])                              # #4 and #5 never arrived
    gap = "SELECT count(*) FROM flags WHERE kind = 'chain_gap' AND resolved_at IS NULL"
    assert central.count(gap) == 1
    report = run_sync(clinic, ws_dsn)
    assert report.open_flags == 1
    assert "missing events" in sync.status(clinic).open_flags[0]["text"]
    with Central.open(ws_dsn, allow_insecure=True) as c:
        c.push(events[3:5])
    assert central.count(gap) == 0
    run_sync(clinic, ws_dsn)
    assert sync.status(clinic).open_flags == ()


def test_the_centre_refuses_an_event_that_breaks_the_chain(clinic, staff, central, ws_dsn):
    events = list(journal.events(clinic.db))
    with Central.open(ws_dsn, allow_insecure=True) as c:
        c.push(events[:1])
        forged = journal.Event(**{**events[1].__dict__, "prev_hash": "e" * 64})
        with pytest.raises(SyncError, match="does not follow"):
            c.push([forged])
    assert len(central_rows(central, clinic.store.workstation)) == 1


def test_a_training_database_never_syncs(central, open_workstation):
    from maestro_desktop.services.clinic import Clinic
    from maestro_desktop.store.database import open_store

    training = open_workstation("plain")
    training.close()
    path = training.store.path.with_name("training.sqlite")
    clinic = Clinic(open_store(path, training=True), training.protocol)
    try:
        dsn = central.register(clinic.store.workstation)
        with pytest.raises(SyncError, match="training database"):
            run_sync(clinic, dsn)
    finally:
        clinic.close()
    assert central.count("SELECT count(*) FROM journal") == 0
