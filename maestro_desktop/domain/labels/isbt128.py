"""ISBT 128 (ICCBBA ST-001) data structures on cellular therapy labels: the Donation
Identification Number (001), the product code (003), the expiration date and time (005), and
compound messages (023) that carry several of them in one 2-D symbol.

Hand-written: no maintained library reads ISBT 128. The check on the DIN is ISO 7064 mod 37-2,
taken from python-stdnum; the worked example of the standard is in the tests.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from stdnum.iso7064 import mod_37_2

from ..i18n import tr, tr_table
from .scan import NOTE_WORDS, LabelError, ParsedLabel, compound_text, describe_character

CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
# α is A-N, P-Z or 1-9 (never O or 0, which read alike); then 12 digits: pppp yy nnnnnn.
_DIN = re.compile(r"[A-NP-Z1-9][0-9]{12}")
_TYPE3_FLAGS = range(60, 97)  # 60 + a checksum of 0 to 36
_REPEAT_NAMES = tr_table("labels", {"DIN": "two DINs", "Product code": "two product codes",
                                    "Expiry": "two expiries"})


def _din_hint() -> str:
    return tr("labels", "a DIN is 13 characters, e.g. G1234 17 654321")


def isbt_checksum(din13: str) -> int:
    """The ISO 7064 mod 37-2 checksum (0 to 36) of a DIN's 13 characters."""
    return CHECK_ALPHABET.index(isbt_check_character(din13))


def isbt_check_character(din13: str) -> str:
    """The eye-readable check character printed next to the DIN: '0'-'9', 'A'-'Z' or '*'."""
    if not _DIN.fullmatch(din13):
        raise LabelError(tr("labels", "'{din}' is not a DIN: {hint}.", din=din13,
                            hint=_din_hint()))
    return mod_37_2.calc_check_digit(din13, alphabet=CHECK_ALPHABET)


def format_din(din13: str) -> str:
    """'G123417654321' -> 'G1234 17 654321', as printed under the barcode."""
    return f"{din13[:5]} {din13[5:7]} {din13[7:]}"


def parse_manual_din(text: str) -> str:
    """A DIN typed by hand with its check character ('G1234 17 654321 A'): the DIN's 13
    characters once the check character matches; LabelError saying what to retype otherwise."""
    typed = "".join(text.split()).upper()
    if len(typed) != 14:
        raise LabelError(tr("labels", "Type the DIN's 13 characters then its check character, "
                            "e.g. G1234 17 654321 A ({count} characters typed).",
                            count=len(typed)))
    din, check = typed[:13], typed[13]
    if not _DIN.fullmatch(din):
        raise LabelError(tr("labels", "'{din}' is not a DIN: {hint} (it never starts with O or "
                            "0); retype it.", din=format_din(din), hint=_din_hint()))
    expected = isbt_check_character(din)
    if check != expected:
        raise LabelError(tr("labels", "Check character '{check}' does not match DIN {din} "
                            "(expected {expected}): retype it", check=check,
                            din=format_din(din), expected=expected))
    return din


def parse_isbt128(text: str, *, symbology: str | None, raw: str) -> ParsedLabel:
    """One or more data structures, optionally behind a compound message header (`=+nnmmm`)."""
    for char in text:
        if not (char.isascii() and char.isprintable() and char != " "):
            raise LabelError(tr("labels", "The scan contains {character}, which an ISBT 128 "
                                "label cannot hold: scan it again.",
                                character=describe_character(char)))
    fields: dict[str, str] = {}
    values: dict[str, object] = {}
    announced = None
    rest = text
    if rest.startswith("=+"):
        header = re.match(r"=\+([0-9]{2})([0-9]{3})", rest)
        if header is None:
            raise LabelError(tr("labels", "The ISBT 128 compound message header is damaged: "
                                "scan it again."))
        announced = int(header.group(1))
        fields["Compound message"] = compound_text(announced, header.group(2))
        rest = rest[header.end():]
    count = 0
    while rest:
        name, value, shown, rest = _next_structure(rest)
        if name in values:
            raise LabelError(tr("labels", "The label carries {what}: the scan is ambiguous. Scan "
                                "each barcode on its own.", what=_REPEAT_NAMES[name]))
        values[name] = value
        fields.update(shown)
        count += 1
    if announced is not None and count != announced:
        raise LabelError(tr("labels", "The compound ISBT 128 message announces {announced} "
                            "data structures but holds {count}: the scan is incomplete. Scan it "
                            "again.", announced=announced, count=count))
    if count == 0:
        raise LabelError(tr("labels", "The ISBT 128 compound message is empty: scan each "
                            "barcode on its own."))
    return ParsedLabel(format="ISBT128", vial_id=values.get("DIN"), gtin=None, lot=None,
                       expiry=values.get("Expiry"), product_code=values.get("Product code"),
                       fields=fields, symbology=symbology, raw=raw)


