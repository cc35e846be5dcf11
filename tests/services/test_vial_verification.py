"""The first scan of a vial at the bedside: every hard stop in words with whom to call, each
scan journalled with its raw text, the GO gate, roles, and manual entry of the identifier.
(Thawing time and the second person: test_vial_confirm.py.)"""

from __future__ import annotations

import pytest
from vial_bank import (
    CODE,
    EARLIER_SESSION,
    EXPIRED,
    EXPIRY_SERIAL,
    LABEL_EXPIRED,
    LATER_VISIT,
    LOT_SERIAL,
    OK,
    OTHER,
    OTHER_SUBJECT,
    QUARANTINE,
    REJECTED,
    UNKNOWN,
    USED,
    din,
    events_after,
    gs1,
    isbt,
    last_seq,
    typed,
)

from maestro_desktop.domain.labels import isbt_check_character, isbt_checksum
from maestro_desktop.domain.roles import Role
from maestro_desktop.services import vials
from maestro_desktop.services.errors import InvalidInput, PermissionDenied
from maestro_desktop.services.vials import VialRefused

HARD_STOPS = {
    "quarantine": (isbt(QUARANTINE), f"Vial {din(QUARANTINE)} (lot L24A) is not released: "
                                     "its status is 'quarantine'."),
    "rejected": (isbt(REJECTED), f"Vial {din(REJECTED)} (lot L24A) is not released: its "
                                 "status is 'rejected'."),
    "expired in the bank": (isbt(EXPIRED), f"Vial {din(EXPIRED)} expired on 09/03/2025 "
                                           "(according to the cell bank)."),
    # ISBT 128 expiry 005: 2025, day 069 (10 March), 00:30 -- the bank says "through today".
    "expired on the label": (isbt(LABEL_EXPIRED, "&>0250690030"),
                             f"Vial {din(LABEL_EXPIRED)} expired on 10/03/2025 00:30 "
                             "(according to the label)."),
    "another subject": (isbt(OTHER_SUBJECT), f"Vial {din(OTHER_SUBJECT)} is allocated to "
                                             f"subject {OTHER}, injection 1, not to {CODE}, "
                                             "injection 1."),
    "a later visit": (isbt(LATER_VISIT), f"Vial {din(LATER_VISIT)} is allocated to subject "
                                         f"{CODE}, injection 2, not to {CODE}, injection 1."),
    "administered": (isbt(USED), f"Vial {din(USED)} was already administered "
                                 f"({EARLIER_SESSION})."),
    "label lot": (gs1(LOT_SERIAL, lot="L99X"),
                  "The label's lot L99X differs from the cell bank's lot L24A."),
    "label expiry": (gs1(EXPIRY_SERIAL, expiry="260401"),
                     "The label's expiry 01/04/2026 differs from the cell bank's 01/03/2026."),
    "unknown": (isbt(UNKNOWN), f"Vial {din(UNKNOWN)} is not in the cell bank."),
}


@pytest.fixture
def nurse(staff):
    return staff[Role.NURSE]


@pytest.mark.parametrize(("raw", "reason"), HARD_STOPS.values(), ids=HARD_STOPS.keys())
def test_each_hard_stop_refuses_in_words_and_journals_the_raw_scan(clinic, nurse, vial_session,
                                                                   raw, reason):
    before = last_seq(clinic)
    with pytest.raises(VialRefused) as refused:
        vials.scan(clinic, nurse, vial_session, raw)
    contact = clinic.protocol.site.vial_problem_contact
    assert contact.startswith("the cell-therapy unit")
    assert [r.text for r in refused.value.verdict.reasons] == [reason]
    assert refused.value.contact == contact
    assert str(refused.value) == f"DO NOT USE THIS VIAL. {reason} Call {contact}."
    [(kind, event)] = events_after(clinic, before)
    assert kind == "vial.scanned"
    assert (event["outcome"], event["raw"], event["role"]) == ("refused", raw, "first")
    assert [r["text"] for r in event["evaluation"]["reasons"]] == [reason]
    assert vials.vial_state(clinic, vial_session).vial_id is None    # nothing to go on with


def test_the_allocated_vial_is_accepted_and_waits_for_the_thawing_time(clinic, nurse,
                                                                       vial_session):
    before = last_seq(clinic)
    state = vials.scan(clinic, nurse, vial_session, isbt(OK) + "\r\n")
    assert (state.vial_id, state.scanned_by, state.manual) == (din(OK), "nurse.joy", False)
    assert state.label["DIN"] == din(OK)
    assert not state.verified
    assert [r.text for r in state.evaluation.missing] == ["Enter the thawing or preparation time."]
    [(kind, event)] = events_after(clinic, before)
    assert (kind, event["outcome"], event["raw"]) == ("vial.scanned", "accepted", isbt(OK) + "\r\n")


