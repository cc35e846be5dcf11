"""Reference data pulled from the centre, checked against this workstation's own rules.

The centre is the authority for the subject registry, the cell bank with its allocations and
the accounts of its site; but a row that breaks a rule the workstation enforces (a malformed
code, an allocation to an unknown subject, a change to a vial already injected) refuses the
whole pull, so the local record never holds what it would itself have refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .cellbank import BankVial, check_update, format_bank_csv, parse_bank_rows, parse_expiry
from .cellbank import bank_payload as vial_update_payload
from .i18n import tr
from .roles import Role
from .subjects import Subject, SubjectError, validate_subject

SUBJECT_FIELDS = ("initials", "birth_year", "sex", "childbearing_potential", "enrolment_date")
ACCOUNT_FIELDS = ("display_name", "role", "active")
FLAG_FIELDS = ("kind", "key", "sites", "details", "detected_at", "acknowledged_by",
               "acknowledged_at", "resolved_at")


@dataclass
class LocalReference:
    """What the workstation holds now."""

    subjects: dict[str, Subject] = field(default_factory=dict)
    vials: dict[str, BankVial] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)   # ACCOUNT_FIELDS
    flags: dict[int, dict[str, Any]] = field(default_factory=dict)      # FLAG_FIELDS


def _subject_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _subjects(site: str, rows: list[dict], held: dict[str, Subject], today: date,
              problems: list[str]) -> tuple[dict, set[str]]:
    added, changed = [], []
    for row in rows:
        code = row["code"]
        if row["site"] != site or not code.startswith(f"{site}-"):
            problems.append(tr("reference", "subject {code}: listed for site {site}, but this "
                               "workstation is site {ours}", code=code, site=row["site"],
                               ours=site))
            continue
        try:
            subject = validate_subject(Subject(
                code, row["initials"], row["birth_year"], row["sex"],
                bool(row["childbearing_potential"]), row["enrolment_date"]), today=today)
        except SubjectError as exc:
            problems.append(tr("reference", "subject {code}: {problem}", code=code,
                               problem=exc.args[0] if exc.args else str(exc)))
            continue
        values = {f: _subject_value(getattr(subject, f)) for f in SUBJECT_FIELDS}
        before = held.get(code)
        if before is None:
            added.append({"code": code, **values})
        elif diff := {f: [_subject_value(getattr(before, f)), values[f]]
                      for f in SUBJECT_FIELDS if getattr(before, f) != getattr(subject, f)}:
            changed.append({"code": code, "changes": diff})
    known = set(held) | {s["code"] for s in added}
    return {"added": added, "changed": changed}, known


def _bank_vial(row: dict) -> BankVial:
    return BankVial(row["vial_id"], row["lot"], parse_expiry(row["expiry"]),
                    row["release_status"], row["cells_per_vial"], row["volume_ml"],
                    row["allocated_subject"], row["allocated_visit"], row["gtin"],
                    row["product_code"])


def _vials(site: str, rows: list[dict], held: dict[str, BankVial], registered: set[str],
           problems: list[str]) -> dict:
    incoming = []
    for row in rows:
        if row["site"] != site:
            problems.append(tr("reference", "vial {vial}: listed for site {site}",
                               vial=row["vial_id"], site=row["site"]))
            continue
        try:
            incoming.append(_bank_vial(row))
        except (ValueError, TypeError) as exc:
            problems.append(tr("reference", "vial {vial}: {problem}", vial=row["vial_id"],
                               problem=exc.args[0] if exc.args else str(exc)))
    # The same checks as a bank file: written out as one and read back.
    parsed, row_problems = parse_bank_rows(format_bank_csv(incoming))
    vial_at = {line: vial.vial_id for line, vial in enumerate(incoming, start=2)}
    new, changed, _, refused = check_update(held, registered, parsed)
    problems += [tr("reference", "vial {vial}: {problem}", vial=vial_at.get(p.line, "?"),
                    problem=p.message) for p in [*row_problems, *refused]]
    return vial_update_payload(new, changed)


def _accounts(site: str, rows: list[dict], held: dict[str, dict], problems: list[str]) -> dict:
    added, changed = [], []
    roles = {role.value for role in Role}
    for row in rows:
        name = row["username"]
        if row["site"] != site:
            problems.append(tr("reference", "account {name}: listed for site {site}", name=name,
                               site=row["site"]))
        elif row["role"] not in roles:
            problems.append(tr("reference", "account {name}: unknown role '{role}'", name=name,
                               role=row["role"]))
        elif not (row["display_name"] or "").strip():
            problems.append(tr("reference", "account {name}: no printed name (signatures need "
                               "one)", name=name))
        elif name not in held:
            if not (row["password_hash"] or "").startswith("$argon2id$"):
                problems.append(tr("reference", "account {name}: no argon2id password hash, so "
                                   "it cannot be created on this workstation", name=name))
                continue
            added.append({"username": name, "display_name": row["display_name"],
                          "role": row["role"], "active": bool(row["active"]),
                          "password_hash": row["password_hash"]})
        else:
            new = {"display_name": row["display_name"], "role": row["role"],
                   "active": bool(row["active"])}
            if diff := {f: [held[name][f], new[f]] for f in ACCOUNT_FIELDS
                        if held[name][f] != new[f]}:
                changed.append({"username": name, "changes": diff})
    return {"added": added, "changed": changed}


def check_pull(site: str, held: LocalReference, *, subjects: list[dict], vials: list[dict],
               accounts: list[dict], flags: list[dict], today: date,
               ) -> tuple[dict[str, Any], list[str]]:
    """(journal payload of what changes here, problems). Any problem refuses the whole pull.

    Subjects are checked first, so a vial may be allocated to a subject arriving in the same
    pull. Flags are taken as the centre states them (it alone can see them).
    """
    problems: list[str] = []
    subject_changes, known = _subjects(site, subjects, held.subjects, today, problems)
    payload = {
        "subjects": subject_changes,
        "vials": _vials(site, vials, held.vials, known, problems),
        "accounts": _accounts(site, accounts, held.accounts, problems),
        "flags": [{"id": f["id"], **{k: f[k] for k in FLAG_FIELDS}} for f in flags
                  if held.flags.get(f["id"]) != {k: f[k] for k in FLAG_FIELDS}],
    }
    return payload, problems


def changes_count(payload: dict[str, Any]) -> int:
    return sum(len(payload[part][kind]) for part in ("subjects", "vials", "accounts")
               for kind in ("added", "changed")) + len(payload["flags"])
