"""Keyboard-wedge scanner capture.

A USB scanner types its label as a burst of key presses ending in Enter or Tab. While the vial
step is on screen, every key press outside an ordinary text field is collected here (the
field that has focus does not see it), so a scan lands even when focus is on a button. The
group separator arrives as a key event with text "\\x1d", which a QLineEdit would drop, so the
raw text is kept here, never read back from a widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
GS = "\x1d"


def printable(raw: str) -> str:
    """What to show of a scan: the separator as a visible symbol."""
    return raw.replace(GS, "␝")


class ScanCapture(QObject):
    scanned = Signal(str)     # the raw burst, terminator excluded

    def __init__(self, page: QWidget, free_fields: list[QLineEdit]) -> None:
        super().__init__(page)
        self.page = page
        self.free_fields = free_fields   # fields where typing stays typing
        self.buffer = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not self.page.isVisible():
            return False
        if QApplication.focusWidget() in self.free_fields:
            return False
        if QApplication.activeModalWidget() is not None:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.key() in TERMINATORS:
            if not self.buffer:
                return False          # plain Enter / Tab for keyboard users
            raw, self.buffer = self.buffer, ""
            self.scanned.emit(raw)
            return True
        text = key_event.text()
        if text == GS:
            self.buffer += text
            return True
        shortcut = key_event.modifiers() & (Qt.KeyboardModifier.AltModifier
                                            | Qt.KeyboardModifier.ControlModifier)
        # A Space on a focused button stays a button press unless a burst is under way.
        if not text or not text.isprintable() or shortcut or (text == " " and not self.buffer):
            return False
        self.buffer += text
        return True
