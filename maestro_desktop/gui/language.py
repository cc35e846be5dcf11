"""The window's language: the domain catalogues, Qt's translators, and the long-string mode.

Three kinds of text reach the screen, and one call switches all of them:

- the Python code's texts, `tr(...)` from maestro_desktop.domain.i18n, whose catalogues
  (resources/i18n/<language>/*.ts) `maestro_desktop.translations.install` loads;
- the Designer forms' texts (ui/*.ui, read through QCoreApplication.translate by the compiled
  forms) and the first screen's (main_window.py and login_page.py, `self.tr`: nothing of the
  domain is imported before the first paint), from resources/i18n/<language>/forms.qm
  (`make translations`: pyside6-lupdate into forms.ts, pyside6-lrelease into forms.qm);
- Qt's own words (standard buttons, file dialogs, context menus): qtbase_<language>.qm from
  PySide6's translations folder.

    apply("fr")          # before the widgets are built, or followed by window.retranslate()
    switch("en")         # the Language menu: saved for the next start as well

MAESTRO_I18N_PSEUDO=long doubles every string of all three kinds, so a screenshot shows where a
longer language would clip. Nothing here is imported before the first paint unless the
language has to be settled then (see gui/app.py): it costs about 13 ms to load.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import translations
from ..domain import i18n

log = logging.getLogger(__name__)

FORMS_CATALOGUE = "forms"
QT_CATALOGUES = ("qtbase",)           # standard buttons and dialogs
# Contexts whose "translation" is a setting, not a text: never doubled.
NOT_TEXT = {"QGuiApplication", "QApplication", "QShortcut", "QKeySequence"}
QT_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
              "fr": QLocale(QLocale.Language.French, QLocale.Country.France)}

_installed: list[QTranslator] = []


def forms_qm(language: str) -> Path:
    return translations.i18n_dir() / language / f"{FORMS_CATALOGUE}.qm"


class LongStrings(QTranslator):
    """MAESTRO_I18N_PSEUDO=long for everything Qt translates: the translation the wrapped
    translators give (or the source text), twice."""

    def __init__(self, inner: list[QTranslator]) -> None:
        super().__init__()
        self.inner = inner

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        text = next((found for t in self.inner
                     if (found := t.translate(context, source, disambiguation, n))), source)
        if context in NOT_TEXT or not text:
            return text
        return f"{text} {text}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, folder):
        return translator
    log.warning("no %s translations in %s", name, folder)
    return None


def _qt_translators(language: str, pseudo: str | None) -> list[QTranslator]:
    """Ours first (the forms), then Qt's own."""
    found: list[QTranslator | None] = []
    if language != i18n.SOURCE_LANGUAGE:
        qm = forms_qm(language)
        found.append(_load(qm.stem, str(qm.parent)))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        found += [_load(f"{name}_{language}", qt_folder) for name in QT_CATALOGUES]
    loaded = [t for t in found if t is not None]
    return [LongStrings(loaded)] if pseudo == "long" else loaded


def apply(language: str | None = None) -> str:
    """Make `language` (default: the saved choice, else the system's) current for every text
    produced from now on; returns it. Widgets already built keep their texts until their
    `retranslate()` runs."""
    language = translations.install(language)
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed[:] = _qt_translators(language, os.environ.get("MAESTRO_I18N_PSEUDO"))
    # Reversed: Qt asks the translator installed last first, and ours must come first.
    for translator in reversed(_installed):
        app.installTranslator(translator)
    QLocale.setDefault(QT_LOCALES[language])
    return language


def switch(language: str) -> str:
    """The Language menu: saved for the next start, and current at once."""
    translations.save_language(language)
    return apply(language)
