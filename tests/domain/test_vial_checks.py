"""The verification matrix: one case per hard stop, each named in plain words."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from maestro_desktop.domain.verdict import Outcome
from maestro_desktop.domain.vial_checks import Target, verify_vial

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=PARIS)
TARGET = Target(subject="01-001", visit=1, session="session-A")


@dataclass(frozen=True)
class Vial:
    vial_id: str = "G123426000001"
    lot: str = "L26A"
    expiry: date | datetime = date(2027, 5, 31)
    release_status: str = "released"
    allocated_subject: str | None = "01-001"
    allocated_visit: int | None = 1
    administered_session: str | None = None


@dataclass(frozen=True)
class Label:
    vial_id: str | None = "G123426000001"
    lot: str | None = "L26A"
    expiry: date | datetime | None = date(2027, 5, 31)


def check(label=Label(), vial=Vial(), *, now=NOW, thawed_at=NOW - timedelta(hours=1),
          stability_hours=4.0):
    return verify_vial(label, vial, vial_id="G123426000001", target=TARGET, now=now, tz=PARIS,
                       thawed_at=thawed_at, stability_hours=stability_hours)


def test_the_right_vial_in_time_passes():
    assert check().go


@pytest.mark.parametrize(("label", "vial", "text"), [
    (Label(), None, "Vial G123426000001 is not in the cell bank."),
    (Label(), Vial(release_status="quarantine"),
     "Vial G123426000001 (lot L26A) is not released: its status is 'quarantine'."),
    (Label(), Vial(release_status="rejected"), "is not released: its status is 'rejected'"),
    (Label(expiry=date(2026, 11, 23)), Vial(expiry=date(2026, 11, 23)),
     "Vial G123426000001 expired on 23/11/2026 (according to the cell bank)."),
    (Label(), Vial(administered_session="session-B"),
     "Vial G123426000001 was already administered (session-B)."),
    (Label(), Vial(allocated_subject="01-002", allocated_visit=1),
     "is allocated to subject 01-002, injection 1, not to 01-001, injection 1."),
    (Label(), Vial(allocated_visit=2), "is allocated to subject 01-001, injection 2"),
    (Label(lot="L26B"), Vial(), "The label's lot L26B differs from the cell bank's lot L26A."),
    (Label(expiry=date(2027, 6, 30)), Vial(),
     "The label's expiry 30/06/2027 differs from the cell bank's 31/05/2027."),
])
def test_each_hard_stop_is_named(label, vial, text):
    verdict = check(label, vial)
    assert verdict.outcome is Outcome.NO_GO
    assert any(text in r.text for r in verdict.reasons), [r.text for r in verdict.reasons]


def test_expiry_date_is_valid_through_its_last_day():
    last_day = Vial(expiry=NOW.date())
    assert check(Label(expiry=NOW.date()), last_day).go
    assert not check(Label(expiry=NOW.date()), last_day, now=NOW + timedelta(days=1),
                     thawed_at=NOW + timedelta(days=1, hours=-1)).go


def test_expiry_with_a_time_on_the_label_counts_to_the_minute():
    at = datetime(2026, 11, 24, 9, 30)          # naive local time, as printed
    vial = Vial(expiry=at)
    assert not check(Label(expiry=at), vial).go                   # expires at 09:30 sharp
    assert check(Label(expiry=at), vial, now=NOW - timedelta(minutes=1),
                 thawed_at=NOW - timedelta(hours=1)).go


def test_unallocated_vial_fits_any_subject():
    assert check(vial=Vial(allocated_subject=None, allocated_visit=None)).go


def test_manual_entry_has_no_label_to_compare():
    assert check(label=None, vial=Vial(lot="other lot in bank")).go


@pytest.mark.parametrize(("hours_ago", "go"), [(3.99, True), (4.0, True), (4.02, False)])
def test_stability_window_after_thawing(hours_ago, go):
    verdict = check(thawed_at=NOW - timedelta(hours=hours_ago))
    assert verdict.go is go
    if not go:
        assert "beyond the stability window of 4 hours" in verdict.reasons[0].text


def test_thawing_time_missing_is_incomplete_and_future_is_refused():
    assert check(thawed_at=None).outcome is Outcome.INCOMPLETE
    future = check(thawed_at=NOW + timedelta(minutes=5))
    assert future.outcome is Outcome.NO_GO and "in the future" in future.reasons[0].text


def test_every_reason_is_listed_together():
    vial = Vial(release_status="quarantine", administered_session="session-B",
                allocated_subject="01-004")
    verdict = check(replace(Label(), lot="X"), vial)
    assert {r.item for r in verdict.reasons} == {"release", "reuse", "allocation", "label"}
