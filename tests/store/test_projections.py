"""Current state is a projection of the journal: replaying every event into empty tables must
give back exactly what the app wrote live."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from maestro_desktop.domain.adverse_events import AdverseEvent
from maestro_desktop.domain.labels import isbt_checksum
from maestro_desktop.domain.observation import Extras
from maestro_desktop.domain.roles import Role
from maestro_desktop.services import (
    accounts,
    adverse_events,
    checks,
    eligibility,
    observation,
    procedure,
    sessions,
    signoff,
    vials,
)
from maestro_desktop.services.demo import demo_din
from maestro_desktop.services.errors import LoginFailed
from maestro_desktop.store import projections


def snapshot(db) -> dict[str, list[tuple]]:
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in projections.PROJECTION_TABLES}


@pytest.fixture
def busy_demo(demo, clock, all_clear, normal_vitals):
    """The demo plus a day's worth of account activity, a session opened in error, an amended
    eligibility record, and pre-procedure checks: a GO withdrawn then NO-GO, a NO-GO with
    nothing answered, and a GO on the session left open, whose vial is then verified and
    infused too fast (a deviation acknowledged) after a paraesthesia."""
    clinic, made = demo
    passwords = made.passwords
    investigator = accounts.login(clinic, "dr.martin", passwords["dr.martin"])
    coordinator = accounts.login(clinic, "coord.bernard", passwords["coord.bernard"])
    nurse = accounts.login(clinic, "nurse.leroy", passwords["nurse.leroy"])
    for _ in range(2):
        with pytest.raises(LoginFailed):
            accounts.login(clinic, "nurse.leroy", "not the password")
    with pytest.raises(LoginFailed):
        accounts.login(clinic, "nobody", "whatever1")
    clock.advance(minutes=5)
    accounts.create_account(clinic, coordinator, username="nurse.temp", display_name="Tom Temp",
                            role=Role.NURSE, password="temporary-pass")
    accounts.change_role(clinic, coordinator, "nurse.temp", Role.COORDINATOR, "covers admin")
    accounts.deactivate(clinic, coordinator, "nurse.temp", "contract ended")
    with pytest.raises(LoginFailed):
        accounts.login(clinic, "nurse.temp", "temporary-pass")
    info = sessions.open_session(clinic, investigator, "01-001", "V1")
    sessions.close_opened_in_error(clinic, investigator, info.id, "wrong subject")

    amended = replace(eligibility.get_eligibility(clinic, "01-003").answers, edss=5.0)
    eligibility.save_eligibility(clinic, investigator, "01-003", amended, reason="re-scored")
    first = sessions.open_session(clinic, investigator, "01-001", "V1").id
    all_clear(clinic, nurse, first)
    checks.record_vitals(clinic, nurse, first, replace(normal_vitals, temperature=38.4),
                         confirmed=True)
    checks.record_verdict(clinic, investigator, first, "GO")
    clock.advance(minutes=10)
    checks.answer(clinic, nurse, first, "platelets_g_per_l", 42, reason="lab corrected")
    checks.record_verdict(clinic, investigator, first, "NO-GO",
                          new_date=clinic.today() + timedelta(days=7))
    missed = sessions.open_session(clinic, investigator, "01-004", "V1").id
    checks.record_verdict(clinic, investigator, missed, "NO-GO", reason="did not come")
    left_open = sessions.open_session(clinic, investigator, "01-002", "V2").id
    all_clear(clinic, nurse, left_open)
    checks.record_verdict(clinic, investigator, left_open, "GO")
    din = demo_din(5)                                  # allocated to 01-002, injection 2
    label = f"={din}{60 + isbt_checksum(din)}"
    vials.scan(clinic, nurse, left_open, label)
    vials.set_thaw_time(clinic, nurse, left_open, clinic.now() - timedelta(minutes=30))
    vials.confirm(clinic, left_open, "dr.martin", passwords["dr.martin"], label)
    procedure.stamp(clinic, nurse, left_open, "positioned")
    clock.advance(minutes=2)
    procedure.stamp(clinic, investigator, left_open, "needle_in", details={
        "spinal_level": "L3-L4", "needle_gauge": "22G atraumatic", "attempts": 2})
    procedure.incident(clinic, nurse, left_open, "paraesthesia", {"note": "left leg, brief"})
    clock.advance(minutes=1)
    procedure.stamp(clinic, nurse, left_open, "infusion_start")
    clock.advance(minutes=3)
    procedure.stamp(clinic, nurse, left_open, "infusion_end", details={"volume_ml": 10})
    procedure.acknowledge_deviation(clinic, investigator, left_open, "slow push not possible")
    procedure.stamp(clinic, investigator, left_open, "needle_out")
    procedure.stamp(clinic, nurse, left_open, "lying_flat")
    clock.advance(minutes=14)
    observation.record_observation(clinic, nurse, left_open, normal_vitals,
                                   Extras(pain=2, headache=True, headache_postural=False))
    clock.advance(minutes=30)
    observation.record_missed(clinic, nurse, left_open, "T+30", "patient asleep")
    observation.set_spo2_scale(clinic, investigator, left_open, 2, "COPD, target 88-92 %")
    ae = adverse_events.record_ae(clinic, nurse, left_open, AdverseEvent(
        "headache", clinic.now() - timedelta(minutes=5), 3, True,
        ("hospitalisation or prolongation",), "possible", "unlikely", "treatment given",
        "recovering"))
    adverse_events.mark_reported(clinic, investigator, ae.id)
    first_stamp = procedure.procedure_state(clinic, left_open).stamp("positioned").at
    signoff.amend_stamp(clinic, investigator, left_open, "positioned",
                        first_stamp + timedelta(seconds=30), "clock on the wall was right")
    signoff.sign_session(clinic, investigator, missed, passwords["dr.martin"], "performed by")
    pull_from_the_centre(clinic, coordinator)
    return clinic


def pull_from_the_centre(clinic, coordinator):
    """Reference data as a central pull brings it (applied without a network: the rules and
    projections are what is under test here), then a flag acknowledged."""
    from maestro_desktop.services import sync
    from maestro_desktop.sync.central import Reference

    reference = Reference(
        revision=7,
        subjects=[{"code": "01-005", "site": "01", "initials": "XYZ", "birth_year": 1980,
                   "sex": "F", "childbearing_potential": True,
                   "enrolment_date": clinic.today(), "revision": 3},
                  {"code": "01-001", "site": "01", "initials": "MDU", "birth_year": 1970,
                   "sex": "M", "childbearing_potential": False,
                   "enrolment_date": clinic.today() - timedelta(days=400), "revision": 4}],
        vials=[{"vial_id": "W000025999999", "site": "01", "lot": "LOT-C", "expiry": "2031-01-31",
                "release_status": "released", "cells_per_vial": 1e8, "volume_ml": 10.0,
                "allocated_subject": "01-005", "allocated_visit": 1, "gtin": None,
                "product_code": None, "revision": 5}],
        accounts=[{"username": "nurse.leroy", "site": "01", "display_name": "Claire Leroy",
                   "role": "nurse", "active": False, "password_hash": None, "revision": 6}],
        flags=[{"id": 1, "kind": "double_administration", "key": "W000025999999",
                "sites": ["01"], "details": {"vial_id": "W000025999999", "administrations": []},
                "detected_at": "2025-03-10 12:00:00+00", "acknowledged_by": None,
                "acknowledged_at": None, "resolved_at": None}])
    assert sync._apply_pull(clinic, "01", reference, clinic.today()) == 5
    sync.acknowledge_flag(clinic, coordinator, 1, "checked with the pharmacy")


def test_rebuild_reproduces_every_projection(busy_demo):
    before = snapshot(busy_demo.db)
    empty = [table for table, rows in before.items() if not rows]
    assert empty == [], "busy_demo must put rows in every projection table"
    count = projections.rebuild(busy_demo.db)
    assert count == busy_demo.db.execute("SELECT count(*) FROM journal").fetchone()[0]
    assert snapshot(busy_demo.db) == before


def test_rebuild_repairs_a_projection_edited_by_hand(busy_demo):
    before = snapshot(busy_demo.db)
    busy_demo.db.execute("UPDATE accounts SET role = 'investigator' WHERE username = 'nurse.leroy'")
    busy_demo.db.execute("DELETE FROM sessions WHERE status = 'cancelled'")
    busy_demo.db.execute("UPDATE session_checks SET verdict = 'GO'")
    busy_demo.db.execute("UPDATE eligibility SET changed_after_signature = 0")
    busy_demo.db.execute("DELETE FROM vital_signs WHERE confirmed_warnings != '[]'")
    assert snapshot(busy_demo.db) != before
    projections.rebuild(busy_demo.db)
    assert snapshot(busy_demo.db) == before


def test_live_projection_reflects_the_day(busy_demo):
    rows = {r["username"]: r for r in busy_demo.db["accounts"].rows}
    assert rows["nurse.leroy"]["failed_attempts"] == 2
    assert rows["dr.martin"]["failed_attempts"] == 0
    assert (rows["nurse.temp"]["role"], rows["nurse.temp"]["active"]) == ("coordinator", 0)
    statuses = busy_demo.db.execute(
        "SELECT subject, visit, status FROM sessions WHERE subject IN ('01-001', '01-002') "
        "ORDER BY opened_at, subject").fetchall()
    assert ("01-001", "V1", "cancelled") in statuses
    assert ("01-002", "V2", "open") in statuses


def test_live_projection_reflects_the_checks(busy_demo):
    db = busy_demo.db
    # The demo's own recorded sessions (a signed injection, a NO-GO) happened before today.
    today = busy_demo.now().date().isoformat()
    assert db.execute(
        "SELECT s.subject, s.visit, s.status, s.step, c.verdict, c.outcome FROM sessions s "
        "JOIN session_checks c ON c.session = s.id WHERE s.opened_at >= ? "
        "ORDER BY s.subject, s.opened_at", [today]).fetchall() == [
        ("01-001", "V1", "not performed", "checks", "NO-GO", "NO-GO"),   # GO withdrawn first
        ("01-002", "V2", "open", "observation", "GO", "GO"),
        ("01-004", "V1", "not performed", "checks", "NO-GO", "INCOMPLETE")]
    # Baseline sets (two on 01-001 V1, one on 01-002 V2) and one observation set (01-002 V2).
    assert db.execute("SELECT count(*), count(DISTINCT session) FROM vital_signs WHERE "
                      "taken_at >= ?", [today]).fetchone() == (4, 2)
    assert db.execute("SELECT count(*) FROM journal WHERE kind = 'checks.verdict_withdrawn'"
                      ).fetchone() == (1,)
    assert db.execute("SELECT subject FROM eligibility WHERE changed_after_signature = 1"
                      ).fetchall() == [("01-003",)]


def test_rebuild_is_one_transaction(busy_demo, monkeypatch):
    before = snapshot(busy_demo.db)

    def broken(db, event):
        if event.kind == "session.opened":
            raise RuntimeError("replay failed half-way")
    monkeypatch.setitem(projections._HANDLERS, "session.opened", broken)  # noqa: SLF001
    with pytest.raises(RuntimeError):
        projections.rebuild(busy_demo.db)
    assert snapshot(busy_demo.db) == before


def test_audit_only_events_have_no_projection(clinic, staff):
    before = snapshot(clinic.db)
    accounts.logout(clinic, staff[Role.NURSE])
    accounts.screen_locked(clinic, staff[Role.NURSE], reason="inactivity")
    assert snapshot(clinic.db) == before
