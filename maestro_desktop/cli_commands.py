"""What each `maestro` sub-command does (argument parsing is in cli.py)."""

from __future__ import annotations

import json
import sqlite3
from argparse import Namespace
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .store import journal
from .store.database import open_readonly
from .store.errors import StoreError, explain

HIDDEN_KEYS = {"password_hash"}


def demo(args: Namespace) -> int:
    from .services.clinic import Clinic
    from .services.demo import build_demo

    path = args.db
    if path.exists() and path.stat().st_size > 0:
        if not args.force:
            print(f"maestro: {path} already exists; add --force to replace it with a new "
                  "training database.")
            return 1
        if _is_clinical(path):
            print(f"maestro: {path} is a clinical database, not a training one; it was not "
                  "replaced.")
            return 1
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    clinic = Clinic.open(path, training=True)
    try:
        made = build_demo(clinic)
    finally:
        clinic.close()
    print(f"Training database written to {path}")
    print("Accounts (passwords are shown only now; write them down):")
    for username, password in made.passwords.items():
        print(f"  {username:<15} {password}")
    return 0


def _is_clinical(path: Path) -> bool:
    """True for a maestro database holding real (non-training) records."""
    try:
        db = open_readonly(path)
    except StoreError:
        return False  # not a maestro database: --force may replace it
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'training'").fetchone()
    except sqlite3.Error:
        return False
    finally:
        db.close()
    return row is not None and row[0] != "1"


def audit_verify(args: Namespace) -> int:
    db = open_readonly(args.db)
    try:
        report = journal.verify_chain(db)
    except sqlite3.Error as exc:
        raise explain(exc, args.db) from None
    finally:
        db.close()
    if report.ok:
        print(report.message)
        return 0
    print(f"CHAIN BROKEN at event #{report.first_bad_seq}: {report.message}")
    return 1


def describe(payload: dict) -> str:
    """Payload in words: 'old -> new', each changed field, the evaluation, then the rest."""
    parts = []
    if "old" in payload or "new" in payload:
        field = f"{payload['field']}: " if "field" in payload else ""
        parts.append(f"{field}{payload.get('old')} -> {payload.get('new')}")
    changes = sorted(payload.get("changes", {}).items())
    parts += [f"{k}: {old} -> {new}" for k, (old, new) in changes]
    if isinstance(payload.get("evaluation"), dict):
        parts.append(f"evaluation={payload['evaluation'].get('outcome')}")
    shown_elsewhere = {"old", "new", "field", "reason", "changes", "evaluation", "answers"}
    parts += [f"{k}={_vial_ids(v)}" for k, v in sorted(payload.items())
              if k not in shown_elsewhere | HIDDEN_KEYS and v is not None]
    if payload.get("reason"):
        parts.append(f"reason: {payload['reason']}")
    return "; ".join(parts)


def _vial_ids(value: object) -> object:
    """A cell-bank import's vial records by their ids (with what changed), to fit one line."""
    if not (isinstance(value, list) and value
            and all(isinstance(v, dict) and "vial_id" in v for v in value)):
        return value
    return ", ".join(v["vial_id"] + (f" ({describe({'changes': v['changes']})})"
                                     if "changes" in v else "") for v in value)


def _local(text: str) -> str:
    return datetime.fromisoformat(text).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def events(args: Namespace) -> int:
    db = open_readonly(args.db)
    try:
        for event in journal.events(db, session=args.session):
            payload = {k: v for k, v in event.data.items() if k not in HIDDEN_KEYS}
            if args.json:
                print(json.dumps({
                    "seq": event.seq, "id": event.id, "kind": event.kind, "actor": event.actor,
                    "clinical_time": event.clinical_time, "recorded_time": event.recorded_time,
                    "workstation": event.workstation, "subject": event.subject,
                    "session": event.session, "payload": payload, "hash": event.hash,
                }, ensure_ascii=False))
                continue
            where = " ".join(x for x in (event.subject, (event.session or "")[:8]) if x)
            print(f"#{event.seq:<5} {_local(event.clinical_time)}  {event.actor or '-':<14} "
                  f"{event.kind:<22} {where:<17} {describe(payload)}")
    except sqlite3.Error as exc:
        raise explain(exc, args.db) from None
    finally:
        db.close()
    return 0


def db_check(args: Namespace) -> int:
    db = open_readonly(args.db)
    try:
        problems = [row[0] for row in db.execute("PRAGMA integrity_check")]
        report = journal.verify_chain(db)
    except sqlite3.Error as exc:
        raise explain(exc, args.db) from None
    finally:
        db.close()
    if problems != ["ok"]:
        print("DAMAGED: " + "; ".join(problems[:5]))
        return 1
    print(f"SQLite integrity: ok; journal: {report.message}")
    return 0 if report.ok else 1


def _authenticated(args: Namespace):  # noqa: ANN202 - (Clinic, User)
    """Open the database for writing and check the password of --as (asked, never an option)."""
    from getpass import getpass

    from .services import accounts
    from .services.clinic import Clinic

    clinic = Clinic.open(args.db, create=False)
    try:
        user = accounts.login(clinic, args.actor, getpass(f"Password for {args.actor}: "),
                              purpose="command line")
    except BaseException:
        clinic.close()
        raise
    return clinic, user


