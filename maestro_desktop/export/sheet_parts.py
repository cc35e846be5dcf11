"""Building blocks of the procedure sheet: styles, tables, boxes, page furniture, and the
canvas that numbers pages.

Every style, table cell and canvas string is set in the DejaVu fonts of sheet_fonts.py; the
canvas base font is DejaVu too, so no base-14 font (Helvetica...) is ever referenced.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from ..domain.i18n import tr
from .sheet_fonts import BOLD, MONO, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 21 * mm        # room for the running header
MARGIN_BOTTOM = 20 * mm     # room for up to three footer lines
FOOTER_BASE = 8 * mm        # baseline of the last footer line (and of "Page x of y")
FOOTER_STEP = 8.5
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
GRID = colors.HexColor("#b8b8b8")
HEADER_FILL = colors.HexColor("#e4e8ee")
ALERT = colors.HexColor("#b00020")
ALERT_FILL = colors.HexColor("#fbe9ec")
WATERMARK = colors.HexColor("#8c8c8c")

CELL_PAD = 3   # points, left and right of every table cell


@dataclass(frozen=True)
class Styles:
    """Every paragraph style of the sheet, built on one (regular, bold, mono) font set."""

    regular: str
    bold: str
    mono: str
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_mono: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    banner: ParagraphStyle
    bullet: ParagraphStyle


@functools.cache
def make_styles(regular: str, bold: str, mono: str) -> Styles:
    """Styles on the given fonts (the benchmark builds the same sheet on Helvetica)."""
    def style(name: str, size: float, font: str = regular, **extra: object) -> ParagraphStyle:
        settings: dict = {"leading": size * 1.25, "textColor": INK, **extra}
        return ParagraphStyle(name, fontName=font, fontSize=size, bulletFontName=regular,
                              alignment=TA_LEFT, **settings)

    return Styles(
        regular=regular, bold=bold, mono=mono,
        body=style("body", 8.5, spaceAfter=3),
        small=style("small", 7.5, textColor=MUTED, spaceAfter=2),
        cell=style("cell", 7.5),
        cell_head=style("cell_head", 7.5, bold),
        cell_mono=style("cell_mono", 7, mono),
        title=style("title", 13, bold, leading=16, spaceAfter=4),
        heading=style("heading", 10.5, bold, spaceBefore=9, spaceAfter=4),
        banner=style("banner", 13, bold, textColor=ALERT, leading=16),
        bullet=style("bullet", 8.5, leftIndent=10, bulletIndent=2, spaceAfter=1),
    )


def sheet_styles() -> Styles:
    return make_styles(*register_fonts())


def text(value: str) -> str:
    """Caller text made safe for Paragraph markup (`<`, `&` and `>` are content, not tags)."""
    return escape(value).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


def bullets(items: Sequence[str], styles: Styles) -> list[Paragraph]:
    return [Paragraph(text(item), styles.bullet, bulletText="•") for item in items]


def _cell(value: object, style: ParagraphStyle, width: float) -> object:
    """A plain string when it fits on one line (cheap), else a wrapping Paragraph; a flowable
    is kept as it is."""
    if not isinstance(value, str):
        return value
    if "\n" not in value and (pdfmetrics.stringWidth(value, style.fontName, style.fontSize)
                              <= width - 2 * CELL_PAD):
        return value
    return para(value, style)


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
          styles: Styles, extra: Sequence[tuple] = (), mono_columns: Sequence[int] = ()
          ) -> Table:
    """A full-width grid whose header row repeats on every page it spans."""
    scale = FRAME_WIDTH / sum(widths)
    widths = [w * scale for w in widths]
    head = [_cell(h, styles.cell_head, w) for h, w in zip(header, widths, strict=True)]
    body = [[_cell(value, styles.cell_mono if i in mono_columns else styles.cell, w)
             for i, (value, w) in enumerate(zip(row, widths, strict=True))] for row in rows]
    grid = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.regular, styles.cell.fontSize, styles.cell.leading),
        ("FONT", (0, 0), (-1, 0), styles.bold, styles.cell.fontSize, styles.cell.leading),
        *[("FONT", (c, 1), (c, -1), styles.mono, styles.cell_mono.fontSize)
          for c in mono_columns],
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *extra,
    ]))
    return grid


def pairs_table(pairs: Sequence[tuple[str, str]], styles: Styles, columns: int = 1,
                label_share: float = 0.34) -> Table:
    """(label, value) pairs laid out in `columns` label/value column pairs, labels bold."""
    rows: list[list[str]] = []
    for start in range(0, len(pairs), columns):
        row: list[str] = []
        for label, value in list(pairs[start:start + columns]):
            row += [label, value]
        rows.append(row + [""] * (2 * columns - len(row)))
    pair_width = FRAME_WIDTH / columns
    widths = [pair_width * label_share, pair_width * (1 - label_share)] * columns
    cells = [[_cell(v, styles.cell_head if i % 2 == 0 else styles.cell, w)
              for i, (v, w) in enumerate(zip(row, widths, strict=True))] for row in rows]
    grid = Table(cells, colWidths=widths, hAlign="LEFT", splitInRow=1)
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.regular, styles.cell.fontSize, styles.cell.leading),
        *[("FONT", (c, 0), (c, -1), styles.bold, styles.cell.fontSize, styles.cell.leading)
          for c in range(0, 2 * columns, 2)],
        *[("BACKGROUND", (c, 0), (c, -1), HEADER_FILL) for c in range(0, 2 * columns, 2)],
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return grid


def boxed(flowables: list, styles: Styles, border: colors.Color = ALERT,
          fill: colors.Color = ALERT_FILL) -> Table:
    """A full-width framed box around some flowables (banners)."""
    box = Table([[flowables]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    box.setStyle(TableStyle([
        # Every table cell sets its font, even one holding only flowables: never the default.
        ("FONT", (0, 0), (-1, -1), styles.regular, styles.body.fontSize),
        ("BOX", (0, 0), (-1, -1), 1.5, border),
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return box


@dataclass(frozen=True)
class PageFurniture:
    """What every page carries besides its flowables (drawn straight on the canvas)."""

    left: str                   # running header, left: trial and document
    right: str                  # running header, right: subject, initials, visit, date
    alert: str                  # red line under the header ("" for none)
    footer: tuple[tuple[str, str], ...]   # (words, mono value) lines, top to bottom
    training: bool

    def on_page(self, canv: Canvas, doc: object) -> None:
        canv.saveState()
        top = PAGE_HEIGHT - 11 * mm
        canv.setFillColor(INK)
        canv.setFont(BOLD, 8)
        canv.drawString(MARGIN_X, top, self.left)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, top, self.right)
        if self.alert:
            canv.setFillColor(ALERT)
            canv.drawCentredString(PAGE_WIDTH / 2, top - 10, self.alert)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 13, PAGE_WIDTH - MARGIN_X, top - 13)
        y = FOOTER_BASE + FOOTER_STEP * (len(self.footer) - 1)
        canv.line(MARGIN_X, y + 9, PAGE_WIDTH - MARGIN_X, y + 9)
        canv.setFillColor(MUTED)
        for words, value in self.footer:
            canv.setFont(REGULAR, 7)
            canv.drawString(MARGIN_X, y, words)
            if value:
                canv.setFont(MONO, 7)
                canv.drawString(MARGIN_X + pdfmetrics.stringWidth(words + " ", REGULAR, 7), y,
                                value)
            y -= FOOTER_STEP
        canv.restoreState()

    def on_page_end(self, canv: Canvas, doc: object) -> None:
        """The watermark goes over the content, translucent, so no table fill can hide it."""
        if not self.training:
            return
        canv.saveState()
        canv.setFillColor(WATERMARK)
        canv.setFillAlpha(0.22)
        canv.setFont(BOLD, 84)
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canv.rotate(math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)))
        canv.drawCentredString(0, -30, tr("sheet", "TRAINING"))
        canv.restoreState()


class CountingCanvas(Canvas):
    """Keeps every page until the end, so each can say "Page x of y" in one build pass.
    Its base font is DejaVu: the default (Helvetica) would otherwise be referenced,
    un-embedded, by every page."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = register_fonts()[0]
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self.setFillColor(MUTED)
            self.setFont(BOLD, 8)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_BASE,
                                 tr("sheet", "Page {number} of {total}", number=number,
                                    total=total))
            self.restoreState()
            super().showPage()
        super().save()

