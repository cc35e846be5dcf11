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
        return f"line {self.line}: {self.message}"


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
    for pattern, form in ((DATE_TEXT, "date (YYYY-MM-DD)"),
                          (DATETIME_TEXT, "date and time (YYYY-MM-DDTHH:MM)")):
        if pattern.fullmatch(text):
            fmt = "%Y-%m-%d" if pattern is DATE_TEXT else "%Y-%m-%dT%H:%M"
            try:
                moment = datetime.strptime(text.replace(" ", "T"), fmt)
            except ValueError:
                raise ValueError(f"expiry '{text}' is not a valid {form}") from None
            return moment.date() if pattern is DATE_TEXT else moment
    raise ValueError(f"expiry '{text}' is not a valid date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM "
                     "in local time)")


def _positive(name: str, text: str, problems: list[str]) -> float | None:
    # French spreadsheets write 1,5: accept either decimal mark, never thousands separators.
    value = text.replace(",", ".")
    number = float(value) if NUMBER.fullmatch(value) else math.nan
    if not math.isfinite(number):
        problems.append(f"{name} '{text}' is not a number")
    elif number <= 0:
        problems.append(f"{name} must be more than 0 (got '{text}')")
    else:
        return number
    return None


def _row_vial(row: dict[str, str]) -> tuple[BankVial | None, list[str]]:
    """The vial of one row, or None with every reason it cannot be one."""
    problems = [f"{name} is missing" for name in REQUIRED if not row[name]]
    vial_id, lot = row["vial_id"], row["lot"]
    if vial_id and vial_id_kind(vial_id) is None:
        problems.append(f"vial_id '{vial_id}' is neither an ISBT 128 DIN (13 characters, e.g. "
                        "G123426000001) nor a GS1 serial (1-20 letters, digits or -./_ etc., "
                        "no spaces)")
    if len(lot) > LOT_MAX:
        problems.append(f"lot '{lot}' is longer than {LOT_MAX} characters")
    expiry: date | datetime | None = None
    if row["expiry"]:
        try:
            expiry = parse_expiry(row["expiry"])
        except ValueError as exc:
            problems.append(str(exc))
    status = row["release_status"].lower()
    if status and status not in RELEASE_STATUSES:
        problems.append(f"release_status '{row['release_status']}' must be one of "
                        + ", ".join(RELEASE_STATUSES))
    cells = _positive("cells_per_vial", row["cells_per_vial"], problems) \
        if row["cells_per_vial"] else None
    volume = _positive("volume_ml", row["volume_ml"], problems) if row["volume_ml"] else None
    subject, visit_text = row["allocated_subject"] or None, row["allocated_visit"]
    visit = int(visit_text) if visit_text in ("1", "2", "3") else None
    if visit_text and visit is None:
        problems.append(f"allocated_visit '{visit_text}' must be 1, 2 or 3")
    if subject and not SUBJECT_CODE.match(subject):
        problems.append(f"allocated_subject '{subject}' must be a subject code like 01-003")
    # A vial is allocated to one injection: a subject without a visit (or the reverse) would
    # let the bedside check accept it for any visit.
    if bool(subject) != bool(visit_text):
        problems.append("allocated_subject and allocated_visit must be given together")
    gtin = row["gtin"] or None
    if gtin and not gtin_ok(gtin):
        problems.append(f"gtin '{gtin}' is not a GTIN-14 (14 digits, last one the check digit)")
    if problems:
        return None, problems
    assert expiry is not None
    return BankVial(vial_id, lot, expiry, status, cells, volume, subject, visit, gtin,
                    row["product_code"] or None), []


def _header_problem(header: list[str]) -> str | None:
    names = [h.strip().lower() for h in header]
    missing = [c for c in CSV_COLUMNS if c not in names]
    unknown = [n or "(blank)" for n in names if n not in CSV_COLUMNS]
    twice = sorted({n for n in names if n in CSV_COLUMNS and names.count(n) > 1})
    if not (missing or unknown or twice):
        return None
    parts = [f"{what}: {', '.join(items)}" for what, items in
             (("missing", missing), ("unknown", unknown), ("given twice", twice)) if items]
    return (f"the header is not the cell bank's ({'; '.join(parts)}); the first line must name "
            f"these columns, in any order: {','.join(CSV_COLUMNS)}")


def _lines(text: str) -> Iterable[str]:
    # csv counts lines itself (line_num); no splitlines(), which also breaks on \x0b, \x1c...
    for line in text.split("\n"):
        yield line + "\n"


def parse_bank_rows(text: str) -> tuple[list[tuple[int, BankVial]], list[RowProblem]]:
    """(line, vial) for every good row, and every problem found; blank rows are skipped."""
    text = text.removeprefix("\ufeff")  # a byte-order mark is not part of the header
    first = text.split("\n", 1)[0]
    if not first.strip():
        return [], [RowProblem(1, "the file is empty: the first line must be the header "
                                  + ",".join(CSV_COLUMNS))]
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
            problems.append(RowProblem(line, f"unreadable CSV ({exc})"))
            break
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        extra = cells[len(names):]
        if len(cells) < len(names) or any(extra):
            problems.append(RowProblem(line, f"has {len(cells)} values; the header names "
                                             f"{len(names)} columns"))
            continue
        vial, reasons = _row_vial(dict(zip(names, cells, strict=False)))
        problems += [RowProblem(line, reason) for reason in reasons]
        vial_id = cells[names.index("vial_id")]
        if vial_id in first_line:
            problems.append(RowProblem(line, f"vial_id '{vial_id}' is already on line "
                                             f"{first_line[vial_id]}"))
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
