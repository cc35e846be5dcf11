"""One scan of a vial label: clean up what the scanner sent, tell GS1 from ISBT 128, and refuse
anything that cannot be read without guessing.

A hand-held scanner types the barcode's text like a keyboard: it may add a carriage return or a
tab, prefix an AIM symbology identifier (`]d2` for a GS1 DataMatrix), and -- because a keyboard
cannot type ASCII 29 -- send a programmed substitute for the GS1 group separator. The camera path
(zxing-cpp) gives the same text. Everything here works on that text only: no scanner, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ..i18n import Text, tr, tr_table

GS = "\x1d"
"""ASCII 29, the group separator that stands for FNC1 between GS1 fields."""

FORMAT_NAMES = {"GS1": "GS1", "ISBT128": "ISBT 128"}

# Scanners append a line end or a tab; nothing else is trimmed, because Python's str.strip()
# would also remove ASCII 28-31, and a group separator is data.
_EDGE_WHITESPACE = " \t\r\n\v\f"
_AIM_ID = re.compile(r"\][A-Za-z][0-9A-Za-z]")
# AIM identifiers that announce GS1 data (FNC1 in first position): GS1-128, GS1 DataBar,
# GS1 DataMatrix, GS1 QR Code, GS1 DotCode.
GS1_SYMBOLOGIES = frozenset({"]C1", "]e0", "]d2", "]Q3", "]J1"})


class LabelError(ValueError):
    """Why a scan cannot be used, in plain words."""


# The names of the fields a label shows (`ParsedLabel.fields` keeps them in English, as the
# journal does; `shown_fields` translates them, a GS1 identifier in brackets kept).
FIELD_WORDS = tr_table("labels", {
    "GTIN": "GTIN", "Lot": "Lot", "Expiry": "Expiry", "Serial": "Serial",
    "Expiry date and time": "Expiry date and time", "Compound message": "Compound message",
    "DIN": "DIN", "Flags": "Flags", "Flags note": "Flags note",
    "Check character": "Check character", "Product code": "Product code",
    "Product code note": "Product code note", "Manual entry": "Manual entry",
})
# Notes a label's fields may carry, by key (their English text is what `fields` holds).
NOTE_WORDS = tr_table("labels", {
    "no_flags": "no flags: the barcode carries no check of the DIN",
    "not_check": "not a check value: the DIN was not checked by its flags",
    "not_cellular": "not a cellular therapy code (those start with S)",
})
_COMPOUND = re.compile(r"(\d+) data structures, reference (\S+)")
_WITH_AI = re.compile(r"(.+) \((\d{2,4})\)")


def field_name(key: str) -> str:
    """A field's name in the current language: 'Expiry (17)' -> 'Péremption (17)'."""
    if key in FIELD_WORDS:
        return FIELD_WORDS[key]
    match = _WITH_AI.fullmatch(key)
    if match and match.group(1) in FIELD_WORDS:
        return f"{FIELD_WORDS[match.group(1)]} ({match.group(2)})"
    return key


def field_value(value: str) -> str:
    """A field's value in the current language when it is one of the notes written here."""
    for note in NOTE_WORDS:
        if NOTE_WORDS.source(note) == value:
            return NOTE_WORDS[note]
    match = _COMPOUND.fullmatch(value)
    if match:
        return compound_text(int(match.group(1)), match.group(2))
    return value


def compound_text(count: int, reference: str) -> Text:
    return tr("labels", "{count} data structures, reference {reference}", count=count,
              reference=reference)


def shown_fields(fields: dict[str, str]) -> dict[str, str]:
    """A label's fields (as scanned, or as read back from the journal) for the screen or the
    sheet: names and notes in the current language, the values themselves as printed."""
    return {field_name(key): field_value(value) for key, value in fields.items()}


