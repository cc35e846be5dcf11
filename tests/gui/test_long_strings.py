"""Long-string mode: every string doubled (MAESTRO_I18N_PSEUDO=long), every screen of the
screenshot tool, and no text cut.

A label, button or check box is cut when the room it got is smaller than its text needs: a
one-line text wider than its widget, a wrapped text taller than its widget, or a single word
wider than a wrapped label. Labels that end in "…" on purpose (ElidedLabel: the whole text in
the tooltip) are left out; so are toolbars, which move what does not fit behind their » button.
In the real languages the window must also fit the screen the screenshots are taken at.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QRadioButton, QWidget

from maestro_desktop.gui import screenshots
from maestro_desktop.gui.elided_label import ElidedLabel

SCREENS = ("01-login", "02-subject-list", "03-eligibility", "04-checks", "05-checks-no-go",
           "06-checks-go", "07-vial-hard-stop", "08-vial-second-person", "09-procedure",
           "10-observation", "11-adverse-event", "12-discharge", "13-signoff", "14-cell-bank",
           "15-locked")
TOLERANCE = 1     # px of rounding


def where(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 4:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(names)


def cut_texts(window: QWidget) -> list[str]:
    """Every visible text of `window` that does not get the room it needs, in words."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, ElidedLabel):
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            width, height = widget.width(), widget.height()
            if widget.wordWrap():
                need_width = widget.minimumSizeHint().width()     # the longest word
                need_height = widget.heightForWidth(width)
            else:
                need_width, need_height = (widget.minimumSizeHint().width(),
                                           widget.minimumSizeHint().height())
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            assert isinstance(widget, QAbstractButton)
            if not widget.text():
                continue
            width, height = widget.width(), widget.height()
            need_width, need_height = widget.sizeHint().width(), widget.sizeHint().height()
        else:
            continue
        if need_width > width + TOLERANCE or need_height > height + TOLERANCE:
            problems.append(f"{type(widget).__name__} {where(widget)} is {width}x{height} px, "
                            f"needs {need_width}x{need_height}: {widget.text()!r}")
    return problems


@pytest.fixture
def screens(qapp, tmp_path):
    """render(language, pseudo) -> {screen: problems}; English again afterwards."""
    def render(language: str, pseudo: str | None) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}

        def inspect(name: str, window: QWidget) -> None:
            problems = cut_texts(window)
            if pseudo is None and window.width() > screenshots.SIZE[0]:
                problems.append(f"the window needs {window.minimumSizeHint().width()} px, "
                                f"wider than the {screenshots.SIZE[0]} px screen")
            found[name] = problems
        screenshots.render(tmp_path / f"{language}-{pseudo}", language=language, pseudo=pseudo,
                           inspect=inspect)
        return found
    return render


@pytest.mark.parametrize(("language", "pseudo"), [("fr", "long"), ("en", "long"), ("fr", None)])
def test_no_text_is_cut_on_any_screen(screens, language, pseudo):
    found = screens(language, pseudo)
    assert sorted(found) == sorted(SCREENS)
    problems = [f"{name}: {problem}" for name, listed in found.items() for problem in listed]
    assert not problems, "\n".join(problems)
