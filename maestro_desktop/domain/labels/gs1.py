"""GS1 element strings from a pharmaceutical DataMatrix: GTIN (01), lot (10), expiry (17),
serial (21) and expiry date-time (7003).

The `biip` library knows every Application Identifier's pattern, checks the GTIN check digit
and reads the dates (day 00 = last day of the month). What it does not do is refuse a message
whose fields run into each other: without a group separator, a lot greedily swallows the serial
that follows it. That check is done here, and an ambiguous message is refused, never guessed.

Two-digit years follow the GS1 rule (General Specifications 7.12): within 49 years past and
50 years ahead of the current year. biip reads the current year from the system clock -- the
only clock read under domain/, and it can change a result only for years 50 away from today.
"""

from __future__ import annotations

from datetime import date, datetime

from biip import ParseConfig, ParseError
from biip.gs1_application_identifiers import GS1ApplicationIdentifier
from biip.gs1_element_strings import GS1ElementString
from biip.gs1_messages import GS1Message

from ..i18n import Text, tr
from .scan import GS, GS1_SYMBOLOGIES, LabelError, ParsedLabel, describe_character, field_name

_CONFIG = ParseConfig(separator_chars=(GS,))
_NAMES = {"01": "GTIN", "10": "Lot", "17": "Expiry", "21": "Serial",
          "7003": "Expiry date and time"}
_DATE_FORMS = {"17": "YYMMDD", "7003": "YYMMDDhhmm"}
# Fields a swallowed element would hide; a lot that merely contains other digits is fine.
_HIDEABLE = ("10", "17", "21", "7003")
# GS1 character set 82 (General Specifications 7.11): all a GS1 field may contain.
_CHARACTER_SET = frozenset("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
                           "abcdefghijklmnopqrstuvwxyz")


def _name(ai: GS1ApplicationIdentifier) -> str:
    """The field's name as shown: ours for the usual fields, biip's description otherwise."""
    return field_name(_NAMES[ai.ai]) if ai.ai in _NAMES else ai.description


def _runs_into(ai: GS1ApplicationIdentifier) -> Text:
    return tr("labels", "{field} runs into the next field without a separator: rescan (the "
              "scanner must send the group separator)", field=_name(ai))


def parse_gs1(text: str, *, symbology: str | None, raw: str) -> ParsedLabel:
    """A usable vial label: GTIN (01) and a serial (21) or lot (10); LabelError otherwise."""
    printed = text.startswith("(")  # the printed form may be typed with spaces between fields
    allowed = _CHARACTER_SET | {GS} | ({" "} if printed else set())
    for char in text:
        if char not in allowed:
            raise LabelError(tr("labels", "The scan contains {character}, which a GS1 label "
                                "cannot hold: scan it again. If this repeats, the scanner's "
                                "keyboard layout or group separator may not match the site's "
                                "settings (site.labels.group_separator_substitute).",
                                character=describe_character(char)))
    if printed:
        elements = _parse_hri(text)
    else:
        _refuse_plain_gtin(text, symbology)
        elements = _parse_element_string(text)
    values = _unique_values(elements)
    if "01" not in values:
        raise LabelError(tr("labels", "This GS1 barcode has no GTIN (01): it is not a medicine "
                            "label. Scan the 2-D code on the vial label."))
    if "21" not in values and "10" not in values:
        raise LabelError(tr("labels", "This GS1 label has neither a serial number (21) nor a lot "
                            "(10): it cannot identify the vial."))
    expiry = _expiry(elements)
    fields = {_key(es): _shown(es) for es in elements}
    return ParsedLabel(format="GS1", vial_id=values.get("21"), gtin=values["01"],
                       lot=values.get("10"), expiry=expiry, product_code=None, fields=fields,
                       symbology=symbology, raw=raw)


def _parse_hri(text: str) -> list[GS1ElementString]:
    """The printed form '(01)...(17)...': the parentheses delimit every field."""
    try:
        message = GS1Message.parse_hri(text, config=_CONFIG)
    except ParseError:
        raise LabelError(tr("labels", "The label text in brackets, e.g. (01)...(21)..., does "
                            "not read as GS1 fields: scan the label again.")) from None
    # biip skips text it cannot match; rebuilt, the message must give back every character.
    if message.as_hri() != "".join(text.split()):
        raise LabelError(tr("labels", "Part of the label text in brackets does not read as GS1 "
                            "fields: scan the label again."))
    for es in message.element_strings:
        _check_element(es)
    return list(message.element_strings)


def _parse_element_string(text: str) -> list[GS1ElementString]:
    """Field after field, as biip's GS1Message.parse does, but noting where separators are."""
    elements: list[GS1ElementString] = []
    rest = text.lstrip(GS)  # some scanners send the leading FNC1 as a group separator
    while rest:
        es = _extract(rest)
        rest = rest[len(es):]
        separated = rest.startswith(GS)
        rest = rest.lstrip(GS)
        if _variable(es.ai) and rest and not separated:
            raise LabelError(_runs_into(es.ai))
        elements.append(es)
    present = {es.ai.ai for es in elements}
    for es in elements:
        if _variable(es.ai) and _hides_a_field(es.value, present):
            raise LabelError(_runs_into(es.ai))
    return elements