@dataclass(frozen=True)
class ParsedLabel:
    """What one scan says about a vial.

    `vial_id` is what identifies this very vial: the ISBT 128 DIN's 13 characters (no flags),
    or the GS1 serial number (AI 21); None when the label carries neither. `expiry` is a date
    for GS1 AI 17 and a naive local date-time for GS1 AI 7003 or ISBT 128. `fields` lists every
    element read, in label order, with readable keys, for the screen and the journal.
    """

    format: str
    vial_id: str | None
    gtin: str | None
    lot: str | None
    expiry: date | datetime | None
    product_code: str | None
    fields: dict[str, str]
    symbology: str | None
    raw: str


def normalise_scan(raw: str, *, gs_substitute: str = "|") -> tuple[str, str | None]:
    """(text, symbology): `raw` without the whitespace scanners add around it, without a leading
    AIM symbology identifier (returned separately, e.g. ']d2'), and with the site's group
    separator substitute (if not empty) turned back into ASCII 29."""
    text = raw.strip(_EDGE_WHITESPACE)
    symbology = None
    match = _AIM_ID.match(text)
    if match:
        symbology = match.group()
        text = text[match.end():]
    if gs_substitute:
        text = text.replace(gs_substitute, GS)
    return text, symbology


def parse_label(raw: str, *, accepted: tuple[str, ...] = ("GS1", "ISBT128"),
                gs_substitute: str = "|", max_length: int = 200) -> ParsedLabel:
    """Read one scan; raise LabelError saying why it cannot be used.

    Refused: nothing scanned, more than `max_length` characters, a format the site does not
    accept (`accepted`, from the setting site.labels.accepted), text that is neither GS1 nor
    ISBT 128, and anything ambiguous or damaged (see gs1.py and isbt128.py).
    """
    # Imported here because both modules build on LabelError and ParsedLabel defined above.
    from . import gs1, isbt128

    text, symbology = normalise_scan(raw, gs_substitute=gs_substitute)
    if not text.strip(GS):
        raise LabelError(tr("labels", "Nothing was read from the label: scan it again."))
    if len(text) > max_length:
        raise LabelError(tr("labels", "The scan is too long ({count} characters, at most "
                            "{most}): it is not a vial label. Scan the vial's own barcode.",
                            count=len(text), most=max_length))
    label_format = detect_format(text, symbology)
    if label_format not in accepted:
        raise LabelError(tr("labels", "{format} labels are not accepted at this site (setting "
                            "site.labels.accepted).", format=FORMAT_NAMES[label_format]))
    if label_format == "ISBT128":
        return isbt128.parse_isbt128(text, symbology=symbology, raw=raw)
    return gs1.parse_gs1(text, symbology=symbology, raw=raw)


def detect_format(text: str, symbology: str | None) -> str:
    """'GS1' or 'ISBT128' from the first character; LabelError if neither or if the scanner's
    symbology identifier contradicts the text."""
    first = text[0]
    if first in "=&":
        if symbology in GS1_SYMBOLOGIES:
            # A GS1 symbol never carries ISBT 128 data: the scan is corrupt or mixed up.
            raise LabelError(tr("labels", "The scanner reports a GS1 barcode ({symbology}) but "
                                "the text reads as ISBT 128: the scan is ambiguous. Scan the "
                                "label again.", symbology=symbology))
        return "ISBT128"
    if first.isascii() and (first.isdigit() or first in "(" + GS):
        return "GS1"
    raise LabelError(tr("labels", "This is not a GS1 or ISBT 128 vial label: scan the vial's "
                        "own barcode. If the text looks garbled, the scanner's keyboard layout "
                        "may not match the computer's: have the scanner checked."))


def describe_character(char: str) -> Text:
    """A character as a person can name it: 'Ã', 'a space', 'control character 0x1E'."""
    if char == " ":
        return tr("labels", "a space")
    if not char.isprintable() or char == GS:
        return tr("labels", "control character 0x{code}", code=f"{ord(char):02X}")
    return Text(f"'{char}'")
