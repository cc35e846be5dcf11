"""The vital-signs chart of the procedure sheet (reportlab.graphics, vector, no Qt).

Two panels share the time axis (minutes after the infusion end): systolic pressure and heart
rate on top, temperature below. Each series has its own marker shape as well as its own colour
(never colour alone), and its baseline value (before the procedure) is a dashed line of the
same colour.

Built from plain shapes (PolyLine, Path, Line, String) on scales computed here, all the
markers of a series in one path: reportlab's LinePlot widget costs several times as much to
draw for the same picture.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Path, PolyLine, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain.i18n import language, tr
from .sheet_model import VitalsPoint
from .sheet_parts import Styles

SBP_COLOUR = colors.HexColor("#b00020")
HR_COLOUR = colors.HexColor("#1f4e9c")
TEMP_COLOUR = colors.HexColor("#8a5a00")
AXIS_COLOUR = colors.HexColor("#777777")
GRID_COLOUR = colors.HexColor("#e2e2e2")
TEXT_COLOUR = colors.HexColor("#333333")
DASH = [4, 3]
FONT_SIZE = 7
HEIGHT = 222
LEFT, RIGHT_PAD = 34, 10
TOP_PANEL = (102, 88)       # (bottom, height) of systolic BP and heart rate
BOTTOM_PANEL = (26, 56)     # (bottom, height) of temperature

Axis = tuple[float, float, float]   # low, high, step


def _value(number: float | None) -> float | None:
    return None if number is None or math.isnan(number) else float(number)


def _series(points: Sequence[VitalsPoint], name: str) -> list[tuple[float, float]]:
    found = [(p.minutes, _value(getattr(p, name))) for p in points]
    return [(m, v) for m, v in found if v is not None]


def _axis(values: list[float], steps: Sequence[float], least: float, centred: bool = True,
          ticks: int = 8) -> Axis:
    """(low, high, step): limits on multiples of the first step giving at most `ticks`
    intervals, at least `least` apart; a short range is centred (y) or starts low (x)."""
    low, high = min(values), max(values)
    for step in steps:
        bottom, top = math.floor(low / step) * step, math.ceil(high / step) * step
        if top - bottom < least:
            if centred:
                bottom = math.floor(((low + high) / 2 - least / 2) / step) * step
            top = max(top, bottom + math.ceil(least / step) * step)
        if (top - bottom) / step <= ticks:
            break
    return bottom, top, step


def _ticks(axis: Axis) -> list[float]:
    low, high, step = axis
    return [low + i * step for i in range(round((high - low) / step) + 1)]


def _scale(axis: Axis, start: float, length: float) -> Callable[[float], float]:
    low, high, _ = axis
    return lambda value: start + (value - low) / (high - low) * length


def _markers(kind: str, centres: list[tuple[float, float]], colour: colors.Color) -> Path:
    """All of a series' markers as one filled path: square, diamond or triangle."""
    r = 2.3
    shape = {"square": [(-r, -r), (r, -r), (r, r), (-r, r)],
             "diamond": [(0, -r - 0.5), (r + 0.5, 0), (0, r + 0.5), (-r - 0.5, 0)],
             "triangle": [(-r - 0.4, -r + 0.4), (r + 0.4, -r + 0.4), (0, r + 0.8)]}[kind]
    path = Path(fillColor=colour, strokeColor=None)
    for x, y in centres:
        path.moveTo(x + shape[0][0], y + shape[0][1])
        for dx, dy in shape[1:]:
            path.lineTo(x + dx, y + dy)
        path.closePath()
    return path


def _lines(segments: list[tuple[float, float, float, float]], colour: colors.Color,
           width: float) -> Path:
    """Many unconnected segments (grid, ticks, axes) as one stroked path."""
    path = Path(strokeColor=colour, strokeWidth=width, fillColor=None)
    for x0, y0, x1, y1 in segments:
        path.moveTo(x0, y0)
        path.lineTo(x1, y1)
    return path


def _tick(value: float) -> str:
    """A tick label: 36.5 (36,5 in French), 120."""
    text = f"{value:g}"
    return text.replace(".", ",") if language() == "fr" else text


