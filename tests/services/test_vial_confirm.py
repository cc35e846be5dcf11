"""After the first scan: the thawing time and its stability window, the second person (a
different, authenticated nurse or investigator scanning the same vial), and what verification
unlocks. (The first scan and its hard stops: test_vial_verification.py.)"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from vial_bank import OK, QUARANTINE, SPARE, din, events_after, isbt, last_seq, typed

from maestro_desktop.domain.roles import Role
from maestro_desktop.services import sessions, vials
from maestro_desktop.services.errors import InvalidInput, LoginFailed, PermissionDenied
from maestro_desktop.services.vials import VialRefused

DOCTOR = "dr.house"  # the investigator of the `staff` fixture


@pytest.fixture
def scanned(clinic, staff, vial_session) -> str:
    """Vial OK scanned by the nurse; no thawing time yet."""
    vials.scan(clinic, staff[Role.NURSE], vial_session, isbt(OK))
    return vial_session


@pytest.fixture
def thawed(clinic, staff, scanned) -> str:
    """... thawed 30 minutes ago."""
    vials.set_thaw_time(clinic, staff[Role.NURSE], scanned, clinic.now() - timedelta(minutes=30))
    return scanned


def test_the_thawing_time_needs_a_scan_first_and_cannot_be_in_the_future(clinic, staff,
                                                                         vial_session):
    nurse, now = staff[Role.NURSE], clinic.now()
    with pytest.raises(InvalidInput, match="^Scan the vial first.$"):
        vials.set_thaw_time(clinic, nurse, vial_session, now)
    vials.scan(clinic, nurse, vial_session, isbt(OK))
    before = last_seq(clinic)
    with pytest.raises(InvalidInput, match="^The thawing time cannot be in the future.$"):
        vials.set_thaw_time(clinic, nurse, vial_session, now + timedelta(minutes=1))
    with pytest.raises(InvalidInput, match="needs its time zone"):
        vials.set_thaw_time(clinic, nurse, vial_session, datetime(2025, 3, 10, 11, 0))
    assert events_after(clinic, before) == []
    state = vials.set_thaw_time(clinic, nurse, vial_session, now)
    assert state.thawed_at == now
    assert [r.text for r in state.evaluation.missing] == []
    assert events_after(clinic, before) == [("vial.thawed", {"vial_id": din(OK),
                                                             "at": now.isoformat()})]


def test_confirming_after_the_stability_window_is_a_hard_stop(clinic, clock, staff, scanned,
                                                             password):
    vials.set_thaw_time(clinic, staff[Role.NURSE], scanned,
                        clinic.now() - timedelta(hours=3, minutes=50))
    clock.advance(minutes=15)            # 4 h 5 min since thawing: the window is 4 hours
    before = last_seq(clinic)
    with pytest.raises(VialRefused) as refused:
        vials.confirm(clinic, scanned, DOCTOR, password, isbt(OK))
    [reason] = [r.text for r in refused.value.verdict.reasons]
    assert reason.endswith(", 4 hours 5 minutes ago: beyond the stability window of 4 hours.")
    events = events_after(clinic, before)
    assert [kind for kind, _ in events] == ["login.succeeded", "vial.scanned"]
    assert (events[1][1]["role"], events[1][1]["outcome"]) == ("second", "refused")
    assert not vials.vial_state(clinic, scanned).verified


def test_the_second_person_must_give_the_right_password(clinic, thawed):
    before = last_seq(clinic)
    with pytest.raises(LoginFailed, match="Wrong user name or password"):
        vials.confirm(clinic, thawed, DOCTOR, "not the password", isbt(OK))
    assert [kind for kind, _ in events_after(clinic, before)] == ["login.failed"]
    assert not vials.vial_state(clinic, thawed).verified


def test_the_person_who_scanned_cannot_confirm(clinic, thawed, password):
    before = last_seq(clinic)
    with pytest.raises(InvalidInput, match="The person who scanned the vial cannot confirm"):
        vials.confirm(clinic, thawed, "nurse.joy", password, isbt(OK))
    assert [kind for kind, _ in events_after(clinic, before)] == ["login.succeeded"]
    assert not vials.vial_state(clinic, thawed).verified


def test_a_coordinator_cannot_be_the_second_person(clinic, thawed, password):
    # Authenticated first, then authorised: the password was right, so the login is journalled
    # as it happened (purpose "second person check"); nothing about the vial is.
    before = last_seq(clinic)
    with pytest.raises(PermissionDenied,
                       match="^A coordinator may not confirm a vial as second person.$"):
        vials.confirm(clinic, thawed, "coord.amy", password, isbt(OK))
    assert events_after(clinic, before) == [
        ("login.succeeded", {"username": "coord.amy", "purpose": "second person check"})]
    assert not vials.vial_state(clinic, thawed).verified


def test_the_second_scan_must_be_the_same_vial(clinic, thawed, password):
    before = last_seq(clinic)
    with pytest.raises(InvalidInput, match=f"^The second scan is vial {din(SPARE)}, not "
                                           f"{din(OK)}: both people must check the same vial.$"):
        vials.confirm(clinic, thawed, DOCTOR, password, isbt(SPARE))
    [login, (kind, event)] = events_after(clinic, before)
    assert (kind, event["role"], event["outcome"]) == ("vial.scanned", "second", "refused")
    assert (event["vial_id"], event["raw"]) == (din(SPARE), isbt(SPARE))
    assert not vials.vial_state(clinic, thawed).verified


def test_the_second_person_may_type_the_identifier_twice(clinic, thawed, password):
    before = last_seq(clinic)
    with pytest.raises(InvalidInput, match="^The two entries differ"):
        vials.confirm(clinic, thawed, DOCTOR, password, typed(OK), typed_again=typed(SPARE))
    assert events_after(clinic, before) == []            # refused before anyone logs in
    state = vials.confirm(clinic, thawed, DOCTOR, password, typed(OK), typed_again=typed(OK))
    assert (state.verified, state.confirmed_by) == (True, DOCTOR)
    second = [e for kind, e in events_after(clinic, before) if kind == "vial.scanned"]
    assert [(e["role"], e["manual"], e["outcome"]) for e in second] == [
        ("second", True, "accepted")]


def test_verification_unlocks_the_procedure_and_nothing_more_can_be_scanned(clinic, staff,
                                                                            thawed, password):
    with pytest.raises(InvalidInput, match="^Locked until the vial is verified by two people.$"):
        vials.require_verified_vial(clinic, thawed)
    before = last_seq(clinic)
    state = vials.confirm(clinic, thawed, DOCTOR, password, isbt(OK))
    assert (state.verified, state.vial_id, state.scanned_by) == (True, din(OK), "nurse.joy")
    assert state.evaluation.go
    assert events_after(clinic, before)[-1] == (
        "vial.verified", {"vial_id": din(OK), "first": "nurse.joy", "second": DOCTOR})
    assert vials.require_verified_vial(clinic, thawed) == din(OK)
    assert sessions.get_session(clinic, thawed).step == "procedure"
    before = last_seq(clinic)
    with pytest.raises(InvalidInput, match="already verified"):
        vials.scan(clinic, staff[Role.NURSE], thawed, isbt(SPARE))
    with pytest.raises(InvalidInput, match="already verified"):
        vials.confirm(clinic, thawed, DOCTOR, password, isbt(OK))
    with pytest.raises(InvalidInput, match="thawing time can no longer change"):
        vials.set_thaw_time(clinic, staff[Role.NURSE], thawed, clinic.now())
    assert [kind for kind, _ in events_after(clinic, before)] == ["login.succeeded"]
    assert vials.require_verified_vial(clinic, thawed) == din(OK)


def test_a_new_first_scan_replaces_an_unconfirmed_one(clinic, staff, thawed):
    nurse = staff[Role.NURSE]
    assert vials.scan(clinic, nurse, thawed, isbt(OK)).thawed_at is not None  # same vial: kept
    with pytest.raises(VialRefused):
        vials.scan(clinic, nurse, thawed, isbt(QUARANTINE))   # refused: replaces nothing
    assert vials.vial_state(clinic, thawed).vial_id == din(OK)
    state = vials.scan(clinic, nurse, thawed, isbt(SPARE))
    assert (state.vial_id, state.thawed_at) == (din(SPARE), None)    # thawing time reset
    with pytest.raises(InvalidInput, match="^Locked until the vial is verified"):
        vials.require_verified_vial(clinic, thawed)
