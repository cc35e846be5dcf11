"""Bedside verification of a cell-therapy vial: every failure is a hard stop in plain words.

Pure: the label as parsed, the cell bank's record, the session and `now` are arguments.
No override exists for any reason produced here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol as Shape

from .verdict import Reason, Verdict, format_date, format_elapsed, format_hold, format_moment

RELEASED = "released"


class LabelShape(Shape):
    """What verification reads from a parsed label (domain.labels.ParsedLabel)."""

    vial_id: str | None
    lot: str | None
    expiry: date | datetime | None


class VialShape(Shape):
    """What verification reads from the cell bank (domain.cellbank.BankVial)."""

    vial_id: str
    lot: str
    expiry: date | datetime
    release_status: str
    allocated_subject: str | None
    allocated_visit: int | None
    administered_session: str | None


@dataclass(frozen=True)
class Target:
    """The session the vial is meant for."""

    subject: str
    visit: int          # injection number, 1-3
    session: str


def _expiry_text(expiry: date | datetime) -> str:
    if isinstance(expiry, datetime):
        return f"{format_date(expiry.date())} {expiry:%H:%M}"
    return format_date(expiry)


def _expired(expiry: date | datetime, local_now: datetime) -> bool:
    """A date expires at the end of that day; a date-time at that minute (local time)."""
    if isinstance(expiry, datetime):
        return local_now >= expiry.replace(tzinfo=None)
    return local_now.date() > expiry


def _day(expiry: date | datetime) -> date:
    return expiry.date() if isinstance(expiry, datetime) else expiry


def verify_vial(label: LabelShape | None, vial: VialShape | None, *, vial_id: str,
                target: Target, now: datetime, tz: tzinfo, thawed_at: datetime | None,
                stability_hours: float) -> Verdict:
    """NO-GO with every reason; INCOMPLETE only while the thawing time is missing.

    `label` is None for a manual entry (nothing printed to compare with the bank).
    """
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    if vial is None:
        return Verdict.from_findings(
            [Reason("vial", f"Vial {vial_id} is not in the cell bank.")], [], [])
    reasons: list[Reason] = []
    local_now = now.astimezone(tz).replace(tzinfo=None)
    if vial.release_status != RELEASED:
        reasons.append(Reason("release", f"Vial {vial_id} (lot {vial.lot}) is not released: "
                                         f"its status is '{vial.release_status}'."))
    for source, expiry in (("cell bank", vial.expiry), ("label", label.expiry if label else None)):
        if expiry is not None and _expired(expiry, local_now):
            reasons.append(Reason("expiry", f"Vial {vial_id} expired on {_expiry_text(expiry)} "
                                            f"(according to the {source})."))
            break
    if vial.administered_session and vial.administered_session != target.session:
        reasons.append(Reason("reuse", f"Vial {vial_id} was already administered "
                                       f"({vial.administered_session})."))
    if vial.allocated_subject and (vial.allocated_subject != target.subject
                                   or vial.allocated_visit != target.visit):
        reasons.append(Reason("allocation", f"Vial {vial_id} is allocated to subject "
                              f"{vial.allocated_subject}, injection {vial.allocated_visit}, not "
                              f"to {target.subject}, injection {target.visit}."))
    if label is not None:
        if label.lot and label.lot != vial.lot:
            reasons.append(Reason("label", f"The label's lot {label.lot} differs from the cell "
                                           f"bank's lot {vial.lot}."))
        if label.expiry and _day(label.expiry) != _day(vial.expiry):
            reasons.append(Reason("label", f"The label's expiry {_expiry_text(label.expiry)} "
                                           f"differs from the cell bank's "
                                           f"{_expiry_text(vial.expiry)}."))
    missing: list[Reason] = []
    if thawed_at is None:
        missing.append(Reason("thawed_at", "Enter the thawing or preparation time."))
    elif thawed_at > now:
        reasons.append(Reason("thawed_at", f"The thawing time {format_moment(thawed_at, tz)} "
                                           "is in the future."))
    elif now - thawed_at > timedelta(hours=stability_hours):
        reasons.append(Reason("thawed_at", f"Thawed at {format_moment(thawed_at, tz)}, "
                              f"{format_elapsed(now - thawed_at)} ago: beyond the stability "
                              f"window of {format_hold(stability_hours)}."))
    return Verdict.from_findings(reasons, missing, [])
