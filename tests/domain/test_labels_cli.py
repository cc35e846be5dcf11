"""`maestro vial parse`: a label's fields one per line or as JSON, exit 2 with the reason in
words when the scan cannot be used. Uses the shipped protocol settings (both formats, '|')."""

from __future__ import annotations

import json

import pytest

from maestro_desktop.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_isbt128_one_field_per_line(capsys):
    code, out, err = run(capsys, "vial", "parse", "=G12341765432170=<S1234000&>0270602359")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Format: ISBT 128", "Vial id: G123417654321", "DIN: G123417654321", "Flags: 70",
        "Check character: A", "Product code: S1234000", "Expiry: 2027-03-01 23:59",
    ]


def test_gs1_json_with_the_site_substitute(capsys):
    code, out, _ = run(capsys, "vial", "parse", "--json",
                       "]d201095011015300031727050010ABC|21SER0001")
    assert code == 0
    assert json.loads(out) == {
        "format": "GS1", "vial_id": "SER0001", "gtin": "09501101530003", "lot": "ABC",
        "expiry": "2027-05-31", "product_code": None, "symbology": "]d2",
        "fields": {"GTIN (01)": "09501101530003", "Expiry (17)": "2027-05-31",
                   "Lot (10)": "ABC", "Serial (21)": "SER0001"},
    }


def test_gs_option_overrides_the_substitute(capsys):
    code, out, _ = run(capsys, "vial", "parse", "--gs", "~", "010950110153000310ABC~21S1")
    assert code == 0
    assert "Vial id: S1" in out.splitlines()
    code, _, err = run(capsys, "vial", "parse", "--gs", "~", "010950110153000310ABC|21S1")
    assert code == 2
    assert "'|'" in err


def test_a_label_without_serial_says_so(capsys):
    code, out, _ = run(capsys, "vial", "parse", "0109501101530003" "10ABC")
    assert code == 0
    assert "Vial id: none (the label does not identify the vial)" in out


@pytest.mark.parametrize(("text", "reason"), [
    ("=G12341765432171", "does not match its check flags"),
    ("hello", "not a GS1 or ISBT 128 vial label"),
    ("0109501101530003" "10ABC21S1", "Lot runs into the next field"),
])
def test_unusable_scan_exits_2_with_the_reason(capsys, text, reason):
    code, out, err = run(capsys, "vial", "parse", text)
    assert (code, out) == (2, "")
    assert err.startswith("maestro: ") and reason in err
    assert "Traceback" not in err
