"""Sign-off: the investigator's e-signature over the session's journal, amendments after it,
and each session's status at a glance.

A signature covers the hash of every event of the session written before it. Anything
journalled for the session afterwards (an amendment, an adverse-event follow-up) makes the
status "changed after signature" until an investigator signs again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from ..domain.adverse_events import FIELD_WORDS as AE_FIELD_WORDS
from ..domain.adverse_events import choice_words, term_words
from ..domain.checks import ITEM_LABELS, statement
from ..domain.i18n import tr, tr_table
from ..domain.procedure import STAMP_LABELS, validate_stamp
from ..domain.roles import Action
from . import accounts
from .clinic import Clinic, User, require
from .errors import FieldInputError, InvalidInput
from .procedure import procedure_state
from .sessions import SessionInfo, get_session, list_sessions

MEANINGS = ("performed by", "reviewed and approved")
# A signature's meaning as shown (the journal keeps the value itself).
MEANING_WORDS = tr_table("signoff", {"performed by": "performed by",
                                     "reviewed and approved": "reviewed and approved"})
SIGNED, CHANGED = "signed", "changed after signature"


@dataclass(frozen=True)
class SignatureInfo:
    username: str
    printed_name: str
    meaning: str
    signed_at: datetime
    covers_hash: str


@dataclass(frozen=True)
class AmendmentInfo:
    target: str
    field: str
    old: str | None
    new: str | None
    reason: str
    amended_by: str
    amended_at: datetime


def session_hash(clinic: Clinic, session_id: str) -> tuple[str, int]:
    """Hash of the chain of the session's event hashes (signatures excluded), and the last seq."""
    digest, last = hashlib.sha256(), 0
    for seq, event_hash in clinic.db.execute(
            "SELECT seq, hash FROM journal WHERE session = ? AND kind != 'session.signed' "
            "ORDER BY seq", [session_id]):
        digest.update(event_hash.encode("ascii"))
        last = seq
    return digest.hexdigest(), last


def signatures(clinic: Clinic, session_id: str) -> list[SignatureInfo]:
    return [SignatureInfo(r["username"], r["printed_name"], r["meaning"],
                          datetime.fromisoformat(r["signed_at"]), r["covers_hash"])
            for r in clinic.db["signatures"].rows_where("session = ?", [session_id],
                                                        order_by="signed_at")]


def amendments(clinic: Clinic, session_id: str) -> list[AmendmentInfo]:
    return [AmendmentInfo(r["target"], r["field"], r["old"], r["new"], r["reason"],
                          r["amended_by"], datetime.fromisoformat(r["amended_at"]))
            for r in clinic.db["amendments"].rows_where("session = ?", [session_id],
                                                        order_by="amended_at")]


def status(clinic: Clinic, session: SessionInfo) -> str:
    """open, not performed, cancelled, signed, or changed after signature."""
    signed = signatures(clinic, session.id)
    if not signed:
        return session.status
    current, _ = session_hash(clinic, session.id)
    return SIGNED if current == signed[-1].covers_hash else CHANGED


def sessions_at_a_glance(clinic: Clinic) -> list[dict]:
    return [{"id": s.id, "subject": s.subject, "visit": s.visit, "visit_label": s.visit_label,
             "date": datetime.fromisoformat(s.opened_at).astimezone(clinic.tz).date().isoformat(),
             "status": status(clinic, s)} for s in list_sessions(clinic)]


def sign_session(clinic: Clinic, actor: User, session_id: str, password: str,
                 meaning: str) -> SignatureInfo:
    """The investigator signs with the password again; the signature covers the session's
    journal as it stands."""
    require(actor, Action.SIGN_SESSION)
    session = get_session(clinic, session_id)
    if meaning not in MEANINGS:
        raise InvalidInput(tr("signoff", "Choose the meaning of the signature: {first} or "
                              "{second}.", first=MEANING_WORDS[MEANINGS[0]],
                              second=MEANING_WORDS[MEANINGS[1]]))
    if session.status == "open" and session.step != "signoff":
        raise InvalidInput(tr("signoff", "The session is not finished: record the discharge "
                              "first."))
    if session.status == "cancelled":
        raise InvalidInput(tr("signoff", "A session closed as opened in error is not signed."))
    if status(clinic, session) == SIGNED:
        raise InvalidInput(tr("signoff", "The session is already signed and unchanged since."))
    accounts.login(clinic, actor.username, password, purpose="signature")
    covers, last = session_hash(clinic, session_id)
    clinic.record("session.signed", {"meaning": meaning, "printed_name": actor.display_name,
                                     "covers_hash": covers, "covers_seq": last},
                  actor=actor.username, subject=session.subject, session=session_id)
    return signatures(clinic, session_id)[-1]