class _Panel:
    """One plotting area: a y scale, a shared x scale, grid and tick labels."""

    def __init__(self, group: Group, styles: Styles, x: Axis, y: Axis, bottom: float,
                 height: float, width: float, x_labels: bool) -> None:
        self.group, self.styles, self.x_axis = group, styles, x
        self.x = _scale(x, LEFT, width)
        self.y = _scale(y, bottom, height)
        right = LEFT + width
        grid, axes = [], [(LEFT, bottom, LEFT, bottom + height), (LEFT, bottom, right, bottom)]
        for value in _ticks(y):
            at = self.y(value)
            grid.append((LEFT, at, right, at))
            group.add(String(LEFT - 3, at - 2.5, _tick(value), fontName=styles.regular,
                             fontSize=FONT_SIZE, textAnchor="end", fillColor=TEXT_COLOUR))
        for value in _ticks(x):
            at = self.x(value)
            axes.append((at, bottom, at, bottom - 2))
            if x_labels:
                group.add(String(at, bottom - 9, _tick(value), fontName=styles.regular,
                                 fontSize=FONT_SIZE, textAnchor="middle",
                                 fillColor=TEXT_COLOUR))
        group.add(_lines(grid, GRID_COLOUR, 0.4))
        group.add(_lines(axes, AXIS_COLOUR, 0.6))

    def series(self, points: list[tuple[float, float]], colour: colors.Color,
               marker: str) -> None:
        xy = [(self.x(m), self.y(v)) for m, v in points]
        if len(xy) > 1:
            self.group.add(PolyLine([c for pair in xy for c in pair], strokeColor=colour,
                                    strokeWidth=1.2))
        self.group.add(_markers(marker, xy, colour))

    def baseline(self, value: float | None, colour: colors.Color) -> None:
        if value is not None:
            at = self.y(value)
            low, high, _ = self.x_axis
            self.group.add(Line(self.x(low), at, self.x(high), at, strokeColor=colour,
                                strokeWidth=0.9, strokeDashArray=DASH))


def chartable(points: Sequence[VitalsPoint]) -> list[VitalsPoint]:
    """The points that can be placed: a time after the infusion end and at least one value."""
    return [p for p in points
            if p.minutes is not None and math.isfinite(p.minutes)
            and any(_value(getattr(p, n)) is not None for n in ("sbp", "hr", "temp"))]


def vitals_chart(points: Sequence[VitalsPoint], baseline: VitalsPoint | None, width: float,
                 styles: Styles) -> Drawing:
    """A `width`-wide drawing of the `chartable` points (at least one)."""
    points = chartable(points)
    if not points:
        raise ValueError("no vital signs to chart")
    base = baseline or VitalsPoint(0, math.nan, math.nan, math.nan)
    minutes = [p.minutes for p in points]
    x = _axis([min(0.0, *minutes), max(minutes)], (15, 30, 60, 120, 240, 480), 60,
              centred=False, ticks=12)
    sbp, hr, temp = (_series(points, n) for n in ("sbp", "hr", "temp"))
    base_sbp, base_hr, base_temp = _value(base.sbp), _value(base.hr), _value(base.temp)
    upper_values = [v for _, v in sbp + hr] + [v for v in (base_sbp, base_hr) if v is not None]
    temp_values = [v for _, v in temp] + ([base_temp] if base_temp is not None else [])
    upper = _axis(upper_values or [60, 140], (20, 40, 50, 100), 80)
    lower = _axis(temp_values or [36.0, 38.0], (0.5, 1, 2, 5), 2.0, ticks=6)

    drawing = Drawing(width, HEIGHT, initialFontName=styles.regular, initialFontSize=FONT_SIZE)
    group = Group()
    plot_width = width - LEFT - RIGHT_PAD
    top = _Panel(group, styles, x, upper, *TOP_PANEL, plot_width, x_labels=False)
    top.baseline(base_sbp, SBP_COLOUR)
    top.baseline(base_hr, HR_COLOUR)
    top.series(sbp, SBP_COLOUR, "square")
    top.series(hr, HR_COLOUR, "diamond")
    bottom = _Panel(group, styles, x, lower, *BOTTOM_PANEL, plot_width, x_labels=True)
    bottom.baseline(base_temp, TEMP_COLOUR)
    bottom.series(temp, TEMP_COLOUR, "triangle")

    def label(px: float, py: float, words: str, anchor: str = "start") -> None:
        group.add(String(px, py, words, fontName=styles.regular, fontSize=FONT_SIZE,
                         textAnchor=anchor, fillColor=TEXT_COLOUR))

    label(2, sum(TOP_PANEL) + 8, "mmHg, /min")
    label(2, sum(BOTTOM_PANEL) + 8, "°C")
    label(LEFT + plot_width / 2, 6, tr("sheet", "Minutes after the end of the infusion"),
          "middle")
    _legend(group, styles, LEFT, HEIGHT - 11)
    drawing.add(group)
    return drawing


def _legend(group: Group, styles: Styles, x: float, y: float) -> None:
    entries = [(tr("sheet", "Systolic BP (mmHg)"), SBP_COLOUR, "square", None),
               (tr("sheet", "Heart rate (/min)"), HR_COLOUR, "diamond", None),
               (tr("sheet", "Temperature (°C)"), TEMP_COLOUR, "triangle", None),
               (tr("sheet", "dashed: baseline before the procedure"), colors.HexColor("#555555"),
                "", DASH)]
    for words, colour, marker, dash in entries:
        group.add(Line(x, y + 2.5, x + 16, y + 2.5, strokeColor=colour,
                       strokeWidth=0.9 if dash else 1.2, strokeDashArray=dash))
        if marker:
            group.add(_markers(marker, [(x + 8, y + 2.5)], colour))
        group.add(String(x + 20, y, words, fontName=styles.regular, fontSize=FONT_SIZE,
                         fillColor=TEXT_COLOUR))
        x += 30 + stringWidth(words, styles.regular, FONT_SIZE)
