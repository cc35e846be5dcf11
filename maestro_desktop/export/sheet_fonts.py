"""The sheet's fonts: the DejaVu TTFs shipped in resources/fonts (the licence allows it),
registered once per process and embedded as subsets in every PDF, so a sheet looks the same on
every machine and carries no un-embedded base-14 font.
"""

from __future__ import annotations

import functools
import importlib.resources
import zlib

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont

REGULAR, BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"
_FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
               MONO: "DejaVuSansMono.ttf"}


@functools.cache
def register_fonts() -> tuple[str, str, str]:
    """Register the DejaVu family once per process; return (regular, bold, mono)."""
    fonts = importlib.resources.files("maestro_desktop.resources") / "fonts"
    for name, file_name in _FONT_FILES.items():
        with importlib.resources.as_file(fonts / file_name) as path:
            font = TTFont(name, str(path))
        _reuse_subsets(font)
        pdfmetrics.registerFont(font)
    # No italic in the shipped set: <i> falls back to upright rather than to Helvetica.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD, MONO


SUBSETS_KEPT = 64   # per font; a compressed subset is 10 to 20 kB


def _reuse_subsets(font: TTFont) -> None:
    """Embed subsets built and compressed once per process.

    Sheets use the same characters in much the same order, so the same 256-character subsets
    recur; building a subset program and deflating it is otherwise a good part of a sheet's
    rendering time. The key is the exact character list, so any other subset is built afresh.
    This replaces the face's `addSubsetObjects` (reportlab's own does the same objects, but
    builds and compresses the program every time)."""
    face = font.face
    kept: dict[tuple[int, ...], tuple[bytes, int]] = {}

    def program(subset: list[int]) -> tuple[bytes, int]:
        key = tuple(subset)
        found = kept.get(key)
        if found is None:
            raw = face.makeSubset(subset)
            found = (zlib.compress(raw), len(raw))
            if len(kept) >= SUBSETS_KEPT:
                kept.pop(next(iter(kept)))
            kept[key] = found
        return found

    def add_subset_objects(doc: pdfdoc.PDFDocument, fontname: str, subset: list[int]
                           ) -> pdfdoc.PDFObjectReference:
        deflated, length = program(subset)
        stream = pdfdoc.PDFStream(content=deflated)
        stream.dictionary["Length1"] = length
        stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        stream_ref = doc.Reference(stream, f"fontFile:{face.filename}({fontname})")
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
            "Descent": face.descent, "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
            "FontBBox": pdfdoc.PDFArray(face.bbox), "FontName": pdfdoc.PDFName(fontname),
            "ItalicAngle": face.italicAngle, "StemV": face.stemV, "FontFile2": stream_ref,
            "MissingWidth": face.defaultWidth})
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)

    face.addSubsetObjects = add_subset_objects
