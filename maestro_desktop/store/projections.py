"""Current state derived from the journal, written in the same transaction as each event.

`apply` is the only writer of the projection tables, so `rebuild` (replay every event into
empty tables) must reproduce them exactly; a test holds it to that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .journal import Event, canonical_json, events

if TYPE_CHECKING:  # sqlite-utils loads on the database thread, after the window shows
    from sqlite_utils import Database

PROJECTION_TABLES = ("central_flags", "amendments", "signatures", "adverse_events", "missed_checks",
                     "procedure_incidents", "procedure_stamps",
                     "session_vials", "vital_signs",
                     "session_checks", "eligibility", "sessions", "vials", "subjects",
                     "accounts")  # children first

_Handler = Callable[["Database", Event], None]
_HANDLERS: dict[str, _Handler] = {}


def handles(kind: str) -> Callable[[_Handler], _Handler]:
    def register(func: _Handler) -> _Handler:
        _HANDLERS[kind] = func
        return func
    return register


def apply(db: Database, event: Event) -> None:
    """Update projections for one event; kinds without a projection (audit-only) are skipped."""
    handler = _HANDLERS.get(event.kind)
    if handler is not None:
        handler(db, event)


def rebuild(db: Database) -> int:
    """Empty the projections and replay the whole journal into them, in one transaction."""
    with db.atomic():
        for table in PROJECTION_TABLES:
            db.execute(f"DELETE FROM {table}")
        count = 0
        for event in events(db):
            apply(db, event)
            count += 1
    return count


def _account(db: Database, username: str, sql: str, params: list) -> None:
    db.execute(f"UPDATE accounts SET {sql} WHERE username = ?", [*params, username])


@handles("account.created")
def _account_created(db: Database, e: Event) -> None:
    d = e.data
    db.execute("INSERT INTO accounts (username, display_name, role, password_hash, active, "
               "created_at) VALUES (?, ?, ?, ?, 1, ?)",
               [d["username"], d["display_name"], d["role"], d["password_hash"],
                e.clinical_time])


@handles("account.role_changed")
def _role_changed(db: Database, e: Event) -> None:
    _account(db, e.data["username"], "role = ?", [e.data["new"]])


@handles("account.deactivated")
def _deactivated(db: Database, e: Event) -> None:
    _account(db, e.data["username"], "active = 0", [])


@handles("account.reactivated")
def _reactivated(db: Database, e: Event) -> None:
    _account(db, e.data["username"], "active = 1, failed_attempts = 0, locked_until = NULL", [])


@handles("account.password_changed")
def _password_changed(db: Database, e: Event) -> None:
    _account(db, e.data["username"], "password_hash = ?", [e.data["password_hash"]])


@handles("login.succeeded")
def _login_ok(db: Database, e: Event) -> None:
    _account(db, e.data["username"], "failed_attempts = 0, locked_until = NULL", [])


@handles("login.failed")
def _login_failed(db: Database, e: Event) -> None:
    # Only a checked, wrong password counts towards the lock; attempts refused while the
    # account is locked or deactivated must not shorten the next round.
    if e.data.get("reason") == "wrong password":
        _account(db, e.data["username"], "failed_attempts = failed_attempts + 1", [])


@handles("account.locked")
def _locked(db: Database, e: Event) -> None:
    _account(db, e.data["username"], "failed_attempts = 0, locked_until = ?", [e.data["until"]])


def _subject_row(db: Database, d: dict) -> None:
    db.execute("INSERT INTO subjects (code, initials, birth_year, sex, childbearing_potential, "
               "enrolment_date) VALUES (?, ?, ?, ?, ?, ?)",
               [d["code"], d["initials"], d["birth_year"], d["sex"],
                int(d["childbearing_potential"]), d["enrolment_date"]])


@handles("subject.registered")
def _subject(db: Database, e: Event) -> None:
    _subject_row(db, e.data)


@handles("vial.registered")
def _vial(db: Database, e: Event) -> None:
    d = e.data
    db.execute("INSERT INTO vials (vial_id, lot, expiry, release_status, allocated_subject, "
               "allocated_visit, administered_session) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [d["vial_id"], d["lot"], d["expiry"], d["release_status"],
                d.get("allocated_subject"), d.get("allocated_visit"),
                d.get("administered_session")])


# The bank file's columns (domain.cellbank.CSV_COLUMNS): only these may be set by an import.
BANK_COLUMNS = ("vial_id", "lot", "expiry", "release_status", "cells_per_vial", "volume_ml",
                "allocated_subject", "allocated_visit", "gtin", "product_code")


def _apply_bank_update(db: Database, d: dict, at: str) -> None:
    for vial in d["added"]:
        values = [vial.get(c) for c in BANK_COLUMNS]
        db.execute(f"INSERT INTO vials ({', '.join(BANK_COLUMNS)}, imported_at) "
                   f"VALUES ({', '.join('?' * len(BANK_COLUMNS))}, ?)", [*values, at])
    for change in d["changed"]:
        fields = [f for f in change["changes"] if f in BANK_COLUMNS and f != "vial_id"]
        sets = ", ".join(f"{f} = ?" for f in fields)
        db.execute(f"UPDATE vials SET {sets}, imported_at = ? WHERE vial_id = ?",
                   [*(change["changes"][f][1] for f in fields), at, change["vial_id"]])


@handles("cellbank.imported")
def _cellbank_imported(db: Database, e: Event) -> None:
    _apply_bank_update(db, e.data, e.clinical_time)


SUBJECT_COLUMNS = ("initials", "birth_year", "sex", "childbearing_potential", "enrolment_date")
FLAG_COLUMNS = ("kind", "key", "sites", "details", "detected_at", "acknowledged_by",
                "acknowledged_at", "resolved_at")


@handles("reference.pulled")
def _reference_pulled(db: Database, e: Event) -> None:
    """Reference rows from the centre, checked before the event was written."""
    d = e.data
    for subject in d["subjects"]["added"]:
        _subject_row(db, subject)
    for change in d["subjects"]["changed"]:
        fields = [f for f in change["changes"] if f in SUBJECT_COLUMNS]
        db.execute(f"UPDATE subjects SET {', '.join(f'{f} = ?' for f in fields)} "
                   "WHERE code = ?", [*(change["changes"][f][1] for f in fields),
                                      change["code"]])
    _apply_bank_update(db, d["vials"], e.clinical_time)
    for account in d["accounts"]["added"]:
        db.execute("INSERT INTO accounts (username, display_name, role, password_hash, active, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                   [account["username"], account["display_name"], account["role"],
                    account["password_hash"], int(account["active"]), e.clinical_time])
    for change in d["accounts"]["changed"]:
        for name, (_, new) in change["changes"].items():
            if name in ("display_name", "role", "active"):
                _account(db, change["username"], f"{name} = ?", [new])
    for flag in d["flags"]:
        values = [canonical_json(flag[c]) if c in ("sites", "details") else flag[c]
                  for c in FLAG_COLUMNS]
        db.execute(f"INSERT OR REPLACE INTO central_flags (id, {', '.join(FLAG_COLUMNS)}) "
                   f"VALUES (?, {', '.join('?' * len(FLAG_COLUMNS))})", [flag["id"], *values])


@handles("central_flag.acknowledged")
def _flag_acknowledged(db: Database, e: Event) -> None:
    db.execute("UPDATE central_flags SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?",
               [e.actor, e.clinical_time, e.data["flag_id"]])


@handles("vial.administered")
def _vial_administered(db: Database, e: Event) -> None:
    db.execute("UPDATE vials SET administered_session = ? WHERE vial_id = ?",
               [e.data["session"], e.data["vial_id"]])


@handles("session.opened")
def _session_opened(db: Database, e: Event) -> None:
    db.execute("INSERT INTO sessions (id, subject, visit, status, step, opened_at, opened_by, "
               "workstation) VALUES (?, ?, ?, 'open', 'checks', ?, ?, ?)",
               [e.session, e.subject, e.data["visit"], e.clinical_time, e.actor, e.workstation])


@handles("session.closed")
def _session_closed(db: Database, e: Event) -> None:
    db.execute("UPDATE sessions SET status = ?, closed_at = ? WHERE id = ?",
               [e.data["status"], e.clinical_time, e.session])


@handles("eligibility.saved")
def _eligibility_saved(db: Database, e: Event) -> None:
    d = e.data
    db.execute("""
        INSERT INTO eligibility (subject, answers, outcome, reasons, updated_at, updated_by)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (subject) DO UPDATE SET answers = excluded.answers,
            outcome = excluded.outcome, reasons = excluded.reasons,
            updated_at = excluded.updated_at, updated_by = excluded.updated_by,
            changed_after_signature = (signed_by IS NOT NULL)""",
               [e.subject, canonical_json(d["answers"]), d["evaluation"]["outcome"],
                canonical_json(d["evaluation"]), e.clinical_time, e.actor])


@handles("eligibility.signed")
def _eligibility_signed(db: Database, e: Event) -> None:
    db.execute("UPDATE eligibility SET signed_by = ?, signed_at = ?, signed_outcome = ?, "
               "changed_after_signature = 0 WHERE subject = ?",
               [e.actor, e.clinical_time, e.data["outcome"], e.subject])


@handles("checks.answered")
def _checks_answered(db: Database, e: Event) -> None:
    d = e.data
    db.execute("""
        INSERT INTO session_checks (session, answers, outcome, evaluation) VALUES (?, ?, ?, ?)
        ON CONFLICT (session) DO UPDATE SET answers = excluded.answers,
            outcome = excluded.outcome, evaluation = excluded.evaluation""",
               [e.session, canonical_json(d["answers"]), d["evaluation"]["outcome"],
                canonical_json(d["evaluation"])])


@handles("checks.verdict")
def _checks_verdict(db: Database, e: Event) -> None:
    d = e.data
    db.execute("""
        INSERT INTO session_checks (session, answers, outcome, evaluation, verdict, verdict_by,
                                    verdict_at)
        VALUES (?, '{}', ?, ?, ?, ?, ?)
        ON CONFLICT (session) DO UPDATE SET outcome = excluded.outcome,
            evaluation = excluded.evaluation, verdict = excluded.verdict,
            verdict_by = excluded.verdict_by, verdict_at = excluded.verdict_at""",
               [e.session, d["evaluation"]["outcome"], canonical_json(d["evaluation"]),
                d["outcome"], e.actor, e.clinical_time])
    if d["outcome"] == "GO":
        db.execute("UPDATE sessions SET step = 'vial' WHERE id = ?", [e.session])


@handles("checks.verdict_withdrawn")
def _checks_verdict_withdrawn(db: Database, e: Event) -> None:
    db.execute("UPDATE session_checks SET verdict = NULL, verdict_by = NULL, verdict_at = NULL "
               "WHERE session = ?", [e.session])
    db.execute("UPDATE sessions SET step = 'checks' WHERE id = ?", [e.session])


@handles("vitals.recorded")
def _vitals(db: Database, e: Event) -> None:
    d = e.data
    score = d.get("news2") or {}
    db.execute("INSERT INTO vital_signs (event_id, session, purpose, taken_at, recorded_by, "
               "vitals, confirmed_warnings, check_key, extras, news2_total, news2_band, alerts) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [e.id, e.session, d["purpose"], e.clinical_time, e.actor,
                canonical_json(d["vitals"]), canonical_json(d["confirmed_warnings"]),
                d.get("check_key"), canonical_json(d["extras"]) if "extras" in d else None,
                score.get("total"), score.get("band"),
                canonical_json(d["alerts"]) if "alerts" in d else None])


@handles("vial.scanned")
def _vial_scanned(db: Database, e: Event) -> None:
    d = e.data
    if d["role"] != "first" or d["outcome"] != "accepted":
        return
    # A new first scan replaces an unconfirmed earlier one (the nurse picked another vial).
    db.execute("""
        INSERT INTO session_vials (session, vial_id, label, scanned_by, scanned_at, manual)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (session) DO UPDATE SET vial_id = excluded.vial_id, label = excluded.label,
            scanned_by = excluded.scanned_by, scanned_at = excluded.scanned_at,
            manual = excluded.manual,
            thawed_at = CASE WHEN vial_id = excluded.vial_id THEN thawed_at END""",
               [e.session, d["vial_id"], canonical_json(d["label"]), e.actor, e.clinical_time,
                int(d["manual"])])


@handles("vial.thawed")
def _vial_thawed(db: Database, e: Event) -> None:
    db.execute("UPDATE session_vials SET thawed_at = ? WHERE session = ?",
               [e.data["at"], e.session])


@handles("vial.verified")
def _vial_verified(db: Database, e: Event) -> None:
    db.execute("UPDATE session_vials SET confirmed_by = ?, confirmed_at = ? WHERE session = ?",
               [e.actor, e.clinical_time, e.session])
    db.execute("UPDATE sessions SET step = 'procedure' WHERE id = ?", [e.session])


@handles("procedure.stamped")
def _stamped(db: Database, e: Event) -> None:
    d = e.data
    db.execute("INSERT INTO procedure_stamps (session, kind, at, details, retrospective, reason, "
               "recorded_by, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               [e.session, d["kind"], e.clinical_time, canonical_json(d["details"]),
                int(d["retrospective"]), d["reason"], e.actor, e.id])


@handles("procedure.incident")
def _incident(db: Database, e: Event) -> None:
    db.execute("INSERT INTO procedure_incidents (event_id, session, kind, at, details, "
               "recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
               [e.id, e.session, e.data["kind"], e.clinical_time,
                canonical_json(e.data["details"]), e.actor])


@handles("procedure.deviation_acknowledged")
def _acknowledged(db: Database, e: Event) -> None:
    db.execute("UPDATE sessions SET infusion_acknowledged_by = ? WHERE id = ?",
               [e.actor, e.session])


@handles("procedure.completed")
def _procedure_completed(db: Database, e: Event) -> None:
    db.execute("UPDATE sessions SET step = 'observation' WHERE id = ?", [e.session])


@handles("observation.check_missed")
def _check_missed(db: Database, e: Event) -> None:
    db.execute("INSERT INTO missed_checks (session, check_key, reason, recorded_by, "
               "recorded_at) VALUES (?, ?, ?, ?, ?)",
               [e.session, e.data["check_key"], e.data["reason"], e.actor, e.clinical_time])


@handles("news2.scale_changed")
def _scale(db: Database, e: Event) -> None:
    db.execute("UPDATE sessions SET spo2_scale = ?, spo2_scale_reason = ? WHERE id = ?",
               [e.data["new"], e.data["reason"], e.session])


@handles("session.discharged")
def _discharged(db: Database, e: Event) -> None:
    db.execute("UPDATE sessions SET discharged_at = ?, discharged_by = ?, step = 'signoff' "
               "WHERE id = ?", [e.clinical_time, e.actor, e.session])


@handles("ae.recorded")
def _ae_recorded(db: Database, e: Event) -> None:
    record = e.data["adverse_event"]
    db.execute("INSERT INTO adverse_events (id, session, subject, record, serious, recorded_by, "
               "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [e.id, e.session, e.subject, canonical_json(record), int(record["serious"]),
                e.actor, e.recorded_time])


@handles("ae.updated")
def _ae_updated(db: Database, e: Event) -> None:
    record = e.data["adverse_event"]
    db.execute("UPDATE adverse_events SET record = ?, serious = ?, updated_at = ? WHERE id = ?",
               [canonical_json(record), int(record["serious"]), e.recorded_time,
                e.data["ae_id"]])


@handles("ae.reported")
def _ae_reported(db: Database, e: Event) -> None:
    db.execute("UPDATE adverse_events SET reported_at = ?, reported_by = ? WHERE id = ?",
               [e.clinical_time, e.actor, e.data["ae_id"]])


@handles("session.signed")
def _signed(db: Database, e: Event) -> None:
    d = e.data
    db.execute("INSERT INTO signatures (event_id, session, username, printed_name, meaning, "
               "covers_hash, covers_seq, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               [e.id, e.session, e.actor, d["printed_name"], d["meaning"], d["covers_hash"],
                d["covers_seq"], e.clinical_time])
    db.execute("UPDATE sessions SET status = 'performed', closed_at = ? WHERE id = ? AND "
               "status = 'open'", [e.clinical_time, e.session])


@handles("record.amended")
def _amended(db: Database, e: Event) -> None:
    d = e.data
    db.execute("INSERT INTO amendments (event_id, session, target, field, old, new, reason, "
               "amended_by, amended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [e.id, e.session, d["target"], d["field"], str(d["old"]), str(d["new"]),
                d["reason"], e.actor, e.clinical_time])
    if d["target"].startswith("stamp:") and d["field"] == "at":
        db.execute("UPDATE procedure_stamps SET at = ? WHERE session = ? AND kind = ?",
                   [d["new"], e.session, d["target"].split(":", 1)[1]])