def _next_structure(rest: str) -> tuple[str, object, dict[str, str], str]:
    """(name, value, fields to show, what follows) for the structure at the start of `rest`."""
    if rest.startswith("=<"):
        return _product_code(rest[2:10]) + (rest[10:],)
    if rest.startswith("&>"):
        return _expiry(rest[2:12]) + (rest[12:],)
    if rest.startswith("=") and len(rest) > 1 and (rest[1].isalnum() and rest[1].isascii()):
        return _din(rest[1:14], rest[14:16]) + (rest[16:],)
    identifier = rest[:2]
    raise LabelError(tr("labels", "This ISBT 128 label holds a data structure this app does not "
                        "read ('{identifier}'): scan the DIN, product code and expiry barcodes "
                        "one at a time.", identifier=identifier))


def _din(din: str, flags: str) -> tuple[str, str, dict[str, str]]:
    """Data structure 001: DIN then two flag characters; type-3 flags (60-96) are checked."""
    if not _DIN.fullmatch(din) or not re.fullmatch(r"[0-9]{2}", flags):
        raise LabelError(tr("labels", "The DIN '={din}' is damaged or incomplete ({hint}, then "
                            "2 flag digits; it never starts with O or 0): scan it again.",
                            din=f"{din}{flags}", hint=_din_hint()))
    checksum = isbt_checksum(din)
    shown = {"DIN": din, "Flags": flags}
    if int(flags) in _TYPE3_FLAGS:
        if int(flags) != 60 + checksum:
            raise LabelError(tr("labels", "DIN {din} does not match its check flags ({expected} "
                                "expected, {flags} read): the label is damaged or misread. Scan "
                                "it again; if this repeats, do not use the vial.",
                                din=format_din(din), expected=60 + checksum, flags=flags))
    elif flags == "00":
        shown["Flags note"] = NOTE_WORDS.source("no_flags")
    else:
        shown["Flags note"] = NOTE_WORDS.source("not_check")
    shown["Check character"] = CHECK_ALPHABET[checksum]
    return "DIN", din, shown


def _product_code(code: str) -> tuple[str, str, dict[str, str]]:
    """Data structure 003: 8 characters (letter, 4 digits, collection type, 2-character
    division); cellular therapy codes start with S. The code database is ICCBBA's, not ours."""
    if not re.fullmatch(r"[A-Z0-9]{6}[A-Za-z0-9]{2}", code):
        raise LabelError(tr("labels", "The product code '{code}' is damaged or incomplete (8 "
                            "letters or digits): scan it again.", code=code))
    shown = {"Product code": code}
    if not code.startswith("S"):
        shown["Product code note"] = NOTE_WORDS.source("not_cellular")
    return "Product code", code, shown


def _expiry(value: str) -> tuple[str, datetime, dict[str, str]]:
    """Data structure 005: cyyjjjhhmm -> naive local date-time (c = 0 for the 2000s)."""
    if not re.fullmatch(r"[0-9]{10}", value):
        raise LabelError(tr("labels", "The expiry '&>{value}' is damaged or incomplete (10 "
                            "digits: cyyjjjhhmm): scan it again.", value=value))
    year = 2000 + 100 * int(value[0]) + int(value[1:3])
    day_of_year, hour, minute = int(value[3:6]), int(value[6:8]), int(value[8:10])
    start = datetime(year, 1, 1)
    moment = start + timedelta(days=day_of_year - 1, hours=hour, minutes=minute)
    if not (1 <= day_of_year and moment.year == year and hour < 24 and minute < 60):
        raise LabelError(tr("labels", "The expiry '&>{value}' is not a real date and time (day "
                            "{day} of {year}, {time}): the label is misprinted or the scan "
                            "damaged. Do not use the vial until this is checked.", value=value,
                            day=day_of_year, year=year, time=f"{value[6:8]}:{value[8:10]}"))
    return "Expiry", moment, {"Expiry": moment.strftime("%Y-%m-%d %H:%M")}
