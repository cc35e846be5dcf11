"""GS1 element strings as a scanner sends them: with ASCII 29, with the site's '|' substitute,
behind an AIM identifier, or in the printed form with brackets -- and refused whenever a field
could have swallowed the next one, a check digit is wrong, or a date does not exist."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from maestro_desktop.domain.labels import LabelError, parse_label

GS = "\x1d"
GTIN = "09501101530003"  # GS1's own example GTIN, check digit 3
EXPECTED_FIELDS = {"GTIN (01)": GTIN, "Expiry (17)": "2027-05-31", "Lot (10)": "ABC123",
                   "Serial (21)": "SER0001"}


def gtin_with_check(first13: str) -> str:
    """GTIN-14 with its mod-10 check digit (weights 3,1,3,... from the left for 13 digits)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(first13))
    return first13 + str((10 - total % 10) % 10)


def test_the_helper_agrees_with_the_example_gtin():
    assert gtin_with_check(GTIN[:13]) == GTIN


@pytest.mark.parametrize("scan", [
    f"01{GTIN}17270531" f"10ABC123{GS}21SER0001",
    f"01{GTIN}17270531" "10ABC123|21SER0001",
    f"]d201{GTIN}17270531" f"10ABC123{GS}21SER0001",
    f"]d201{GTIN}17270531" "10ABC123|21SER0001\r\n",
    f"]C1{GS}01{GTIN}17270531" f"10ABC123{GS}21SER0001",  # leading FNC1 sent as GS
    f"]Q301{GTIN}17270531" f"10ABC123{GS}21SER0001{GS}",   # trailing separator
    f"\t01{GTIN}17270531" "10ABC123|21SER0001\n",
    f"(01){GTIN}(17)270531(10)ABC123(21)SER0001",
    f"(01) {GTIN} (17) 270531 (10) ABC123 (21) SER0001",
])
def test_the_same_label_in_every_form_a_scanner_sends(scan):
    label = parse_label(scan)
    assert label.format == "GS1"
    assert (label.gtin, label.lot, label.vial_id) == (GTIN, "ABC123", "SER0001")
    assert label.expiry == date(2027, 5, 31)
    assert label.fields == EXPECTED_FIELDS
    assert label.raw == scan
    assert label.product_code is None


def test_fields_keep_label_order():
    label = parse_label(f"01{GTIN}21SER0001{GS}10ABC123{GS}17270531")
    assert list(label.fields) == ["GTIN (01)", "Serial (21)", "Lot (10)", "Expiry (17)"]


def test_symbology_is_reported():
    assert parse_label(f"]d201{GTIN}21S1").symbology == "]d2"
    assert parse_label(f"01{GTIN}21S1").symbology is None


def test_another_substitute_character():
    scan = f"01{GTIN}10ABC123~21SER0001"
    assert parse_label(scan, gs_substitute="~").vial_id == "SER0001"
    with pytest.raises(LabelError, match="contains '\\|'.*group separator may not match"):
        parse_label(scan.replace("~", "|"), gs_substitute="~")


def test_day_00_is_the_last_day_of_the_month():
    assert parse_label(f"01{GTIN}17270200" "21S1").expiry == date(2027, 2, 28)
    assert parse_label(f"01{GTIN}17280200" "21S1").expiry == date(2028, 2, 29)
    assert parse_label(f"01{GTIN}17271200" "21S1").fields["Expiry (17)"] == "2027-12-31"


def test_7003_gives_date_and_time_and_is_preferred():
    label = parse_label(f"01{GTIN}17270531" f"10ABC123{GS}7003" f"2705311430{GS}21SER0001")
    assert label.expiry == datetime(2027, 5, 31, 14, 30)
    assert label.fields["Expiry date and time (7003)"] == "2027-05-31 14:30"
    assert label.fields["Expiry (17)"] == "2027-05-31"
    assert parse_label(f"01{GTIN}7003" "2705311430|21S1").expiry == datetime(2027, 5, 31, 14, 30)


def test_17_and_7003_that_disagree_are_refused():
    with pytest.raises(LabelError, match="two expiry dates disagree"):
        parse_label(f"01{GTIN}17270530" "21S1|7003" "2705311430")


def test_no_serial_parses_without_a_vial_id():
    label = parse_label(f"01{GTIN}17270531" "10ABC123")
    assert (label.vial_id, label.lot) == (None, "ABC123")


