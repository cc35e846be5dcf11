"""Texts that fit whatever the language and its length: a long text takes a second line, or ends
in "…" with the whole of it in the tooltip, and a box grows with its contents, instead of the
text being cut. tests/gui/test_long_strings.py checks every screen with every string doubled
(MAESTRO_I18N_PSEUDO=long).

    fit_texts(page)          # after setupUi: wrapped labels, boxes at least their contents
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .elided_label import ElidedLabel


def fit_texts(root: QWidget, *, keep: tuple[QLabel, ...] = ()) -> None:
    """Every label under `root` wraps, but `keep` (a clock, a timer: one line), those that
    elide and the captions of forms, whose fields go under them instead when the row is too
    long; every box given a minimum width in Designer keeps it only as long as its contents fit
    in it (a fixed minimum would cut a longer translation)."""
    captions = set()
    for form in root.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                captions.add(item.widget())
                # Qt sizes a label to its text's advance rounded down, and the last stem of
                # "Term" would lose a pixel: two more (for the text it holds when built).
                item.widget().setMinimumWidth(item.widget().sizeHint().width() + 2)
    for label in root.findChildren(QLabel):
        if label not in keep and label not in captions and not isinstance(label, ElidedLabel):
            label.setWordWrap(True)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.layout() is not None and widget.minimumWidth() > 0:
            AtLeastContents(widget)


def tab_stops(widget: QWidget) -> list[QWidget]:
    """The widgets under `widget` (itself included) that Tab stops at, in the order built."""
    return [w for w in (widget, *widget.findChildren(QWidget))
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through `widgets` in this order (rows added after a form was built would
    otherwise come last)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def follow_focus(app: QApplication) -> None:
    """Scroll each control that gets the focus into view (once per application)."""
    if not app.property("followsFocus"):
        app.setProperty("followsFocus", True)
        app.focusChanged.connect(scroll_to_focus)


def scroll_to_focus(_old: QWidget | None, new: QWidget | None) -> None:
    """QApplication.focusChanged: the control that gets the focus is scrolled into view (a
    scroll area does so itself only when Tab moves inside it, not when focus comes in)."""
    area = new.parentWidget() if new is not None else None
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None and area.widget() is not None and area.widget().isAncestorOf(new):
        area.ensureWidgetVisible(new)


class AtLeastContents(QObject):
    """Keeps `widget.minimumWidth()` at its Designer value or its contents' minimum, whichever
    is wider, each time its layout is redone."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.designed = widget.minimumWidth()
        widget.installEventFilter(self)
        self.update(widget)

    def update(self, widget: QWidget) -> None:
        need = max(self.designed, widget.minimumSizeHint().width())
        if widget.minimumWidth() != need:
            widget.setMinimumWidth(need)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            self.update(watched)
        return False


class ScrollColumn(QScrollArea):
    """A column of a page that scrolls up and down when its texts outgrow the window, and is
    never narrower than its contents (it does not scroll sideways)."""

    def __init__(self, column: QLayout) -> None:
        super().__init__()
        inner = QWidget()
        inner.setObjectName("scrollColumn")
        inner.setLayout(column)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # not a tab stop of its own
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner.installEventFilter(self)

    def _with_bar(self, width: int) -> int:
        return width + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._with_bar(self.widget().minimumSizeHint().width()),
                     super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self.widget().sizeHint()
        return QSize(self._with_bar(hint.width()), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return False


def scroll_column(layout: QBoxLayout, column: QLayout) -> ScrollColumn:
    """Put `column`, a layout inside `layout` (a Designer form's), in a ScrollColumn at the
    same place, with the same stretch."""
    index = layout.indexOf(column)
    stretch = layout.stretch(index)
    layout.removeItem(column)
    column.setParent(None)
    area = ScrollColumn(column)
    layout.insertWidget(index, area, stretch)
    return area


class WrappedItems(QStyledItemDelegate):
    """Items of a word-wrapping list as tall as their text needs once the style sheet's
    padding (`#stepRail::item { padding-left: ... }`) is taken off the width: Qt's own size
    hint wraps at the whole width, and the last line of a step then ends in "…"."""

    def __init__(self, padding: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.padding = padding

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: ANN001, N802
        hint = super().sizeHint(option, index)
        width = option.rect.width() - self.padding
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if width <= 0 or not text:
            return hint
        needed = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1 << 20), int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(hint.width(), max(hint.height(), needed + 8))


class WideButton(QPushButton):
    """A button at least `at_least` px wide, and never narrower than its text: a fixed minimum
    width would let a layout cut a longer translation."""

    def __init__(self, text: str = "", *, at_least: int = 0) -> None:
        super().__init__(text)
        self.at_least = at_least

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.at_least), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.at_least), hint.height())
