"""The camera fallback: a label photographed as a QImage decodes, through gui.camera.decode_image
and parse_label, to the same vial as the label's text read directly. Images are drawn by
zxing-cpp itself; camera frames arrive premultiplied (QVideoFrame.toImage), so those too."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage  # noqa: E402

from maestro_desktop.domain.labels import isbt_checksum, parse_label  # noqa: E402
from maestro_desktop.gui.camera import decode_image  # noqa: E402

zxingcpp = pytest.importorskip("zxingcpp")

DIN = "G123425000001"
ISBT_DIN = f"={DIN}{60 + isbt_checksum(DIN)}"
LABELS = {
    "GS1 DataMatrix": ("DataMatrix", "(01)09506000134352(17)260301(10)L24A(21)SN0001"),
    "GS1 DataMatrix, expiry time": (
        "DataMatrix", "(01)09506000134352(17)260301(10)L24A/7(21)SN0002(7003)2603011430"),
    "ISBT 128 Code 128": ("Code128", ISBT_DIN),
    # Compound message of DIN, product code and expiry (2026, day 060, 23:59).
    "ISBT 128 DataMatrix": ("DataMatrix", f"={DIN}00=<S1234000&>0260602359"),
}
FRAME_FORMATS = [QImage.Format.Format_Grayscale8,
                 QImage.Format.Format_RGBA8888_Premultiplied,  # QVideoFrame.toImage via GPU
                 QImage.Format.Format_ARGB32_Premultiplied,    # ... via CPU, with alpha
                 QImage.Format.Format_RGB32]                   # ... via CPU, opaque


def photo(symbology: str, content: str) -> QImage:
    """The barcode as an 8-bit grey QImage (zxing-cpp's image is a (height, width) array)."""
    barcode = zxingcpp.create_barcode(content, getattr(zxingcpp.BarcodeFormat, symbology),
                                      gs1=content.startswith("("))
    pixels = memoryview(barcode.to_image(scale=4))
    height, width = pixels.shape
    return QImage(pixels.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()


@pytest.mark.parametrize("frame_format", FRAME_FORMATS, ids=lambda f: f.name)
@pytest.mark.parametrize(("symbology", "content"), LABELS.values(), ids=LABELS.keys())
def test_a_photographed_label_reads_as_the_printed_text(qapp, symbology, content,
                                                        frame_format):
    raw = decode_image(photo(symbology, content).convertToFormat(frame_format))
    assert raw is not None
    camera, direct = parse_label(raw), parse_label(content)
    assert (camera.format, camera.vial_id, camera.lot, camera.expiry) == (
        direct.format, direct.vial_id, direct.lot, direct.expiry)
    assert camera.fields == direct.fields
    assert camera.vial_id in (DIN, "SN0001", "SN0002")
    # The AIM identifier is kept (']d..' or ']C..'), and a GS1 separator arrives as ASCII 29.
    assert raw[:2] == ("]C" if symbology == "Code128" else "]d")
    assert ("\x1d21SN" in raw) == content.startswith("(")


def test_a_frame_without_a_barcode_decodes_to_nothing(qapp):
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    assert decode_image(blank) is None
    assert decode_image(QImage()) is None   # a frame QVideoFrame.toImage could not convert
