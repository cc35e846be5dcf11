"""Translated text for every layer, without I/O and without Qt.

Every string a user reads is written in English in the code as

    tr("checks", "Platelets {count} G/L (< {limit} G/L) on {day}", count=..., limit=..., day=...)

`tr` looks the (context, source) pair up in the catalogue of the current language and fills
the named values in afterwards, so word order can change in translation. The catalogue is
loaded from resources/i18n/<language>/*.ts (Qt Linguist's format, so a translator edits it with
Linguist) by `maestro_desktop.translations`; Designer forms use Qt's own QTranslator with the
same language. Numbers and dates go through `decimal` and friends: 37,8 in French.

MAESTRO_I18N_PSEUDO=long doubles every string (layout test for longer languages); it is set by
`use_catalogue(..., pseudo="long")`, never read from the environment here.

The journal stays in the source language whatever the user reads: `tr` returns a `Text`, a str
in the current language that also carries its English form (`Text.source`, built from the
English form of every value filled in), and `neutral` turns a journal payload back into English
before it is written. So text built for the journal must come whole from `tr`, `trn` or `join`
(an f-string or `+` keeps only the translated form). A table of words defined at import time is
a `tr_table`, translated when read. `packaging/i18n_update.py` finds `tr`, `trn` and `tr_table`
calls (their context and source must be string literals) and writes the catalogues.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import Any

LANGUAGES = {"en": "English", "fr": "Français"}
SOURCE_LANGUAGE = "en"

_catalogue: Mapping[tuple[str, str], str] = {}
_language = SOURCE_LANGUAGE
_pseudo: str | None = None


def use_catalogue(language: str, catalogue: Mapping[tuple[str, str], str],
                  *, pseudo: str | None = None) -> None:
    """Make `language` current with its (context, source) -> translation table."""
    global _catalogue, _language, _pseudo
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _catalogue, _language, _pseudo = dict(catalogue), language, pseudo


def language() -> str:
    return _language


class Text(str):
    """Text in the current language that remembers its source-language (English) form."""

    source: str

    def __new__(cls, text: str, source: str | None = None) -> Text:
        made = super().__new__(cls, text)
        made.source = str(text) if source is None else str(source)
        return made

    def map(self, change: Callable[[str], str]) -> Text:
        """The same change applied to both forms ('Consent still valid?' without its '?')."""
        return Text(change(str(self)), change(self.source))


def neutral(value: Any) -> Any:
    """`value` with every `Text` in it (dicts, lists and tuples included) in the source
    language: what goes into the journal."""
    if isinstance(value, Text):
        return value.source
    if isinstance(value, dict):
        return {neutral(k): neutral(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(neutral(v) for v in value)
    return value


def _render(context: str, source: str, values: dict[str, Any]) -> Text:
    text = _catalogue.get((context, source), source)
    if _pseudo == "long":
        text = f"{text} {text}"
    if not values:
        return Text(text, source)
    english = {name: neutral(value) for name, value in values.items()}
    return Text(text.format(**values), source.format(**english))


def tr(context: str, source: str, /, **values: Any) -> Text:
    """The translation of `source` (or `source` itself), with `{name}` fields filled."""
    return _render(context, source, values)


def _singular(count: float, language: str) -> bool:
    """English: 1 day, 0 days; French: 0 jour, 1 jour, 1,5 heure, 2 jours."""
    return abs(count) < 2 if language == "fr" else count == 1


def trn(context: str, singular: str, plural: str, count: float, /, **values: Any) -> Text:
    """`singular` or `plural` by the current language's rule for `count`, which fills
    `{count}` (with the language's decimal mark): trn("time", "{count} day", "{count} days", n).
    """
    values = {**values, "count": decimal(count) if isinstance(count, float) else count}
    shown = _render(context, singular if _singular(count, _language) else plural, values)
    english = (singular if _singular(count, SOURCE_LANGUAGE) else plural).format(
        **{name: neutral(value) for name, value in values.items()})
    return Text(str(shown), english)


def join(separator: str, items: Iterable[str]) -> Text:
    """`separator.join(items)` in both forms (the separator is not translated)."""
    items = list(items)
    return Text(separator.join(items), separator.join(neutral(i) for i in items))


class TrTable(Mapping[Any, Any]):
    """A read-only table of words fixed at import time, translated each time it is read.

    Values are source strings, tuples of them ("" stays "") or nested tables. `source(key)`
    gives the untranslated value."""

    def __init__(self, context: str, sources: Mapping[Any, Any]) -> None:
        self.context = context
        self._sources = dict(sources)

    def _translate(self, value: Any) -> Any:
        if isinstance(value, str):
            return _render(self.context, value, {}) if value else Text("")
        if isinstance(value, tuple):
            return tuple(self._translate(v) for v in value)
        if isinstance(value, Mapping):
            return TrTable(self.context, value)
        return value

    def __getitem__(self, key: Any) -> Any:
        return self._translate(self._sources[key])

    def __iter__(self) -> Iterator[Any]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __repr__(self) -> str:
        return f"tr_table({self.context!r}, {self._sources!r})"

    def source(self, key: Any) -> Any:
        return self._sources[key]


def tr_table(context: str, sources: Mapping[Any, Any], /) -> TrTable:
    """`sources` (a dict literal of string literals, for the extractor) translated on reading."""
    return TrTable(context, sources)


def as_recorded(recorded: str, derived: Iterable[str]) -> str:
    """Text read back from the journal (source language) shown in the current language: the
    one of `derived` (the same findings worked out again now) whose source form is exactly
    `recorded`; `recorded` as it is when none matches."""
    for text in derived:
        if neutral(text) == recorded:
            return text
    return recorded


def decimal(value: float, digits: int | None = None) -> Text:
    """37.8 / 37,8: the language's decimal mark; `digits` fixes the places shown."""
    text = f"{value:.{digits}f}" if digits is not None else _plain(value)
    return Text(text.replace(".", ",") if _language == "fr" else text, text)


def _plain(value: float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def short_date(day: date) -> str:
    """DD/MM/YYYY in both languages (as written on French and British clinical forms)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
