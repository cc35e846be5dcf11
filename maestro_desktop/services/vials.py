"""Vial identity at the bedside: scan, thawing time, second-person confirmation.

Every scan, accepted or refused, is journalled with its raw text. A refused vial is a hard
stop: `VialRefused` carries every reason and whom to call; nothing overrides it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.cellbank import BankVial
from ..domain.i18n import Text, join, tr
from ..domain.labels import LabelError, ParsedLabel, parse_label, parse_manual_din
from ..domain.labels.scan import shown_fields
from ..domain.roles import Action
from ..domain.verdict import Outcome, Verdict
from ..domain.vial_checks import Target, verify_vial
from ..domain.visits import visit_plan
from . import accounts
from .cellbank import get_vial
from .checks import require_go
from .clinic import Clinic, User, require
from .errors import InvalidInput, ServiceError
from .payloads import verdict_to_payload
from .sessions import SessionInfo, get_session, status_words
from .subjects import get_subject


class VialRefused(ServiceError):
    """A hard stop: the vial must not be used."""

    def __init__(self, verdict: Verdict, contact: str) -> None:
        self.verdict, self.contact = verdict, contact
        super().__init__(tr("vials", "DO NOT USE THIS VIAL. {reasons} Call {contact}.",
                            reasons=join(" ", (r.text for r in verdict.reasons)),
                            contact=contact))


def _message(exc: Exception) -> Text | str:
    """An exception's message as raised (a `Text` keeps its English form for the journal)."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


@dataclass(frozen=True)
class VialState:
    session: SessionInfo
    vial_id: str | None
    label: dict[str, str]         # the label's fields as scanned (names in the current language)
    scanned_by: str | None
    manual: bool
    thawed_at: datetime | None
    confirmed_by: str | None
    evaluation: Verdict | None    # verification now, once a vial is scanned
    contact: str
    bank: BankVial | None = None  # the cell bank's record of the scanned vial

    @property
    def verified(self) -> bool:
        return self.confirmed_by is not None


def _row(clinic: Clinic, session_id: str) -> dict | None:
    rows = list(clinic.db["session_vials"].rows_where("session = ?", [session_id]))
    return rows[0] if rows else None


def _target(clinic: Clinic, session: SessionInfo) -> Target:
    subject = get_subject(clinic, session.subject)
    plan = {v.key: v for v in visit_plan(subject.enrolment_date, clinic.protocol)}
    return Target(session.subject, plan[session.visit].injection or 0, session.id)


def _verify(clinic: Clinic, session: SessionInfo, vial_id: str, label: ParsedLabel | None,
            thawed_at: datetime | None) -> Verdict:
    return verify_vial(label, get_vial(clinic, vial_id), vial_id=vial_id,
                       target=_target(clinic, session), now=clinic.now(), tz=clinic.tz,
                       thawed_at=thawed_at,
                       stability_hours=clinic.protocol.site.stability_window_hours)


def vial_state(clinic: Clinic, session_id: str) -> VialState:
    session = get_session(clinic, session_id)
    row = _row(clinic, session_id)
    contact = clinic.protocol.site.vial_problem_contact
    if row is None:
        return VialState(session, None, {}, None, False, None, None, None, contact)
    thawed = datetime.fromisoformat(row["thawed_at"]) if row["thawed_at"] else None
    return VialState(session, row["vial_id"], shown_fields(json.loads(row["label"])),
                     row["scanned_by"],
                     bool(row["manual"]), thawed, row["confirmed_by"],
                     _verify(clinic, session, row["vial_id"], None, thawed), contact,
                     get_vial(clinic, row["vial_id"]))


def _parse(clinic: Clinic, raw: str) -> ParsedLabel:
    site = clinic.protocol.site
    return parse_label(raw, accepted=site.label_formats,
                       gs_substitute=site.group_separator_substitute)