def account_add(args: Namespace) -> int:
    from getpass import getpass

    from .services import accounts
    from .services.errors import InvalidInput

    clinic, user = _authenticated(args)
    try:
        password = getpass(f"New password for {args.username}: ")
        if getpass("Repeat it: ") != password:
            raise InvalidInput("The two passwords differ; nothing was created.")
        made = accounts.create_account(clinic, user, username=args.username,
                                       display_name=args.name, role=args.role,
                                       password=password)
    finally:
        clinic.close()
    print(f"Account {made.username} ({made.role.value}) created.")
    return 0


def account_deactivate(args: Namespace) -> int:
    from .services import accounts

    clinic, user = _authenticated(args)
    try:
        accounts.deactivate(clinic, user, args.username, args.reason)
    finally:
        clinic.close()
    print(f"Account {args.username} deactivated.")
    return 0


def subject_add(args: Namespace) -> int:
    from datetime import date

    from .domain.subjects import Subject
    from .services import subjects
    from .services.errors import InvalidInput

    try:
        enrolled = date.fromisoformat(args.enrolled)
    except ValueError:
        raise InvalidInput(f"'{args.enrolled}' is not a date (YYYY-MM-DD).") from None
    clinic, user = _authenticated(args)
    try:
        subjects.register_subject(clinic, user, Subject(
            args.code, args.initials.upper(), args.birth_year, args.sex,
            args.childbearing_potential, enrolled))
    finally:
        clinic.close()
    print(f"Subject {args.code} registered.")
    return 0


def subjects_list(args: Namespace) -> int:
    from .services import subjects
    from .services.clinic import Clinic

    clinic = Clinic.open(args.db, create=False)
    try:
        rows = subjects.overview(clinic, datetime.now().astimezone().date())
    finally:
        clinic.close()
    for row in rows:
        nxt = row.next_visit.label if row.next_visit else "-"
        print(f"{row.subject.code}  {row.subject.initials:<4} enrolled "
              f"{row.subject.enrolment_date}  next: {nxt:<20} {row.window_text}")
    return 0


def cellbank_import(args: Namespace) -> int:
    from .services import cellbank
    from .services.errors import InvalidInput

    # Read before the password prompt: a mistyped path should not cost a login.
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{args.file} cannot be read ({exc.strerror}).") from None
    clinic, user = _authenticated(args)
    try:
        report = cellbank.import_csv(clinic, user, data, file_name=args.file.name)
    finally:
        clinic.close()
    print(report.summary)
    return 0


def cellbank_list(args: Namespace) -> int:
    from .domain.cellbank import vial_payload
    from .services import cellbank
    from .services.clinic import Clinic

    clinic = Clinic.open(args.db, create=False)
    try:
        vials = cellbank.list_bank(clinic)
    finally:
        clinic.close()
    for vial in vials:
        if args.json:
            print(json.dumps(vial_payload(vial) | {
                "administered_session": vial.administered_session}, ensure_ascii=False))
            continue
        allocation = (f"{vial.allocated_subject} V{vial.allocated_visit}"
                      if vial.allocated_subject else "-")
        used = f"administered ({vial.administered_session})" if vial.administered_session else ""
        print(f"{vial.vial_id:<20} {vial.lot:<10} {vial.expiry_text:<16} "
              f"{vial.release_status:<10} {allocation:<10} {used}".rstrip())
    return 0


def vial_parse(args: Namespace) -> int:
    """Print what a scanned label says (one field per line, or JSON); exit 2 if unusable."""
    import sys

    from .cli import EXIT_USAGE
    from .domain.labels import LabelError, parse_label
    from .domain.labels.scan import FORMAT_NAMES
    from .settings import load_protocol

    site = load_protocol().site
    substitute = site.group_separator_substitute if args.gs is None else args.gs
    try:
        label = parse_label(args.text, accepted=site.label_formats, gs_substitute=substitute)
    except LabelError as exc:
        print(f"maestro: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps({
            "format": label.format, "vial_id": label.vial_id, "gtin": label.gtin,
            "lot": label.lot, "expiry": label.expiry.isoformat() if label.expiry else None,
            "product_code": label.product_code, "fields": label.fields,
            "symbology": label.symbology,
        }, ensure_ascii=False))
        return 0
    print(f"Format: {FORMAT_NAMES[label.format]}")
    print(f"Vial id: {label.vial_id or 'none (the label does not identify the vial)'}")
    for key, value in label.fields.items():
        print(f"{key}: {value}")
    if label.symbology:
        print(f"Symbology: {label.symbology}")
    return 0


def backup(args: Namespace) -> int:
    from .services.backup import make_backup
    from .settings import load_protocol

    info = make_backup(args.db.expanduser().absolute(), load_protocol(), folder=args.to)
    print(f"Backup written and verified: {info.path} ({info.snapshot.events} events, last "
          f"#{info.snapshot.head_seq}).")
    for old in info.removed:
        print(f"  older backup removed: {old.name}")
    return 0


def restore(args: Namespace) -> int:
    from .services.backup import restore as restore_backup

    snapshot, kept = restore_backup(args.source, args.db.expanduser().absolute(),
                                    force=args.force)
    print(f"Restored {args.source} into {args.db} ({snapshot.events} events).")
    if kept is not None:
        print(f"The replaced database is kept as {kept}.")
    return 0


COMMANDS: dict[str, Callable[[Namespace], int]] = {
    "demo": demo, "audit verify": audit_verify, "events": events, "db check": db_check,
    "account add": account_add, "account deactivate": account_deactivate,
    "subject add": subject_add, "subjects": subjects_list,
    "cellbank import": cellbank_import, "cellbank list": cellbank_list,
    "vial parse": vial_parse, "backup": backup, "restore": restore,
}