@pytest.mark.parametrize(("raw", "message"), [
    ("hello world", "This is not a GS1 or ISBT 128 vial label"),
    ("=<S1234V00", "The label carries no vial identifier"),     # a product code only
    (f"={din(OK)}{60 + (isbt_checksum(din(OK)) + 1) % 37}",
     "DIN G1234 25 000001 does not match its check flags"),
])
def test_an_unreadable_label_is_refused_and_journalled(clinic, nurse, vial_session, raw,
                                                       message):
    before = last_seq(clinic)
    with pytest.raises(InvalidInput, match=message) as refused:
        vials.scan(clinic, nurse, vial_session, raw)
    [(kind, event)] = events_after(clinic, before)
    assert (kind, event["outcome"], event["raw"]) == ("vial.scanned", "unreadable", raw)
    assert event["reasons"] == [str(refused.value)]


def test_scanning_before_go_is_refused_and_journals_nothing(clinic, nurse, session_before_go):
    before = last_seq(clinic)
    with pytest.raises(InvalidInput, match="^Locked until the pre-procedure checks are GO.$"):
        vials.scan(clinic, nurse, session_before_go, isbt(OK))
    assert events_after(clinic, before) == []


def test_a_nurse_may_scan_a_coordinator_may_not(clinic, staff, vial_session):
    before = last_seq(clinic)
    with pytest.raises(PermissionDenied, match="A coordinator may not scan and verify a vial"):
        vials.scan(clinic, staff[Role.COORDINATOR], vial_session, isbt(OK))
    with pytest.raises(PermissionDenied):
        vials.enter_manually(clinic, staff[Role.COORDINATOR], vial_session, typed(OK),
                             typed(OK), "label torn")
    assert events_after(clinic, before) == []
    assert vials.scan(clinic, staff[Role.NURSE], vial_session, isbt(OK)).vial_id == din(OK)


@pytest.mark.parametrize(("second", "reason", "message"), [
    (typed(OK).replace("000001", "000010"), "label torn",
     "The two entries differ: type the identifier again, twice."),
    (typed(OK), "  ", "Give the reason for typing the vial identifier"),
])
def test_manual_entry_needs_two_identical_entries_and_a_reason(clinic, nurse, vial_session,
                                                               second, reason, message):
    before = last_seq(clinic)
    with pytest.raises(InvalidInput, match=message):
        vials.enter_manually(clinic, nurse, vial_session, typed(OK), second, reason)
    assert events_after(clinic, before) == []


def test_a_typed_din_with_its_check_character_is_accepted_and_marked_manual(clinic, nurse,
                                                                            vial_session):
    before = last_seq(clinic)
    entry = typed(OK).lower()
    state = vials.enter_manually(clinic, nurse, vial_session, entry, entry + " ",
                                 " label torn ")
    assert (state.vial_id, state.manual, state.label) == (din(OK), True,
                                                          {"Manual entry": din(OK)})
    [(kind, event)] = events_after(clinic, before)
    assert kind == "vial.scanned"
    assert (event["manual"], event["manual_reason"], event["raw"], event["outcome"]) == (
        True, "label torn", entry, "accepted")


def test_a_typed_din_needs_its_check_character(clinic, nurse, vial_session):
    right = isbt_check_character(din(OK))
    wrong = "7" if right != "7" else "8"
    before = last_seq(clinic)
    message = (f"Check character '{wrong}' does not match DIN G1234 25 000001 (expected "
               f"{right}): retype it")
    with pytest.raises(InvalidInput) as refused:
        vials.enter_manually(clinic, nurse, vial_session, typed(OK, wrong), typed(OK, wrong),
                             "label torn")
    assert str(refused.value) == message
    # Without any check character the DIN is refused too, not taken as a serial number.
    with pytest.raises(InvalidInput, match="then its check character.*13 characters typed"):
        vials.enter_manually(clinic, nurse, vial_session, din(OK), din(OK), "label torn")
    events = events_after(clinic, before)
    assert [(kind, e["outcome"], e["manual"], e["raw"]) for kind, e in events] == [
        ("vial.scanned", "unreadable", True, typed(OK, wrong)),
        ("vial.scanned", "unreadable", True, din(OK))]
    assert events[0][1]["reasons"] == [message]
    assert vials.vial_state(clinic, vial_session).vial_id is None


def test_a_serial_is_taken_as_typed(clinic, nurse, vial_session):
    state = vials.enter_manually(clinic, nurse, vial_session, LOT_SERIAL, LOT_SERIAL,
                                 "no scanner")
    assert (state.vial_id, state.manual) == (LOT_SERIAL, True)  # no label to compare the lot
    with pytest.raises(VialRefused, match="Vial sn0010 is not in the cell bank"):
        vials.enter_manually(clinic, nurse, vial_session, "sn0010", "sn0010", "no scanner")
    with pytest.raises(InvalidInput, match="neither a DIN with its check character nor"):
        vials.enter_manually(clinic, nurse, vial_session, "SN 0010", "SN 0010", "no scanner")
