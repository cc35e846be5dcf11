"""The ASC cell bank as the cell-therapy unit sends it: one CSV row per vial.

Pure rules: read and check the text, compare it with what the bank already holds. The service
decides what is journalled. A file is refused as a whole, so every problem is collected (with
its line number) rather than stopping at the first one.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import Any

from .i18n import Text, join, tr
from .subjects import CODE as SUBJECT_CODE

CSV_COLUMNS = ("vial_id", "lot", "expiry", "release_status", "cells_per_vial", "volume_ml",
               "allocated_subject", "allocated_visit", "gtin", "product_code")
REQUIRED = CSV_COLUMNS[:6]
RELEASE_STATUSES = ("released", "quarantine", "rejected")

# ISBT 128 donation identification number without its flags and check character: facility
# (a letter other than O, or a digit 1-9, then 4 digits), 2-digit year, 6-digit sequence.
DIN = re.compile(r"[A-NP-Z1-9][0-9]{4}[0-9]{2}[0-9]{6}")
# GS1 serial (AI 21): 1-20 characters of the AI encodable set 82 (no space, #, $, @, |, ...),
# so a value the bank accepts is always one a GS1 label can carry.
GS1_SERIAL = re.compile(r"""[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}""")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
DATETIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
LOT_MAX = 20  # GS1 AI 10 holds at most 20 characters


@dataclass(frozen=True)
class BankVial:
    """One vial of the bank. `expiry` is a date (usable through that day) or a naive local
    date-time; the two numbers are None only for vials registered before the CSV import."""

    vial_id: str
    lot: str
    expiry: date | datetime
    release_status: str
    cells_per_vial: float | None
    volume_ml: float | None
    allocated_subject: str | None = None
    allocated_visit: int | None = None
    gtin: str | None = None
    product_code: str | None = None
    administered_session: str | None = None

    @property
    def expiry_text(self) -> str:
        return expiry_text(self.expiry)

    def usable_until(self) -> datetime:
        """First local moment the vial is expired: the next midnight for a date."""
        if isinstance(self.expiry, datetime):
            return self.expiry
        return datetime.combine(self.expiry + timedelta(days=1), time())


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return self.text()

    def text(self) -> Text:
        """'line 4: lot ... is longer than 20 characters', in the current language."""
        return tr("cellbank", "line {line}: {problem}", line=self.line, problem=self.message)


def vial_id_kind(text: str) -> str | None:
    """'DIN', 'serial', or None when a label could not carry it."""
    if DIN.fullmatch(text):
        return "DIN"
    return "serial" if GS1_SERIAL.fullmatch(text) else None


def gtin_ok(text: str) -> bool:
    """14 digits whose last is the GS1 mod-10 check digit (weights 3,1,3... from the right)."""
    if not re.fullmatch(r"\d{14}", text):
        return False
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(text[:13])))
    return (10 - total % 10) % 10 == int(text[13])


def expiry_text(value: date | datetime) -> str:
    return value.isoformat(timespec="minutes") if isinstance(value, datetime) \
        else value.isoformat()


def parse_expiry(text: str) -> date | datetime:
    """'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' (local time); ValueError names the expected form."""
    for pattern in (DATE_TEXT, DATETIME_TEXT):
        if pattern.fullmatch(text):
            fmt = "%Y-%m-%d" if pattern is DATE_TEXT else "%Y-%m-%dT%H:%M"
            try:
                moment = datetime.strptime(text.replace(" ", "T"), fmt)
            except ValueError:
                raise ValueError(
                    tr("cellbank", "expiry '{text}' is not a valid date (YYYY-MM-DD)", text=text)
                    if pattern is DATE_TEXT else
                    tr("cellbank", "expiry '{text}' is not a valid date and time "
                       "(YYYY-MM-DDTHH:MM)", text=text)) from None
            return moment.date() if pattern is DATE_TEXT else moment
    raise ValueError(tr("cellbank", "expiry '{text}' is not a valid date (YYYY-MM-DD, or "
                        "YYYY-MM-DDTHH:MM in local time)", text=text))


def _positive(name: str, text: str, problems: list[str]) -> float | None:
    # French spreadsheets write 1,5: accept either decimal mark, never thousands separators.
    value = text.replace(",", ".")
    number = float(value) if NUMBER.fullmatch(value) else math.nan
    if not math.isfinite(number):
        problems.append(tr("cellbank", "{column} '{text}' is not a number", column=name,
                           text=text))
    elif number <= 0:
        problems.append(tr("cellbank", "{column} must be more than 0 (got '{text}')",
                           column=name, text=text))
    else:
        return number
    return None


def _row_vial(row: dict[str, str]) -> tuple[BankVial | None, list[str]]:
    """The vial of one row, or None with every reason it cannot be one."""
    problems = [tr("cellbank", "{column} is missing", column=name)
                for name in REQUIRED if not row[name]]
    vial_id, lot = row["vial_id"], row["lot"]
    if vial_id and vial_id_kind(vial_id) is None:
        problems.append(tr("cellbank", "vial_id '{vial}' is neither an ISBT 128 DIN (13 "
                           "characters, e.g. G123426000001) nor a GS1 serial (1-20 letters, "
                           "digits or -./_ etc., no spaces)", vial=vial_id))
    if len(lot) > LOT_MAX:
        problems.append(tr("cellbank", "lot '{lot}' is longer than {most} characters", lot=lot,
                           most=LOT_MAX))
    expiry: date | datetime | None = None
    if row["expiry"]:
        try:
            expiry = parse_expiry(row["expiry"])
        except ValueError as exc:
            problems.append(exc.args[0] if exc.args else str(exc))
    status = row["release_status"].lower()
    if status and status not in RELEASE_STATUSES:
        problems.append(tr("cellbank", "release_status '{status}' must be one of {choices}",
                           status=row["release_status"], choices=", ".join(RELEASE_STATUSES)))
    cells = _positive("cells_per_vial", row["cells_per_vial"], problems) \
        if row["cells_per_vial"] else None
    volume = _positive("volume_ml", row["volume_ml"], problems) if row["volume_ml"] else None
    subject, visit_text = row["allocated_subject"] or None, row["allocated_visit"]
    visit = int(visit_text) if visit_text in ("1", "2", "3") else None
    if visit_text and visit is None:
        problems.append(tr("cellbank", "allocated_visit '{visit}' must be 1, 2 or 3",
                           visit=visit_text))
    if subject and not SUBJECT_CODE.match(subject):
        problems.append(tr("cellbank", "allocated_subject '{subject}' must be a subject code "
                           "like 01-003", subject=subject))
    # A vial is allocated to one injection: a subject without a visit (or the reverse) would
    # let the bedside check accept it for any visit.
    if bool(subject) != bool(visit_text):
        problems.append(tr("cellbank", "allocated_subject and allocated_visit must be given "
                           "together"))
    gtin = row["gtin"] or None
    if gtin and not gtin_ok(gtin):
        problems.append(tr("cellbank", "gtin '{gtin}' is not a GTIN-14 (14 digits, last one the "
                           "check digit)", gtin=gtin))
    if problems:
        return None, problems
    assert expiry is not None
    return BankVial(vial_id, lot, expiry, status, cells, volume, subject, visit, gtin,
                    row["product_code"] or None), []


def _header_problem(header: list[str]) -> Text | None:
    names = [h.strip().lower() for h in header]
    missing = [c for c in CSV_COLUMNS if c not in names]
    unknown = [n or tr("cellbank", "(blank)") for n in names if n not in CSV_COLUMNS]
    twice = sorted({n for n in names if n in CSV_COLUMNS and names.count(n) > 1})
    if not (missing or unknown or twice):
        return None
    parts = []
    if missing:
        parts.append(tr("cellbank", "missing: {columns}", columns=join(", ", missing)))
    if unknown:
        parts.append(tr("cellbank", "unknown: {columns}", columns=join(", ", unknown)))
    if twice:
        parts.append(tr("cellbank", "given twice: {columns}", columns=join(", ", twice)))
    return tr("cellbank", "the header is not the cell bank's ({parts}); the first line must name "
              "these columns, in any order: {columns}", parts=join("; ", parts),
              columns=",".join(CSV_COLUMNS))


def _lines(text: str) -> Iterable[str]:
    # csv counts lines itself (line_num); no splitlines(), which also breaks on \x0b, \x1c...
    for line in text.split("\n"):
        yield line + "\n"


def parse_bank_rows(text: str) -> tuple[list[tuple[int, BankVial]], list[RowProblem]]:
    """(line, vial) for every good row, and every problem found; blank rows are skipped."""
    text = text.removeprefix("\ufeff")  # a byte-order mark is not part of the header
    first = text.split("\n", 1)[0]
    if not first.strip():
        return [], [RowProblem(1, tr("cellbank", "the file is empty: the first line must be the "
                                     "header {columns}", columns=",".join(CSV_COLUMNS)))]
    # Spreadsheets set to French write ';' between values: the header tells which one is used.
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(_lines(text), delimiter=delimiter)
    header = next(reader)
    if (problem := _header_problem(header)) is not None:
        return [], [RowProblem(1, problem)]
    names = [h.strip().lower() for h in header]
    vials: list[tuple[int, BankVial]] = []
    problems: list[RowProblem] = []
    first_line: dict[str, int] = {}
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(line, tr("cellbank", "unreadable CSV ({problem})",
                                                problem=str(exc))))
            break
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        extra = cells[len(names):]
        if len(cells) < len(names) or any(extra):
            problems.append(RowProblem(line, tr(
                "cellbank", "has {count} values; the header names {columns} columns",
                count=len(cells), columns=len(names))))
            continue
        vial, reasons = _row_vial(dict(zip(names, cells, strict=False)))
        problems += [RowProblem(line, reason) for reason in reasons]
        vial_id = cells[names.index("vial_id")]
        if vial_id in first_line:
            problems.append(RowProblem(line, tr(
                "cellbank", "vial_id '{vial}' is already on line {line}", vial=vial_id,
                line=first_line[vial_id])))
            continue
        if vial_id:
            first_line[vial_id] = line
        if vial is not None:
            vials.append((line, vial))
    return vials, problems


def parse_bank_csv(text: str) -> tuple[list[BankVial], list[RowProblem]]:
    rows, problems = parse_bank_rows(text)
    return [vial for _, vial in rows], problems


def vial_row(vial: BankVial) -> dict[str, str]:
    """The vial as CSV cells (the inverse of a parsed row)."""
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return expiry_text(value)
        return repr(value) if isinstance(value, float) else str(value)
    return {name: cell(getattr(vial, name)) for name in CSV_COLUMNS}


def format_bank_csv(vials: Iterable[BankVial]) -> str:
    """A file `parse_bank_csv` reads back to the same vials (administered_session aside)."""
    out: list[str] = []
    writer = csv.writer(_Sink(out), lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([vial_row(vial)[c] for c in CSV_COLUMNS] for vial in vials)
    return "".join(out)


class _Sink:
    """Where csv.writer writes: a list of strings (no io here, the domain does no I/O)."""

    def __init__(self, out: list[str]) -> None:
        self.write = out.append


Change = dict[str, tuple[Any, Any]]


def vial_changes(old: BankVial, new: BankVial) -> Change:
    """field -> (old, new) for each CSV column that differs."""
    return {name: (getattr(old, name), getattr(new, name)) for name in CSV_COLUMNS
            if getattr(old, name) != getattr(new, name)}


def bank_changes(existing: dict[str, BankVial], incoming: list[BankVial],
                 ) -> tuple[list[BankVial], list[tuple[BankVial, Change]], int]:
    """(vials not in the bank yet, vials with their changed fields, count unchanged).

    Vials of the bank missing from the file are left alone: a file is an update, not the
    whole bank (a vial is never deleted from the record).
    """
    new, changed, unchanged = [], [], 0
    for vial in incoming:
        before = existing.get(vial.vial_id)
        if before is None:
            new.append(vial)
        elif diff := vial_changes(before, vial):
            changed.append((vial, diff))
        else:
            unchanged += 1
    return new, changed, unchanged


def payload_value(value: Any) -> Any:
    """A field value as journal JSON: dates as text, the rest as is."""
    return expiry_text(value) if isinstance(value, date) else value


def vial_payload(vial: BankVial) -> dict[str, Any]:
    return {f.name: payload_value(getattr(vial, f.name)) for f in fields(vial)
            if f.name in CSV_COLUMNS}


def check_update(existing: dict[str, BankVial], registered: set[str],
                 rows: list[tuple[int, BankVial]],
                 ) -> tuple[list[BankVial], list[tuple[BankVial, Change]], int, list[RowProblem]]:
    """`bank_changes`, plus the rules an update must keep: an allocation names a registered
    subject, and a vial already administered keeps its record as it was."""
    problems = [RowProblem(line, tr("cellbank", "allocated_subject {subject} is not a "
                                    "registered subject", subject=vial.allocated_subject))
                for line, vial in rows
                if vial.allocated_subject and vial.allocated_subject not in registered]
    line_of = {vial.vial_id: line for line, vial in rows}
    new, changed, unchanged = bank_changes(existing, [vial for _, vial in rows])
    for vial, diff in changed:
        if used := existing[vial.vial_id].administered_session:
            # What was injected is history: the record of that vial must stay as it was.
            problems.append(RowProblem(line_of[vial.vial_id], tr(
                "cellbank", "vial {vial} was already administered (session {session}); its "
                "{columns} cannot be changed", vial=vial.vial_id, session=used,
                columns=", ".join(diff))))
    return new, changed, unchanged, problems


def bank_payload(new: list[BankVial], changed: list[tuple[BankVial, Change]]) -> dict[str, Any]:
    """The journal form of an accepted update (the `cellbank.imported` event's core)."""
    return {"added": [vial_payload(vial) for vial in new],
            "changed": [{"vial_id": vial.vial_id,
                         "changes": {name: [payload_value(old), payload_value(value)]
                                     for name, (old, value) in diff.items()}}
                        for vial, diff in changed]}
