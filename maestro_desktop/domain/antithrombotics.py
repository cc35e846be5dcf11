"""Antithrombotic hold times before a lumbar puncture: a versioned reference table with its source.

The table is data, not code: `resources/reference/antithrombotic-hold-times.toml`, read by
`maestro_desktop.settings.load_hold_table` and validated here by `hold_table_from_dict`, which
names the first bad key. A drug that is not in the table is never assumed safe: the visit-day
checks give a NO-GO for the investigator to resolve.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from .i18n import Text, tr
from .verdict import Reason, format_elapsed, format_hold, format_moment

DRUG_CLASSES = ("antiplatelet", "anticoagulant", "fibrinolytic")
KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class HoldTableError(ValueError):
    """The hold-time table is unusable; the message names the key."""


@dataclass(frozen=True)
class HoldRule:
    """Minimum time between a drug's last dose and the lumbar puncture.

    `condition` is an extra check on the day (e.g. "INR <= 1.4 on the day"), or None.
    """

    key: str
    name: str
    drug_class: str
    hold_hours: float
    condition: str | None

    @property
    def hold_text(self) -> Text:
        """'7 days', '12 hours'."""
        return format_hold(self.hold_hours)


@dataclass(frozen=True)
class HoldTable:
    """The rules with their published source and the version of our transcription."""

    source: str
    version: str
    rules: tuple[HoldRule, ...]
    title: str = ""
    note: str = ""

    def get(self, key: str) -> HoldRule | None:
        """The rule for a drug key (case and surrounding spaces ignored), or None."""
        wanted = key.strip().casefold()
        return next((rule for rule in self.rules if rule.key == wanted), None)


def _text(node: dict[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
    if key not in node:
        if optional:
            return None
        raise HoldTableError(tr("settings", "missing key '{key}'", key=f"{where}{key}"))
    value = node[key]
    if not isinstance(value, str) or not value.strip():
        raise HoldTableError(tr("settings", "key '{key}' must be non-empty text, found {value}",
                                key=f"{where}{key}", value=repr(value)))
    return value.strip()


def _rule(node: Any, index: int) -> HoldRule:
    where = f"drug[{index}]."
    if not isinstance(node, dict):
        raise HoldTableError(tr("settings", "key '{key}' must be a table",
                                key=f"drug[{index}]"))
    key = _text(node, "key", where)
    assert key is not None
    if not KEY.match(key):
        raise HoldTableError(tr("settings", "key '{key}' must be lower-case letters, digits "
                                "and _, found {value}", key=f"{where}key", value=repr(key)))
    drug_class = _text(node, "class", where)
    if drug_class not in DRUG_CLASSES:
        raise HoldTableError(tr("settings", "key '{key}' must be one of {choices}, found "
                                "{value}", key=f"{where}class", choices=", ".join(DRUG_CLASSES),
                                value=repr(drug_class)))
    if "hold_hours" not in node:
        raise HoldTableError(tr("settings", "missing key '{key}'", key=f"{where}hold_hours"))
    hours = node["hold_hours"]
    if (isinstance(hours, bool) or not isinstance(hours, int | float)
            or not math.isfinite(hours) or hours <= 0):
        raise HoldTableError(tr("settings", "key '{key}' must be a number of hours above 0, "
                                "found {value}", key=f"{where}hold_hours", value=repr(hours)))
    known = {"key", "name", "class", "hold_hours", "condition"}
    unknown = sorted(set(node) - known)
    if unknown:
        raise HoldTableError(tr("settings", "unknown key '{key}'", key=f"{where}{unknown[0]}"))
    return HoldRule(key=key, name=str(_text(node, "name", where)), drug_class=drug_class,
                    hold_hours=float(hours),
                    condition=_text(node, "condition", where, optional=True))


def hold_table_from_dict(data: dict[str, Any]) -> HoldTable:
    """Validate the parsed table; raise HoldTableError (a ValueError) naming the first bad key."""
    source = data.get("source")
    if not isinstance(source, dict):
        raise HoldTableError(tr("settings", "missing table '{key}'", key="source"))
    texts = {k: _text(source, k, "source.") for k in ("title", "citation", "version", "note")}
    drugs = data.get("drug")
    if not isinstance(drugs, list) or not drugs:
        raise HoldTableError(tr("settings", "key 'drug' must list at least one [[drug]] "
                                "table"))
    rules = tuple(_rule(node, i) for i, node in enumerate(drugs))
    seen: set[str] = set()
    for i, rule in enumerate(rules):
        if rule.key in seen:
            raise HoldTableError(tr("settings", "key '{key}' repeats '{value}'",
                                    key=f"drug[{i}].key", value=rule.key))
        seen.add(rule.key)
    return HoldTable(source=str(texts["citation"]), version=str(texts["version"]), rules=rules,
                     title=str(texts["title"]), note=str(texts["note"]))


def hold_finding(rule: HoldRule, *, last_dose: datetime, now: datetime, tz: tzinfo,
                 version: str, item: str = "antithrombotic_last_dose") -> tuple[bool, Reason]:
    """(held long enough, what to say). Exactly `hold_hours` since the last dose is enough.

    Not long enough: 'Clopidogrel last taken 21/11/2026 08:00, 3 days ago: hold at least 7 days
    before a lumbar puncture (ABN-2018 v1)'. Long enough: 'Clopidogrel held 9 days (>= 7 days,
    ABN-2018 v1)'. Elapsed time is rounded down, so it never reads as more than it was.
    """
    elapsed = now - last_dose
    held = elapsed.total_seconds() >= rule.hold_hours * 3600
    if held:
        return True, Reason(item, tr("holds", "{drug} held {elapsed} (>= {hold}, {version})",
                                     drug=rule.name, elapsed=format_elapsed(elapsed),
                                     hold=rule.hold_text, version=version))
    when = format_moment(last_dose, tz)
    ago = (tr("holds", "{elapsed} ago", elapsed=format_elapsed(elapsed))
           if elapsed.total_seconds() >= 0 else tr("holds", "which is after now"))
    return False, Reason(item, tr("holds", "{drug} last taken {when}, {ago}: hold at least "
                                  "{hold} before a lumbar puncture ({version})", drug=rule.name,
                                  when=when, ago=ago, hold=rule.hold_text, version=version))
