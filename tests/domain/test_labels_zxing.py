"""The camera path: a label image decoded by zxing-cpp parses to the same fields as the text a
hand-held scanner types. Images are made by zxing-cpp itself (no numpy needed: its Image
exposes the array interface that read_barcodes accepts)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from maestro_desktop.domain.labels import parse_label

zxingcpp = pytest.importorskip("zxingcpp")

GS = "\x1d"
GTIN = "09501101530003"


def decode(barcode, text_mode) -> tuple[str, str]:
    """(text, symbology identifier) read back from the barcode's own image."""
    image = barcode.to_image(scale=4)
    found = zxingcpp.read_barcodes(image, text_mode=text_mode)
    assert len(found) == 1
    return found[0].text, found[0].symbology_identifier


def scanner_text(barcode) -> str:
    """What the camera path hands to parse_label: AIM identifier + plain text (GS kept)."""
    text, symbology = decode(barcode, zxingcpp.TextMode.Plain)
    return symbology + text


@pytest.fixture
def gs1_datamatrix():
    printed = f"(01){GTIN}(17)270500(10)AB-12/C(21)SER0001(7003)2705311430"
    return zxingcpp.create_barcode(printed, zxingcpp.BarcodeFormat.DataMatrix, gs1=True)


def test_gs1_datamatrix_plain_text_matches_a_scanner(gs1_datamatrix):
    text, symbology = decode(gs1_datamatrix, zxingcpp.TextMode.Plain)
    assert symbology == "]d2"
    assert text == f"01{GTIN}17270500" f"10AB-12/C{GS}21SER0001{GS}7003" "2705311430"
    camera = parse_label(scanner_text(gs1_datamatrix))
    scanner = parse_label(f"]d201{GTIN}17270500" "10AB-12/C|21SER0001|7003" "2705311430\r\n")
    assert camera.fields == scanner.fields
    assert (camera.vial_id, camera.gtin, camera.lot) == ("SER0001", GTIN, "AB-12/C")
    assert camera.expiry == datetime(2027, 5, 31, 14, 30)
    assert camera.fields["Expiry (17)"] == date(2027, 5, 31).isoformat()
    assert camera.symbology == "]d2"


def test_gs1_datamatrix_default_hri_text_parses_too(gs1_datamatrix):
    # read_barcodes' default text mode gives the bracketed form; it reads the same.
    text, _ = decode(gs1_datamatrix, zxingcpp.TextMode.HRI)
    assert text.startswith(f"(01){GTIN}(17)")
    assert parse_label(text).fields == parse_label(scanner_text(gs1_datamatrix)).fields


@pytest.mark.parametrize("fmt", ["DataMatrix", "Code128"])
def test_isbt128_barcodes(fmt):
    content = ("=G12341765432170=<S1234000&>0270602359" if fmt == "DataMatrix"
               else "=G12341765432170")
    barcode = zxingcpp.create_barcode(content, getattr(zxingcpp.BarcodeFormat, fmt))
    label = parse_label(scanner_text(barcode))
    assert label.vial_id == "G123417654321"
    # zxing-cpp reports ']d7' for zint's rectangular DataMatrix here: only the letter is stable.
    assert label.symbology[:2] == ("]d" if fmt == "DataMatrix" else "]C")
    assert label.fields == parse_label(content).fields
