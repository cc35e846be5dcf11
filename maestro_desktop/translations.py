"""Loading translations: the .ts catalogues for `domain.i18n`, and the language to use.

The language is the user's choice saved in the settings file (`language = "fr"` in
<config dir>/settings.toml, written by the app's Language menu), else the system locale's if it
is one we have, else English.
"""

from __future__ import annotations

import locale
import os
import tomllib
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

from .domain import i18n

SETTINGS_FILE = "settings.toml"


def i18n_dir() -> Path:
    return Path(str(resources.files("maestro_desktop.resources") / "i18n"))


def read_catalogue(language: str) -> dict[tuple[str, str], str]:
    """Every finished translation in resources/i18n/<language>/*.ts."""
    table: dict[tuple[str, str], str] = {}
    folder = i18n_dir() / language
    for path in sorted(folder.glob("*.ts")) if folder.is_dir() else []:
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished",
                                                                       "obsolete", "vanished"):
                    continue
                if translation.text:
                    table[(name, message.findtext("source", ""))] = translation.text
    return table


def settings_path() -> Path:
    override = os.environ.get("MAESTRO_CONFIG_DIR")
    if override:
        return Path(override) / SETTINGS_FILE
    from platformdirs import user_config_path

    from .paths import APP_AUTHOR, APP_NAME
    return user_config_path(APP_NAME, APP_AUTHOR) / SETTINGS_FILE


def saved_language() -> str | None:
    try:
        data = tomllib.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    value = data.get("language")
    return value if value in i18n.LANGUAGES else None


def save_language(language: str) -> None:
    if language not in i18n.LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'language = "{language}"\n', encoding="utf-8")


def system_language() -> str:
    code = (locale.getlocale()[0] or os.environ.get("LANG") or "").split("_")[0].lower()
    return code if code in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE


def chosen_language() -> str:
    return saved_language() or system_language()


def install(language: str | None = None) -> str:
    """Make `language` (default: the chosen one) current for every layer; return it."""
    language = language or chosen_language()
    catalogue = {} if language == i18n.SOURCE_LANGUAGE else read_catalogue(language)
    i18n.use_catalogue(language, catalogue, pseudo=os.environ.get("MAESTRO_I18N_PSEUDO"))
    return language
