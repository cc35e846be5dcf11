"""ISBT 128 labels: the standard's worked example for the DIN check, the product code and the
expiry structures, compound messages, manual DIN entry -- and the check proven to catch every
single-character misread of a DIN."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maestro_desktop.domain.labels import (
    LabelError,
    isbt_check_character,
    isbt_checksum,
    parse_label,
    parse_manual_din,
)

ALPHA = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"  # first DIN character: never O or 0
DIGITS = "0123456789"
VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def clinical_md_checksum(din13: str) -> int:
    """The algorithm exactly as written in CLINICAL.md, independent of python-stdnum."""
    p = 0
    for char in din13:
        p = ((p + VALUES[char]) * 2) % 37
    return (38 - p) % 37


dins = st.builds(lambda a, rest: a + "".join(rest), st.sampled_from(ALPHA),
                 st.lists(st.sampled_from(DIGITS), min_size=12, max_size=12))


# --- the standard's worked example -------------------------------------------------------------

def test_worked_example_checksum_and_character():
    assert isbt_checksum("G123417654321") == 10
    assert isbt_check_character("G123417654321") == "A"
    assert clinical_md_checksum("G123417654321") == 10


def test_worked_example_flag_70_is_valid():
    label = parse_label("=G12341765432170")
    assert label.format == "ISBT128"
    assert label.vial_id == "G123417654321"
    assert label.fields == {"DIN": "G123417654321", "Flags": "70", "Check character": "A"}
    assert (label.gtin, label.lot, label.expiry, label.product_code) == (None,) * 4


def test_worked_example_flag_71_is_refused():
    with pytest.raises(LabelError, match=r"DIN G1234 17 654321 does not match its check flags "
                                         r"\(70 expected, 71 read\)"):
        parse_label("=G12341765432171")


@given(dins)
def test_stdnum_agrees_with_the_algorithm_in_clinical_md(din):
    assert isbt_checksum(din) == clinical_md_checksum(din)
    assert isbt_check_character(din) == "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"[
        clinical_md_checksum(din)]


# --- round trip and error detection ------------------------------------------------------------

@given(dins)
def test_a_din_with_its_type3_flag_parses_back(din):
    label = parse_label(f"={din}{60 + isbt_checksum(din)}")
    assert label.vial_id == din
    assert label.fields["Check character"] == isbt_check_character(din)


@given(dins, st.integers(0, 12), st.data())
def test_every_single_character_misread_of_the_din_is_caught(din, position, data):
    # Only well-formed replacements: the structure stays valid, so the check alone must catch it.
    choices = ALPHA if position == 0 else DIGITS
    replacement = data.draw(st.sampled_from([c for c in choices if c != din[position]]))
    misread = din[:position] + replacement + din[position + 1:]
    assert isbt_checksum(misread) != isbt_checksum(din)
    with pytest.raises(LabelError, match="does not match its check flags"):
        parse_label(f"={misread}{60 + isbt_checksum(din)}")


@pytest.mark.parametrize(("flags", "note"), [
    ("00", "no flags"),
    ("01", "not a check value"),
    ("97", "not a check value"),
])
def test_other_flags_are_accepted_but_noted_as_unchecked(flags, note):
    label = parse_label(f"=G123417654321{flags}")
    assert label.vial_id == "G123417654321"
    assert label.fields["Flags"] == flags
    assert note in label.fields["Flags note"]
    assert label.fields["Check character"] == "A"


@pytest.mark.parametrize("text", [
    "=O12341765432170",  # O is never the first character
    "=012341765432170",  # nor 0
    "=G1234176543217",   # one flag digit missing
    "=G123417654321",    # no flags
    "=GA2341765432170",  # letter where the facility digits go
])
def test_malformed_dins_are_refused(text):
    with pytest.raises(LabelError, match="DIN"):
        parse_label(text)


# --- product code, expiry, compound messages ---------------------------------------------------

def test_product_code_and_expiry_structures():
    label = parse_label("=<S1234000")
    assert (label.product_code, label.vial_id) == ("S1234000", None)
    assert label.fields == {"Product code": "S1234000"}
    label = parse_label("&>0270602359")
    assert label.expiry == datetime(2027, 3, 1, 23, 59)
    assert label.fields == {"Expiry": "2027-03-01 23:59"}


def test_non_cellular_product_code_is_accepted_with_a_note():
    label = parse_label("=<E0001V00")
    assert label.product_code == "E0001V00"
    assert "not a cellular therapy code" in label.fields["Product code note"]


def test_leap_day_366_is_valid_in_a_leap_year():
    assert parse_label("&>0283662359").expiry == datetime(2028, 12, 31, 23, 59)


@pytest.mark.parametrize(("value", "why"), [
    ("0273662359", "day 366 of 2027"),
    ("0273672359", "day 367 of 2027"),
    ("0270002359", "day 0 of 2027"),
    ("0270602400", "24:00"),
    ("0270602360", "23:60"),
])
def test_impossible_expiry_is_refused(value, why):
    with pytest.raises(LabelError, match=f"not a real date and time.*{why}"):
        parse_label(f"&>{value}")


@pytest.mark.parametrize("text", ["&>027060235", "&>02706023A9", "=<S12340", "=<S1234-00"])
def test_truncated_structures_are_refused(text):
    with pytest.raises(LabelError, match="damaged or incomplete"):
        parse_label(text)


def test_concatenated_structures_on_one_scan():
    label = parse_label("=G12341765432170=<S1234000&>0270602359")
    assert (label.vial_id, label.product_code) == ("G123417654321", "S1234000")
    assert label.expiry == datetime(2027, 3, 1, 23, 59)
    assert list(label.fields) == ["DIN", "Flags", "Check character", "Product code", "Expiry"]


def test_compound_message_with_the_announced_count():
    label = parse_label("=+03001=G12341765432170=<S1234000&>0270602359")
    assert label.vial_id == "G123417654321"
    assert label.fields["Compound message"] == "3 data structures, reference 001"


@pytest.mark.parametrize(("text", "why"), [
    ("=+04001=G12341765432170=<S1234000&>0270602359", "announces 4 data structures but holds 3"),
    ("=+00001", "empty"),
    ("=+3001=G12341765432170", "header is damaged"),
    ("=G12341765432170=G12341765432170", "two DINs"),
    ("=<S1234000=<S1234001", "two product codes"),
    ("=G12341765432170=%5100", "does not read ('=%')"),
    ("&)1234", "does not read ('&)')"),
])
def test_bad_compound_or_unknown_structures_are_refused(text, why):
    with pytest.raises(LabelError, match=re.escape(why)):
        parse_label(text)


# --- manual entry ------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["G1234 17 654321 A", "G123417654321A", " g1234 17 654321 a "])
def test_manual_din_with_the_right_check_character(typed):
    assert parse_manual_din(typed) == "G123417654321"


def test_manual_din_with_a_wrong_check_character():
    with pytest.raises(LabelError) as caught:
        parse_manual_din("G1234 17 654321 B")
    assert str(caught.value) == ("Check character 'B' does not match DIN G1234 17 654321 "
                                 "(expected A): retype it")


@pytest.mark.parametrize(("typed", "why"), [
    ("G1234 17 654321", "13 characters then its check character"),
    ("G1234 17 6543210 A", "13 characters then its check character"),
    ("O1234 17 654321 A", "is not a DIN"),
    ("", "13 characters then its check character"),
])
def test_manual_din_of_the_wrong_shape(typed, why):
    with pytest.raises(LabelError, match=why):
        parse_manual_din(typed)


@given(dins)
def test_manual_entry_round_trip(din):
    typed = f"{din[:5]} {din[5:7]} {din[7:]} {isbt_check_character(din)}"
    assert parse_manual_din(typed) == din


def test_isbt_not_accepted_at_the_site():
    with pytest.raises(LabelError) as caught:
        parse_label("=G12341765432170", accepted=("GS1",))
    assert str(caught.value) == ("ISBT 128 labels are not accepted at this site "
                                 "(setting site.labels.accepted).")
