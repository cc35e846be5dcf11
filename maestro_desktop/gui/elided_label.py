"""A one-line label that gives way on a narrow bar, ending in "…": `full_text` is whole, and so
are its tooltip and accessible name. Qt only, and painted by Qt (the first screen uses it)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel


class ElidedLabel(QLabel):
    """Set its text with `set_full_text`; `text()` is what fits. The tooltip is the whole text
    unless `setToolTip` gave another."""

    def __init__(self, text: str = "", *, minimum_width: int = 220) -> None:
        super().__init__()
        self.full_text = ""
        self.own_tooltip = False
        self.setMinimumWidth(minimum_width)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setAccessibleName(text)
        if not self.own_tooltip:
            super().setToolTip(text)
        self.updateGeometry()
        self._elide()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt API
        self.own_tooltip = True
        super().setToolTip(tip)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self.fontMetrics().horizontalAdvance(self.full_text) + 8
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   self.width()))
