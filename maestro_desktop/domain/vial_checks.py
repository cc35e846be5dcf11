"""Bedside verification of a cell-therapy vial: every failure is a hard stop in plain words.

Pure: the label as parsed, the cell bank's record, the session and `now` are arguments.
No override exists for any reason produced here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol as Shape

from .i18n import tr
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
            [Reason("vial", tr("vials", "Vial {vial} is not in the cell bank.", vial=vial_id))],
            [], [])
    reasons: list[Reason] = []
    local_now = now.astimezone(tz).replace(tzinfo=None)
    if vial.release_status != RELEASED:
        reasons.append(Reason("release", tr(
            "vials", "Vial {vial} (lot {lot}) is not released: its status is '{status}'.",
            vial=vial_id, lot=vial.lot, status=vial.release_status)))
    if _expired(vial.expiry, local_now):
        reasons.append(Reason("expiry", tr(
            "vials", "Vial {vial} expired on {expiry} (according to the cell bank).",
            vial=vial_id, expiry=_expiry_text(vial.expiry))))
    elif label is not None and label.expiry is not None and _expired(label.expiry, local_now):
        reasons.append(Reason("expiry", tr(
            "vials", "Vial {vial} expired on {expiry} (according to the label).",
            vial=vial_id, expiry=_expiry_text(label.expiry))))
    if vial.administered_session and vial.administered_session != target.session:
        reasons.append(Reason("reuse", tr(
            "vials", "Vial {vial} was already administered ({session}).", vial=vial_id,
            session=vial.administered_session)))
    if vial.allocated_subject and (vial.allocated_subject != target.subject
                                   or vial.allocated_visit != target.visit):
        reasons.append(Reason("allocation", tr(
            "vials", "Vial {vial} is allocated to subject {subject}, injection {injection}, not "
            "to {target}, injection {target_injection}.", vial=vial_id,
            subject=vial.allocated_subject, injection=vial.allocated_visit,
            target=target.subject, target_injection=target.visit)))
    if label is not None:
        if label.lot and label.lot != vial.lot:
            reasons.append(Reason("label", tr(
                "vials", "The label's lot {label_lot} differs from the cell bank's lot {lot}.",
                label_lot=label.lot, lot=vial.lot)))
        if label.expiry and _day(label.expiry) != _day(vial.expiry):
            reasons.append(Reason("label", tr(
                "vials", "The label's expiry {label_expiry} differs from the cell bank's "
                "{expiry}.", label_expiry=_expiry_text(label.expiry),
                expiry=_expiry_text(vial.expiry))))
    missing: list[Reason] = []
    if thawed_at is None:
        missing.append(Reason("thawed_at", tr("vials", "Enter the thawing or preparation time.")))
    elif thawed_at > now:
        reasons.append(Reason("thawed_at", tr(
            "vials", "The thawing time {time} is in the future.",
            time=format_moment(thawed_at, tz))))
    elif now - thawed_at > timedelta(hours=stability_hours):
        reasons.append(Reason("thawed_at", tr(
            "vials", "Thawed at {time}, {elapsed} ago: beyond the stability window of "
            "{window}.", time=format_moment(thawed_at, tz),
            elapsed=format_elapsed(now - thawed_at), window=format_hold(stability_hours))))
    return Verdict.from_findings(reasons, missing, [])