def _open_for_vial(clinic: Clinic, actor: User, session_id: str, action: Action) -> SessionInfo:
    require(actor, action)
    session = get_session(clinic, session_id)
    if session.status != "open":
        raise InvalidInput(tr("vials", "The session is {status}: no vial can be scanned.",
                              status=status_words(session.status)))
    require_go(clinic, session_id)
    return session


def _journal_scan(clinic: Clinic, actor: str, session: SessionInfo,
                  payload: dict[str, Any]) -> None:
    clinic.record("vial.scanned", payload, actor=actor, subject=session.subject,
                  session=session.id)


# A DIN, with or without its check character (refused without it by parse_manual_din).
DIN_TYPED = re.compile(r"[A-NP-Z1-9]\d{12}[0-9A-Z*]?")


def manual_vial_id(text: str) -> str:
    """A typed identifier: a DIN must carry its check character; a serial is taken as typed.

    A DIN typed without its check character is refused, not read as a serial: the bank holds
    DINs as their 13 characters, so it would match a vial with nothing checking the typing."""
    if DIN_TYPED.fullmatch(text.replace(" ", "").upper()):
        return parse_manual_din(text.upper())
    serial = text.strip()
    if not re.fullmatch(r"[!-~]{1,20}", serial):
        raise LabelError(tr("vials", "'{text}' is neither a DIN with its check character nor a "
                            "serial number (1-20 characters, no spaces).", text=text))
    return serial


def enter_manually(clinic: Clinic, actor: User, session_id: str, first: str, second: str,
                   reason: str) -> VialState:
    """When a label cannot be read: the identifier typed twice, identical, with a reason."""
    if not reason.strip():
        raise InvalidInput(tr("vials", "Give the reason for typing the vial identifier (label "
                              "unreadable?)."))
    if first.strip() != second.strip():
        raise InvalidInput(tr("vials", "The two entries differ: type the identifier again, "
                              "twice."))
    return scan(clinic, actor, session_id, first.strip(), manual_reason=reason.strip())


def scan(clinic: Clinic, actor: User, session_id: str, raw: str, *,
         manual_reason: str | None = None) -> VialState:
    """First scan of the vial (or, through `enter_manually`, its typed identifier)."""
    session = _open_for_vial(clinic, actor, session_id, Action.VERIFY_VIAL)
    current = _row(clinic, session_id)
    if current and current["confirmed_by"]:
        raise InvalidInput(tr("vials", "The vial is already verified for this session."))
    base = {"raw": raw, "role": "first", "manual": manual_reason is not None,
            "manual_reason": manual_reason}
    try:
        label = None if manual_reason else _parse(clinic, raw)
        vial_id = manual_vial_id(raw) if manual_reason else label.vial_id
    except LabelError as exc:
        _journal_scan(clinic, actor.username, session,
                      {**base, "outcome": "unreadable", "reasons": [_message(exc)]})
        raise InvalidInput(_message(exc)) from None
    if not vial_id:
        message = tr("vials", "The label carries no vial identifier (serial or DIN): rescan the "
                     "vial label.")
        _journal_scan(clinic, actor.username, session,
                      {**base, "outcome": "unreadable", "reasons": [message]})
        raise InvalidInput(message)
    thawed = (datetime.fromisoformat(current["thawed_at"])
              if current and current["thawed_at"] and current["vial_id"] == vial_id else None)
    verdict = _verify(clinic, session, vial_id, label, thawed)
    refused = verdict.outcome is Outcome.NO_GO
    _journal_scan(clinic, actor.username, session, {
        **base, "vial_id": vial_id, "label": label.fields if label else {"Manual entry": vial_id},
        "outcome": "refused" if refused else "accepted",
        "evaluation": verdict_to_payload(verdict)})
    if refused:
        raise VialRefused(verdict, clinic.protocol.site.vial_problem_contact)
    return vial_state(clinic, session_id)


