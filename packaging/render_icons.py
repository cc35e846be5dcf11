"""Render the hand-drawn icon (resources/icons/maestro-desktop.svg) to the files that ship.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py [--check]

writes resources/icons/maestro-desktop-256.png and -48.png (Linux desktop, installed with the
package) and packaging/windows/maestro-desktop.ico (the .exe files and the installer: 16, 24,
32 and 48 px as 32-bit bitmaps, 256 px as PNG, which every Windows since Vista reads). The
outputs are committed; run this again after changing the SVG. `--check` only reports whether
they are up to date (exit 1 if not), so a build can refuse stale icons.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "maestro-desktop.svg"
PNG_SIZES = (256, 48)
ICO = ROOT / "packaging" / "windows" / "maestro-desktop.ico"
ICO_BITMAP_SIZES = (16, 24, 32, 48)
ICO_PNG_SIZES = (256,)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as ICO wants it: bottom-up rows, height doubled
    for the (all-zero, alpha does the work) AND mask that follows the pixels."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is stored as 0xAARRGGBB words: B, G, R, A bytes on a little-endian host.
    assert sys.byteorder == "little"
    raw = bytes(image.constBits())
    row = size * 4
    pixels = b"".join(raw[y * row:(y + 1) * row] for y in reversed(range(size)))
    mask = bytes(((size + 31) // 32) * 4 * size)
    return header + pixels + mask


def ico_bytes(renderer: QSvgRenderer) -> bytes:
    images = [(s, dib_bytes(render(renderer, s))) for s in ICO_BITMAP_SIZES]
    images += [(s, png_bytes(render(renderer, s))) for s in ICO_PNG_SIZES]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in images:
        side = size if size < 256 else 0   # 0 means 256 in an ICO directory entry
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in images)


def outputs() -> dict[Path, bytes]:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {SVG} is not a valid SVG")
    files = {SVG.with_name(f"maestro-desktop-{s}.png"): png_bytes(render(renderer, s))
             for s in PNG_SIZES}
    files[ICO] = ico_bytes(renderer)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive
    stale = []
    for path, data in outputs().items():
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"render_icons: wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    if args.check and stale:
        print("render_icons: out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in stale)
              + "; run python packaging/render_icons.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