def _extract(rest: str) -> GS1ElementString:
    try:
        es = GS1ElementString.extract(rest, config=_CONFIG)
    except ParseError:
        raise LabelError(_why_unreadable(rest)) from None
    _check_element(es)
    return es


def _why_unreadable(rest: str) -> Text:
    """Name the field that failed when its identifier is known, else say the text is not GS1."""
    try:
        ai = GS1ApplicationIdentifier.extract(rest)
    except ParseError:
        return tr("labels", "The label does not read as GS1 fields (unknown field at '{text}'): "
                  "scan it again.", text=rest[:12])
    value = rest[len(ai.ai):].split(GS, 1)[0]
    if ai.ai in _DATE_FORMS:
        digits = len(_DATE_FORMS[ai.ai])
        return tr("labels", "{field} ({ai}) '{value}' is not a real date ({form}): the label is "
                  "misprinted or the scan damaged. Do not use the vial until this is checked.",
                  field=_name(ai), ai=ai.ai, value=value[:digits], form=_DATE_FORMS[ai.ai])
    return tr("labels", "{field} ({ai}) does not read correctly ('{value}'): scan the label "
              "again.", field=_name(ai), ai=ai.ai, value=value[:24])


def _check_element(es: GS1ElementString) -> None:
    """Refuse what biip accepts but flags: a wrong GTIN check digit, an expiry without a time."""
    if es.gtin_error is not None:
        raise LabelError(tr("labels", "GTIN (01) {value} has a wrong check digit: the label is "
                            "misprinted or the scan damaged. Scan it again.", value=es.value))
    if es.ai.ai in _DATE_FORMS and es.date is None:
        raise LabelError(tr("labels", "{field} ({ai}) '{value}' is not a real date ({form}).",
                            field=_name(es.ai), ai=es.ai.ai, value=es.value,
                            form=_DATE_FORMS[es.ai.ai]))
    if es.ai.ai == "7003" and es.datetime is None:
        # biip reads hour and minute 99 as "no time"; an expiry must say when.
        raise LabelError(tr("labels", "Expiry date and time (7003) '{value}' has no valid time.",
                            value=es.value))


def _variable(ai: GS1ApplicationIdentifier) -> bool:
    return ".." in ai.format


def _hides_a_field(value: str, present: set[str]) -> bool:
    """True if the end of `value` reads as fields the message lacks, e.g. lot 'ABC21XYZ' with
    no serial: the separator between lot 'ABC' and serial 'XYZ' was probably lost."""
    for start in range(1, len(value)):
        tail = value[start:]
        if tail.startswith(tuple(ai for ai in _HIDEABLE if ai not in present)):
            try:
                found = GS1Message.parse(tail, config=_CONFIG).element_strings
            except ParseError:
                continue
            if all(es.ai.ai in _HIDEABLE and es.ai.ai not in present for es in found):
                return True
    return False


def _refuse_plain_gtin(text: str, symbology: str | None) -> None:
    """A linear EAN/UPC or a bare GTIN is a product number, not one vial: say so plainly."""
    if symbology in GS1_SYMBOLOGIES or not (text.isdigit() and len(text) in (8, 12, 13, 14)):
        return
    digits = [int(d) for d in text.zfill(14)]
    check = (10 - sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits[:13])) % 10) % 10
    if check == digits[13]:
        raise LabelError(tr("labels", "This barcode holds only a product number ({number}), "
                            "not the vial's identity: scan the 2-D code (DataMatrix) on the vial "
                            "label.", number=text))


def _unique_values(elements: list[GS1ElementString]) -> dict[str, str]:
    """AI -> value; the same AI twice with different values makes the label ambiguous."""
    values: dict[str, str] = {}
    for es in elements:
        ai = es.ai.ai
        if values.setdefault(ai, es.value) != es.value:
            raise LabelError(tr("labels", "The label carries two different values for {field} "
                                "({ai}): '{first}' and '{second}'. Do not use the vial until "
                                "this is checked.", field=_name(es.ai), ai=ai,
                                first=values[ai], second=es.value))
    return values


def _expiry(elements: list[GS1ElementString]) -> date | datetime | None:
    """AI 7003 (date and time) when present, else AI 17 (date); refused if they disagree."""
    day = next((es.date for es in elements if es.ai.ai == "17"), None)
    moment = next((es.datetime for es in elements if es.ai.ai == "7003"), None)
    if moment is not None and day is not None and moment.date() != day:
        raise LabelError(tr("labels", "The label's two expiry dates disagree (17: {first}, "
                            "7003: {second}). Do not use the vial until this is checked.",
                            first=day.isoformat(), second=moment.date().isoformat()))
    return moment or day


def _key(es: GS1ElementString) -> str:
    return f"{_NAMES.get(es.ai.ai, es.ai.description)} ({es.ai.ai})"


def _shown(es: GS1ElementString) -> str:
    """Dates as ISO (2027-05-31, 2027-05-31 14:30), everything else as printed."""
    if es.ai.ai == "7003" and es.datetime is not None:
        return es.datetime.strftime("%Y-%m-%d %H:%M")
    if es.ai.ai == "17" and es.date is not None:
        return es.date.isoformat()
    return es.value
