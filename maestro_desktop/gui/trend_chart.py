"""The vital-sign trend of a session, baseline marked.

The rest of the GUI only calls `TrendChart.set_data`; QtCharts stays behind this adapter (and is
imported only when the chart is first shown), so the drawing back end can change alone.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..domain.i18n import tr
from ..domain.vitals import FIELD_LABELS

# parameter -> axis: "main" is 0-220 (mmHg, /min, %), "temp" is °C.
SERIES = {"systolic_bp": "main", "diastolic_bp": "main", "heart_rate": "main", "spo2": "main",
          "temperature": "temp"}


def series_name(key: str) -> str:
    """'Systolic BP (mmHg)' in the current language."""
    label, unit = FIELD_LABELS[key]
    return f"{label} ({unit})"


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCharts import QChart, QChartView

        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.last: tuple[dict, dict] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Names, titles and numbers (37,5 in French) in the current language."""
        self.view.setAccessibleName(tr("trend_chart", "Trend of the vital signs"))
        self.chart.setLocale(QLocale())          # the application's (gui.language)
        self.chart.setLocalizeNumbers(True)
        if self.last is not None:
            self.set_data(*self.last)

    def set_data(self, points: dict[str, list[tuple[datetime, float]]],
                 baseline: dict[str, float]) -> None:
        """`points`: parameter -> (time, value); `baseline`: parameter -> value (dashed line)."""
        from PySide6.QtCharts import QDateTimeAxis, QLineSeries, QValueAxis

        self.last = (points, baseline)
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        times = [t for series in points.values() for t, _ in series]
        if not times:
            chart.setTitle(tr("trend_chart", "No observation recorded yet"))
            return
        chart.setTitle(tr("trend_chart", "Vital signs since the infusion (dashed: baseline)"))
        x_axis = QDateTimeAxis()
        x_axis.setFormat("HH:mm")
        x_axis.setRange(QDateTime(min(times)), QDateTime(max(times)))
        main, temp = QValueAxis(), QValueAxis()
        main.setRange(40, 220)
        temp.setRange(34, 41)
        temp.setTitleText("°C")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(main, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(temp, Qt.AlignmentFlag.AlignRight)
        for key, axis_name in SERIES.items():
            series = QLineSeries()
            series.setName(series_name(key))
            for moment, value in points.get(key, []):
                series.append(QDateTime(moment).toMSecsSinceEpoch(), value)
            self._add(series, x_axis, temp if axis_name == "temp" else main)
            if key in baseline:
                line = QLineSeries()
                line.setName(tr("trend_chart", "baseline {parameter}",
                                parameter=FIELD_LABELS[key][0].lower()))
                for moment in (min(times), max(times)):
                    line.append(QDateTime(moment).toMSecsSinceEpoch(), baseline[key])
                pen = QPen(series.pen().color())
                pen.setStyle(Qt.PenStyle.DashLine)
                line.setPen(pen)
                self._add(line, x_axis, temp if axis_name == "temp" else main)

    def _add(self, series, x_axis, y_axis) -> None:  # noqa: ANN001 - QtCharts types
        self.chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