def set_thaw_time(clinic: Clinic, actor: User, session_id: str, when: datetime) -> VialState:
    session = _open_for_vial(clinic, actor, session_id, Action.VERIFY_VIAL)
    row = _row(clinic, session_id)
    if row is None:
        raise InvalidInput(tr("vials", "Scan the vial first."))
    if row["confirmed_by"]:
        # Two people verified the vial with this time; the stability window runs from it.
        raise InvalidInput(tr("vials", "The vial is already verified for this session: its "
                              "thawing time can no longer change."))
    if when.tzinfo is None:
        raise InvalidInput(tr("vials", "The thawing time needs its time zone."))
    if when > clinic.now():
        raise InvalidInput(tr("vials", "The thawing time cannot be in the future."))
    clinic.record("vial.thawed", {"vial_id": row["vial_id"], "at": when.isoformat()},
                  actor=actor.username, subject=session.subject, session=session_id)
    return vial_state(clinic, session_id)


def confirm(clinic: Clinic, session_id: str, username: str, password: str, raw: str, *,
            typed_again: str | None = None) -> VialState:
    """A second, different person authenticates and scans the same vial, or types its
    identifier twice (`typed_again`)."""
    manual = typed_again is not None
    if manual and typed_again.strip() != raw.strip():
        raise InvalidInput(tr("vials", "The two entries differ: type the identifier again, "
                              "twice."))
    second = accounts.login(clinic, username, password, purpose="second person check")
    session = _open_for_vial(clinic, second, session_id, Action.CONFIRM_VIAL)
    row = _row(clinic, session_id)
    if row is None:
        raise InvalidInput(tr("vials", "Scan the vial first."))
    if row["confirmed_by"]:
        raise InvalidInput(tr("vials", "The vial is already verified for this session."))
    if second.username == row["scanned_by"]:
        raise InvalidInput(tr("vials", "The person who scanned the vial cannot confirm it: a "
                              "second, different person must."))
    base = {"raw": raw, "role": "second", "manual": manual}
    try:
        label = None if manual else _parse(clinic, raw)
        vial_id = manual_vial_id(raw) if manual else label.vial_id
    except LabelError as exc:
        _journal_scan(clinic, second.username, session,
                      {**base, "outcome": "unreadable", "reasons": [_message(exc)]})
        raise InvalidInput(_message(exc)) from None
    if vial_id != row["vial_id"]:
        message = tr("vials", "The second scan is vial {vial}, not {first}: both people must "
                     "check the same vial.", vial=vial_id, first=row["vial_id"])
        _journal_scan(clinic, second.username, session,
                      {**base, "vial_id": vial_id, "outcome": "refused", "reasons": [message]})
        raise InvalidInput(message)
    thawed = datetime.fromisoformat(row["thawed_at"]) if row["thawed_at"] else None
    verdict = _verify(clinic, session, vial_id, label, thawed)
    if not verdict.go:
        _journal_scan(clinic, second.username, session, {
            **base, "vial_id": vial_id, "outcome": "refused",
            "evaluation": verdict_to_payload(verdict)})
        if verdict.outcome is Outcome.NO_GO:
            raise VialRefused(verdict, clinic.protocol.site.vial_problem_contact)
        raise InvalidInput(join(" ", (r.text for r in verdict.missing)))
    with clinic.transaction():
        _journal_scan(clinic, second.username, session, {
            **base, "vial_id": vial_id, "outcome": "accepted",
            "evaluation": verdict_to_payload(verdict)})
        clinic.record("vial.verified", {"vial_id": vial_id, "first": row["scanned_by"],
                                        "second": second.username},
                      actor=second.username, subject=session.subject, session=session_id)
    return vial_state(clinic, session_id)


def require_verified_vial(clinic: Clinic, session_id: str) -> str:
    """The procedure step needs a vial verified by two people; returns its id."""
    row = _row(clinic, session_id)
    if row is None or not row["confirmed_by"]:
        raise InvalidInput(tr("vials", "Locked until the vial is verified by two people."))
    return row["vial_id"]