def test_other_elements_are_kept_for_the_journal():
    label = parse_label(f"01{GTIN}11250101" "21S1|710ABC|")
    assert label.fields["Production date (YYMMDD) (11)"] == "250101"
    assert label.fields[next(k for k in label.fields if k.endswith("(710)"))] == "ABC"


# --- refusals ----------------------------------------------------------------------------------

def test_bad_gtin_check_digit_is_named():
    with pytest.raises(LabelError, match="GTIN \\(01\\) 09501101530004 has a wrong check digit"):
        parse_label(f"01{GTIN[:13]}4" "17270531" "21S1")


@pytest.mark.parametrize(("scan", "field"), [
    (f"01{GTIN}17270531" "10ABC12321SER0001", "Lot"),          # lot last, swallowed the serial
    (f"01{GTIN}17270531" f"10ABC12321SER0001{GS}", "Lot"),     # ... even with a trailing GS
    (f"01{GTIN}21SER000110ABC123", "Serial"),                  # serial swallowed the lot
    (f"01{GTIN}10ABC123" "17270531" "21S1", "Lot"),            # lot swallowed expiry and serial
    (f"01{GTIN}10ABCDEFGHIJKLMNOPQRST21SER0001", "Lot"),       # full 20-character lot, no GS
    (f"01{GTIN}21SER|10ABC7003" "2705311430", "Lot"),          # lot swallowed the 7003
])
def test_fields_that_run_into_each_other_are_refused(scan, field):
    with pytest.raises(LabelError) as caught:
        parse_label(scan)
    assert str(caught.value) == (f"{field} runs into the next field without a separator: rescan "
                                 "(the scanner must send the group separator)")


def test_lot_containing_digits_of_a_field_already_present_is_fine():
    # Lot '21A' is not a swallowed serial when the label has its own serial.
    label = parse_label(f"01{GTIN}21SER0001|10X21A")
    assert (label.lot, label.vial_id) == ("X21A", "SER0001")
    assert parse_label(f"01{GTIN}10L17X|21S").lot == "L17X"  # '17X' is no date


@pytest.mark.parametrize(("scan", "why"), [
    (f"01{GTIN}17271331" "21S1", "Expiry \\(17\\) '271331' is not a real date"),   # month 13
    (f"01{GTIN}17270532" "21S1", "Expiry \\(17\\) '270532' is not a real date"),   # day 32
    (f"01{GTIN}17270230" "21S1", "Expiry \\(17\\) '270230' is not a real date"),   # 30 February
    (f"01{GTIN}17270031" "21S1", "Expiry \\(17\\) '270031' is not a real date"),   # month 00
    (f"01{GTIN}7003" "2705312430|21S1", "\\(7003\\) '2705312430' is not a real date"),  # 24 h
    (f"01{GTIN}7003" "2705311460|21S1", "\\(7003\\) '2705311460' is not a real date"),
    (f"01{GTIN}7003" "2705319999|21S1", "\\(7003\\) '2705319999' has no valid time"),
])
def test_impossible_dates_are_refused(scan, why):
    with pytest.raises(LabelError, match=why):
        parse_label(scan)


@pytest.mark.parametrize(("scan", "why"), [
    ("17270531" "10ABC|21S1", "no GTIN"),
    (f"01{GTIN}17270531", "neither a serial number \\(21\\) nor a lot \\(10\\)"),
    ("5901234123457", "only a product number"),
    (GTIN, "only a product number"),
    (f"01{GTIN}21S1|21S2", "two different values for Serial \\(21\\)"),
    (f"01{GTIN}21S1|9", "does not read"),
    (f"01{GTIN}21S 1", "a space"),
    (f"01{GTIN}21Sé", "'é'"),
    (f"01{GTIN}21S\x1e1", "control character 0x1E"),
    (f"01{GTIN[:10]}", "does not read"),
    ("(01)09501101530003(21)", "does not read as GS1"),
    (f"(01){GTIN}(21)S1 junk(", "does not read as GS1"),
    ("(99)X", "no GTIN"),
    ("(01)x", "does not read as GS1"),
    ("0", "does not read"),
])
def test_unusable_gs1_scans_are_refused(scan, why):
    with pytest.raises(LabelError, match=why):
        parse_label(scan)


def test_same_value_twice_is_not_ambiguous():
    assert parse_label(f"01{GTIN}21S1|21S1").vial_id == "S1"


def test_gs1_not_accepted_at_the_site():
    with pytest.raises(LabelError) as caught:
        parse_label(f"01{GTIN}21S1", accepted=("ISBT128",))
    assert str(caught.value) == ("GS1 labels are not accepted at this site "
                                 "(setting site.labels.accepted).")
