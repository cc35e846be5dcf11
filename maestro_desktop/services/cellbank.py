"""The ASC cell bank: the coordinator's CSV import, and the vials bedside verification reads.

An import is all or nothing: every row is checked (format, subject registry, vials already
used) before anything is written, and an accepted file becomes ONE `cellbank.imported`
journal event, so the audit trail shows which file (name and SHA-256) changed which vial.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..domain.cellbank import (
    CSV_COLUMNS,
    BankVial,
    RowProblem,
    bank_payload,
    check_update,
    format_bank_csv,
    parse_bank_rows,
)
from ..domain.i18n import tr, trn
from ..domain.roles import Action
from .clinic import Clinic, User, require
from .errors import ImportRejected, InvalidInput

_SELECT = f"SELECT {', '.join(CSV_COLUMNS)}, administered_session FROM vials"
# A primary-key lookup (sqlite_autoindex_vials_1): the bedside check runs it on every scan.
GET_VIAL_SQL = f"{_SELECT} WHERE vial_id = ?"


@dataclass(frozen=True)
class ImportReport:
    """What an accepted file did. `problems` is always empty: any problem raises
    ImportRejected instead, with nothing written."""

    added: tuple[str, ...]      # vial ids
    changed: tuple[str, ...]    # vial ids
    unchanged: int
    problems: tuple[RowProblem, ...] = ()

    @property
    def summary(self) -> str:
        if not self.added and not self.changed:
            return trn("cellbank", "nothing to import: {count} vial unchanged",
                       "nothing to import: {count} vials unchanged", self.unchanged)
        return tr("cellbank", "{added} added, {changed} changed, {unchanged} unchanged",
                  added=len(self.added), changed=len(self.changed), unchanged=self.unchanged)


def _stored_expiry(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _vial(row: tuple) -> BankVial:
    values = dict(zip((*CSV_COLUMNS, "administered_session"), row, strict=True))
    values["expiry"] = _stored_expiry(values["expiry"])
    return BankVial(**values)


def list_bank(clinic: Clinic) -> list[BankVial]:
    """Every vial of the bank, by vial id, with the session that used it (if any)."""
    return [_vial(row) for row in clinic.db.execute(f"{_SELECT} ORDER BY vial_id")]


def get_vial(clinic: Clinic, vial_id: str) -> BankVial | None:
    """The vial whose label carries `vial_id` (DIN or GS1 serial, exactly), or None."""
    row = clinic.db.execute(GET_VIAL_SQL, [vial_id]).fetchone()
    return _vial(row) if row else None


def _decode(data: bytes, file_name: str) -> str:
    try:
        return data.decode("utf-8-sig")  # a spreadsheet's byte-order mark is welcome
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InvalidInput(tr("cellbank", "{file} is not UTF-8 text (line {line}); save it from "
                              "the spreadsheet as 'CSV UTF-8'. Nothing was imported.",
                              file=file_name, line=line)) from None


def import_csv(clinic: Clinic, actor: User, source: bytes | str | Path, *,
               file_name: str | None = None) -> ImportReport:
    """Import a bank file: a Path is read, bytes are the file's content, a str is its text.

    Raises ImportRejected (every problem, with its line) and writes nothing when any row is
    wrong; raises InvalidInput when the bytes are not UTF-8.
    """
    require(actor, Action.IMPORT_REFERENCE)
    if isinstance(source, Path):
        file_name = file_name or source.name
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise InvalidInput(tr("cellbank", "{file} cannot be read ({problem}).",
                                  file=str(source), problem=exc.strerror)) from None
    else:
        data = source.encode("utf-8") if isinstance(source, str) else bytes(source)
    name = file_name or tr("cellbank", "the file")
    rows, problems = parse_bank_rows(_decode(data, name))
    return _import(clinic, actor, rows, problems, name, hashlib.sha256(data).hexdigest())


def import_rows(clinic: Clinic, actor: User, vials: Iterable[BankVial], *,
                file_name: str) -> ImportReport:
    """Import vials built in code (training data) exactly as if they came as a file: they are
    written out as CSV and read back, so they pass the same checks; lines count in that file.
    `administered_session` is not part of a bank file and is ignored here."""
    require(actor, Action.IMPORT_REFERENCE)
    text = format_bank_csv(vials)
    rows, problems = parse_bank_rows(text)
    return _import(clinic, actor, rows, problems, file_name,
                   hashlib.sha256(text.encode("utf-8")).hexdigest())


def _import(clinic: Clinic, actor: User, rows: list[tuple[int, BankVial]],
            problems: list[RowProblem], file_name: str, digest: str) -> ImportReport:
    problems = list(problems)
    # Checked and written in one transaction: the bank cannot change between the two.
    with clinic.transaction():
        existing = {vial.vial_id: vial for vial in list_bank(clinic)}
        registered = {row[0] for row in clinic.db.execute("SELECT code FROM subjects")}
        new, changed, unchanged, refused = check_update(existing, registered, rows)
        problems += refused
        if problems:
            raise ImportRejected(sorted(problems, key=lambda p: p.line), file_name)
        if new or changed:
            clinic.record("cellbank.imported", {
                "file_name": file_name, "sha256": digest, **bank_payload(new, changed),
                "unchanged": unchanged,
            }, actor=actor.username)
    return ImportReport(tuple(v.vial_id for v in new), tuple(v.vial_id for v, _ in changed),
                        unchanged)