def amend_stamp(clinic: Clinic, actor: User, session_id: str, kind: str, new_at: datetime,
                reason: str) -> AmendmentInfo:
    """Correct a time stamp after signature: a new event with old -> new and the reason."""
    require(actor, Action.RECORD_PROCEDURE)
    session = get_session(clinic, session_id)
    if not reason.strip():
        raise InvalidInput(tr("signoff", "Give the reason for the correction."))
    row = clinic.db.execute("SELECT at FROM procedure_stamps WHERE session = ? AND kind = ?",
                            [session_id, kind]).fetchone()
    if row is None:
        raise InvalidInput(tr("signoff", "There is no '{kind}' time stamp to correct.",
                              kind=kind))
    if new_at.tzinfo is None:
        raise InvalidInput(tr("signoff", "The corrected time needs its time zone."))
    # A time in the future is refused by validate_stamp below, as an error on the time field.
    old = datetime.fromisoformat(row[0])
    if new_at == old:
        raise InvalidInput(tr("signoff", "The corrected time is the same as the recorded "
                              "one."))
    # The corrected time must fit the timeline as the other stamps stand.
    state = procedure_state(clinic, session_id)
    stamp = state.stamp(kind)
    others = [s for s in state.stamps if s.kind != kind]
    errors = validate_stamp(kind, new_at, stamp.details, reason=reason.strip(), stamps=others,
                            session_opened_at=state.opened_at, now=clinic.now(), tz=clinic.tz,
                            go=True, vial_verified=True, vial_volume_ml=state.vial_volume_ml,
                            settings=clinic.protocol.site.procedure)
    if errors:
        raise FieldInputError(errors)
    clinic.record("record.amended", {"target": f"stamp:{kind}", "field": "at",
                                     "old": old.isoformat(), "new": new_at.isoformat(),
                                     "reason": reason.strip()},
                  actor=actor.username, subject=session.subject, session=session_id)
    return amendments(clinic, session_id)[-1]


def _what(data: dict) -> str:
    """'Needle inserted time', 'Platelet count (G/L)': the changed item in words."""
    target = data.get("target", "")
    if target.startswith("stamp:"):
        return tr("signoff", "{stamp} time", stamp=STAMP_LABELS.get(target[6:], target[6:]))
    field = data["field"]
    return statement(ITEM_LABELS[field]) if field in ITEM_LABELS else field


def _shown_value(field: str, value: object) -> object:
    """An adverse event's recorded value as shown: a pick-list word in the current language."""
    if field == "term" and isinstance(value, str):
        return term_words(value)
    if field in ("relation_lp", "relation_product", "action", "outcome") \
            and isinstance(value, str):
        return choice_words(value)
    if field == "serious_criteria" and isinstance(value, list):
        return [choice_words(v) if isinstance(v, str) else v for v in value]
    return value


def history(clinic: Clinic, session_id: str) -> list[dict]:
    """Every change recorded with a reason for this session: amendments, answers changed after
    the verdict, adverse-event follow-ups, in journal order."""
    rows = []
    for kind, actor, when, payload in clinic.db.execute(
            "SELECT kind, actor, clinical_time, payload FROM journal WHERE session = ? AND kind "
            "IN ('record.amended', 'checks.answered', 'ae.updated') ORDER BY seq", [session_id]):
        data = json.loads(payload)
        if not data.get("reason"):
            continue
        if kind == "ae.updated":
            for field, (old, new) in data["changes"].items():
                rows.append({"when": when, "who": actor,
                             "what": tr("signoff", "adverse event {field}",
                                        field=AE_FIELD_WORDS.get(field, field)),
                             "old": _shown_value(field, old),
                             "new": _shown_value(field, new),
                             "reason": data["reason"]})
            continue
        rows.append({"when": when, "who": actor, "what": _what(data),
                     "old": data["old"], "new": data["new"], "reason": data["reason"]})
    return rows
